// Shapes of the holistic assessment API (docs/assessments.md): the server's
// (core/api/schemas.ts). A questionnaire is a FHIR R4 Questionnaire; the form
// is built from its items, whose shape FHIR owns (typed below, not by LCN's
// schema).

import type { Schemas } from '../../core/api/schemas';

export type Band = Schemas['ScoreBand'];
export type ScoreDefinition = Schemas['QuestionnaireScore'];
export type FlagDefinition = Schemas['QuestionnaireFlag'];
export type FlagSeverity = Schemas['AssessmentFlagSeverity'];
export type QuestionnaireSummary = Schemas['QuestionnaireSummary'];

export interface Coding {
  system?: string;
  code: string;
  display?: string;
  extension?: Array<{ url: string; valueDecimal?: number }>;
}

export interface Extension {
  url: string;
  valueInteger?: number;
  valueDecimal?: number;
}

export type ItemType = 'group' | 'display' | 'choice' | 'integer' | 'boolean' | 'string' | 'text';

export interface QuestionnaireItem {
  linkId: string;
  type: ItemType | string;
  text?: string;
  prefix?: string;
  required?: boolean;
  maxLength?: number;
  item?: QuestionnaireItem[];
  answerOption?: Array<{ valueCoding: Coding }>;
  extension?: Extension[];
}

export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id: string;
  title: string;
  description?: string;
  copyright?: string;
  item: QuestionnaireItem[];
}

/** A questionnaire with the FHIR Questionnaire itself. */
export type QuestionnaireDetail = Omit<Schemas['QuestionnaireDetail'], 'questionnaire'> & {
  questionnaire: FhirQuestionnaire;
};

/** An answer as stored; null (or a blank string) for no answer in a form. */
export type Answer = Schemas['AssessmentAnswer'] | null;

export type WrittenBy = Schemas['AssessmentAuthor'];

/** What POST /people/{id}/assessments takes. */
export type NewAssessment = Schemas['NewAssessment'];

/** Its status is current unless corrected (superseded) or entered in error. */
export type Assessment = Schemas['Assessment'];

/** One value of one score in a trend's series. */
export type TrendPoint = Schemas['AssessmentTrendSeriesPoint'];

export type Trend = Schemas['AssessmentTrend'];
