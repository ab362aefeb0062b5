import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { mountMain, settle, signInAs, textOf } from '../../core/testing/page';
import type { ReviewItem } from '../mdt/types';
import { renderReviews } from './pages/reviews';

function aReview(overrides: Partial<ReviewItem> = {}): ReviewItem {
  return {
    person: { id: 1, givenName: 'Doris', familyName: 'Day', nhsNumber: '9990000026', birthDate: '1938-04-12' },
    practice: 'Riverside Surgery',
    keyWorker: { userId: 7, name: 'Grace Hopper' },
    dueDate: '2026-01-01',
    overdue: true,
    days: -5,
    sources: [{ source: 'care_plan', dueDate: '2026-01-01' }],
    leftPractice: null,
    nextMeeting: null,
    ...overrides,
  };
}

describe('reviews', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/networks', { items: [] });
  });

  it('lists my people whose review is due, overdue tagged, linking to their care plan', async () => {
    fake.on('GET', '/reviews?box=mine&withinDays=14', {
      box: 'mine',
      dueBy: '2026-01-20',
      items: [aReview()],
      withheld: 0,
    });
    const main = mountMain();
    await renderReviews(main, new URL('http://lcn.test/reviews'));
    await settle();
    const text = textOf(main);
    expect(text).toContain('Doris Day');
    expect(text).toContain('Overdue');
    expect(main.querySelector('a[href^="/people/1/care-plan"]')).not.toBeNull();
  });

  it('someone gone from their practice is tagged, with what to do', async () => {
    fake.on('GET', '/reviews?box=mine&withinDays=14', {
      box: 'mine',
      dueBy: '2026-01-20',
      items: [aReview({ leftPractice: '2024-01-05' })],
      withheld: 0,
    });
    const main = mountMain();
    await renderReviews(main, new URL('http://lcn.test/reviews'));
    await settle();
    const text = textOf(main);
    expect(text).toContain('Left their practice');
    expect(text).toContain('Not on their practice’s list since 5 January 2024');
  });
});
