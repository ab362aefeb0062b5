// Assessments: the person's holistic assessment and scored instruments
// (PHQ-9, GAD-7, ...), each instrument's results over time, recording a new
// one (/people/{id}/assessments/new?questionnaire=phq9) and one result
// (/people/{id}/assessments/{assessmentId}).

import type { PersonSection } from '../people/section';
import { assessmentDetail } from './pages/assessmentDetail';
import { assessmentList } from './pages/assessmentPages';
import { recordAssessment } from './pages/recordAssessment';
import { can } from '../../core/permissions';

export const section: PersonSection = {
  slug: 'assessments',
  title: 'Assessments',
  order: 30,
  render(ctx) {
    const [first] = ctx.rest;
    if (first === 'new' && can('assessment:write')) return recordAssessment(ctx);
    if (first && /^\d+$/.test(first)) return assessmentDetail(ctx, Number(first));
    return assessmentList(ctx);
  },
};
