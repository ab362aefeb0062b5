// Words for the timeline: its entry types (the server's, from the page) and the kinds of note.

import type { NoteKind, TimelineEntry, TimelineType } from './types';
import { sectionPath } from '../people/section';
import { LABELS } from '../../core/api/generated/labels';

/** The page's entry types by code, for the words of each entry. */
export function typeWords(types: TimelineType[]): Map<string, TimelineType> {
  return new Map(types.map((t) => [t.code, t]));
}

export const NOTE_KINDS: Record<NoteKind, string> = LABELS.NoteKind;

/** Where an entry's record is, when LCN has a page for it. */
export function entryHref(personId: number, e: TimelineEntry): string | null {
  switch (e.type) {
    case 'assessment':
      return sectionPath(personId, 'assessments', e.refId);
    case 'task':
    case 'referral':
      return `/tasks/${encodeURIComponent(e.refId)}`;
    case 'care_plan':
      return sectionPath(personId, 'care-plan', 'versions', e.refId);
    case 'about_me':
      return sectionPath(personId, 'about-me', 'versions', e.refId);
    case 'enrolment':
      return sectionPath(personId, 'enrolment');
    case 'care_team':
      return sectionPath(personId, 'care-team', e.refId);
    default:
      return null;
  }
}
