import { request } from '../../core/api/client';
import type { Assessment, NewAssessment, QuestionnaireDetail, QuestionnaireSummary, Trend } from './types';

const person = (id: number) => `/people/${encodeURIComponent(id)}`;

export function listQuestionnaires(): Promise<QuestionnaireSummary[]> {
  return request<{ questionnaires: QuestionnaireSummary[] }>('GET', '/questionnaires').then((r) => r.questionnaires);
}

export function getQuestionnaire(id: string): Promise<QuestionnaireDetail> {
  return request<QuestionnaireDetail>('GET', `/questionnaires/${encodeURIComponent(id)}`);
}

export function listAssessments(personId: number): Promise<Assessment[]> {
  return request<{ assessments: Assessment[] }>('GET', `${person(personId)}/assessments`).then((r) => r.assessments);
}

export function getAssessment(personId: number, assessmentId: number): Promise<Assessment> {
  return request<Assessment>('GET', `${person(personId)}/assessments/${encodeURIComponent(assessmentId)}`);
}

export function getTrend(personId: number, questionnaire: string): Promise<Trend> {
  return request<Trend>(
    'GET',
    `${person(personId)}/assessments/trend?questionnaire=${encodeURIComponent(questionnaire)}`,
  );
}

export function recordAssessment(personId: number, assessment: NewAssessment): Promise<Assessment> {
  return request<Assessment>('POST', `${person(personId)}/assessments`, { body: assessment });
}
