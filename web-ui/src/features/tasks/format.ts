// Words for the tasks and referrals vocabularies, and the colour of the tag
// that shows each state.

import type { ReferralService, TaskKind, TaskPriority, TaskState } from './types';
import type { TagColour } from '../../core/components/tag';

export const TASK_STATES: Record<TaskState, { label: string; colour: TagColour }> = {
  requested: { label: 'Requested', colour: 'blue' },
  accepted: { label: 'Accepted', colour: 'purple' },
  declined: { label: 'Declined', colour: 'orange' },
  in_progress: { label: 'In progress', colour: 'yellow' },
  completed: { label: 'Completed', colour: 'green' },
  cancelled: { label: 'Cancelled', colour: 'grey' },
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
  routine: { label: 'Routine', colour: 'grey' },
  soon: { label: 'Soon', colour: 'yellow' },
  urgent: { label: 'Urgent', colour: 'red' },
};

export const SERVICES: Record<ReferralService, string> = {
  community_nursing: 'Community nursing',
  adult_social_care: 'Adult social care',
  mental_health: 'Mental health',
  voluntary_sector: 'Voluntary sector',
  social_prescribing: 'Social prescribing',
  other: 'Other service',
};

export function serviceLabel(service: string | null | undefined): string {
  return service ? (SERVICES[service as ReferralService] ?? service) : '';
}

export function kindLabel(kind: TaskKind, service: ReferralService | null): string {
  return kind === 'referral' ? `Referral${service ? ` to ${serviceLabel(service).toLowerCase()}` : ''}` : 'Task';
}
