// Shapes of the holistic assessment API (docs/assessments.md). A
// questionnaire is a FHIR R4 Questionnaire; the form is built from its items.

export interface Band {
  min: number;
  max: number;
  label: string;
}

export interface ScoreDefinition {
  id: string;
  name: string;
  items: string[];
  bands: Band[];
  min?: number;
  max?: number;
}

export interface FlagDefinition {
  id: string;
  severity: FlagSeverity;
  message: string;
}

export type FlagSeverity = 'urgent' | 'warning' | 'info';

export interface QuestionnaireSummary {
  id: string;
  name: string;
  title: string;
  description?: string;
  status: string;
  url: string;
  version: string;
  scoring: { primary?: string; scores: ScoreDefinition[]; flags: FlagDefinition[] };
}

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

export interface QuestionnaireDetail extends QuestionnaireSummary {
  questionnaire: FhirQuestionnaire;
}

export type Answer = string | number | boolean | null;

export type WrittenBy = 'professional' | 'person' | 'carer';

export interface NewAssessment {
  questionnaire: string;
  answers: Record<string, Answer>;
  completedWithPerson?: boolean;
  writtenBy?: WrittenBy;
  notes?: string;
}

export interface Assessment {
  id: number;
  personId: number;
  questionnaire: { id: string; url: string; version: string; title: string };
  completedAt: string;
  completedBy: { id: number; displayName: string; role: string } | null;
  writtenBy: WrittenBy;
  completedWithPerson: boolean;
  notes: string | null;
  total: number | null;
  band: string | null;
  scores: Array<{ id: string; name: string; value: number; band: string | null }>;
  flags: Array<{ id: string; message: string; severity: FlagSeverity }>;
  answers: Record<string, Answer>;
  /** "current" unless corrected or entered in error (newer servers). */
  status?: string;
}

export interface TrendPoint {
  assessmentId: number;
  completedAt: string;
  value: number;
  band: string | null;
}

export interface Trend {
  personId: number;
  questionnaire: QuestionnaireSummary;
  primary: string | null;
  points: Array<{
    assessmentId: number;
    completedAt: string;
    version: string;
    total: number | null;
    band: string | null;
    flags: string[];
  }>;
  series: Array<{ score: string; name: string; bands: Band[]; points: TrendPoint[] }>;
}
