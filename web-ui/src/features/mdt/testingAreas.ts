// The directory as the area pickers of the MDT and review pages find it
// (components/areas.ts): one network, Riverside (1), with one neighbourhood
// (12). Those pages keep the areas per user, so each test signs in its own
// user id. Only tests import this file.

import type { FakeClient } from '../../core/testing/fakeClient';

/** Answers the directory and the meeting lists the pickers ask, with the network within reach or not. */
export function answerAreas(fake: FakeClient, o: { withinReach: boolean }): void {
  fake.on('GET', '/networks', {
    items: [{ id: 1, code: 'RIV', name: 'Riverside', place: { id: 1, name: 'Leeds' }, practiceCount: 2 }],
  });
  fake.on('GET', '/networks/1', {
    id: 1,
    code: 'RIV',
    name: 'Riverside',
    place: { id: 1, name: 'Leeds' },
    registeredPatients: 9000,
    neighbourhoods: [{ id: 12, code: 'RIV-N', name: 'Riverside' }],
    practices: [],
  });
  const probe = /^\/mdt\/meetings\?areaId=(1|12)&state=scheduled&from=9999-12-31$/;
  if (o.withinReach) fake.on('GET', probe, { items: [] });
  else fake.fail('GET', probe, { status: 403, title: 'Forbidden' });
}
