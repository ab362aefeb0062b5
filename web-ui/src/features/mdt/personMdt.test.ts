import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { signInAs, textOf } from '../../core/testing/page';
import { openPersonPage } from '../people/testing';

describe('the person’s MDT section', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
  });

  it('shows each discussion: meeting, why, decision and the tasks its actions became', async () => {
    fake.on('GET', '/people/1/mdt', {
      items: [
        {
          id: 9,
          meetingId: 4,
          person: { id: 1, givenName: 'Doris', familyName: 'Day', nhsNumber: '9990000026', birthDate: '1938-04-12' },
          source: 'worklist',
          reason: 'Moderate frailty, two admissions',
          position: 1,
          addedBy: { userId: 7, name: 'Grace Hopper' },
          addedAt: '2026-01-05T10:00:00Z',
          outcome: {
            summary: 'Falls risk at home',
            decision: 'refer',
            nextReviewDate: '2026-04-01',
            recordedBy: 'Grace Hopper',
            recordedAt: '2026-03-02T15:00:00Z',
          },
          tasks: [],
          version: 2,
          meeting: { id: 4, title: 'Riverside frailty MDT', startsAt: '2026-03-02T13:30:00Z', state: 'closed' },
        },
      ],
    });
    const main = await openPersonPage(fake, '/people/1/mdt');
    const text = textOf(main);
    expect(text).toContain('Riverside frailty MDT');
    expect(text).toContain('Moderate frailty, two admissions');
    expect(text).toContain('Falls risk at home');
  });

  it('says when no meeting has discussed them', async () => {
    fake.on('GET', '/people/1/mdt', { items: [] });
    const main = await openPersonPage(fake, '/people/1/mdt');
    expect(textOf(main.querySelector('[data-testid="no-mdt"]'))).toBe('No MDT meeting has discussed this person yet.');
  });
});
