// The personalised care and support plan (docs/care-coordination.md,
// "Personalised care and support plan"): needs, goals in the person's own
// words, actions with owners, a crisis plan, the agreement and the review date.

export type NeedDomain =
  | 'physical-health'
  | 'emotional-wellbeing'
  | 'housing'
  | 'money'
  | 'work'
  | 'loneliness'
  | 'caring'
  | 'safety'
  | 'mobility'
  | 'other';

export type OwnerKind = 'person' | 'carer' | 'user' | 'team' | 'organisation';
export type ActionStatus = 'planned' | 'in_progress' | 'done' | 'cancelled';
export type AgreedWith = 'not_yet_agreed' | 'person' | 'carer' | 'person_and_carer';
export type AgreedHow = 'face_to_face' | 'phone' | 'video' | 'letter';
export type CarePlanStatus = 'draft' | 'agreed';

export interface CarePlanNeed {
  id: string;
  domain: NeedDomain;
  description: string;
}

export interface CarePlanGoal {
  id: string;
  inOwnWords: string;
  needIds: string[];
  measureOfSuccess: string | null;
}

export interface ActionOwner {
  kind: OwnerKind;
  /** The user, team or organisation; none for the person and a carer. */
  id?: number | null;
  /** Written by the server for a user, team or organisation; optional for a carer. */
  name?: string | null;
}

export interface CarePlanAction {
  id: string;
  description: string;
  goalId: string | null;
  owner: ActionOwner;
  dueDate: string | null;
  status: ActionStatus;
}

export interface Contingency {
  warningSigns: string;
  whatToDo: string;
  whoToContact: string;
}

export interface Agreement {
  agreedWith: AgreedWith;
  how: AgreedHow | null;
  agreedOn: string | null;
}

export interface CarePlanContent {
  needs: CarePlanNeed[];
  goals: CarePlanGoal[];
  actions: CarePlanAction[];
  contingency: Contingency;
  agreement: Agreement;
  reviewDate: string | null;
}

/** One version of the plan; version 0 (status null, empty plan) when there is none yet. */
export interface CarePlan {
  personId: number;
  version: number;
  status: CarePlanStatus | null;
  content: CarePlanContent;
  reviewDate: string | null;
  /** The review date is today or past. */
  reviewDue: boolean;
  recordedBy: { id: number; displayName: string } | null;
  recordedAt: string | null;
  changeNote: string | null;
}

export interface CarePlanVersionSummary {
  version: number;
  status: CarePlanStatus;
  agreedWith: AgreedWith;
  agreedHow: AgreedHow | null;
  agreedOn: string | null;
  reviewDate: string | null;
  recordedBy: { id: number; displayName: string };
  recordedAt: string;
  changeNote: string | null;
}

export interface CarePlanVersions {
  personId: number;
  currentVersion: number;
  versions: CarePlanVersionSummary[];
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface SectionChanges<T> {
  added: T[];
  removed: T[];
  changed: Array<{ id: string; label: string; fields: FieldChange[] }>;
}

export interface CarePlanDiff {
  personId: number;
  from: number;
  to: number;
  needs: SectionChanges<CarePlanNeed>;
  goals: SectionChanges<CarePlanGoal>;
  actions: SectionChanges<CarePlanAction>;
  contingency: FieldChange[];
  agreement: FieldChange[];
  reviewDate: { from: string | null; to: string | null } | null;
  /** The same changes in plain English. */
  sentences: string[];
  changed: boolean;
}
