// A table of tasks and referrals: what, about whom, from or to whom,
// priority, due date (overdue flagged) and state.

import type { Task } from '../types';
import { kindLabel, PRIORITIES, TASK_STATES } from '../format';
import { table, type Column } from '../../../core/components/tables';
import { tag } from '../../../core/components/tag';
import { h, visuallyHidden, type Child } from '../../../core/dom';
import { formatDate } from '../../../core/format';

export function taskTable(
  tasks: Task[],
  o: { caption: string; person?: boolean; party: 'from' | 'to' | 'both'; testId: string },
): HTMLElement {
  const columns: Column<Task>[] = [
    {
      header: 'Task',
      cell: (t) => [
        h('a', { href: `/tasks/${t.id}` }, t.title),
        h('span', { className: 'app-secondary' }, kindLabel(t.kind, t.service)),
      ],
    },
  ];
  if (o.person) columns.push({ header: 'Person', cell: (t) => t.personName });
  if (o.party !== 'to') columns.push({ header: 'From', cell: (t) => t.requester.name });
  if (o.party !== 'from') columns.push({ header: 'To', cell: (t) => t.assignee.name });
  columns.push(
    { header: 'Priority', cell: (t) => tag(PRIORITIES[t.priority].label, PRIORITIES[t.priority].colour) },
    { header: 'Due', cell: (t) => dueCell(t) },
    { header: 'Status', cell: (t) => tag(TASK_STATES[t.state].label, TASK_STATES[t.state].colour) },
  );
  return table<Task>({ caption: o.caption, columns, rows: tasks, testId: o.testId });
}

export function dueCell(t: Pick<Task, 'dueDate' | 'overdue'>): Child {
  if (!t.dueDate) return 'No due date';
  const date = h('span', { className: 'app-nowrap' }, formatDate(t.dueDate));
  return t.overdue ? [date, ' ', tag('Overdue', 'red', 'overdue'), visuallyHidden('.')] : [date];
}
