// The care-plan vocabulary for the feature's unit tests: the server's codes
// and labels (src/care/care_plans/care_plan.cpp, the k*Labels tables), in its
// order, and its limits. Every care-plan test answers the vocabulary request
// with it (answerVocabulary), or with a copy it changes to show where a word
// comes from. Only tests import this file.

import type { FakeClient } from '../../core/testing/fakeClient';
import type {
  ActionStatus,
  AgreedHow,
  AgreedWith,
  CarePlanStatus,
  CarePlanTerm,
  CarePlanVocabulary,
  NeedDomain,
  OwnerKind,
} from './types';

/** Terms whose codes the compiler checks against the server's (the generated unions). */
function terms<C extends string>(pairs: Array<[C, string]>): CarePlanTerm[] {
  return pairs.map(([code, label]) => ({ code, label }));
}

export const vocabulary: CarePlanVocabulary = {
  needDomains: terms<NeedDomain>([
    ['physical-health', 'Physical health'],
    ['emotional-wellbeing', 'Emotional wellbeing'],
    ['housing', 'Housing'],
    ['money', 'Money'],
    ['work', 'Work'],
    ['loneliness', 'Loneliness and isolation'],
    ['caring', 'Caring responsibilities'],
    ['safety', 'Safety'],
    ['mobility', 'Mobility and daily living'],
    ['other', 'Other'],
  ]),
  actionStatuses: terms<ActionStatus>([
    ['planned', 'Planned'],
    ['in_progress', 'In progress'],
    ['done', 'Done'],
    ['cancelled', 'Cancelled'],
  ]),
  planStatuses: terms<CarePlanStatus>([
    ['draft', 'Draft'],
    ['agreed', 'Agreed'],
  ]),
  agreedWith: terms<AgreedWith>([
    ['not_yet_agreed', 'Not agreed yet (a draft)'],
    ['person', 'The person'],
    ['carer', 'Their carer'],
    ['person_and_carer', 'The person and their carer'],
  ]),
  agreedHow: terms<AgreedHow>([
    ['face_to_face', 'Face to face'],
    ['phone', 'By phone'],
    ['video', 'By video call'],
    ['letter', 'By letter'],
  ]),
  ownerKinds: terms<OwnerKind>([
    ['person', 'The person'],
    ['carer', 'Their carer'],
    ['user', 'A member of staff'],
    ['team', 'A team'],
    ['organisation', 'An organisation'],
  ]),
  limits: { itemsPerSection: 100, textLength: 4000 },
};

/** Answers GET /care-plans/vocabulary with the server's vocabulary, or with `answer`. */
export function answerVocabulary(fake: FakeClient, answer: CarePlanVocabulary = vocabulary): FakeClient {
  return fake.on('GET', '/care-plans/vocabulary', answer);
}

/** The vocabulary with one label changed, to show that a page's words are the server's. */
export function relabelled(
  list: Exclude<keyof CarePlanVocabulary, 'limits'>,
  code: string,
  label: string,
): CarePlanVocabulary {
  const copy = structuredClone(vocabulary);
  copy[list] = copy[list].map((t) => (t.code === code ? { ...t, label } : t));
  return copy;
}
