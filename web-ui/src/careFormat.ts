// Words for the care-coordination vocabularies (enrolment, care team, tasks),
// and the colour of the tag that shows each state.

import type { AgreementMethod, ClosureReason, EnrolmentState, ReferralService, TaskKind, TaskPriority, TaskState } from './api/careTypes';
import type { TagColour } from './components/tag';

export const ENROLMENT_STATES: Record<EnrolmentState, { label: string; hint: string; colour: TagColour }> = {
  identified: { label: 'Identified', hint: 'May benefit from care coordination; not asked yet', colour: 'blue' },
  invited: { label: 'Invited', hint: 'Asked to take part; waiting for their answer', colour: 'purple' },
  enrolled: { label: 'Enrolled', hint: 'Agreed to take part', colour: 'green' },
  declined: { label: 'Declined', hint: 'Does not want to take part; record their reason', colour: 'orange' },
  closed: { label: 'Closed', hint: 'Care coordination has ended', colour: 'grey' },
};

export function enrolmentLabel(state: EnrolmentState | null): string {
  return state ? ENROLMENT_STATES[state].label : 'Not started';
}

export const AGREEMENTS: Record<AgreementMethod, string> = {
  verbal: 'Verbally',
  written: 'In writing',
  by_carer: 'By their carer',
};

export const CLOSURE_REASONS: Record<ClosureReason, string> = {
  moved: 'Moved away',
  died: 'Died',
  no_longer_needed: 'No longer needed',
  other: 'Other',
};

export function closureLabel(reason: string | null | undefined): string {
  return reason ? (CLOSURE_REASONS[reason as ClosureReason] ?? reason) : '';
}

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

/** A care-team role as written, or a referral service's name for a service code (older accepted referrals; the server now writes the name). */
export function roleLabel(role: string): string {
  return SERVICES[role as ReferralService] ?? role;
}

/** Roles offered as suggestions when adding a care-team member; any words may be used. */
export const ROLE_SUGGESTIONS = [
  'GP',
  'Practice nurse',
  'Care coordinator',
  'District nurse',
  'Community matron',
  'Social worker',
  'Care navigator',
  'Social prescribing link worker',
  'Community mental health nurse',
  'Pharmacist',
  'Geriatrician',
  'Care home manager',
  'Carer support worker',
];

const STAFF_ROLES: Record<string, string> = {
  gp: 'GP',
  practice_nurse: 'Practice nurse',
  care_coordinator: 'Care coordinator',
  network_manager: 'Network manager',
  social_worker: 'Social worker',
  community_nurse: 'Community nurse',
  care_navigator: 'Care navigator',
  link_worker: 'Social prescribing link worker',
  geriatrician: 'Geriatrician',
  pharmacist: 'Pharmacist',
  care_home_manager: 'Care home manager',
  paramedic: 'Paramedic',
  analyst: 'Analyst',
  privacy_officer: 'Privacy officer',
  administrator: 'Administrator',
};

export function staffRoleLabel(role: string | undefined): string {
  return role ? (STAFF_ROLES[role] ?? role.replace(/_/g, ' ')) : '';
}
