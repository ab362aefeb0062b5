// One MDT meeting (/mdt/{id}): when and where, its state with the changes the
// user may make (hold it, cancel it with a reason, close it), the attendees,
// the case list with suggestions of who to discuss, the minutes and the
// history. A change someone else made first is a 409, shown with Reload.

import { changeMeetingState, getMeeting } from '../api';
import type { MeetingDetail, MeetingState } from '../types';
import { ApiError } from '../../../core/api/problem';
import { textAreaField, type TextAreaField } from '../../../core/components/fields';
import { problemPanel } from '../../../core/components/problemPanel';
import { refusedPanel } from '../../../core/components/refusedPanel';
import { stateChangeForm } from '../../../core/components/stateChangeForm';
import { changeHistory } from '../../../core/components/changeHistory';
import { summaryList } from '../../../core/components/tables';
import { h, type Child } from '../../../core/dom';
import { setFlash, takeFlash } from '../../../core/flash';
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
        refusedPanel({
          heading: 'You cannot see this meeting',
          testId: 'meeting-refused',
          error,
          link: { href: '/mdt', text: 'Go to your MDT meetings' },
        }),
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
  return stateChangeForm<MeetingState>({
    id: 'meeting-change',
    radiosId: 'meetingChange',
    heading: 'Move the meeting on',
    intro: NEXT_STEP[m.state] ?? '',
    items: m.allowed.map((s) => ({
      value: s,
      text: MEETING_ACTIONS[s]?.text ?? s,
      hint: MEETING_ACTIONS[s]?.hint,
      note: s === 'cancelled' ? reason : undefined,
    })),
    errorSlot: ctx.errorSlot,
    fields: () => ({ reason }),
    check: (state, text) =>
      state === 'cancelled' && !text ? [{ field: 'reason', message: 'Enter why the meeting is cancelled' }] : [],
    save: async (state, text) => {
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
    },
    refused: { thing: 'meeting', reload: ctx.reload, allowedLabel: meetingActionLabel },
  });
}

function flashBody(state: MeetingState): string | undefined {
  if (state === 'held') return 'Record each person’s outcome, who attended and the minutes.';
  if (state === 'closed') return 'The outcomes, minutes and attendance are kept as they are.';
  if (state === 'cancelled') return 'The attendees can see why.';
  return undefined;
}

function history(m: MeetingDetail): HTMLElement {
  return changeHistory({
    id: 'meeting-history',
    changes: m.history,
    change: (c) =>
      c.from
        ? `${MEETING_STATES[c.from]?.label ?? c.from} to ${MEETING_STATES[c.to]?.label ?? c.to}`
        : (MEETING_STATES[c.to]?.label ?? c.to),
    note: { header: 'Reason', cell: (c) => c.reason },
  });
}
