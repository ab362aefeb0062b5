// Shapes of the tasks and referrals API's JSON (docs/care-coordination.md): the
// server's (core/api/schemas.ts).

import type { Schemas } from '../../core/api/schemas';

export type TaskKind = Schemas['TaskKind'];
export type TaskState = Schemas['TaskState'];
/** The states a change may name: every state but requested. */
export type TaskNextState = Schemas['TaskNextState'];
export type TaskPriority = Schemas['TaskPriority'];
export type ReferralService = Schemas['ReferralService'];
export type TaskBox = Schemas['TaskBox'];

export type Task = Schemas['Task'];
/** One change in a task's history. */
export type TaskChange = Schemas['TaskChange'];
/** A task with its history (oldest first) and the states the signed-in user may move it to. */
export type TaskDetail = Schemas['TaskDetail'];
/** What POST /people/{id}/tasks takes. */
export type NewTask = Schemas['NewTask'];
/** What POST /tasks/{taskId}/state takes. */
export type TaskStateChange = Schemas['TaskStateChange'];
export type TaskList = Schemas['TaskList'];
export type TaskInbox = Schemas['TaskInbox'];
