// Shapes of the enrolment API's JSON, API version 1.
// Hand-written until the server's OpenAPI document has schemas; then generated.

import type { StaffRef } from '../../core/api/types';

export type EnrolmentState = 'identified' | 'invited' | 'enrolled' | 'declined' | 'closed';
export type AgreementMethod = 'verbal' | 'written' | 'by_carer';
export type ClosureReason = 'moved' | 'died' | 'no_longer_needed' | 'other';

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
