import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, openPage, signInAs, textOf } from '../../core/testing/page';
import { renderCase } from './pages/casePage';
import { aCaseDetail } from './testing';
import type { CaseDetail } from './types';

describe('an MDT case page', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
  });

  const open = () => openPage((page, url) => renderCase(page, 4, 9, url), '/mdt/4/cases/9');

  it('before the meeting is held: who, why and where, and that the outcome comes later', async () => {
    fake.on('GET', '/mdt/meetings/4/cases/9', aCaseDetail('scheduled'));
    const main = await open();
    expect(fake.callsTo('GET', '/mdt/meetings/4/cases/9')).toHaveLength(1);
    expect(textOf(find(main, 'h1'))).toBe('MDT case, Riverside frailty MDT – Doris Day');
    const details = textOf(find(main, '[data-testid="case-details"]'));
    expect(details).toContain('NHS number 999 000 0026');
    expect(details).toContain('Moderate frailty, two admissions');
    expect(find(main, '[data-testid="case-details"] a[href="/people/1"]')).toBeTruthy();
    expect(find(main, '[data-testid="case-details"] a[href="/mdt/4"]')).toBeTruthy();
    expect(textOf(find(main, '[data-testid="no-outcome"]'))).toBe('No outcome is recorded yet.');
    expect(textOf(find(main, '[data-testid="outcome-closed"]'))).toBe(
      'The meeting has not been held yet. Outcomes are recorded once it is held.',
    );
    expect(main.querySelector('form')).toBeNull();
  });

  it('once closed: the decision, summary and the tasks its actions became, each a link', async () => {
    const detail: CaseDetail = aCaseDetail('closed', {
      outcome: {
        summary: 'Falls clinic first',
        decision: 'update_plan',
        nextReviewDate: '2026-06-01',
        recordedBy: 'Grace Hopper',
        recordedAt: '2026-03-02T14:00:00Z',
      },
      tasks: [
        {
          id: 11,
          kind: 'referral',
          title: 'Falls assessment',
          state: 'requested',
          priority: 'soon',
          dueDate: null,
          assignee: { name: 'Falls team' },
        },
      ],
    });
    fake.on('GET', '/mdt/meetings/4/cases/9', detail);
    const main = await open();
    expect(textOf(find(main, '[data-testid="outcome-decision"]'))).toBe('Update the plan');
    expect(textOf(find(main, '[data-testid="outcome-details"]'))).toContain('Falls clinic first');
    expect(textOf(find(main, '[data-testid="outcome-tasks"] a[href="/tasks/11"]'))).toBe('Falls assessment');
    expect(textOf(find(main, '[data-testid="outcome-tasks"]'))).toContain('Falls team');
    expect(textOf(find(main, '[data-testid="outcome-closed"]'))).toBe(
      'The meeting is closed: the outcome is kept as it is.',
    );
  });

  it('a case the user may not see shows the server’s problem', async () => {
    fake.fail('GET', '/mdt/meetings/4/cases/9', {
      status: 404,
      title: 'Not found',
      detail: 'there is no case 9 at this meeting',
    });
    const main = await open();
    const problem = textOf(find(main, '[data-testid="problem"]'));
    expect(problem).toContain('Not found');
    expect(problem).toContain('There is no case 9 at this meeting.');
  });
});
