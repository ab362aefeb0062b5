// For the unit tests of every feature with a section of the person page:
// a person, and opening /people/{id}/{section}/... through the real person
// page (header, section navigation, the section found by its personSection.ts)
// against a FakeClient. Only tests import this file.

import type { FakeClient } from '../../core/testing/fakeClient';
import { mountMain, settle } from '../../core/testing/page';
import type { Enrolment } from '../enrolment/types';
import { renderPersonPage } from './pages/personPage';
import type { Person } from './types';

export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    id: 1,
    nhsNumber: '9990000026',
    givenName: 'Doris',
    familyName: 'Day',
    birthDate: '1938-04-12',
    sex: 'female',
    postcode: 'LS1 1AA',
    practice: { id: 2, odsCode: 'B86001', name: 'Riverside Surgery' },
    version: 1,
    access: { basis: 'registered-practice', expiresAt: null },
    ...overrides,
  };
}

export function anEnrolment(overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    personId: 1,
    state: 'enrolled',
    lead: { id: 7, displayName: 'Grace Hopper' },
    allowed: ['closed'],
    version: 2,
    history: [],
    ...overrides,
  };
}

/** Opens a person page address (e.g. "/people/1/care-plan/edit?x=1") and waits for it to draw. */
export async function openPersonPage(
  fake: FakeClient,
  address: string,
  person: Person = aPerson(),
): Promise<HTMLElement> {
  const url = new URL(address, 'http://lcn.test');
  const [, , id, slug = '', ...rest] = url.pathname.split('/');
  fake.otherwise('GET', `/people/${person.id}`, person);
  fake.otherwise('GET', `/people/${person.id}/enrolment`, anEnrolment({ personId: person.id }));
  history.replaceState(null, '', url.pathname + url.search);
  const main = mountMain();
  await renderPersonPage(main, Number(id), slug, rest, url);
  await settle();
  return main;
}
