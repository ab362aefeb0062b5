// MDT: the person's discussions at MDT meetings, latest first: the meeting
// (a link to it), why they were discussed, the outcome with its decision and
// next review date, and the tasks its actions became.

import { getPersonMdt } from './api';
import type { PersonMdtCase } from './types';
import { TASK_STATES } from '../tasks/format';
import { problemPanel } from '../../core/components/problemPanel';
import { summaryList } from '../../core/components/tables';
import { tag } from '../../core/components/tag';
import { h, type Child } from '../../core/dom';
import { formatDate, formatDay, fullName } from '../../core/format';
import { decisionLabel, sourceLabel, stateTag } from './words';
import type { PersonSection } from '../people/section';

export const section: PersonSection = {
  slug: 'mdt',
  title: 'MDT',
  order: 65,
  async render(ctx) {
    const { person, body } = ctx;
    const list = h(
      'div',
      { 'data-testid': 'person-mdt' },
      h('p', { className: 'app-loading' }, 'Loading MDT discussions…'),
    );
    body.append(
      h('h2', {}, 'MDT discussions'),
      h(
        'p',
        {},
        `The multidisciplinary team meetings that discussed ${fullName(person)}, latest first, with what they decided.`,
      ),
      list,
    );
    let items: PersonMdtCase[];
    try {
      items = (await getPersonMdt(person.id)).items;
    } catch (error) {
      list.replaceChildren(problemPanel(error, 'h2'));
      return;
    }
    if (!items.length) {
      list.replaceChildren(h('p', { 'data-testid': 'no-mdt' }, 'No MDT meeting has discussed this person yet.'));
      return;
    }
    const next = items.find((c) => c.outcome)?.outcome?.nextReviewDate;
    list.replaceChildren(
      next
        ? h(
            'p',
            { className: 'nhsuk-body-l', 'data-testid': 'mdt-next-review' },
            `Next MDT review: ${formatDate(next)}`,
          )
        : '',
      ...items.map(caseCard),
    );
  },
};

function caseCard(c: PersonMdtCase): HTMLElement {
  const rows: Array<[string, Child]> = [
    ['Meeting', [h('a', { href: `/mdt/${c.meeting.id}` }, c.meeting.title), ' ', stateTag(c.meeting.state)]],
    [
      'Why discussed',
      [c.reason, h('span', { className: 'app-secondary' }, `${sourceLabel(c.source)}, added by ${c.addedBy.name}`)],
    ],
  ];
  if (c.outcome) {
    rows.push(
      ['Decision', h('strong', {}, decisionLabel(c.outcome.decision))],
      ['Summary', c.outcome.summary ?? ''],
      ['Next review', c.outcome.nextReviewDate ? formatDate(c.outcome.nextReviewDate) : 'None'],
      [
        'Actions',
        c.tasks.length
          ? h(
              'ul',
              { className: 'nhsuk-list' },
              c.tasks.map((t) =>
                h(
                  'li',
                  {},
                  h('a', { href: `/tasks/${t.id}` }, t.title),
                  ` (${t.assignee.name}${t.dueDate ? `, due ${formatDate(t.dueDate)}` : ''}) `,
                  taskState(t.state),
                ),
              ),
            )
          : 'None',
      ],
    );
  } else {
    rows.push(['Outcome', c.meeting.state === 'cancelled' ? 'The meeting was cancelled' : 'Not recorded yet']);
  }
  return h(
    'div',
    { className: 'nhsuk-card', 'data-testid': 'mdt-case' },
    h(
      'div',
      { className: 'nhsuk-card__content' },
      h('h3', { className: 'nhsuk-card__heading' }, `${c.meeting.title}, ${formatDay(c.meeting.startsAt)}`),
      summaryList(rows),
    ),
  );
}

function taskState(state: string): Child {
  const s = TASK_STATES[state as keyof typeof TASK_STATES];
  return s ? tag(s.label, s.colour) : state;
}
