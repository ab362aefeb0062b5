// The outcome form of an MDT case (while the meeting is held): summary,\n// decision, next review date and actions, each action with what, who (the care\n// team's picker), due date, priority and an optional service; the server's\n// actions[i].field errors shown against that action's input.

import { recordOutcome } from '../api';
import type { CaseDetail, MdtDecision, OutcomeAction } from '../types';
import { ApiError, type FieldError } from '../../../core/api/problem';
import type { TaskPriority } from '../../tasks/types';
import { PRIORITIES, SERVICES } from '../../tasks/format';
import { showApiError } from '../../../core/components/apiErrors';
import { dateField, type DateField } from '../../../core/components/dateField';
import { textAreaField, textField, type Field } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { headedForm } from '../../../core/components/headedForm';
import { radiosField, type RadiosField } from '../../../core/components/radios';
import { selectField, type SelectField } from '../../../core/components/selectField';
import { h } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { fullName, sentence, todayIso } from '../../../core/format';
import { assigneePicker, type AssigneePicker } from '../../directory/components/assigneePicker';
import { readDate, renamed, setDate, showPathErrors } from '../../../core/components/recordFields';
import { DECISIONS, decisionLabel, meetingActionLabel } from '../words';

export interface ActionBlock {
  element: HTMLElement;
  title: Field & { input: HTMLInputElement };
  details: Field & { input: HTMLTextAreaElement };
  picker: AssigneePicker;
  due: DateField;
  priority: RadiosField;
  service: SelectField;
}

export function outcomeForm(c: CaseDetail, errorSlot: HTMLElement, reload: () => void): HTMLFormElement {
  const name = fullName(c.person);
  const summary = textAreaField({
    id: 'summary',
    label: 'Summary of the discussion',
    hint: 'What the meeting heard and agreed, in words the care team will understand',
    rows: 5,
  });
  const decision = radiosField({
    id: 'decision',
    legend: 'Decision',
    items: (c.decisions.length ? c.decisions : (Object.keys(DECISIONS) as MdtDecision[])).map((d) => ({
      value: d,
      text: DECISIONS[d]?.label ?? d,
      hint: DECISIONS[d]?.hint,
    })),
  });
  const nextReview = dateField({
    id: 'nextReviewDate',
    legend: 'Next MDT review (optional)',
    hint: 'When the MDT should discuss them again; they are suggested for meetings from that day. For example, 27 3 2027',
  });
  if (c.outcome) {
    summary.input.value = c.outcome.summary ?? '';
    if (c.outcome.decision) decision.setValue(c.outcome.decision);
    setDate(nextReview, c.outcome.nextReviewDate);
  }
  const actionList = h('div', { 'data-testid': 'outcome-actions' });
  const blocks: ActionBlock[] = [];
  let counter = 0;
  const renumber = () => {
    blocks.forEach((b, i) => {
      const legend = b.element.querySelector('legend.app-action-legend');
      if (legend) legend.textContent = `Action ${i + 1}`;
      const remove = b.element.querySelector<HTMLButtonElement>('button.app-remove-action');
      if (remove) remove.textContent = `Remove action ${i + 1}`;
    });
  };
  const addAction = () => {
    const n = ++counter;
    const title = textField({
      id: `action-${n}-title`,
      label: 'What needs doing',
      hint: 'A short summary, for example "Review medication for falls risk"',
      widthClass: 'nhsuk-u-width-full',
    });
    const details = textAreaField({ id: `action-${n}-details`, label: 'Details (optional)', rows: 2 });
    const picker = assigneePicker({
      id: `action-${n}-assignee`,
      legend: 'Who does it',
      hint: 'A named member of staff, a team or a whole organisation',
    });
    const due = dateField({ id: `action-${n}-due`, legend: 'Due date (optional)', hint: 'For example, 27 3 2027' });
    const priority = radiosField({
      id: `action-${n}-priority`,
      name: `action-${n}-priority`,
      legend: 'Priority',
      inline: true,
      value: 'routine',
      items: (Object.keys(PRIORITIES) as TaskPriority[]).map((p) => ({ value: p, text: PRIORITIES[p].label })),
    });
    const service = selectField({
      id: `action-${n}-service`,
      label: 'Refer to a service (optional)',
      hint: 'Choosing a service makes it a referral: the service can open their record once it accepts',
      options: [
        { value: '', text: 'Not a referral' },
        ...Object.entries(SERVICES).map(([value, text]) => ({ value, text })),
      ],
    });
    const remove = h(
      'button',
      { className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small app-remove-action', type: 'button' },
      'Remove action',
    );
    const element = h(
      'fieldset',
      { className: 'nhsuk-fieldset app-action-item', 'data-testid': 'outcome-action' },
      h('legend', { className: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--m app-action-legend' }, 'Action'),
      title.group,
      details.group,
      picker.element,
      due.group,
      priority.group,
      service.group,
      remove,
    );
    const block: ActionBlock = { element, title, details, picker, due, priority, service };
    remove.addEventListener('click', () => {
      const at = blocks.indexOf(block);
      if (at >= 0) blocks.splice(at, 1);
      element.remove();
      renumber();
      addButton.focus();
    });
    blocks.push(block);
    actionList.append(element);
    renumber();
    title.input.focus();
  };
  const addButton = h('button', { className: 'nhsuk-button nhsuk-button--secondary', type: 'button' }, 'Add an action');
  addButton.addEventListener('click', addAction);

  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Save the outcome');
  const form = headedForm(
    {
      id: 'outcome-form',
      heading: c.outcome ? 'Change the outcome' : 'Record the outcome',
      intro: c.outcome
        ? 'Saving again replaces the summary, decision and next review; new actions add tasks. Tasks already made move on in their own pages.'
        : `What the meeting decided for ${name}. Each action becomes a task or referral, requested by you, in its assignee’s inbox.`,
      testId: 'outcome-form',
    },
    summary.group,
    decision.group,
    nextReview.group,
    h('h3', {}, 'Actions'),
    h(
      'p',
      { className: 'nhsuk-hint' },
      'Who does what by when. Each action is sent as a task, or as a referral when it names a service.',
    ),
    actionList,
    addButton,
    h('div', {}, button),
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields: Record<string, Field> = { summary, decision, nextReviewDate: nextReview };
    blocks.forEach((b, i) => {
      const p = `actions[${i}]`;
      const n = i + 1;
      fields[`${p}.title`] = renamed(b.title, `What needs doing in action ${n}`);
      fields[`${p}.details`] = renamed(b.details, `Details of action ${n}`);
      fields[`${p}.assigneeOrganisation`] = renamed(b.picker.organisation, `Organisation of action ${n}`);
      fields[`${p}.assignee`] = renamed(b.picker.who, `Who does action ${n}`);
      fields[`${p}.dueDate`] = renamed(b.due, `Due date of action ${n}`);
      fields[`${p}.priority`] = renamed(b.priority, `Priority of action ${n}`);
      fields[`${p}.service`] = renamed(b.service, `Service of action ${n}`);
      fields[p] = fields[`${p}.title`]!;
    });
    const errors = new FormErrors(errorSlot, fields);
    const problems: FieldError[] = [];
    const chosen = decision.value() as MdtDecision | '';
    if (!summary.input.value.trim()) problems.push({ field: 'summary', message: 'Enter a summary of the discussion' });
    if (!chosen) problems.push({ field: 'decision', message: 'Choose the decision' });
    const next = readDate(nextReview);
    if (!next.empty && !next.iso)
      problems.push({ field: 'nextReviewDate', message: 'Next MDT review must be a real date' });
    else if (next.iso && next.iso <= todayIso())
      problems.push({ field: 'nextReviewDate', message: 'Next MDT review must be after today' });
    else if (next.iso && chosen === 'discharge_from_mdt')
      problems.push({
        field: 'nextReviewDate',
        message: 'Someone discharged from the MDT has no next review: leave it empty',
      });
    const actions: OutcomeAction[] = [];
    blocks.forEach((b, i) => {
      const p = `actions[${i}]`;
      const n = i + 1;
      const title = b.title.input.value.trim();
      if (!title) problems.push({ field: `${p}.title`, message: `Enter what needs doing in action ${n}` });
      const assignee = b.picker.value();
      if (!assignee) {
        problems.push(
          b.picker.organisationId()
            ? { field: `${p}.assignee`, message: `Choose who at the organisation does action ${n}` }
            : { field: `${p}.assigneeOrganisation`, message: `Choose the organisation of who does action ${n}` },
        );
      }
      const due = readDate(b.due);
      if (!due.empty && !due.iso)
        problems.push({ field: `${p}.dueDate`, message: `Due date of action ${n} must be a real date` });
      else if (due.iso && due.iso < todayIso())
        problems.push({ field: `${p}.dueDate`, message: `Due date of action ${n} must be today or in the future` });
      if (title && assignee) {
        const action: OutcomeAction = { title, assignee, priority: b.priority.value() as TaskPriority };
        if (b.details.input.value.trim()) action.details = b.details.input.value.trim();
        if (due.iso) action.dueDate = due.iso;
        if (b.service.input.value) action.service = b.service.input.value as NonNullable<OutcomeAction['service']>;
        actions.push(action);
      }
    });
    if (problems.length || !chosen) {
      errors.show(problems);
      return;
    }
    button.disabled = true;
    try {
      const saved = await recordOutcome(c.meetingId, c.id, {
        summary: summary.input.value.trim(),
        decision: chosen,
        ...(next.iso ? { nextReviewDate: next.iso } : {}),
        actions,
        version: c.version,
      });
      const made = saved.tasks.length - c.tasks.length;
      setFlash({
        heading: `Outcome recorded for ${name}: ${decisionLabel(saved.outcome?.decision)}`,
        body:
          made > 0
            ? `${made} ${made === 1 ? 'task was' : 'tasks were'} sent: ${saved.tasks
                .slice(-made)
                .map((t) => `“${t.title}” to ${t.assignee.name}`)
                .join(', ')}.`
            : undefined,
        testId: 'outcome-saved',
      });
      reload();
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors?.length && error.status === 400) {
        showPathErrors(errors, fields, error.problem.errors, error.problem.detail && sentence(error.problem.detail));
      } else {
        showApiError(errorSlot, error, { thing: 'case', reload, fields: errors, allowedLabel: meetingActionLabel });
      }
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
