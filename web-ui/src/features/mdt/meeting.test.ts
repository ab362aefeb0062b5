import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, mountMain, settle, signInAs, submit, textOf } from '../../core/testing/page';
import { aMeeting } from './testing';
import { renderMeeting } from './pages/meeting';
import type { MeetingDetail } from './types';

function aDetail(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    ...aMeeting(),
    attendees: [
      {
        id: 1,
        userId: 7,
        guest: false,
        name: 'Grace Hopper',
        role: 'Care coordinator',
        organisation: 'Riverside Surgery',
        attended: null,
      },
      { id: 2, userId: null, guest: true, name: 'Jane Day', role: null, organisation: 'Carer', attended: null },
    ],
    history: [],
    allowed: ['held', 'cancelled'],
    you: { organiser: true, participant: true },
    cases: [
      {
        id: 9,
        meetingId: 4,
        person: { id: 1, givenName: 'Doris', familyName: 'Day', nhsNumber: '9990000026', birthDate: '1938-04-12' },
        source: 'worklist',
        reason: 'Moderate frailty, two admissions',
        position: 1,
        addedBy: { userId: 7, name: 'Grace Hopper' },
        addedAt: '2026-01-05T10:00:00Z',
        outcome: null,
        tasks: [],
        version: 1,
      },
    ],
    withheld: 0,
    ...overrides,
  };
}

describe('an MDT meeting', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', /^\/staff/, { items: [] });
  });

  it('shows its attendees and case list, each person linking to their case', async () => {
    fake.on('GET', '/mdt/meetings/4', aDetail());
    const main = mountMain();
    await renderMeeting(main, 4, new URL('http://lcn.test/mdt/4'));
    await settle();
    const text = textOf(main);
    expect(text).toContain('Riverside frailty MDT');
    expect(text).toContain('Jane Day');
    expect(text).toContain('Moderate frailty, two admissions');
    expect(main.querySelector('a[href="/mdt/4/cases/9"]')).not.toBeNull();
  });

  it('cancelling needs a reason, and nothing is sent without one', async () => {
    fake.on('GET', '/mdt/meetings/4', aDetail());
    const main = mountMain();
    await renderMeeting(main, 4, new URL('http://lcn.test/mdt/4'));
    await settle();
    const cancel = find<HTMLInputElement>(main, 'input[type="radio"][value="cancelled"]');
    cancel.click();
    submit(cancel.closest('form')!);
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Enter why the meeting is cancelled');
    expect(fake.callsTo('POST', '/mdt/meetings/4/state')).toHaveLength(0);
  });
});
