// Tasks: the signed-in user's inboxes (assigned to me, to my teams, to my
// organisation) and the tasks I sent, with overdue ones flagged. The box and
// the filters are the page's address: /tasks?box=teams&finished=true.

import { getInbox } from '../api';
import type { TaskBox } from '../types';
import { checkbox } from '../../../core/components/checkbox';
import { problemPanel } from '../../../core/components/problemPanel';
import { h } from '../../../core/dom';
import { takeFlash } from '../../../core/flash';
import { setTitle } from '../../../core/layout';
import { navigate } from '../../../core/router';
import { taskTable } from '../components/taskTable';

const BOXES: Array<{ box: TaskBox; title: string; empty: string }> = [
  { box: 'mine', title: 'Assigned to me', empty: 'This list shows tasks assigned to you by name.' },
  { box: 'teams', title: 'My teams', empty: 'This list shows tasks assigned to the teams you are in.' },
  {
    box: 'organisation',
    title: 'My organisation',
    empty: 'This list shows tasks assigned to your whole organisation.',
  },
  { box: 'sent', title: 'Sent', empty: 'This list shows the tasks and referrals you sent.' },
];

let lastInbox = '/tasks';

/** The inbox the user last looked at, to go back to from a task. */
export function lastInboxPath(): string {
  return lastInbox;
}

export async function renderInbox(main: HTMLElement, url: URL): Promise<void> {
  const q = url.searchParams;
  const current = BOXES.find((b) => b.box === q.get('box')) ?? BOXES[0]!;
  const finished = q.get('finished') === 'true';
  const overdue = q.get('overdue') === 'true';
  lastInbox = url.pathname + url.search;
  setTitle(`Tasks: ${current.title.toLowerCase()}`);

  const path = (box: TaskBox, f = finished, o = overdue) => {
    const params = new URLSearchParams();
    if (box !== 'mine') params.set('box', box);
    if (f) params.set('finished', 'true');
    if (o) params.set('overdue', 'true');
    const query = params.toString();
    return `/tasks${query ? `?${query}` : ''}`;
  };

  const tabs = h(
    'nav',
    { className: 'app-subnav', 'aria-label': 'Task lists', 'data-testid': 'task-boxes' },
    h(
      'ul',
      { className: 'app-subnav__list' },
      BOXES.map((b) =>
        h(
          'li',
          { className: `app-subnav__item${b === current ? ' app-subnav__item--current' : ''}` },
          h(
            'a',
            { className: 'app-subnav__link', href: path(b.box), 'aria-current': b === current ? 'page' : null },
            b.title,
          ),
        ),
      ),
    ),
  );

  const includeFinished = checkbox({
    id: 'finished',
    label: 'Include finished ones (completed, declined, cancelled)',
    checked: finished,
  });
  const onlyOverdue = checkbox({ id: 'overdue', label: 'Only overdue ones', checked: overdue });
  const filters = h(
    'form',
    {
      className: 'app-inline-filters',
      'aria-label': 'Filter the list',
      novalidate: true,
      'data-testid': 'task-filters',
    },
    includeFinished.group,
    onlyOverdue.group,
    h('button', { className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small', type: 'submit' }, 'Apply'),
  );
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(path(current.box, includeFinished.input.checked, onlyOverdue.input.checked));
  });

  const results = h('div', { 'data-testid': 'task-results' }, h('p', { className: 'app-loading' }, 'Loading tasks…'));
  main.append(
    takeFlash() ?? '',
    h('h1', {}, 'Tasks'),
    h(
      'p',
      {},
      'Tasks and referrals about the people you care for: those for you, your teams and your organisation, and those you sent. Urgent ones come first, then by due date.',
    ),
    tabs,
    h('h2', {}, current.title),
    filters,
    results,
  );
  try {
    const inbox = await getInbox(current.box, { includeFinished: finished, overdueOnly: overdue });
    if (!results.isConnected) return;
    const n = inbox.items.length;
    const overdueCount = inbox.items.filter((t) => t.overdue).length;
    const count = h(
      'p',
      { role: 'status', 'data-testid': 'task-count' },
      n === 0
        ? `${overdue ? 'No overdue tasks.' : finished ? 'No tasks.' : 'No open tasks.'} ${current.empty}`
        : `${n} ${n === 1 ? 'task' : 'tasks'}${overdueCount ? `, ${overdueCount} overdue` : ''}.`,
    );
    results.replaceChildren(
      count,
      n
        ? taskTable(inbox.items, {
            caption: current.title,
            person: true,
            party: current.box === 'sent' ? 'to' : current.box === 'mine' ? 'from' : 'both',
            testId: 'tasks',
          })
        : '',
    );
  } catch (error) {
    results.replaceChildren(problemPanel(error, 'h2'));
  }
}
