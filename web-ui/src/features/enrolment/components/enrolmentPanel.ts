// Enrolment in care coordination: the state at a glance (Summary), and the
// Enrolment section's change form and history. identified > invited >
// enrolled (how they agreed) or declined (their reason); closed (why); the
// lead professional (key worker) is kept until changed, with a state change
// or on its own (while identified, invited or enrolled).

import { changeEnrolment } from '../api';
import type {
  AgreementMethod,
  ClosureReason,
  Enrolment,
  EnrolmentChange,
  EnrolmentState,
  EnrolmentUpdate,
} from '../types';
import type { FieldError } from '../../../core/api/problem';
import { AGREEMENTS, CLOSURE_REASONS, closureLabel, ENROLMENT_STATES, enrolmentLabel } from '../format';
import { showApiError } from '../../../core/components/apiErrors';
import { textAreaField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { headedForm } from '../../../core/components/headedForm';
import { radiosField } from '../../../core/components/radios';
import { selectField, type OptionGroup, type SelectOption } from '../../../core/components/selectField';
import { summaryList, table } from '../../../core/components/tables';
import { tag } from '../../../core/components/tag';
import { h, type Child } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { formatDateTime, sentence } from '../../../core/format';
import { can } from '../../../core/permissions';
import { navigate } from '../../../core/router';
import { sectionPath } from '../../people/section';
import type { StaffChoices } from '../../care-team/components/staffChoices';

export function stateTag(state: EnrolmentState | null, testId?: string): HTMLElement {
  return state
    ? tag(ENROLMENT_STATES[state].label, ENROLMENT_STATES[state].colour, testId)
    : tag('Not started', 'white', testId);
}

/** The Summary's short view: state, since, lead, and the way to change it. */
export function enrolmentAtAGlance(personId: number, e: Enrolment): Node[] {
  const link =
    can('care:enrol') && e.allowed.length
      ? h('a', { href: sectionPath(personId, 'enrolment') }, e.state ? 'Change enrolment' : 'Start care coordination')
      : h('a', { href: sectionPath(personId, 'enrolment') }, 'See the enrolment history');
  return [
    h('h2', { id: 'glance-heading' }, 'Care coordination'),
    summaryList(currentRows(e), 'enrolment-glance-list'),
    h('p', {}, link),
  ];
}

function currentRows(e: Enrolment): Array<[string, Child]> {
  const rows: Array<[string, Child]> = [['Enrolment', stateTag(e.state, 'enrolment-state')]];
  if (e.state && e.changedAt) {
    rows.push([
      'Since',
      `${formatDateTime(e.changedAt)}${e.changedBy?.displayName ? `, by ${e.changedBy.displayName}` : ''}`,
    ]);
  }
  if (e.state === 'enrolled' && e.agreement) rows.push(['How they agreed', AGREEMENTS[e.agreement]]);
  if (e.state === 'declined' && e.reason) rows.push(['Their reason', e.reason]);
  if (e.state === 'closed' && e.reason) rows.push(['Why it closed', closureLabel(e.reason)]);
  rows.push(['Lead professional', e.lead?.displayName ?? 'None yet']);
  return rows;
}

export interface EnrolmentPanelOptions {
  personId: number;
  enrolment: Enrolment;
  staff: StaffChoices;
  errorSlot: HTMLElement;
  reload: () => void;
  /** Where to go back to (the worklist, when the user came from there). */
  returnPath?: string;
}

/** The Enrolment section: current state, the change form (care:enrol) and the history. */
export function enrolmentPanel(o: EnrolmentPanelOptions): Node[] {
  const e = o.enrolment;
  const nodes: Node[] = [h('h2', {}, 'Enrolment'), summaryList(currentRows(e), 'enrolment-current')];
  if (can('care:enrol') && e.allowed.length) nodes.push(changeForm(o));
  if (can('care:enrol') && e.state && LEAD_CHANGE_STATES.includes(e.state)) nodes.push(leadForm(o, e.state));
  nodes.push(historyTable(e, o.staff.names));
  return nodes;
}

function changeForm(o: EnrolmentPanelOptions): HTMLFormElement {
  const e = o.enrolment;
  const agreement = radiosField({
    id: 'agreement',
    legend: 'How did they agree?',
    items: (Object.keys(AGREEMENTS) as AgreementMethod[]).map((a) => ({ value: a, text: AGREEMENTS[a] })),
  });
  const declineReason = textAreaField({
    id: 'declineReason',
    label: 'Their reason for declining',
    hint: 'In their words if you can, or your summary',
    rows: 3,
  });
  const closeReason = radiosField({
    id: 'closeReason',
    legend: 'Why is care coordination closing?',
    items: (Object.keys(CLOSURE_REASONS) as ClosureReason[]).map((r) => ({ value: r, text: CLOSURE_REASONS[r] })),
  });
  const conditional: Partial<Record<EnrolmentState, Child>> = {
    enrolled: agreement.group,
    declined: declineReason.group,
    closed: closeReason.group,
  };
  const state = radiosField({
    id: 'enrolmentState',
    legend: e.state
      ? `What has changed? They are ${enrolmentLabel(e.state).toLowerCase()} now.`
      : 'Where are they in care coordination?',
    items: e.allowed.map((s) => ({
      value: s,
      text: ENROLMENT_STATES[s].label,
      hint: ENROLMENT_STATES[s].hint,
      conditional: conditional[s],
    })),
  });
  const keep: SelectOption = {
    value: '',
    text: e.lead?.displayName ? `Keep ${e.lead.displayName}` : 'No lead professional yet',
  };
  const lead = selectField({
    id: 'leadUserId',
    label: 'Lead professional (key worker)',
    hint: 'The person’s main contact for their care. It stays the same until you change it.',
    options: [keep, ...withoutCurrent(o.staff.groups, e.lead?.id)],
  });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Save enrolment');
  const form = headedForm(
    {
      id: 'change-enrolment',
      heading: e.state ? 'Change enrolment' : 'Start care coordination',
      intro: 'Record each step as it happens, so the whole care team knows where the person is.',
      testId: 'change-enrolment',
    },
    state.group,
    lead.group,
    button,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = state.value() as EnrolmentState | '';
    // The reason field that belongs to the chosen state gets the server's "reason" errors.
    const fields = new FormErrors(o.errorSlot, {
      state,
      agreement,
      reason: chosen === 'closed' ? closeReason : declineReason,
      leadUserId: lead,
    });
    const problems: FieldError[] = [];
    if (!chosen) problems.push({ field: 'state', message: 'Choose what has changed' });
    if (chosen === 'enrolled' && !agreement.value())
      problems.push({ field: 'agreement', message: 'Choose how they agreed to take part' });
    if (chosen === 'declined' && !declineReason.input.value.trim())
      problems.push({ field: 'reason', message: 'Enter their reason for declining' });
    if (chosen === 'closed' && !closeReason.value())
      problems.push({ field: 'reason', message: 'Choose why care coordination is closing' });
    if (problems.length || !chosen) {
      fields.show(problems);
      return;
    }
    const change: EnrolmentUpdate = { state: chosen };
    if (e.version !== undefined) change.version = e.version;
    if (chosen === 'enrolled') change.agreement = agreement.value() as AgreementMethod;
    if (chosen === 'declined') change.reason = declineReason.input.value.trim();
    if (chosen === 'closed') change.reason = closeReason.value();
    if (lead.input.value) change.leadUserId = Number(lead.input.value);
    button.disabled = true;
    try {
      const saved = await changeEnrolment(o.personId, change);
      fields.clear();
      setFlash({
        heading: `Enrolment saved: ${enrolmentLabel(saved.state).toLowerCase()}`,
        body: saved.lead?.displayName ? `Lead professional: ${saved.lead.displayName}.` : undefined,
        testId: 'enrolment-saved',
      });
      navigate(o.returnPath ?? sectionPath(o.personId, 'enrolment'), { replace: !o.returnPath });
    } catch (error) {
      showApiError(o.errorSlot, error, {
        thing: 'enrolment',
        reload: o.reload,
        fields,
        allowedLabel: (s) => enrolmentLabel(s as EnrolmentState),
      });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** The states in which the lead professional may change on its own. */
const LEAD_CHANGE_STATES: EnrolmentState[] = ['identified', 'invited', 'enrolled'];

/** Change the lead professional only: the same state, a new lead, no agreement needed. */
function leadForm(o: EnrolmentPanelOptions, current: EnrolmentState): HTMLFormElement {
  const e = o.enrolment;
  const lead = selectField({
    id: 'newLeadUserId',
    label: 'New lead professional',
    hint: 'Staff in the person’s care team, in your organisation and in the staff directory.',
    options: [{ value: '', text: 'Choose a member of staff' }, ...withoutCurrent(o.staff.groups, e.lead?.id)],
  });
  const button = h(
    'button',
    { className: 'nhsuk-button nhsuk-button--secondary', type: 'submit' },
    'Change lead professional',
  );
  const form = headedForm(
    {
      id: 'change-lead',
      heading: 'Change lead professional',
      intro: e.lead?.displayName
        ? `${e.lead.displayName} is their lead professional now. Changing it does not change their enrolment.`
        : 'They have no lead professional yet. Naming one does not change their enrolment.',
      testId: 'change-lead',
    },
    lead.group,
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = new FormErrors(o.errorSlot, { leadUserId: lead });
    if (!lead.input.value) {
      fields.show([{ field: 'leadUserId', message: 'Choose the new lead professional' }]);
      return;
    }
    const change: EnrolmentUpdate = { state: current, leadUserId: Number(lead.input.value) };
    if (e.version !== undefined) change.version = e.version;
    button.disabled = true;
    try {
      const saved = await changeEnrolment(o.personId, change);
      fields.clear();
      setFlash({
        heading: `Lead professional changed to ${saved.lead?.displayName ?? lead.input.selectedOptions[0]?.text ?? 'the member of staff you chose'}`,
        body: `Their enrolment is unchanged: ${enrolmentLabel(saved.state).toLowerCase()}.`,
        testId: 'lead-saved',
      });
      navigate(sectionPath(o.personId, 'enrolment'), { replace: true });
    } catch (error) {
      showApiError(o.errorSlot, error, {
        thing: 'enrolment',
        reload: o.reload,
        fields,
        allowedLabel: (s) => enrolmentLabel(s as EnrolmentState),
      });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function withoutCurrent(groups: OptionGroup[], current: number | undefined): OptionGroup[] {
  return groups
    .map((g) => ({ label: g.label, options: g.options.filter((opt) => opt.value !== String(current)) }))
    .filter((g) => g.options.length);
}

function historyTable(e: Enrolment, names: Map<number, string>): HTMLElement {
  const section = h(
    'section',
    { 'aria-labelledby': 'enrolment-history-heading', 'data-testid': 'enrolment-history' },
    h('h2', { id: 'enrolment-history-heading' }, 'History'),
  );
  if (!e.history.length) {
    section.append(h('p', {}, 'No changes yet: this person has not been identified for care coordination.'));
    return section;
  }
  if (e.lead?.displayName) names.set(e.lead.id, e.lead.displayName);
  let previousLead: number | null = null;
  const rows = e.history.map((change) => {
    const details: string[] = [];
    const leadOnly = change.from === change.to;
    if (!leadOnly && change.agreement) details.push(`Agreed ${AGREEMENTS[change.agreement].toLowerCase()}`);
    if (!leadOnly && change.reason)
      details.push(change.to === 'closed' ? `Why: ${closureLabel(change.reason)}` : `Reason: ${change.reason}`);
    if (change.leadUserId !== null && change.leadUserId !== previousLead) {
      const name = change.lead?.displayName ?? names.get(change.leadUserId) ?? `member of staff ${change.leadUserId}`;
      details.push(`Lead professional: ${name}`);
    }
    previousLead = change.leadUserId;
    return { change, details };
  });
  const changeText = (c: EnrolmentChange) =>
    !c.from
      ? enrolmentLabel(c.to)
      : c.from === c.to
        ? `Lead professional changed (still ${enrolmentLabel(c.to).toLowerCase()})`
        : `${enrolmentLabel(c.from)} to ${enrolmentLabel(c.to)}`;
  section.append(
    table({
      caption: 'Changes to enrolment, newest first',
      columns: [
        { header: 'When', cell: (r) => formatDateTime(r.change.changedAt) },
        { header: 'Change', cell: (r) => changeText(r.change) },
        { header: 'Details', cell: (r) => (r.details.length ? sentence(r.details.join('. ')) : '') },
        { header: 'By', cell: (r) => r.change.changedBy ?? 'Not known' },
      ],
      rows: rows.reverse(),
    }),
  );
  return section;
}
