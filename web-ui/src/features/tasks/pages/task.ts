// One task or referral: what is asked, about whom, from and to whom, its
// state and history, and the changes the signed-in user may make (accept,
// decline with a reason, start, complete with the outcome, cancel). A change
// someone else made first is a 409, shown with what is allowed now.

import { changeTaskState, getTask } from '../api';
import type { TaskDetail, TaskNextState, TaskState } from '../types';
import { ApiError, type FieldError } from '../../../core/api/problem';
import { kindLabel, PRIORITIES, serviceLabel, TASK_ACTION_HINTS, TASK_ACTIONS, TASK_STATES } from '../format';
import { textAreaField, type Field, type TextAreaField } from '../../../core/components/fields';
import { problemPanel } from '../../../core/components/problemPanel';
import { refusedPanel } from '../../../core/components/refusedPanel';
import { stateChangeForm } from '../../../core/components/stateChangeForm';
import { changeHistory } from '../../../core/components/changeHistory';
import { summaryList } from '../../../core/components/tables';
import { tag } from '../../../core/components/tag';
import { h, type Child } from '../../../core/dom';
import { setFlash, takeFlash } from '../../../core/flash';
import { capitalise, formatDateTime } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { navigate } from '../../../core/router';
import { session } from '../../../core/session';
import { lastInboxPath } from './inbox';
import { dueCell } from '../components/taskTable';

export async function renderTask(main: HTMLElement, id: number): Promise<void> {
  setTitle('Task');
  const back = h(
    'div',
    { className: 'nhsuk-back-link' },
    h('a', { className: 'nhsuk-back-link__link', href: lastInboxPath() }, 'Tasks'),
  );
  const flash = takeFlash();
  const loading = h('p', { className: 'app-loading' }, 'Loading the task…');
  main.replaceChildren(back, loading);
  let task: TaskDetail;
  try {
    task = await getTask(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      setTitle('You cannot see this task');
      loading.replaceWith(
        refusedPanel({
          heading: 'You cannot see this task',
          testId: 'task-refused',
          error,
          link: { href: '/tasks', text: 'Go to your tasks' },
        }),
      );
    } else if (!(error instanceof ApiError && error.status === 401)) {
      loading.replaceWith(problemPanel(error));
    }
    return;
  }
  setTitle(task.title);
  const errorSlot = h('div');
  const reload = () => navigate(`/tasks/${id}`, { replace: true });
  loading.replaceWith(
    errorSlot,
    flash ?? '',
    h(
      'h1',
      {},
      h(
        'span',
        { className: 'nhsuk-caption-l' },
        kindLabel(task.kind, task.service),
        h('span', { className: 'nhsuk-u-visually-hidden' }, ' – '),
      ),
      task.title,
    ),
    details(task),
    actions(task, errorSlot, reload),
    history(task),
  );
}

function details(t: TaskDetail): HTMLElement {
  const rows: Array<[string, Child]> = [
    ['About', h('a', { href: `/people/${t.personId}` }, t.personName)],
    ['Status', tag(TASK_STATES[t.state].label, TASK_STATES[t.state].colour, 'task-state')],
  ];
  if (t.kind === 'referral') rows.push(['Service', serviceLabel(t.service) || 'Not given']);
  rows.push(
    ['Priority', tag(PRIORITIES[t.priority].label, PRIORITIES[t.priority].colour)],
    ['Due', dueCell(t)],
    ['From', t.requester.name],
    ['To', t.assignee.name],
    ['Details', t.details ?? 'None given'],
  );
  if (t.declineReason) rows.push(['Reason for declining', t.declineReason]);
  if (t.outcome) rows.push(['Outcome', t.outcome]);
  rows.push(['Sent', formatDateTime(t.createdAt)]);
  return summaryList(rows, 'task-details');
}

const FINISHED: TaskState[] = ['declined', 'completed', 'cancelled'];

function actions(t: TaskDetail, errorSlot: HTMLElement, reload: () => void): HTMLElement {
  if (!t.allowed.length) {
    const me = session()?.user;
    const why = FINISHED.includes(t.state)
      ? `This ${t.kind} is finished: nothing more can be changed.`
      : me && t.requester.userId === me.id
        ? `You sent this ${t.kind}; ${t.assignee.name} moves it on.`
        : `Only the requester and the assignee can change this ${t.kind}.`;
    return h('p', { 'data-testid': 'no-actions' }, why);
  }
  const note = (id: string, label: string, hint?: string) => textAreaField({ id, label, hint, rows: 3 });
  const notes: Partial<Record<TaskNextState, TextAreaField>> = {
    declined: note('declineReason', 'Reason for declining', 'The requester sees it, so they can find another way'),
    completed: note('outcome', 'Outcome', 'What was done, and anything the requester or care team should know'),
    cancelled: note('cancelNote', 'Why it is no longer needed (optional)'),
  };
  return stateChangeForm<TaskNextState>({
    id: 'task-change',
    radiosId: 'taskChange',
    heading: `Move this ${t.kind} on`,
    intro: 'The requester and the assignee see each change, with who made it and when.',
    items: t.allowed.map((s) => ({ value: s, text: TASK_ACTIONS[s], hint: TASK_ACTION_HINTS[s], note: notes[s] })),
    errorSlot,
    fields: (state): Record<string, Field> => {
      const note = state ? notes[state] : undefined;
      return note ? { note } : {};
    },
    check: (state, text) => {
      const problems: FieldError[] = [];
      if (state === 'declined' && !text) problems.push({ field: 'note', message: 'Enter the reason for declining' });
      if (state === 'completed' && !text) problems.push({ field: 'note', message: 'Enter the outcome' });
      return problems;
    },
    save: async (state, text) => {
      const saved = await changeTaskState(t.id, { state, version: t.version, ...(text ? { note: text } : {}) });
      setFlash({
        heading: `${capitalise(t.kind)} ${TASK_STATES[saved.state].label.toLowerCase()}`,
        body: flashBody(t, saved.state),
        testId: 'task-saved',
      });
      reload();
    },
    refused: { thing: t.kind, reload, allowedLabel: (s) => TASK_ACTIONS[s as TaskState] ?? s },
  });
}

function flashBody(t: TaskDetail, state: TaskState): string | undefined {
  if (state === 'accepted' && t.kind === 'referral')
    return `You are now in ${t.personName}’s care team, so you can open their record.`;
  if (state === 'declined' || state === 'completed') return `${t.requester.name} can see it in their sent tasks.`;
  return undefined;
}

function history(t: TaskDetail): HTMLElement {
  return changeHistory({
    id: 'task-history',
    changes: t.history,
    change: (c) => (c.from ? `${TASK_STATES[c.from].label} to ${TASK_STATES[c.to].label}` : TASK_STATES[c.to].label),
    note: { header: 'Note', cell: (c) => c.note },
  });
}
