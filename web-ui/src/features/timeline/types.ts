// A person's timeline and the care team's notes (docs/care-coordination.md,
// "A person's timeline and notes").

export interface TimelineEntry {
  at: string;
  /** assessment, about_me, care_plan, task, referral, mdt, note, enrolment, care_team. */
  type: string;
  event: string;
  refId: number;
  title: string;
  detail: string | null;
  by: string | null;
  inError: boolean;
}

export interface TimelinePage {
  personId: number;
  entries: TimelineEntry[];
  offset: number;
  limit: number;
  hasMore: boolean;
  /** Every type the timeline knows, for filters. */
  types: string[];
}

export interface TimelineQuery {
  types?: string[];
  from?: string;
  to?: string;
  offset?: number;
  limit?: number;
}

export type NoteKind = 'note' | 'phone_call' | 'home_visit' | 'clinic_visit' | 'message' | 'meeting';

export interface Note {
  id: number;
  kind: NoteKind;
  text: string;
  writtenBy: string;
  writtenByUserId: number;
  writtenAt: string;
  inError: boolean;
  enteredInError?: { by: string | null; at: string; reason: string | null };
}
