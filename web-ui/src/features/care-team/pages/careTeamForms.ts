// The care team's forms: add a member; on a member's page, change their role
// or lead flag, or end their membership (with a reason).

import { addCareTeamMember, endCareTeamMember, updateCareTeamMember } from '../api';
import type { CareTeamMember, NewCareTeamMember } from '../types';
import type { FieldError } from '../../../core/api/problem';
import { ROLE_SUGGESTIONS, roleLabel } from '../format';
import { showApiError } from '../../../core/components/apiErrors';
import { checkbox } from '../../../core/components/checkbox';
import { textAreaField, textField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { headedForm } from '../../../core/components/headedForm';
import { summaryList } from '../../../core/components/tables';
import { h } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { formatDateTime } from '../../../core/format';
import { navigate } from '../../../core/router';
import { assigneePicker } from '../../directory/components/assigneePicker';
import { sectionPath, type SectionContext } from '../../people/section';

function roleInput(value = '') {
  const role = textField({
    id: 'role',
    label: 'Role in this person’s care',
    hint: 'In words, for example "District nurse" or "Social worker". Choose a suggestion or type your own.',
    widthClass: 'nhsuk-u-width-two-thirds',
  });
  role.input.value = value;
  role.input.setAttribute('list', 'role-suggestions');
  role.group.append(
    h(
      'datalist',
      { id: 'role-suggestions' },
      ROLE_SUGGESTIONS.map((r) => h('option', { value: r })),
    ),
  );
  return role;
}

export function addMemberForm({ person, errorSlot, reload }: SectionContext): HTMLFormElement {
  const picker = assigneePicker({
    id: 'member',
    legend: 'Who to add',
    hint: 'A named member of staff, a team or a whole organisation, from any organisation',
  });
  const role = roleInput();
  const lead = checkbox({
    id: 'lead',
    label: 'Make them the lead',
    hint: 'The care team has one lead at a time; this replaces the current one',
  });
  const fields = new FormErrors(errorSlot, {
    organisation: picker.organisation,
    member: picker.who,
    userId: picker.who,
    teamId: picker.who,
    organisationId: picker.who,
    role,
  });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Add to care team');
  const form = headedForm(
    {
      id: 'add-member',
      heading: 'Add someone to the care team',
      intro: 'They can open this person’s record as soon as they are added, and until their membership ends.',
      testId: 'add-member',
    },
    picker.element,
    role.group,
    lead.group,
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const member = picker.value();
    const problems: FieldError[] = [];
    if (!member) {
      problems.push(
        picker.organisationId()
          ? { field: 'member', message: 'Choose who at the organisation to add' }
          : { field: 'organisation', message: 'Choose an organisation' },
      );
    }
    if (!role.input.value.trim()) problems.push({ field: 'role', message: 'Enter their role in this person’s care' });
    if (problems.length || !member) {
      fields.show(problems);
      return;
    }
    const body: NewCareTeamMember = { ...member, role: role.input.value.trim(), lead: lead.input.checked };
    button.disabled = true;
    try {
      const added = await addCareTeamMember(person.id, body);
      setFlash({
        heading: `${added.name} added to the care team`,
        body: `Role: ${roleLabel(added.role)}${added.lead ? ', lead' : ''}.`,
        testId: 'member-saved',
      });
      navigate(sectionPath(person.id, 'care-team'), { replace: true });
    } catch (error) {
      showApiError(errorSlot, error, { thing: 'care team', reload, fields });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** A member's page: who they are, and (while a member) the change and end forms. */
export function memberPage(ctx: SectionContext, m: CareTeamMember): Node[] {
  const back = h('p', {}, h('a', { href: sectionPath(ctx.person.id, 'care-team') }, 'Back to the care team'));
  const rows: Array<[string, string]> = [
    ['Member', m.name],
    ['Organisation', m.organisation ?? 'Not known'],
    ['Role', roleLabel(m.role)],
    ['Lead', m.lead ? 'Yes' : 'No'],
    ['Since', formatDateTime(m.startedAt)],
  ];
  if (m.endedAt) rows.push(['Ended', formatDateTime(m.endedAt)], ['Why it ended', m.endReason ?? 'Not given']);
  const nodes: Node[] = [back, h('h2', {}, m.name), summaryList(rows, 'member-details')];
  if (!m.endedAt) nodes.push(changeForm(ctx, m), endForm(ctx, m));
  return nodes;
}

function changeForm({ person, errorSlot, reload }: SectionContext, m: CareTeamMember): HTMLFormElement {
  const role = roleInput(m.role);
  const lead = checkbox({
    id: 'lead',
    label: 'Lead',
    hint: 'The care team has one lead at a time; making them lead replaces the current one',
    checked: m.lead,
  });
  const fields = new FormErrors(errorSlot, { role });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Save changes');
  const form = headedForm(
    {
      id: 'change-member',
      heading: 'Change their role or lead',
      intro: 'The whole care team sees the change.',
      testId: 'change-member',
    },
    role.group,
    lead.group,
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!role.input.value.trim()) {
      fields.show([{ field: 'role', message: 'Enter their role in this person’s care' }]);
      return;
    }
    button.disabled = true;
    try {
      const saved = await updateCareTeamMember(person.id, m.id, {
        role: role.input.value.trim(),
        lead: lead.input.checked,
        version: m.version,
      });
      setFlash({
        heading: `${saved.name}: changes saved`,
        body: `Role: ${roleLabel(saved.role)}${saved.lead ? ', lead' : ''}.`,
        testId: 'member-saved',
      });
      navigate(sectionPath(person.id, 'care-team'), { replace: true });
    } catch (error) {
      showApiError(errorSlot, error, { thing: 'care team membership', reload, fields });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function endForm({ person, errorSlot, reload }: SectionContext, m: CareTeamMember): HTMLFormElement {
  const reason = textAreaField({
    id: 'endReason',
    label: 'Why is their membership ending? (optional)',
    hint: 'For example, "Discharged from district nursing"',
    rows: 3,
  });
  const fields = new FormErrors(errorSlot, { reason });
  const button = h('button', { className: 'nhsuk-button nhsuk-button--warning', type: 'submit' }, 'End membership');
  const form = headedForm(
    {
      id: 'end-member',
      heading: 'End their membership',
      intro: `${m.name} will no longer be able to open this person’s record, unless they have another care relationship with them.`,
      testId: 'end-member',
    },
    reason.group,
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const text = reason.input.value.trim();
      const ended = await endCareTeamMember(person.id, m.id, { version: m.version, ...(text ? { reason: text } : {}) });
      setFlash({ heading: `${ended.name} is no longer in the care team`, testId: 'member-ended' });
      navigate(sectionPath(person.id, 'care-team'), { replace: true });
    } catch (error) {
      showApiError(errorSlot, error, { thing: 'care team membership', reload, fields });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
