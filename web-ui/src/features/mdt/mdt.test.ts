import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, mountMain, settle, signInAs, submit, textOf } from '../../core/testing/page';
import { renderMeetings } from './pages/list';
import { renderNewMeeting } from './pages/newMeeting';
import { aMeeting } from './testing';

describe('MDT meetings', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/networks', { items: [] });
    fake.on('GET', /^\/staff/, { items: [] });
  });

  it('lists my meetings with their area, time and case count, linking to each', async () => {
    fake.on('GET', '/mdt/meetings', {
      items: [aMeeting(), aMeeting({ id: 5, title: 'Past MDT', state: 'closed', startsAt: '2025-03-02T13:30:00Z' })],
    });
    const main = mountMain();
    await renderMeetings(main, new URL('http://lcn.test/mdt'));
    await settle();
    const text = textOf(main);
    expect(text).toContain('Riverside frailty MDT');
    expect(text).toContain('Past MDT');
    expect(find(main, 'a[href="/mdt/4"]')).toBeTruthy();
  });

  it('scheduling names every missing answer before anything is sent', async () => {
    // The areas within reach are kept per user: another user, so they are looked for again.
    signInAs({ id: 8 });
    fake.on('GET', '/networks', {
      items: [
        {
          id: 1,
          code: 'RIV',
          name: 'Riverside',
          place: { id: 1, name: 'Leeds' },
          practiceCount: 2,
          registeredPatients: 9000,
        },
      ],
    });
    fake.on('GET', '/networks/1', {
      id: 1,
      code: 'RIV',
      name: 'Riverside',
      place: { id: 1, name: 'Leeds' },
      registeredPatients: 9000,
      neighbourhoods: [],
      practices: [],
    });
    fake.on('GET', /^\/mdt\/meetings\?areaId=1&/, { items: [] });
    const main = mountMain();
    await renderNewMeeting(main, new URL('http://lcn.test/mdt/new'));
    await settle();
    submit(find<HTMLFormElement>(main, 'form'));
    await settle();
    const summary = textOf(find(main, '.nhsuk-error-summary'));
    expect(textOf(find(main, '#areaId'))).toContain('Riverside');
    expect(summary).toContain('Enter a title');
    expect(summary).toContain('Enter the date of the meeting');
    expect(summary).toContain('Enter the start time');
    expect(fake.callsTo('POST', '/mdt/meetings')).toHaveLength(0);
  });
});
