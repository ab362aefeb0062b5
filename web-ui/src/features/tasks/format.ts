// Words for the tasks and referrals vocabularies, and the colour of the tag
// that shows each state.

import type { ReferralService, TaskKind, TaskPriority, TaskState } from './types';
import type { TagColour } from '../../core/components/tag';
import { LABELS } from '../../core/api/generated/labels';

export const TASK_STATES: Record<TaskState, { label: string; colour: TagColour }> = {
  requested: { label: LABELS.TaskState.requested, colour: 'blue' },
  accepted: { label: LABELS.TaskState.accepted, colour: 'purple' },
  declined: { label: LABELS.TaskState.declined, colour: 'orange' },
  in_progress: { label: LABELS.TaskState.in_progress, colour: 'yellow' },
  completed: { label: LABELS.TaskState.completed, colour: 'green' },
  cancelled: { label: LABELS.TaskState.cancelled, colour: 'grey' },
};

/** What the user does to move a task to a state, as a choice. */
export const TASK_ACTIONS: Record<TaskState, string> = {
  requested: 'Request',
  accepted: 'Accept',
  declined: 'Decline',
  in_progress: 'Start',
  completed: 'Complete',
  cancelled: 'Cancel',
};

export const TASK_ACTION_HINTS: Partial<Record<TaskState, string>> = {
  accepted: 'You or your team will do it. Accepting a referral adds you to the person’s care team.',
  declined: 'Say why, so the requester can find another way',
  in_progress: 'You have started work on it',
  completed: 'Record the outcome for the requester',
  cancelled: 'It is no longer needed',
};

export const PRIORITIES: Record<TaskPriority, { label: string; colour: TagColour }> = {
  routine: { label: LABELS.TaskPriority.routine, colour: 'grey' },
  soon: { label: LABELS.TaskPriority.soon, colour: 'yellow' },
  urgent: { label: LABELS.TaskPriority.urgent, colour: 'red' },
};

export const SERVICES: Record<ReferralService, string> = LABELS.ReferralService;

export function serviceLabel(service: string | null | undefined): string {
  return service ? (SERVICES[service as ReferralService] ?? service) : '';
}

export function kindLabel(kind: TaskKind, service: ReferralService | null): string {
  return kind === 'referral' ? `Referral${service ? ` to ${serviceLabel(service).toLowerCase()}` : ''}` : 'Task';
}
