// How case-finding results read on screen.

import type { Evidence, FrailtyCategory } from './types';
import { formatDate } from '../../core/format';
import { LABELS } from '../../core/api/generated/labels';

const FRAILTY: Record<string, string> = LABELS.FrailtyCategory;

/** The words for an eFI category; null is someone under 65, not assessed. */
export function frailtyLabel(category: FrailtyCategory | null): string {
  return (category && FRAILTY[category]) ?? 'Not assessed (under 65)';
}

/** "0.31" for an eFI score (deficits present / 36). */
export function efiScore(score: number | null): string | null {
  return score === null ? null : score.toFixed(2);
}

const EXCLUDED: Record<string, string> = {
  enrolled: 'they are already enrolled in joined-up care',
  declined: 'they declined joined-up care',
  died: 'they have died',
  'left the practice': 'they have left their practice',
};

export function excludedReason(because: string | null): string {
  return (because && EXCLUDED[because]) || because || 'they are excluded';
}

const SOURCE: Record<Evidence['source'], [string, string]> = {
  event: ['Coded record', 'records'],
  medication: ['Medication issue', 'issues'],
  encounter: ['Hospital encounter', 'encounters'],
  demographic: ['Registration details', 'items'],
};

/**
 * One piece of evidence as words: "Coded record 38341003 on 14 January 2008",
 * "Coded record 1011481000000105 on 12 May 2026, value 48", "Medication issue
 * 35936511000001108 on 2 October 2026, 4 issues in the period", or for
 * registration details their note: "Aged 85 (9 March 1941)".
 */
export function evidenceText(e: Evidence): string {
  const [label, plural] = SOURCE[e.source] ?? [e.source, 'records'];
  if (e.source === 'demographic' && e.note) {
    const note = e.note.charAt(0).toUpperCase() + e.note.slice(1);
    return e.date ? `${note} (${formatDate(e.date)})` : note;
  }
  let text = e.code ? `${label} ${e.code}` : label;
  if (e.date) text += ` on ${formatDate(e.date)}`;
  const extras: string[] = [];
  if (e.value !== undefined) extras.push(`value ${e.value}`);
  if (e.count !== undefined && e.count > 1) extras.push(`${e.count} ${plural} in the period`);
  if (e.note) extras.push(e.note);
  return extras.length ? `${text}, ${extras.join(', ')}` : text;
}
