// One MDT meeting (/mdt/{id}): when and where, its state with the changes the
// user may make (hold it, cancel it with a reason, close it), the attendees,
// the case list with suggestions of who to discuss, the minutes and the
// history. A change someone else made first is a 409, shown with Reload.

import { changeMeetingState, getMeeting } from '../api';
import type { MeetingDetail, MeetingState } from '../types';
import { ApiError, type FieldError } from '../../../core/api/problem';
import { showApiError } from '../../../core/components/apiErrors';
import { textAreaField, type TextAreaField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { headedForm } from '../../../core/components/headedForm';
import { problemPanel } from '../../../core/components/problemPanel';
import { radiosField } from '../../../core/components/radios';
import { summaryList, table } from '../../../core/components/tables';
import { h, type Child } from '../../../core/dom';
import { setFlash, takeFlash } from '../../../core/flash';
import { formatDateTime, sentence } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { navigate } from '../../../core/router';
import { attendeesSection } from './attendees';
import { caseListSection } from './cases';
import { mayOrganise, type MeetingContext } from './context';
import { minutesSection } from './minutes';
import { MEETING_ACTIONS, MEETING_STATES, meetingActionLabel, meetingWhen, stateTag } from '../words';

export async function renderMeeting(main: HTMLElement, id: number, url: URL): Promise<void> {
  setTitle('MDT meeting');
  const back = h(
    'div',
    { className: 'nhsuk-back-link' },
    h('a', { className: 'nhsuk-back-link__link', href: '/mdt' }, 'MDT meetings'),
  );
  const flash = takeFlash();
  const loading = h('p', { className: 'app-loading' }, 'Loading the meeting…');
  main.replaceChildren(back, loading);
  let meeting: MeetingDetail;
  try {
    meeting = await getMeeting(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      setTitle('You cannot see this meeting');
      loading.replaceWith(
        h(
          'div',
          { 'data-testid': 'meeting-refused' },
          h('h1', {}, 'You cannot see this meeting'),
          h('p', {}, sentence(error.problem.detail ?? error.problem.title)),
          h('p', {}, h('a', { href: '/mdt' }, 'Go to your MDT meetings')),
        ),
      );
    } else if (!(error instanceof ApiError && error.status === 401)) {
      loading.replaceWith(problemPanel(error));
    }
    return;
  }
  setTitle(meeting.title);
  const errorSlot = h('div');
  const ctx: MeetingContext = {
    meeting,
    errorSlot,
    url,
    reload: () => navigate(url.pathname + url.search, { replace: true }),
  };
  loading.replaceWith(
    errorSlot,
    flash ?? '',
    h(
      'h1',
      {},
      h(
        'span',
        { className: 'nhsuk-caption-l' },
        `MDT meeting, ${meeting.area.name}`,
        h('span', { className: 'nhsuk-u-visually-hidden' }, ' – '),
      ),
      meeting.title,
    ),
    details(meeting),
    stateChange(ctx),
    attendeesSection(ctx),
    caseListSection(ctx),
    minutesSection(ctx),
    history(meeting),
  );
}

function details(m: MeetingDetail): HTMLElement {
  const rows: Array<[string, Child]> = [
    ['Status', stateTag(m.state, 'meeting-state')],
    ['When', meetingWhen(m)],
    ['Where', m.location ?? (m.videoLink ? 'Video call' : 'Not given')],
  ];
  if (m.videoLink)
    rows.push([
      'Video call link',
      h(
        'a',
        { href: m.videoLink, target: '_blank', rel: 'noopener noreferrer', className: 'app-break-anywhere' },
        m.videoLink,
      ),
    ]);
  rows.push(['Area', m.area.name], ['Chair', m.chair.name], ['People to discuss', String(m.caseCount)]);
  const cancelled = m.state === 'cancelled' ? [...m.history].reverse().find((c) => c.to === 'cancelled') : undefined;
  if (cancelled) rows.push(['Why it was cancelled', cancelled.reason ?? 'Not given']);
  return summaryList(rows, 'meeting-details');
}

const NEXT_STEP: Partial<Record<MeetingState, string>> = {
  scheduled: 'Once it is taking place, hold it: then outcomes, minutes and attendance can be recorded.',
  held: 'When every outcome and the minutes are recorded, close it.',
};

function stateChange(ctx: MeetingContext): HTMLElement | string {
  const m = ctx.meeting;
  if (!m.allowed.length || !mayOrganise(m)) {
    if (m.state === 'closed' || m.state === 'cancelled') {
      return h(
        'p',
        { 'data-testid': 'no-meeting-changes' },
        `This meeting is ${MEETING_STATES[m.state].label.toLowerCase()}: nothing more can be changed.`,
      );
    }
    return mayOrganise(m)
      ? ''
      : h(
          'p',
          { 'data-testid': 'no-meeting-changes' },
          `${m.chair.name} (the chair) and the area’s organisers hold, cancel and close this meeting.`,
        );
  }
  const reason: TextAreaField = textAreaField({
    id: 'cancelReason',
    label: 'Why is it cancelled?',
    hint: 'The attendees see it',
    rows: 3,
  });
  const choice = radiosField({
    id: 'meetingChange',
    legend: 'What do you want to do?',
    items: m.allowed.map((s) => ({
      value: s,
      text: MEETING_ACTIONS[s]?.text ?? s,
      hint: MEETING_ACTIONS[s]?.hint,
      conditional: s === 'cancelled' ? reason.group : undefined,
    })),
  });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Save');
  const form = headedForm(
    { id: 'meeting-change', heading: 'Move the meeting on', intro: NEXT_STEP[m.state] ?? '', testId: 'meeting-change' },
    choice.group,
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const state = choice.value() as MeetingState | '';
    const fields = new FormErrors(ctx.errorSlot, { state: choice, reason });
    const text = reason.input.value.trim();
    const problems: FieldError[] = [];
    if (!state) problems.push({ field: 'state', message: 'Choose what you want to do' });
    if (state === 'cancelled' && !text)
      problems.push({ field: 'reason', message: 'Enter why the meeting is cancelled' });
    if (problems.length || !state) {
      fields.show(problems);
      return;
    }
    button.disabled = true;
    try {
      const saved = await changeMeetingState(m.id, {
        state,
        version: m.version,
        ...(state === 'cancelled' ? { reason: text } : {}),
      });
      setFlash({
        heading: `Meeting ${MEETING_STATES[saved.state].label.toLowerCase()}`,
        body: flashBody(saved.state),
        testId: 'meeting-saved',
      });
      ctx.reload();
    } catch (error) {
      showApiError(ctx.errorSlot, error, {
        thing: 'meeting',
        reload: ctx.reload,
        fields,
        allowedLabel: meetingActionLabel,
      });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function flashBody(state: MeetingState): string | undefined {
  if (state === 'held') return 'Record each person’s outcome, who attended and the minutes.';
  if (state === 'closed') return 'The outcomes, minutes and attendance are kept as they are.';
  if (state === 'cancelled') return 'The attendees can see why.';
  return undefined;
}

function history(m: MeetingDetail): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'meeting-history-heading', 'data-testid': 'meeting-history' },
    h('h2', { id: 'meeting-history-heading' }, 'History'),
    table({
      caption: 'Changes, newest first',
      columns: [
        { header: 'When', cell: (c) => formatDateTime(c.at) },
        {
          header: 'Change',
          cell: (c) =>
            c.from
              ? `${MEETING_STATES[c.from]?.label ?? c.from} to ${MEETING_STATES[c.to]?.label ?? c.to}`
              : (MEETING_STATES[c.to]?.label ?? c.to),
        },
        { header: 'Reason', cell: (c) => c.reason ?? '' },
        { header: 'By', cell: (c) => c.by ?? 'Not known' },
      ],
      rows: [...m.history].reverse(),
    }),
  );
}
