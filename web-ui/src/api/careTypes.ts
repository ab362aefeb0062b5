// Shapes of the care-coordination API: enrolment, care team, tasks and
// referrals (docs/care-coordination.md).

export type EnrolmentState = 'identified' | 'invited' | 'enrolled' | 'declined' | 'closed';
export type AgreementMethod = 'verbal' | 'written' | 'by_carer';
export type ClosureReason = 'moved' | 'died' | 'no_longer_needed' | 'other';

export interface StaffRef {
  id: number;
  displayName?: string;
  role?: string;
}

export interface EnrolmentChange {
  from: EnrolmentState | null;
  to: EnrolmentState;
  reason: string | null;
  agreement: AgreementMethod | null;
  leadUserId: number | null;
  /** The lead professional after this change, named. */
  lead?: StaffRef | null;
  changedBy: string | null;
  changedAt: string;
}

export interface Enrolment {
  personId: number;
  /** null: not in care coordination yet. */
  state: EnrolmentState | null;
  /** The states it may move to next. */
  allowed: EnrolmentState[];
  /** Oldest first. */
  history: EnrolmentChange[];
  reason?: string | null;
  agreement?: AgreementMethod | null;
  lead?: StaffRef | null;
  changedBy?: StaffRef | null;
  changedAt?: string;
  version?: number;
}

export interface EnrolmentUpdate {
  state: EnrolmentState;
  reason?: string;
  agreement?: AgreementMethod;
  leadUserId?: number;
  version?: number;
}

export type MemberKind = 'person' | 'team' | 'organisation';

export interface CareTeamMember {
  id: number;
  kind: MemberKind;
  name: string;
  organisation: string | null;
  role: string;
  lead: boolean;
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
  version: number;
  userId?: number;
  teamId?: number;
  organisationId?: number;
}

export interface CareTeam {
  personId: number;
  members: CareTeamMember[];
}

/** Exactly one of the three: a named member of staff, a team or an organisation. */
export type Assignee = { userId: number } | { teamId: number } | { organisationId: number };

export interface NewCareTeamMember {
  userId?: number;
  teamId?: number;
  organisationId?: number;
  role: string;
  lead?: boolean;
}

export type TaskKind = 'task' | 'referral';
export type TaskState = 'requested' | 'accepted' | 'declined' | 'in_progress' | 'completed' | 'cancelled';
export type TaskPriority = 'routine' | 'soon' | 'urgent';
export type ReferralService =
  | 'community_nursing'
  | 'adult_social_care'
  | 'mental_health'
  | 'voluntary_sector'
  | 'social_prescribing'
  | 'other';
export type TaskBox = 'mine' | 'teams' | 'organisation' | 'sent';

export interface Task {
  id: number;
  personId: number;
  personName: string;
  kind: TaskKind;
  service: ReferralService | null;
  title: string;
  details: string | null;
  priority: TaskPriority;
  dueDate: string | null;
  overdue: boolean;
  state: TaskState;
  requester: { userId: number; name: string };
  assignee: { name: string; userId?: number; teamId?: number; organisationId?: number };
  declineReason: string | null;
  outcome: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface TaskChange {
  from: TaskState | null;
  to: TaskState;
  note: string | null;
  by: string | null;
  at: string;
}

export interface TaskDetail extends Task {
  /** Oldest first. */
  history: TaskChange[];
  /** What the signed-in user may move it to. */
  allowed: TaskState[];
}

export interface NewTask {
  kind: TaskKind;
  title: string;
  details?: string;
  service?: ReferralService;
  priority?: TaskPriority;
  dueDate?: string;
  assigneeUserId?: number;
  assigneeTeamId?: number;
  assigneeOrganisationId?: number;
}
