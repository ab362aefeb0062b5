// Words for the care plan: the need domains (the holistic assessment's), the
// statuses, who owns an action and how the plan was agreed.

import type { ActionOwner, ActionStatus, AgreedHow, AgreedWith, Agreement, CarePlanStatus, NeedDomain } from './types';
import type { Person } from '../people/types';
import type { TagColour } from '../../core/components/tag';
import { formatDate } from '../../core/format';

/** The holistic assessment's domains, in its order and words (docs/assessments.md; as the server's). */
export const NEED_DOMAINS: Record<NeedDomain, string> = {
  'physical-health': 'Physical health',
  'emotional-wellbeing': 'Emotional wellbeing',
  housing: 'Housing',
  money: 'Money',
  work: 'Work',
  loneliness: 'Loneliness and isolation',
  caring: 'Caring responsibilities',
  safety: 'Safety',
  mobility: 'Mobility and daily living',
  other: 'Other',
};

export function domainLabel(domain: string): string {
  return NEED_DOMAINS[domain as NeedDomain] ?? domain;
}

export const ACTION_STATUSES: Record<ActionStatus, { label: string; colour: TagColour }> = {
  planned: { label: 'Planned', colour: 'blue' },
  in_progress: { label: 'In progress', colour: 'yellow' },
  done: { label: 'Done', colour: 'green' },
  cancelled: { label: 'Cancelled', colour: 'grey' },
};

export function statusLabel(status: string): string {
  return ACTION_STATUSES[status as ActionStatus]?.label ?? status;
}

export const PLAN_STATUSES: Record<CarePlanStatus, { label: string; colour: TagColour }> = {
  agreed: { label: 'Agreed', colour: 'green' },
  draft: { label: 'Draft', colour: 'yellow' },
};

export const AGREED_WITH: Record<AgreedWith, string> = {
  not_yet_agreed: 'Not agreed yet (a draft)',
  person: 'The person',
  carer: 'Their carer',
  person_and_carer: 'The person and their carer',
};

export const AGREED_HOW: Record<AgreedHow, string> = {
  face_to_face: 'Face to face',
  phone: 'By phone',
  video: 'By video call',
  letter: 'By letter',
};

/** "Agreed with Doris and her carer, face to face, on 10 June 2026" or "Not agreed yet". */
export function agreementText(a: Agreement, person: Person): string {
  if (a.agreedWith === 'not_yet_agreed') return 'Not agreed yet: this plan is a draft.';
  const who =
    a.agreedWith === 'person'
      ? person.givenName
      : a.agreedWith === 'carer'
        ? 'their carer'
        : `${person.givenName} and their carer`;
  const how = a.how ? `, ${AGREED_HOW[a.how].toLowerCase()}` : '';
  return `Agreed with ${who}${how}${a.agreedOn ? `, on ${formatDate(a.agreedOn)}` : ''}.`;
}

export function ownerText(owner: ActionOwner, person: Person): string {
  switch (owner.kind) {
    case 'person':
      return person.givenName;
    case 'carer':
      return owner.name ? `${owner.name} (carer)` : 'Their carer';
    case 'user':
      return owner.name ?? `Member of staff ${owner.id ?? ''}`.trim();
    case 'team':
      return owner.name ?? `Team ${owner.id ?? ''}`.trim();
    case 'organisation':
      return owner.name ?? `Organisation ${owner.id ?? ''}`.trim();
    default:
      return owner.name ?? String(owner.kind);
  }
}

export function ownerKindText(owner: ActionOwner): string {
  return owner.kind === 'user'
    ? 'Member of staff'
    : owner.kind === 'team'
      ? 'Team'
      : owner.kind === 'organisation'
        ? 'Organisation'
        : owner.kind === 'carer'
          ? 'Carer'
          : 'The person';
}

/** A short label for an item in a list of choices ("Mobility: falls on the stairs"). */
export function shorten(text: string, max = 70): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
