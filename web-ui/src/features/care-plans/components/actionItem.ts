// An action of the care plan in the editor: what, for which goal, who will do\n// it (the person, their carer, who owns it now, a member of their care team,\n// or anyone through the care team's picker), due date and status; and the\n// owner it names.

import type { ActionOwner, CarePlanAction, CarePlanVocabulary } from '../types';
import type { Person } from '../../people/types';
import { dateField } from '../../../core/components/dateField';
import { textAreaField, textField } from '../../../core/components/fields';
import { radiosField } from '../../../core/components/radios';
import { selectField } from '../../../core/components/selectField';
import { h } from '../../../core/dom';
import { assigneePicker, type AssigneePicker } from '../../directory/components/assigneePicker';
import { setDate } from '../../../core/components/recordFields';
import type { StaffChoices } from '../../care-team/components/staffChoices';
import { ownerText, termChoices } from '../words';
import { newId, nextKey, itemShell, type ActionItem } from './items';

export function actionItem(
  action: CarePlanAction | null,
  person: Person,
  staff: () => Promise<StaffChoices>,
  vocabulary: CarePlanVocabulary,
): ActionItem {
  const key = nextKey();
  const id = action?.id ?? newId('action');
  const prefix = `action-${key}`;
  const description = textAreaField({ id: `${prefix}-description`, label: 'What will be done', rows: 2 });
  description.input.value = action?.description ?? '';
  const goal = selectField({
    id: `${prefix}-goal`,
    label: 'Towards which goal? (optional)',
    options: [{ value: '', text: 'Not linked to a goal' }],
  });

  const existing = action && ['user', 'team', 'organisation'].includes(action.owner.kind) ? action.owner : null;
  const carerName = textField({
    id: `${prefix}-carer`,
    label: 'The carer’s name (optional)',
    widthClass: 'nhsuk-u-width-one-half',
  });
  if (action?.owner.kind === 'carer') carerName.input.value = action.owner.name ?? '';
  const known = selectField({ id: `${prefix}-known`, label: 'Who', options: [{ value: '', text: 'Loading…' }] });
  const pickerBox = h('div', { 'data-testid': `${prefix}-picker-box` });
  let picker: AssigneePicker | null = null;
  const makePicker = () => {
    if (!picker) {
      picker = assigneePicker({
        id: `${prefix}-owner`,
        legend: 'Who will do it',
        hint: 'A named member of staff, a team or a whole organisation, from any organisation',
      });
      pickerBox.replaceChildren(picker.element);
    }
    return picker;
  };
  const items = [
    { value: 'person', text: person.givenName, hint: 'They will do it themselves' },
    { value: 'carer', text: 'Their carer', conditional: carerName.group },
    ...(existing ? [{ value: 'current', text: `${ownerText(existing, person)} (as now)` }] : []),
    { value: 'known', text: 'You or a member of their care team', conditional: known.group },
    { value: 'other', text: 'Another member of staff, a team or an organisation', conditional: pickerBox },
  ];
  const owner = radiosField({
    id: `${prefix}-owner-kind`,
    legend: 'Who will do it?',
    items,
    value: existing ? 'current' : action ? action.owner.kind : undefined,
  });
  let knownLoaded = false;
  owner.onChange((value) => {
    if (value === 'other') makePicker();
    if (value === 'known' && !knownLoaded) {
      knownLoaded = true;
      void staff().then((s) => {
        known.input.replaceChildren(
          h('option', { value: '' }, 'Choose who'),
          ...s.groups.map((g) =>
            h(
              'optgroup',
              { label: g.label },
              g.options.map((o) => h('option', { value: o.value }, o.text)),
            ),
          ),
        );
      });
    }
  });

  const due = dateField({ id: `${prefix}-due`, legend: 'Due date (optional)', hint: 'For example, 1 7 2026' });
  setDate(due, action?.dueDate);
  const status = selectField({
    id: `${prefix}-status`,
    label: 'Status',
    options: termChoices(vocabulary.actionStatuses),
    value: action?.status ?? 'planned',
  });
  return {
    id,
    key,
    description,
    goal,
    owner,
    carerName,
    known,
    picker: makePicker,
    pickerMade: () => picker,
    existing,
    due,
    status,
    ...itemShell(key, 'action-item', id, description.group, goal.group, owner.group, due.group, status.group),
  };
}

/** The action's owner as the API takes it, or what is missing ('{n}' is the action's number). */
export function ownerOf(a: ActionItem): ActionOwner | { problem: string } {
  switch (a.owner.value()) {
    case 'person':
      return { kind: 'person' };
    case 'carer': {
      const name = a.carerName.input.value.trim();
      return name ? { kind: 'carer', name } : { kind: 'carer' };
    }
    case 'current':
      return a.existing
        ? { kind: a.existing.kind, id: a.existing.id ?? null }
        : { problem: 'Choose who will do action {n}' };
    case 'known': {
      const userId = Number(a.known.input.value);
      return userId ? { kind: 'user', id: userId } : { problem: 'Choose who will do action {n}' };
    }
    case 'other': {
      const chosen = a.picker().value();
      if (!chosen) return { problem: 'Choose the organisation, team or member of staff who will do action {n}' };
      if ('userId' in chosen) return { kind: 'user', id: chosen.userId };
      if ('teamId' in chosen) return { kind: 'team', id: chosen.teamId };
      return { kind: 'organisation', id: chosen.organisationId };
    }
    default:
      return { problem: 'Choose who will do action {n}' };
  }
}
