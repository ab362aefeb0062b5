// Words for the timeline: its entry types (as filters) and the kinds of note.

import type { NoteKind, TimelineEntry } from './types';
import { sectionPath } from '../people/section';
import { LABELS } from '../../core/api/generated/labels';

const TYPES: Record<string, string> = {
  note: 'Notes',
  assessment: 'Assessments',
  about_me: 'About me',
  care_plan: 'Care plan',
  task: 'Tasks',
  referral: 'Referrals',
  mdt: 'MDT meetings',
  enrolment: 'Enrolment',
  care_team: 'Care team',
};

const TYPE_SINGULAR: Record<string, string> = {
  note: 'Note',
  assessment: 'Assessment',
  about_me: 'About me',
  care_plan: 'Care plan',
  task: 'Task',
  referral: 'Referral',
  mdt: 'MDT',
  enrolment: 'Enrolment',
  care_team: 'Care team',
};

export function typeLabel(type: string): string {
  return TYPES[type] ?? type.charAt(0).toUpperCase() + type.slice(1).replace(/_/g, ' ');
}

export function typeSingular(type: string): string {
  return TYPE_SINGULAR[type] ?? typeLabel(type);
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
