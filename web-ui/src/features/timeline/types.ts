// A person's timeline and the care team's notes (docs/care-coordination.md,
// "A person's timeline and notes"): the server's shapes (core/api/schemas.ts;
// src/care/timeline/timeline_schemas.cpp).

import type { Schemas } from '../../core/api/schemas';

/** `type` is one of the page's `types` (assessment, about_me, care_plan, task, referral, mdt, note, enrolment, care_team). */
export type TimelineEntry = Schemas['TimelineEntry'];
/** One page of entries, newest first; `types` lists every type the timeline knows, for filters. */
export type TimelinePage = Schemas['TimelinePage'];
/** An entry type with the server's words: one entry (`label`), a filter choice (`plural`). */
export type TimelineType = Schemas['TimelineType'];

/** The timeline's query parameters (GET /people/{id}/timeline). */
export interface TimelineQuery {
  types?: string[];
  from?: string;
  to?: string;
  offset?: number;
  limit?: number;
}

export type NoteKind = Schemas['NoteKind'];
export type Note = Schemas['Note'];
/** What POST /people/{id}/notes takes. */
export type NewNote = Schemas['NoteAdd'];
