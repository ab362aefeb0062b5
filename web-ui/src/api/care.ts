// Care coordination: enrolment, care team, tasks and referrals.

import { request } from './client';
import type {
  CareTeam,
  CareTeamMember,
  Enrolment,
  EnrolmentUpdate,
  NewCareTeamMember,
  NewTask,
  Task,
  TaskBox,
  TaskDetail,
  TaskState,
} from './careTypes';

const person = (id: number) => `/people/${encodeURIComponent(id)}`;

export function getEnrolment(personId: number): Promise<Enrolment> {
  return request<Enrolment>('GET', `${person(personId)}/enrolment`);
}

export function changeEnrolment(personId: number, change: EnrolmentUpdate): Promise<Enrolment> {
  return request<Enrolment>('PUT', `${person(personId)}/enrolment`, { body: change });
}

export function getCareTeam(personId: number, includeEnded = true): Promise<CareTeam> {
  return request<CareTeam>('GET', `${person(personId)}/care-team${includeEnded ? '?includeEnded=true' : ''}`);
}

export function addCareTeamMember(personId: number, member: NewCareTeamMember): Promise<CareTeamMember> {
  return request<CareTeamMember>('POST', `${person(personId)}/care-team`, { body: member });
}

export function updateCareTeamMember(
  personId: number,
  memberId: number,
  change: { role: string; lead: boolean; version: number },
): Promise<CareTeamMember> {
  return request<CareTeamMember>('PUT', `${person(personId)}/care-team/${encodeURIComponent(memberId)}`, { body: change });
}

export function endCareTeamMember(personId: number, memberId: number, change: { version: number; reason?: string }): Promise<CareTeamMember> {
  return request<CareTeamMember>('POST', `${person(personId)}/care-team/${encodeURIComponent(memberId)}/end`, { body: change });
}

export function createTask(personId: number, task: NewTask): Promise<Task> {
  return request<Task>('POST', `${person(personId)}/tasks`, { body: task });
}

export function getPersonTasks(personId: number): Promise<{ items: Task[] }> {
  return request<{ items: Task[] }>('GET', `${person(personId)}/tasks`);
}

export function getInbox(box: TaskBox, options: { includeFinished?: boolean; overdueOnly?: boolean } = {}): Promise<{ box: TaskBox; items: Task[] }> {
  const params = new URLSearchParams({ box });
  if (options.includeFinished) params.set('open', 'false');
  if (options.overdueOnly) params.set('overdue', 'true');
  return request('GET', `/tasks?${params.toString()}`);
}

export function getTask(taskId: number): Promise<TaskDetail> {
  return request<TaskDetail>('GET', `/tasks/${encodeURIComponent(taskId)}`);
}

export function changeTaskState(taskId: number, change: { state: TaskState; version: number; note?: string }): Promise<Task> {
  return request<Task>('POST', `/tasks/${encodeURIComponent(taskId)}/state`, { body: change });
}
