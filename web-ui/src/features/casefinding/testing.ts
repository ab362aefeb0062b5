// Case-finding definitions and a worklist row for the worklist's unit tests.
// Only tests import this file.

import type { Definitions, WorklistItem } from './types';

export const definitions: Definitions = {
  cohorts: [{ id: 'ltc3', name: 'Three or more long-term conditions' }],
  conditions: [{ id: 'DEM', name: 'Dementia' }],
  frailtyCategories: ['fit', 'mild', 'moderate', 'severe'],
  status: {
    loaded: true,
    people: 1200,
    events: 5400,
    asOf: '2026-01-01',
    definitionsVersion: '1',
    loadSeconds: 0.2,
    refreshedPeople: 0,
  },
};

/** Doris Day (person 1), not yet in care coordination. */
export function aWorklistItem(overrides: Partial<WorklistItem> = {}): WorklistItem {
  return {
    personId: 1,
    nhsNumber: '9990000026',
    givenName: 'Doris',
    familyName: 'Day',
    birthDate: '1938-04-12',
    age: 87,
    sex: 'female',
    practice: { id: 2, odsCode: 'B86001', name: 'Riverside Surgery' },
    careHome: false,
    ltcCount: 4,
    conditions: ['DEM'],
    efiScore: 0.31,
    efiDeficits: 11,
    frailty: 'moderate',
    emergencyAdmissions12m: 2,
    cohorts: ['ltc3'],
    enrolment: null,
    ...overrides,
  };
}
