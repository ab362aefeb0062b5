// Shapes of the MDT meetings and continual review API (docs/care-coordination.md,
// "MDT meetings" and "Continual review"; src/api/mdt_routes.cpp).

export type MeetingState = 'scheduled' | 'held' | 'closed' | 'cancelled';
export type CaseSource = 'worklist' | 'referral' | 'review_due' | 'mdt_review' | 'added_by_hand';
export type MdtDecision = 'continue_plan' | 'update_plan' | 'refer' | 'escalate' | 'discharge_from_mdt' | 'no_change';

export interface UserRef {
  userId: number;
  name: string;
}

export interface Meeting {
  id: number;
  area: { id: number; name: string };
  title: string;
  startsAt: string;
  durationMinutes: number;
  endsAt: string;
  location: string | null;
  videoLink: string | null;
  chair: UserRef;
  state: MeetingState;
  caseCount: number;
  minutes: string | null;
  minutesAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Attendee {
  id: number;
  userId: number | null;
  guest: boolean;
  name: string;
  role: string | null;
  organisation: string | null;
  /** null until recorded, once the meeting is held. */
  attended: boolean | null;
}

export interface MeetingChange {
  from: MeetingState | null;
  to: MeetingState;
  reason: string | null;
  by: string | null;
  at: string;
}

export interface PersonRef {
  id: number;
  givenName: string;
  familyName: string;
  nhsNumber: string | null;
  birthDate: string;
}

/** A task or referral an outcome's action became. */
export interface CaseTask {
  id: number;
  kind: 'task' | 'referral';
  title: string;
  state: string;
  priority: string;
  dueDate: string | null;
  assignee: { name: string };
}

export interface Outcome {
  summary: string | null;
  decision: MdtDecision | null;
  nextReviewDate: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface MdtCase {
  id: number;
  meetingId: number;
  person: PersonRef;
  source: CaseSource;
  reason: string;
  position: number;
  addedBy: UserRef;
  addedAt: string;
  outcome: Outcome | null;
  tasks: CaseTask[];
  version: number;
}

export interface MeetingDetail extends Meeting {
  attendees: Attendee[];
  /** Oldest first. */
  history: MeetingChange[];
  /** The states the signed-in user may move it to. */
  allowed: MeetingState[];
  you: { organiser: boolean; participant: boolean };
  cases?: MdtCase[];
  /** People on the case list outside the user's relationships, left out of `cases`. */
  withheld?: number;
}

export interface CaseDetail extends MdtCase {
  meeting: Meeting;
  decisions: MdtDecision[];
}

export interface Suggestion {
  person: PersonRef;
  reasons: Array<{ source: CaseSource; reason: string }>;
}

export interface Suggestions {
  meetingId: number;
  dueBy: string;
  worklistAvailable: boolean;
  items: Suggestion[];
}

export interface PersonMdtCase extends MdtCase {
  meeting: { id: number; title: string; startsAt: string; state: MeetingState };
}

export interface NewMeeting {
  areaId: number;
  title: string;
  startsAt: string;
  durationMinutes?: number;
  location?: string;
  videoLink?: string;
  chairUserId?: number;
}

export interface OutcomeAction {
  title: string;
  details?: string;
  assignee: { userId: number } | { teamId: number } | { organisationId: number };
  dueDate?: string;
  priority?: 'routine' | 'soon' | 'urgent';
  service?: string;
}

export interface NewOutcome {
  summary: string;
  decision: MdtDecision | '';
  nextReviewDate?: string;
  actions: OutcomeAction[];
  version: number;
}

export interface ReviewItem {
  person: PersonRef;
  practice: string | null;
  keyWorker: UserRef | null;
  dueDate: string;
  overdue: boolean;
  /** Days until the due date; negative when past. */
  days: number;
  sources: Array<{ source: 'care_plan' | 'mdt'; dueDate: string; caseId?: number | null }>;
  /** The day (YYYY-MM-DD) the register found them gone from their practice; only on a key worker's own list. */
  leftPractice?: string | null;
  nextMeeting: { id: number; startsAt: string } | null;
}

export interface Reviews {
  box: string;
  dueBy: string;
  items: ReviewItem[];
  withheld: number;
}
