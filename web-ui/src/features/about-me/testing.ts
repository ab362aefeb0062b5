// The About me vocabulary for the feature's unit tests. getAboutMeVocabulary()
// keeps the first answer for as long as the module lives, and test files share
// modules (no per-file isolation), so every test answers with this one.
// Only tests import this file.

import type { AboutMeVocabulary } from './types';

export const vocabulary: AboutMeVocabulary = {
  writtenBy: ['person', 'carer', 'professional'],
  mayView: [
    { code: 'everything', label: 'Everything' },
    { code: 'nothing', label: 'Nothing' },
  ],
  communicationNeeds: [
    { code: 'large_print', label: 'Large print', kind: 'information_format' },
    { code: 'telephone', label: 'Phone call', kind: 'contact_method' },
  ],
};
