// Words for About me: who wrote a version, the kinds of communication need,
// and a version's attribution ("Written by Doris herself, recorded by ...").

import type { AboutMeAttribution, AboutMeVocabulary, CommunicationNeedItem } from './types';
import type { Person } from '../people/types';
import { LABELS } from '../../core/api/generated/labels';
import { tag } from '../../core/components/tag';
import { h, type Child } from '../../core/dom';
import { formatDateTime } from '../../core/format';
import { staffRoleLabel } from '../../core/staffRoles';

/** The choices for "who wrote it", in the vocabulary's order; words for the codes LCN knows. */
export function writtenByChoices(
  vocabulary: AboutMeVocabulary,
  person: Person,
): Array<{ value: string; text: string; hint?: string }> {
  return vocabulary.writtenBy.map((code) => {
    if (code === 'person')
      return {
        value: code,
        text: `${person.givenName} wrote it`,
        hint: 'In their own words, even if you typed it for them',
      };
    if (code === 'carer')
      return { value: code, text: 'Their carer wrote it', hint: 'A family member, friend or paid carer, for them' };
    if (code === 'professional')
      return { value: code, text: 'A professional wrote it', hint: 'You or a colleague, with or for them' };
    return { value: code, text: String(code).replace(/_/g, ' ') };
  });
}

/** The legend of each kind of need (the server's words) and its hint. */
export const NEED_KINDS: Record<CommunicationNeedItem['kind'], { legend: string; hint: string }> = {
  contact_method: { legend: LABELS.InformationNeedKind.contact_method, hint: 'Choose all that apply' },
  information_format: { legend: LABELS.InformationNeedKind.information_format, hint: 'Choose all that apply' },
  communication_support: {
    legend: LABELS.InformationNeedKind.communication_support,
    hint: 'Professionals or equipment they need; choose all that apply',
  },
};

export function kindLegend(kind: string): string {
  return (
    NEED_KINDS[kind as CommunicationNeedItem['kind']]?.legend ??
    kind.charAt(0).toUpperCase() + kind.slice(1).replace(/_/g, ' ')
  );
}

/** The need kinds in the vocabulary's order. */
export function needKinds(vocabulary: AboutMeVocabulary): Array<CommunicationNeedItem['kind']> {
  return [...new Set(vocabulary.communicationNeeds.map((n) => n.kind))];
}

/** Who wrote the version, as a tag: the person's and their carer's own words stand out. */
export function authorTag(a: AboutMeAttribution, person: Person): Child {
  if (a.writtenBy === 'person') return tag(`Written by ${person.givenName}`, 'green', 'written-by');
  if (a.writtenBy === 'carer') return tag('Written by their carer', 'purple', 'written-by');
  if (a.writtenBy === 'professional') return tag('Written by a professional', 'grey', 'written-by');
  return null;
}

export function authorText(a: AboutMeAttribution, person: Person): string {
  const self = person.sex === 'female' ? 'herself' : person.sex === 'male' ? 'himself' : 'themselves';
  const who =
    a.writtenBy === 'person'
      ? `${person.givenName} ${self}`
      : a.writtenBy === 'carer'
        ? 'their carer'
        : 'a professional';
  const w = a.writtenWith?.trim() ?? '';
  const withText = w ? (/^with\b/i.test(w) ? w : `with ${w}`) : '';
  return `Written by ${who}${withText ? `, ${withText}` : ''}`;
}

export function recordedText(a: AboutMeAttribution): string {
  const by = a.recordedBy;
  if (!by) return '';
  const about = [staffRoleLabel(by.role), by.organisation].filter(Boolean).join(', ');
  const name = `${by.displayName ?? 'Not known'}${about ? ` (${about})` : ''}`;
  return `Recorded by ${name}${a.recordedAt ? ` on ${formatDateTime(a.recordedAt)}` : ''}`;
}

/** The block that says who wrote a version, who recorded it, when, and the change note. */
export function attribution(a: AboutMeAttribution, person: Person, testId = 'about-me-attribution'): HTMLElement {
  return h(
    'div',
    { className: 'app-attribution', 'data-testid': testId },
    h(
      'p',
      { className: 'nhsuk-u-margin-bottom-1' },
      authorTag(a, person),
      ' ',
      h('span', { 'data-testid': 'author-text' }, authorText(a, person)),
    ),
    h('p', { className: 'app-secondary nhsuk-u-margin-bottom-1' }, `Version ${a.version}. ${recordedText(a)}.`),
    a.note ? h('p', { className: 'app-secondary' }, 'Why it changed: ', a.note) : null,
  );
}
