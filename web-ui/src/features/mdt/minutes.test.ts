import { beforeEach, describe, expect, it } from 'vitest';
import { takeFlash } from '../../core/flash';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { aMeetingDetail, openMeeting } from './testing';

describe('an MDT meeting’s minutes', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
  });

  async function openHeld(): Promise<{ main: HTMLElement; text: HTMLTextAreaElement; form: HTMLFormElement }> {
    fake.on(
      'GET',
      '/mdt/meetings/4',
      aMeetingDetail({ state: 'held', allowed: ['closed'], minutes: 'First draft', version: 6 }),
    );
    const main = await openMeeting('/mdt/4');
    return {
      main,
      text: find<HTMLTextAreaElement>(main, '#minutesText'),
      form: find<HTMLFormElement>(main, 'form[data-testid="minutes-form"]'),
    };
  }

  it('while the meeting is held, saves the text with the meeting’s version', async () => {
    const { text, form } = await openHeld();
    expect(text.value).toBe('First draft');
    fake.on('PUT', '/mdt/meetings/4/minutes', aMeetingDetail({ state: 'held', version: 7 }));
    type(text, 'Agreed: falls clinic for two people.\nNext meeting in April.');
    submit(form);
    await settle();
    expect(fake.callsTo('PUT', '/mdt/meetings/4/minutes')[0]!.body).toEqual({
      text: 'Agreed: falls clinic for two people.\nNext meeting in April.',
      version: 6,
    });
    expect(textOf(takeFlash())).toContain('Minutes saved');
  });

  it('a save someone else made first is a conflict with Reload, and the typed text stays', async () => {
    const { main, text, form } = await openHeld();
    fake.fail('PUT', '/mdt/meetings/4/minutes', { status: 409, type: '/problems/conflict', title: 'Conflict' });
    type(text, 'My minutes');
    submit(form);
    await settle();
    const summary = find(main, '.nhsuk-error-summary');
    expect(textOf(summary)).toContain('Someone else changed this meeting');
    expect(textOf(summary.querySelector('button'))).toBe('Reload');
    expect(text.value).toBe('My minutes');
  });

  it('empty minutes are not sent', async () => {
    const { main, text, form } = await openHeld();
    type(text, ' ');
    submit(form);
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Enter the minutes');
    expect(fake.callsTo('PUT', '/mdt/meetings/4/minutes')).toHaveLength(0);
  });

  it('before the meeting is held there is nothing to write; once closed they are read, line by line', async () => {
    fake.on('GET', '/mdt/meetings/4', aMeetingDetail());
    let main = await openMeeting('/mdt/4');
    expect(textOf(find(main, '[data-testid="no-minutes"]'))).toBe('Minutes are written once the meeting is held.');
    fake.on(
      'GET',
      '/mdt/meetings/4',
      aMeetingDetail({
        state: 'closed',
        allowed: [],
        minutes: 'Line one\nLine two',
        minutesAt: '2026-03-02T15:00:00Z',
      }),
    );
    main = await openMeeting('/mdt/4');
    expect([...main.querySelectorAll('[data-testid="minutes-text"] p')].map(textOf)).toEqual(['Line one', 'Line two']);
    expect(main.querySelector('[data-testid="minutes-form"]')).toBeNull();
  });
});
