import { beforeEach, describe, expect, it } from 'vitest';
import { takeFlash } from '../../core/flash';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { byText, find, settle, signInAs, textOf } from '../../core/testing/page';
import { aMeetingDetail, openMeeting } from './testing';
import type { Suggestions } from './types';

const suggestions: Suggestions = {
  meetingId: 4,
  dueBy: '2026-03-02',
  worklistAvailable: true,
  items: [
    {
      person: { id: 2, givenName: 'Ivy', familyName: 'Thistlewood', nhsNumber: '9990000034', birthDate: '1941-02-03' },
      reasons: [
        { source: 'referral', reason: 'open referral to the falls team' },
        { source: 'review_due', reason: 'care plan review due on 20 February 2026' },
      ],
    },
  ],
};

describe('suggestions on an MDT meeting’s page', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/mdt/meetings/4', aMeetingDetail());
  });

  it('are looked at only on request (each look is audited), kept in the address', async () => {
    const main = await openMeeting('/mdt/4');
    byText<HTMLButtonElement>(main, 'button', 'Show suggestions').click();
    expect(location.search).toBe('?suggestions=show');
    expect(fake.callsTo('GET', '/mdt/meetings/4/suggestions')).toHaveLength(0);
  });

  it('lists who to discuss with why, and adding one sends the reasons and the first reason’s source', async () => {
    fake.on('GET', '/mdt/meetings/4/suggestions', suggestions);
    const main = await openMeeting('/mdt/4?suggestions=show');
    const table = textOf(find(main, '[data-testid="suggestion-table"]'));
    expect(table).toContain('Ivy Thistlewood');
    expect(table).toContain('Open referral to the falls team.');
    fake.on('POST', '/mdt/meetings/4/cases', { id: 10 });
    byText<HTMLButtonElement>(main, 'button', 'Add Ivy Thistlewood to case list').click();
    await settle();
    expect(fake.callsTo('POST', '/mdt/meetings/4/cases')[0]!.body).toEqual({
      personId: 2,
      reason: 'Open referral to the falls team. Care plan review due on 20 February 2026.',
      source: 'referral',
    });
    expect(textOf(takeFlash())).toContain('Ivy Thistlewood added to the case list');
  });

  it('says when there is nobody to suggest', async () => {
    fake.on('GET', '/mdt/meetings/4/suggestions', { ...suggestions, items: [] });
    const main = await openMeeting('/mdt/4?suggestions=show');
    expect(textOf(find(main, '[data-testid="no-suggestions"]'))).toContain('There are no suggestions');
  });

  it('a refusal says why, in the server’s words', async () => {
    fake.fail('GET', '/mdt/meetings/4/suggestions', {
      status: 403,
      title: 'Forbidden',
      detail: 'suggestions are for staff who work with every practice of Riverside',
    });
    const main = await openMeeting('/mdt/4?suggestions=show');
    expect(textOf(find(main, '[data-testid="suggestions"]'))).toBe(
      'Suggestions are for staff who work with every practice of Riverside.',
    );
  });
});
