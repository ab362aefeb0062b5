// One person's case at an MDT meeting (/mdt/{id}/cases/{caseId}): who, why
// they are discussed, the outcome once recorded and the tasks its actions
// became (each a link); while the meeting is held, the outcome form: a
// summary, the decision, the next review date and actions, each with what
// needs doing, who does it (a member of staff, a team or an organisation),
// when, how urgent and, for a referral, the service. Each action becomes a
// task or referral in the assignee's inbox.

import { getCase } from '../api';
import type { CaseDetail } from '../types';
import { ApiError } from '../../../core/api/problem';
import { kindLabel, TASK_STATES } from '../../tasks/format';
import { problemPanel } from '../../../core/components/problemPanel';
import { summaryList, table } from '../../../core/components/tables';
import { tag } from '../../../core/components/tag';
import { h, type Child } from '../../../core/dom';
import { takeFlash } from '../../../core/flash';
import { formatDate, formatDateTime, formatNhsNumber, fullName } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { can } from '../../../core/permissions';
import { navigate } from '../../../core/router';
import { decisionLabel, meetingWhen, sourceLabel, stateTag } from '../words';
import { outcomeForm } from './outcomeForm';

export async function renderCase(main: HTMLElement, meetingId: number, caseId: number, url: URL): Promise<void> {
  setTitle('MDT case');
  const back = h(
    'div',
    { className: 'nhsuk-back-link' },
    h('a', { className: 'nhsuk-back-link__link', href: `/mdt/${meetingId}` }, 'Back to the meeting'),
  );
  const flash = takeFlash();
  const loading = h('p', { className: 'app-loading' }, 'Loading the case…');
  main.replaceChildren(back, loading);
  let c: CaseDetail;
  try {
    c = await getCase(meetingId, caseId);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) loading.replaceWith(problemPanel(error));
    return;
  }
  const name = fullName(c.person);
  setTitle(`${name} at ${c.meeting.title}`);
  const errorSlot = h('div');
  const reload = () => navigate(url.pathname + url.search, { replace: true });
  const held = c.meeting.state === 'held';
  loading.replaceWith(
    errorSlot,
    flash ?? '',
    h(
      'h1',
      {},
      h(
        'span',
        { className: 'nhsuk-caption-l' },
        `MDT case, ${c.meeting.title}`,
        h('span', { className: 'nhsuk-u-visually-hidden' }, ' – '),
      ),
      name,
    ),
    summaryList(
      [
        [
          'Person',
          [
            h('a', { href: `/people/${c.person.id}` }, name),
            h('span', { className: 'app-secondary' }, `NHS number ${formatNhsNumber(c.person.nhsNumber)}`),
          ],
        ],
        ['Why they are discussed', [c.reason, h('span', { className: 'app-secondary' }, sourceLabel(c.source))]],
        ['Added by', `${c.addedBy.name} on ${formatDateTime(c.addedAt)}`],
        [
          'Meeting',
          [
            h('a', { href: `/mdt/${c.meeting.id}` }, c.meeting.title),
            ' ',
            stateTag(c.meeting.state),
            h('span', { className: 'app-secondary' }, meetingWhen(c.meeting)),
          ],
        ],
      ],
      'case-details',
    ),
    outcomeView(c),
    held && can('mdt:write')
      ? outcomeForm(c, errorSlot, reload)
      : h(
          'p',
          { 'data-testid': 'outcome-closed' },
          c.meeting.state === 'scheduled'
            ? 'The meeting has not been held yet. Outcomes are recorded once it is held.'
            : c.meeting.state === 'cancelled'
              ? 'The meeting was cancelled, so there is no outcome to record.'
              : held
                ? 'Your role cannot record MDT outcomes.'
                : 'The meeting is closed: the outcome is kept as it is.',
        ),
  );
}

function outcomeView(c: CaseDetail): HTMLElement {
  const section = h(
    'section',
    { 'aria-labelledby': 'outcome-heading', 'data-testid': 'outcome' },
    h('h2', { id: 'outcome-heading' }, 'Outcome'),
  );
  if (!c.outcome) {
    section.append(h('p', { 'data-testid': 'no-outcome' }, 'No outcome is recorded yet.'));
    return section;
  }
  const o = c.outcome;
  section.append(
    summaryList(
      [
        ['Decision', h('strong', { 'data-testid': 'outcome-decision' }, decisionLabel(o.decision))],
        ['Summary', o.summary ?? ''],
        ['Next review', o.nextReviewDate ? formatDate(o.nextReviewDate) : 'None'],
        ['Recorded', `By ${o.recordedBy ?? 'not known'} on ${formatDateTime(o.recordedAt)}`],
      ],
      'outcome-details',
    ),
  );
  section.append(
    c.tasks.length
      ? table({
          caption: 'Actions, each a task or referral',
          testId: 'outcome-tasks',
          columns: [
            {
              header: 'Action',
              cell: (t) => [
                h('a', { href: `/tasks/${t.id}` }, t.title),
                h('span', { className: 'app-secondary' }, kindLabel(t.kind, null)),
              ],
            },
            { header: 'Who', cell: (t) => t.assignee.name },
            { header: 'Due', cell: (t) => (t.dueDate ? formatDate(t.dueDate) : 'No due date') },
            { header: 'Status', cell: (t) => statusTag(t.state) },
          ],
          rows: c.tasks,
        })
      : h('p', { 'data-testid': 'no-outcome-tasks' }, 'No actions were agreed.'),
  );
  return section;
}

function statusTag(state: string): Child {
  const s = TASK_STATES[state as keyof typeof TASK_STATES];
  return s ? tag(s.label, s.colour) : state;
}
