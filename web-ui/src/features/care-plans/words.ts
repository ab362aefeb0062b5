// Words for the care plan. The labels of its codes (the need domains, the
// statuses, who agreed it and how) are the server's, from its vocabulary
// (GET /api/v1/care-plans/vocabulary: getCarePlanVocabulary() in api.ts),
// in the server's order. What stays here is presentation: each status's tag
// colour, the short words for an owner's kind under their name, and the
// sentences made of the labels ("Agreed with Doris, face to face, on ...").

import type {
  ActionOwner,
  ActionStatus,
  Agreement,
  CarePlanStatus,
  CarePlanTerm,
  CarePlanVocabulary,
  OwnerKind,
} from './types';
import type { Person } from '../people/types';
import { tag, type TagColour } from '../../core/components/tag';
import { formatDate } from '../../core/format';

/** The server's vocabulary, or null where it could not be read (the pages then show codes as they are). */
export type Vocabulary = CarePlanVocabulary | null;

/** The server's label for a code of one of the vocabulary's lists, or the code itself when it has none. */
export function termLabel(terms: readonly CarePlanTerm[] | undefined, code: string): string {
  return terms?.find((t) => t.code === code)?.label ?? code;
}

/** A list of the vocabulary as choices, in the server's order. */
export function termChoices(terms: readonly CarePlanTerm[]): Array<{ value: string; text: string }> {
  return terms.map((t) => ({ value: t.code, text: t.label }));
}

/** The holistic assessment's domains ("Loneliness and isolation"). */
export function domainLabel(vocabulary: Vocabulary, domain: string): string {
  return termLabel(vocabulary?.needDomains, domain);
}

export function actionStatusLabel(vocabulary: Vocabulary, status: string): string {
  return termLabel(vocabulary?.actionStatuses, status);
}

export function planStatusLabel(vocabulary: Vocabulary, status: string): string {
  return termLabel(vocabulary?.planStatuses, status);
}

export function agreedWithLabel(vocabulary: Vocabulary, agreedWith: string): string {
  return termLabel(vocabulary?.agreedWith, agreedWith);
}

export function agreedHowLabel(vocabulary: Vocabulary, how: string): string {
  return termLabel(vocabulary?.agreedHow, how);
}

// The tag colour of each status: typed by the server's codes, so that a code
// the server adds fails to compile until it has a colour here.
const ACTION_STATUS_COLOURS: Record<ActionStatus, TagColour> = {
  planned: 'blue',
  in_progress: 'yellow',
  done: 'green',
  cancelled: 'grey',
};

const PLAN_STATUS_COLOURS: Record<CarePlanStatus, TagColour> = {
  agreed: 'green',
  draft: 'yellow',
};

/** An action's status as a tag: the server's words in its colour (grey for a code the web UI does not know). */
export function actionStatusTag(vocabulary: Vocabulary, status: string): HTMLElement {
  return tag(actionStatusLabel(vocabulary, status), ACTION_STATUS_COLOURS[status as ActionStatus] ?? 'grey');
}

/** A version's status (agreed or draft) as a tag. */
export function planStatusTag(vocabulary: Vocabulary, status: string, testId?: string): HTMLElement {
  return tag(planStatusLabel(vocabulary, status), PLAN_STATUS_COLOURS[status as CarePlanStatus] ?? 'grey', testId);
}

/** "Agreed with Doris and her carer, face to face, on 10 June 2026" or "Not agreed yet". */
export function agreementText(a: Agreement, person: Person, vocabulary: Vocabulary): string {
  if (a.agreedWith === 'not_yet_agreed') return 'Not agreed yet: this plan is a draft.';
  const who =
    a.agreedWith === 'person'
      ? person.givenName
      : a.agreedWith === 'carer'
        ? 'their carer'
        : `${person.givenName} and their carer`;
  const how = a.how ? `, ${agreedHowLabel(vocabulary, a.how).toLowerCase()}` : '';
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

// The kind of an action's owner, shown small under their name ("Grace Hopper",
// "Member of staff"). These are short nouns for a table cell, not the
// vocabulary's ownerKinds labels, which are words for a choice ("A member of
// staff", "Their carer"); the vocabulary's label is used for a kind the web UI
// does not know.
const OWNER_KIND_WORDS: Record<OwnerKind, string> = {
  person: 'The person',
  carer: 'Carer',
  user: 'Member of staff',
  team: 'Team',
  organisation: 'Organisation',
};

export function ownerKindText(owner: ActionOwner, vocabulary: Vocabulary): string {
  return OWNER_KIND_WORDS[owner.kind] ?? termLabel(vocabulary?.ownerKinds, owner.kind);
}

/** A short label for an item in a list of choices ("Mobility: falls on the stairs"). */
export function shorten(text: string, max = 70): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
