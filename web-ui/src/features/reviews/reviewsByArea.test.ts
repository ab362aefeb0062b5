import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, openPage, signInAs, submit, textOf } from '../../core/testing/page';
import { answerAreas } from '../mdt/testingAreas';
import { renderReviews } from './pages/reviews';

describe('reviews due by area', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
  });

  it('asks for an area within reach and a period, and puts them in the address', async () => {
    signInAs({ id: 111 });
    answerAreas(fake, { withinReach: true });
    const main = await openPage(renderReviews, '/reviews?view=area');
    expect(textOf(find(main, 'nav[data-testid="review-lists"] [aria-current="page"]'))).toBe('By area');
    expect(textOf(find(main, '[data-testid="review-results"]'))).toBe(
      'Choose a network or neighbourhood to see who is due a review there.',
    );
    find<HTMLSelectElement>(main, 'select#areaId').value = '1';
    find<HTMLSelectElement>(main, 'select#withinDays').value = '30';
    submit(find<HTMLFormElement>(main, '[data-testid="review-filters"] form'));
    expect(location.pathname + location.search).toBe('/reviews?areaId=1&withinDays=30');
    expect(fake.callsTo('GET', '/reviews')).toHaveLength(0);
  });

  it('lists the area’s people due a review with each one’s key worker', async () => {
    signInAs({ id: 112 });
    answerAreas(fake, { withinReach: true });
    fake.on('GET', '/reviews?areaId=1&withinDays=30', {
      box: 'area',
      dueBy: '2026-02-01',
      items: [
        {
          person: { id: 1, givenName: 'Doris', familyName: 'Day', nhsNumber: '9990000026', birthDate: '1938-04-12' },
          practice: 'Riverside Surgery',
          keyWorker: { userId: 9, name: 'Ada Lovelace' },
          dueDate: '2026-01-20',
          overdue: false,
          days: 10,
          sources: [{ source: 'mdt', dueDate: '2026-01-20' }],
          nextMeeting: { id: 4, startsAt: '2026-01-15T13:30:00Z' },
        },
      ],
      withheld: 2,
    });
    const main = await openPage(renderReviews, '/reviews?areaId=1&withinDays=30');
    const table = find(main, '[data-testid="reviews"]');
    expect(textOf(table.querySelector('thead'))).toContain('Key worker');
    expect(textOf(table)).toContain('Ada Lovelace');
    expect(textOf(table)).toContain('MDT review');
    expect(find(table, 'a[href="/mdt/4"]')).toBeTruthy();
    expect(textOf(find(main, '[data-testid="review-count"]'))).toBe('1 person due a review by 1 February 2026.');
    expect(textOf(find(main, '[data-testid="reviews-withheld"]'))).toContain('2 more people are outside');
  });

  it('someone whose reach covers no whole area is told to use Mine', async () => {
    signInAs({ id: 113 });
    answerAreas(fake, { withinReach: false });
    const main = await openPage(renderReviews, '/reviews?view=area');
    expect(textOf(find(main, '[data-testid="no-areas"]'))).toContain('you see the people you are key worker for');
    expect(fake.callsTo('GET', '/reviews')).toHaveLength(0);
  });
});
