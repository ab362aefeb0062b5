// Shapes of the case-finding API (worklists, counts, a person's findings): the
// server's (core/api/schemas.ts).

import type { Schemas } from '../../core/api/schemas';

/** A cohort or a condition of the definitions. */
export type NamedId = Schemas['NamedId'];
export type CaseFindingStatus = Schemas['CaseFindingStatus'];
export type Definitions = Schemas['CaseFindingDefinitions'];

/** An eFI category; a person under 65 is not assessed (null). */
export type FrailtyCategory = Schemas['FrailtyCategory'];

export type WorklistItem = Schemas['WorklistItem'];
/** Their enrolment in care coordination; null: not started. */
export type WorklistEnrolment = Schemas['WorklistEnrolment'];
export type WorklistPage = Schemas['WorklistPage'];
export type WorklistSort = Schemas['WorklistSort'];

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

export type Evidence = Schemas['Evidence'];
export type Finding = Schemas['Finding'];
export type PersonFindings = Schemas['PersonFindings'];
export type NewEvent = Schemas['NewEvent'];
export type RecordedEvent = Schemas['RecordedEvent'];
export type PracticeCounts = Schemas['PracticeCounts'];
export type CountsReport = Schemas['CountsReport'];
