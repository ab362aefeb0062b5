// Shapes of the tasks and referrals API's JSON (docs/care-coordination.md).
// Hand-written until the server's OpenAPI document has schemas; then generated.

export type TaskKind = 'task' | 'referral';
export type TaskState = 'requested' | 'accepted' | 'declined' | 'in_progress' | 'completed' | 'cancelled';
export type TaskPriority = 'routine' | 'soon' | 'urgent';
export type ReferralService =
  'community_nursing' | 'adult_social_care' | 'mental_health' | 'voluntary_sector' | 'social_prescribing' | 'other';
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
