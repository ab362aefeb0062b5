import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, settle, signInAs, submit, textOf } from '../../core/testing/page';
import { openPersonPage } from '../people/testing';
import type { Assessment, QuestionnaireDetail, QuestionnaireSummary } from './types';

const summary: QuestionnaireSummary = {
  id: 'phq2',
  name: 'PHQ-2',
  title: 'Patient Health Questionnaire (PHQ-2)',
  description: '',
  status: 'active',
  url: 'https://lcn.test/phq2',
  version: '1',
  scoring: { scores: [], primary: null, flags: [] },
};

const detail: QuestionnaireDetail = {
  ...summary,
  questionnaire: {
    resourceType: 'Questionnaire',
    id: 'phq2',
    title: 'Patient Health Questionnaire (PHQ-2)',
    item: [
      {
        linkId: 'q1',
        type: 'choice',
        text: 'Little interest or pleasure in doing things',
        required: true,
        answerOption: [
          { valueCoding: { code: '0', display: 'Not at all' } },
          { valueCoding: { code: '3', display: 'Nearly every day' } },
        ],
      },
    ],
  },
};

function anAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 31,
    personId: 1,
    status: 'current',
    enteredInError: null,
    corrects: null,
    correctionReason: null,
    correctedBy: null,
    recordedAt: '2026-01-05T10:00:00Z',
    questionnaire: { id: 'phq2', url: summary.url, version: '1', title: summary.title },
    completedAt: '2026-01-05T10:00:00Z',
    completedBy: { id: 7, displayName: 'Grace Hopper', role: 'care_coordinator' },
    writtenBy: 'professional',
    completedWithPerson: true,
    notes: null,
    total: 4,
    band: 'Moderate',
    scores: [{ id: 'total', name: 'Total', value: 4, band: 'Moderate' }],
    flags: [],
    answers: { q1: '3' },
    ...overrides,
  };
}

describe('assessments', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/questionnaires', { questionnaires: [summary] });
    fake.on('GET', '/questionnaires/phq2', detail);
    fake.on('GET', /^\/people\/1\/assessments\/trend/, { points: [] });
  });

  it('says when nothing has been recorded yet', async () => {
    fake.on('GET', '/people/1/assessments', { assessments: [] });
    const main = await openPersonPage(fake, '/people/1/assessments');
    expect(textOf(find(main, '[data-testid="no-assessments"]'))).toBe(
      'No assessments have been recorded for Doris Day yet.',
    );
  });

  it('shows one result with its score and band', async () => {
    fake.on('GET', '/people/1/assessments/31', anAssessment());
    const main = await openPersonPage(fake, '/people/1/assessments/31');
    expect(textOf(find(main, '[data-testid="assessment-score"]'))).toContain('4');
    expect(textOf(find(main, '[data-testid="assessment-score"]'))).toContain('Moderate');
  });

  it('the form is built from the questionnaire, and a missing answer from the server is named against its question', async () => {
    const main = await openPersonPage(fake, '/people/1/assessments/new?questionnaire=phq2');
    expect(textOf(main)).toContain('Little interest or pleasure in doing things');
    fake.fail('POST', '/people/1/assessments', {
      status: 400,
      title: 'Invalid',
      errors: [{ field: 'answers.q1', message: 'is missing' }],
    });
    submit(find<HTMLFormElement>(main, 'form'));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Little interest or pleasure in doing things');
  });
});
