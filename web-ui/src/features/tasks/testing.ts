// A task for the unit tests of the tasks feature and of features that list tasks.

import type { Task, TaskDetail } from './types';

export function aTask(overrides: Partial<Task> = {}): Task {
  return {
    id: 11,
    personId: 1,
    personName: 'Doris Day',
    kind: 'task',
    service: null,
    title: 'Check her blood pressure',
    details: null,
    priority: 'urgent',
    dueDate: '2026-01-02',
    overdue: true,
    state: 'requested',
    requester: { userId: 9, name: 'Ada Lovelace' },
    assignee: { name: 'Grace Hopper', userId: 7 },
    declineReason: null,
    outcome: null,
    createdAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-01-01T09:00:00Z',
    version: 1,
    ...overrides,
  };
}

export function aTaskDetail(overrides: Partial<TaskDetail> = {}): TaskDetail {
  return { ...aTask(), history: [], allowed: ['accepted', 'declined'], ...overrides } as TaskDetail;
}
