// The care-plan vocabulary for the feature's unit tests: the server's codes
// and labels (src/care/care_plans/care_plan.cpp, the k*Labels tables), in its
// order, and its limits. Every care-plan test answers the vocabulary request
// with it (answerVocabulary), or with a copy it changes to show where a word
// comes from. Only tests import this file.

import type { FakeClient } from '../../core/testing/fakeClient';
import type { CarePlanVocabulary } from './types';

export const vocabulary: CarePlanVocabulary = {
  needDomains: [
    { code: 'physical-health', label: 'Physical health' },
    { code: 'emotional-wellbeing', label: 'Emotional wellbeing' },
    { code: 'housing', label: 'Housing' },
    { code: 'money', label: 'Money' },
    { code: 'work', label: 'Work' },
    { code: 'loneliness', label: 'Loneliness and isolation' },
    { code: 'caring', label: 'Caring responsibilities' },
    { code: 'safety', label: 'Safety' },
    { code: 'mobility', label: 'Mobility and daily living' },
    { code: 'other', label: 'Other' },
  ],
  actionStatuses: [
    { code: 'planned', label: 'Planned' },
    { code: 'in_progress', label: 'In progress' },
    { code: 'done', label: 'Done' },
    { code: 'cancelled', label: 'Cancelled' },
  ],
  planStatuses: [
    { code: 'draft', label: 'Draft' },
    { code: 'agreed', label: 'Agreed' },
  ],
  agreedWith: [
    { code: 'not_yet_agreed', label: 'Not agreed yet (a draft)' },
    { code: 'person', label: 'The person' },
    { code: 'carer', label: 'Their carer' },
    { code: 'person_and_carer', label: 'The person and their carer' },
  ],
  agreedHow: [
    { code: 'face_to_face', label: 'Face to face' },
    { code: 'phone', label: 'By phone' },
    { code: 'video', label: 'By video call' },
    { code: 'letter', label: 'By letter' },
  ],
  ownerKinds: [
    { code: 'person', label: 'The person' },
    { code: 'carer', label: 'Their carer' },
    { code: 'user', label: 'A member of staff' },
    { code: 'team', label: 'A team' },
    { code: 'organisation', label: 'An organisation' },
  ],
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
