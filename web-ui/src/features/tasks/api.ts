// Tasks and referrals: a person's, the inbox, one task and its state changes.

import { request } from '../../core/api/client';
import type { NewTask, Task, TaskBox, TaskDetail, TaskInbox, TaskList, TaskStateChange } from './types';

const person = (id: number) => `/people/${encodeURIComponent(id)}`;

export function createTask(personId: number, task: NewTask): Promise<Task> {
  return request<Task>('POST', `${person(personId)}/tasks`, { body: task });
}

export function getPersonTasks(personId: number): Promise<TaskList> {
  return request<TaskList>('GET', `${person(personId)}/tasks`);
}

export function getInbox(
  box: TaskBox,
  options: { includeFinished?: boolean; overdueOnly?: boolean } = {},
): Promise<TaskInbox> {
  const params = new URLSearchParams({ box });
  if (options.includeFinished) params.set('open', 'false');
  if (options.overdueOnly) params.set('overdue', 'true');
  return request('GET', `/tasks?${params.toString()}`);
}

export function getTask(taskId: number): Promise<TaskDetail> {
  return request<TaskDetail>('GET', `/tasks/${encodeURIComponent(taskId)}`);
}

export function changeTaskState(taskId: number, change: TaskStateChange): Promise<Task> {
  return request<Task>('POST', `/tasks/${encodeURIComponent(taskId)}/state`, { body: change });
}
