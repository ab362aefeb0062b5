// The care plan editor: add, change and remove needs, goals (in the person's
// own words, linked to needs) and actions (linked to a goal, with an owner:
// the person, their carer, or a member of staff, a team or an organisation
// chosen with the care team's pickers; a due date and a status); the crisis
// plan; the agreement and the review date; saved as a new version with a
// change note. Item ids are kept from version to version (new items get new
// ones here, so that goals can link to new needs). A version saved by someone
// else meanwhile (409) is shown above the editor with what they changed, and
// the user's edits stay in the editor, to re-apply. The choices (areas of
// need, statuses, who agreed it and how) and the limits are the server's
// vocabulary's.

import { diffCarePlan, getCarePlan, saveCarePlan } from '../api';
import type {
  ActionStatus,
  AgreedHow,
  AgreedWith,
  Agreement,
  CarePlan,
  CarePlanAction,
  CarePlanContentInput,
  CarePlanGoal,
  CarePlanNeed,
  CarePlanVocabulary,
  NeedDomain,
} from '../types';
import { type FieldError } from '../../../core/api/problem';
import { textAreaField, type Field } from '../../../core/components/fields';
import { h } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { todayIso } from '../../../core/format';
import { navigate } from '../../../core/router';
import { readDate } from '../../../core/components/recordFields';
import { agreementFields, contingencyFields } from '../components/planFields';
import { itemFields } from '../components/itemFields';
import { limitProblems } from '../components/limits';
import { versionedForm } from '../../../core/forms/versionedForm';
import { sectionPath, type SectionContext } from '../../people/section';
import { staffChoices, type StaffChoices } from '../../care-team/components/staffChoices';
import { planView } from '../components/view';
import { actionItem, ownerOf } from '../components/actionItem';
import {
  goalItem,
  ItemList,
  needItem,
  refreshActionGoal,
  refreshGoalNeeds,
  type ActionItem,
  type GoalItem,
  type NeedItem,
} from '../components/items';

export function carePlanEditor(ctx: SectionContext, plan: CarePlan, vocabulary: CarePlanVocabulary): HTMLElement {
  const { person, errorSlot } = ctx;
  const c = plan.content;
  let choices: Promise<StaffChoices> | null = null;
  const staff = () => (choices ??= staffChoices(person.id));

  // Links between items (goals to needs, actions to goals) follow the items' words.
  const refreshLinks = () => {
    for (const goal of goals.items) refreshGoalNeeds(goal, needs.items, vocabulary);
    for (const action of actions.items) refreshActionGoal(action, goals.items);
  };
  const needs: ItemList<NeedItem> = new ItemList('need', 'need-items', refreshLinks);
  const goals: ItemList<GoalItem> = new ItemList('goal', 'goal-items', refreshLinks);
  const actions: ItemList<ActionItem> = new ItemList('action', 'action-items', refreshLinks);

  const addNeed = (need: CarePlanNeed | null) => {
    const item = needItem(need, vocabulary);
    item.description.input.addEventListener('change', refreshLinks);
    item.domain.input.addEventListener('change', refreshLinks);
    return needs.add(item);
  };
  const addGoal = (goal: CarePlanGoal | null) => {
    const item = goalItem(goal);
    item.words.input.addEventListener('change', refreshLinks);
    goals.add(item);
    if (goal) refreshGoalNeeds(item, needs.items, vocabulary, goal.needIds);
    return item;
  };
  const addAction = (action: CarePlanAction | null) => {
    const item = actionItem(action, person, staff, vocabulary);
    actions.add(item);
    if (action?.goalId) refreshActionGoal(item, goals.items, action.goalId);
    return item;
  };
  c.needs.forEach(addNeed);
  c.goals.forEach(addGoal);
  c.actions.forEach(addAction);
  needs.addButton.addEventListener('click', () => addNeed(null).domain.input.focus());
  goals.addButton.addEventListener('click', () => addGoal(null).words.input.focus());
  actions.addButton.addEventListener('click', () => addAction(null).description.input.focus());

  const { warningSigns, whatToDo, whoToContact } = contingencyFields(plan);
  const { agreedWith, agreedHow, agreedOn, agreedBox, reviewDate } = agreementFields(plan, person, vocabulary);
  const changeNote = textAreaField({
    id: 'changeNote',
    label: 'What changed and why (optional)',
    hint: 'Shown in the list of versions, for example "Agreed at home with her daughter"',
    rows: 2,
  });

  const conflictSlot = h('div');
  const saveNotice = h('div', { 'data-testid': 'save-notice' });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Save the plan');
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'care-plan-form-heading', 'data-testid': 'care-plan-form' },
    h('h2', { id: 'care-plan-form-heading' }, plan.version ? 'Change the care plan' : 'Write the care plan'),
    h(
      'p',
      {},
      `Write it with ${person.givenName}: their goals in their own words. Saving keeps every earlier version.`,
    ),
    h('h3', {}, 'What they would like help with'),
    needs.box,
    needs.addButton,
    h('h3', {}, 'Their goals'),
    h('p', { className: 'app-secondary' }, 'In their own words, as they said them.'),
    goals.box,
    goals.addButton,
    h('h3', {}, 'Who does what, by when'),
    actions.box,
    actions.addButton,
    h('h3', {}, 'If things get worse'),
    warningSigns.group,
    whatToDo.group,
    whoToContact.group,
    h('h3', {}, 'Agreement and review'),
    agreedWith.group,
    agreedBox,
    reviewDate.group,
    h('h3', {}, 'About this change'),
    changeNote.group,
    saveNotice,
    h(
      'div',
      { className: 'nhsuk-button-group' },
      button,
      h('a', { className: 'nhsuk-link', href: sectionPath(person.id, 'care-plan') }, 'Cancel'),
    ),
  );

  /** The plan as the editor holds it, and the problems the page can see. */
  const read = (): { content: CarePlanContentInput; problems: FieldError[] } => {
    const problems: FieldError[] = [];
    const today = todayIso();
    const agreement: Agreement = {
      agreedWith: (agreedWith.value() || 'not_yet_agreed') as AgreedWith,
      how: null,
      agreedOn: null,
    };
    const content: CarePlanContentInput = {
      needs: needs.items.map((n, i) => {
        const description = n.description.input.value.trim();
        if (!description)
          problems.push({ field: `content.needs[${i}].description`, message: `Describe need ${i + 1}` });
        return { id: n.id, domain: n.domain.input.value as NeedDomain, description };
      }),
      goals: goals.items.map((g, i) => {
        const words = g.words.input.value.trim();
        if (!words)
          problems.push({ field: `content.goals[${i}].inOwnWords`, message: `Enter goal ${i + 1} in their own words` });
        const measure = g.measure.input.value.trim();
        return { id: g.id, inOwnWords: words, needIds: g.needs?.values() ?? [], measureOfSuccess: measure || null };
      }),
      actions: actions.items.map((a, i) => {
        const at = `content.actions[${i}]`;
        const description = a.description.input.value.trim();
        if (!description) problems.push({ field: `${at}.description`, message: `Describe action ${i + 1}` });
        const owner = ownerOf(a);
        if ('problem' in owner)
          problems.push({ field: `${at}.owner`, message: owner.problem.replace('{n}', String(i + 1)) });
        const due = readDate(a.due);
        if (!due.empty && !due.iso)
          problems.push({ field: `${at}.dueDate`, message: `The due date of action ${i + 1} must be a real date` });
        return {
          id: a.id,
          description,
          goalId: a.goal.input.value || null,
          owner: 'problem' in owner ? { kind: 'person' } : owner,
          dueDate: due.iso,
          status: a.status.input.value as ActionStatus,
        };
      }),
      contingency: {
        warningSigns: warningSigns.input.value.trim(),
        whatToDo: whatToDo.input.value.trim(),
        whoToContact: whoToContact.input.value.trim(),
      },
      agreement,
      reviewDate: null,
    };
    const agreed = agreement.agreedWith !== 'not_yet_agreed';
    const on = readDate(agreedOn);
    if (agreed) {
      agreement.how = (agreedHow.value() || null) as AgreedHow | null;
      agreement.agreedOn = on.iso;
      if (!agreement.how) problems.push({ field: 'content.agreement.how', message: 'Choose how the plan was agreed' });
      if (on.empty)
        problems.push({ field: 'content.agreement.agreedOn', message: 'Enter the date the plan was agreed' });
      else if (!on.iso)
        problems.push({ field: 'content.agreement.agreedOn', message: 'The date it was agreed must be a real date' });
      else if (on.iso > today)
        problems.push({
          field: 'content.agreement.agreedOn',
          message: 'The date it was agreed must be today or in the past',
        });
    }
    const review = readDate(reviewDate);
    content.reviewDate = review.iso;
    if (!review.empty && !review.iso)
      problems.push({ field: 'content.reviewDate', message: 'The review date must be a real date' });
    else if (agreed && review.empty)
      problems.push({ field: 'content.reviewDate', message: 'Enter a review date: an agreed plan needs one' });
    else if (agreed && review.iso && on.iso && review.iso < on.iso)
      problems.push({
        field: 'content.reviewDate',
        message: 'The review date must not be before the date it was agreed',
      });
    problems.push(...limitProblems(content, changeNote.input.value.trim(), vocabulary.limits));
    return { content, problems };
  };

  /** The editor's fields by the server's paths. */
  const fields = (): Record<string, Field> => {
    const map: Record<string, Field> = {
      changeNote,
      'content.needs': needs.field,
      'content.goals': goals.field,
      'content.actions': actions.field,
      'content.contingency': warningSigns,
      'content.contingency.warningSigns': warningSigns,
      'content.contingency.whatToDo': whatToDo,
      'content.contingency.whoToContact': whoToContact,
      'content.agreement': agreedWith,
      'content.agreement.agreedWith': agreedWith,
      'content.agreement.how': agreedHow,
      'content.agreement.agreedOn': agreedOn,
      'content.reviewDate': reviewDate,
    };
    Object.assign(map, itemFields(needs.items, goals.items, actions.items));
    return map;
  };

  return versionedForm({
    form,
    button,
    errorSlot,
    conflictSlot,
    saveNotice,
    version: plan.version,
    read: () => {
      const { content, problems } = read();
      return { value: content, problems };
    },
    fields: () => fields(),
    save: async (content, version) => {
      const note = changeNote.input.value.trim();
      const saved = await saveCarePlan(person.id, { content, version, ...(note ? { changeNote: note } : {}) });
      setFlash({
        heading:
          saved.version === version
            ? 'Nothing changed, so no new version was saved'
            : `Care plan saved: version ${saved.version}`,
        body: saved.status === 'agreed' ? 'The plan is agreed.' : 'The plan is a draft until it is agreed.',
        testId: 'care-plan-saved',
      });
      navigate(sectionPath(person.id, 'care-plan'), { replace: true });
    },
    current: () => getCarePlan(person.id),
    conflict: async (current, { edited, who }) => {
      const sentences = await diffCarePlan(person.id, edited, current.version)
        .then((d) => d.sentences)
        .catch(() => [] as string[]);
      return {
        name: 'care-plan',
        heading: `The current plan: version ${current.version}`,
        body: [
          sentences.length
            ? [
                h('h3', {}, `What changed since version ${edited}, which you opened`),
                h(
                  'ul',
                  { 'data-testid': 'conflict-changes' },
                  sentences.map((s) => h('li', {}, s)),
                ),
              ]
            : null,
          ...planView(current, person, vocabulary, 'h3'),
        ],
        summaryHeading: 'Someone else changed this care plan',
        description: `${who} saved version ${current.version} since you opened this page, so your changes were not saved and nothing was overwritten. Here is the current version. Your changes are still in the editor below it: check them against the current version, then save again.`,
        linkText: `Read version ${current.version} and what changed`,
      };
    },
    notSaved: () => 'The plan was not saved.',
    thing: 'care plan',
    reload: ctx.reload,
  });
}
