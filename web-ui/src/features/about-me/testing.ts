// The About me vocabulary for the feature's unit tests, with the server's
// codes (the generated types require them). getAboutMeVocabulary() keeps an
// answer per API client (requestOnce), so each test's fake client is asked
// for it, and each test answers with this one.
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
