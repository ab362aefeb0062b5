// A meeting's attendees: staff from any organisation (with their role and
// organisation) and named guests. While it is scheduled its organisers invite
// and remove them; once it is held they record who came.

import { addAttendee, removeAttendee, setAttended } from '../api';
import type { Attendee } from '../types';
import type { FieldError } from '../../../core/api/problem';
import { showApiError } from '../../../core/components/apiErrors';
import { textField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { headedForm } from '../../../core/components/headedForm';
import { radiosField } from '../../../core/components/radios';
import { table } from '../../../core/components/tables';
import { tag } from '../../../core/components/tag';
import { h, visuallyHidden, type Child } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { staffRoleLabel } from '../../../core/staffRoles';
import { inSection, mayOrganise, showDuplicate, type MeetingContext } from './context';
import { staffSearch } from '../components/staffSearch';

export function attendeesSection(ctx: MeetingContext): HTMLElement {
  const m = ctx.meeting;
  const organise = mayOrganise(m);
  const scheduled = m.state === 'scheduled';
  const held = m.state === 'held';
  const attendance = m.state === 'held' || m.state === 'closed';
  const status = h('p', { className: 'nhsuk-u-visually-hidden', role: 'status', 'data-testid': 'attendee-status' });

  const act = async (button: HTMLButtonElement, work: () => Promise<unknown>, done: string) => {
    button.disabled = true;
    try {
      await work();
      setFlash({ heading: done, testId: 'attendees-saved' });
      ctx.reload();
    } catch (error) {
      showApiError(ctx.errorSlot, error, { thing: 'meeting', reload: ctx.reload });
      button.disabled = false;
    }
  };
  const actions = (a: Attendee): Child => {
    if (!organise) return '';
    if (scheduled) {
      const remove = h(
        'button',
        {
          className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0',
          type: 'button',
        },
        'Remove',
        visuallyHidden(` ${a.name}`),
      );
      remove.addEventListener(
        'click',
        () => void act(remove, () => removeAttendee(m.id, a.id), `${a.name} taken off the attendee list`),
      );
      return remove;
    }
    if (held) {
      const mark = (attended: boolean) => {
        const b = h(
          'button',
          {
            className:
              'nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0 nhsuk-u-margin-right-2',
            type: 'button',
          },
          'Mark',
          visuallyHidden(` ${a.name} as`),
          attended ? ' attended' : ' absent',
        );
        b.addEventListener(
          'click',
          () =>
            void act(
              b,
              () => setAttended(m.id, a.id, attended),
              `${a.name} recorded as ${attended ? 'attended' : 'absent'}`,
            ),
        );
        return b;
      };
      return h(
        'div',
        { className: 'app-nowrap' },
        a.attended !== true ? mark(true) : null,
        a.attended !== false ? mark(false) : null,
      );
    }
    return '';
  };
  const cameCell = (a: Attendee): Child =>
    a.attended === true ? tag('Attended', 'green') : a.attended === false ? tag('Absent', 'grey') : 'Not recorded';

  const columns = [
    {
      header: 'Name',
      cell: (a: Attendee) => [a.name, h('span', { className: 'app-secondary' }, a.guest ? 'Guest' : 'Member of staff')],
    },
    { header: 'Role', cell: (a: Attendee) => (a.role ? staffRoleLabel(a.role) : '') },
    { header: 'Organisation', cell: (a: Attendee) => a.organisation ?? '' },
    ...(attendance ? [{ header: 'Came', cell: cameCell }] : []),
    ...(organise && (scheduled || held) ? [{ header: 'Actions', cell: actions }] : []),
  ];
  return h(
    'section',
    { 'aria-labelledby': 'attendees-heading', 'data-testid': 'attendees' },
    h('h2', { id: 'attendees-heading' }, 'Attendees'),
    h(
      'p',
      {},
      `Chaired by ${m.chair.name}. The chair and the attendees can see the people on the case list until 30 days after the meeting (not those recorded as absent).`,
    ),
    status,
    m.attendees.length
      ? table<Attendee>({
          caption: `Attendees (${m.attendees.length})`,
          columns,
          rows: m.attendees,
          testId: 'attendee-table',
        })
      : h('p', { 'data-testid': 'no-attendees' }, 'Nobody is invited yet.'),
    organise && scheduled ? inSection(addAttendeeForm(ctx)) : '',
  );
}

function addAttendeeForm(ctx: MeetingContext): HTMLFormElement {
  const m = ctx.meeting;
  const staff = staffSearch({
    id: 'attendeeUserId',
    legend: 'Find the member of staff',
    hint: 'Staff of any organisation who take part in MDT meetings',
  });
  const guestName = textField({ id: 'guestName', label: 'Guest’s name', widthClass: 'nhsuk-u-width-two-thirds' });
  const guestOrganisation = textField({
    id: 'guestOrganisation',
    label: 'Their organisation (optional)',
    widthClass: 'nhsuk-u-width-two-thirds',
  });
  const kind = radiosField({
    id: 'attendeeKind',
    legend: 'Who are you inviting?',
    items: [
      {
        value: 'staff',
        text: 'A member of staff',
        hint: 'They see the meeting and its case list in LCN',
        conditional: staff.element,
      },
      {
        value: 'guest',
        text: 'A guest',
        hint: 'Someone without an LCN account, named in the meeting’s record',
        conditional: [guestName.group, guestOrganisation.group],
      },
    ],
  });
  const fields = new FormErrors(ctx.errorSlot, { kind, userId: staff.field, guestName, guestOrganisation });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Add attendee');
  const form = headedForm(
    {
      id: 'add-attendee',
      heading: 'Invite someone',
      intro: 'Invite staff from any organisation, or name a guest.',
      testId: 'add-attendee',
    },
    kind.group,
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    const chosen = kind.value();
    if (!chosen) problems.push({ field: 'kind', message: 'Choose a member of staff or a guest' });
    if (chosen === 'staff' && !staff.value())
      problems.push({ field: 'userId', message: 'Find and choose the member of staff' });
    if (chosen === 'guest' && !guestName.input.value.trim())
      problems.push({ field: 'guestName', message: 'Enter the guest’s name' });
    if (problems.length) {
      fields.show(problems);
      return;
    }
    const body =
      chosen === 'staff'
        ? { userId: staff.value() }
        : {
            guestName: guestName.input.value.trim(),
            ...(guestOrganisation.input.value.trim()
              ? { guestOrganisation: guestOrganisation.input.value.trim() }
              : {}),
          };
    const name = chosen === 'staff' ? staff.label() : guestName.input.value.trim();
    button.disabled = true;
    try {
      await addAttendee(m.id, body);
      setFlash({ heading: `${name} added to the attendees`, testId: 'attendees-saved' });
      ctx.reload();
    } catch (error) {
      if (!showDuplicate(error, fields, chosen === 'staff' ? 'userId' : 'guestName')) {
        showApiError(ctx.errorSlot, error, { thing: 'meeting', reload: ctx.reload, fields });
      }
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
