// Shapes of the case-finding API (worklists, counts, a person's findings).

import type { EnrolmentState } from '../enrolment/types';

export interface NamedId {
  id: string;
  name: string;
}

export interface CaseFindingStatus {
  loaded: boolean;
  people: number;
  asOf: string | null;
  definitionsVersion: string;
}

export interface Definitions {
  cohorts: NamedId[];
  /** The conditions of the counted set, in the definitions' order. */
  conditions: NamedId[];
  frailtyCategories: string[];
  status: CaseFindingStatus;
}

/** '' when not assessed (under 65). */
export type FrailtyCategory = '' | 'fit' | 'mild' | 'moderate' | 'severe';

export interface WorklistItem {
  personId: number;
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  birthDate: string;
  age: number;
  sex: string;
  practice: { id?: number; odsCode: string; name?: string };
  careHome: boolean;
  ltcCount: number;
  conditions: string[];
  efiScore: number | null;
  efiDeficits: number | null;
  frailty: FrailtyCategory;
  emergencyAdmissions12m: number;
  cohorts: string[];
  /** Their enrolment in care coordination; null: not started. */
  enrolment: WorklistEnrolment | null;
}

export interface WorklistEnrolment {
  state: EnrolmentState;
  leadUserId: number | null;
  version: number;
}

export interface WorklistPage {
  total: number;
  items: WorklistItem[];
  asOf: string | null;
  definitionsVersion: string;
}

export type WorklistSort = 'conditions' | 'frailty' | 'admissions' | 'age';

/** The worklist filters as the API names them; absent means "any". */
export interface WorklistFilters {
  practiceId?: string;
  areaId?: string;
  cohort?: string;
  minAge?: string;
  maxAge?: string;
  condition?: string;
  frailty?: string;
  minAdmissions?: string;
  sort?: WorklistSort;
  order?: 'asc' | 'desc';
}

export interface Evidence {
  source: 'event' | 'medication' | 'encounter' | 'demographic';
  code?: string;
  date?: string;
  value?: number;
  count?: number;
  note?: string;
}

export interface Finding {
  kind: 'condition' | 'deficit' | 'cohort';
  set: string;
  id: string;
  name: string;
  evidence: Evidence[];
}

export interface PersonFindings {
  personId: number;
  asOf: string;
  ltcCount: number;
  conditions: string[];
  efiScore: number | null;
  frailty: FrailtyCategory;
  emergencyAdmissions12m: number;
  cohorts: string[];
  excluded: boolean;
  excludedBecause: string | null;
  findings: Finding[];
}

export interface NewEvent {
  code: string;
  date: string;
  value?: number;
}

export interface PracticeCounts {
  odsCode: string;
  id: number | null;
  name: string | null;
  people: number;
  inCohort: Record<string, number>;
  toReview: Record<string, number>;
  frailty: { fit: number; mild: number; moderate: number; severe: number };
}

export interface CountsReport {
  scope: string;
  asOf: string;
  cohorts: NamedId[];
  total: { people: number; inCohort: Record<string, number>; toReview: Record<string, number> };
  practices: PracticeCounts[];
}
