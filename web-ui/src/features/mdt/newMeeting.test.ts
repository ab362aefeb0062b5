import { beforeEach, describe, expect, it } from 'vitest';
import { takeFlash } from '../../core/flash';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, openPage, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { renderNewMeeting } from './pages/newMeeting';
import { aMeetingDetail } from './testing';
import { answerAreas } from './testingAreas';

describe('scheduling an MDT meeting', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
  });

  async function fillIn(userId: number): Promise<{ main: HTMLElement; form: HTMLFormElement }> {
    signInAs({ id: userId });
    answerAreas(fake, { withinReach: true });
    const main = await openPage(renderNewMeeting, '/mdt/new?areaId=12');
    find<HTMLSelectElement>(main, 'select#areaId').value = '12';
    type(find<HTMLInputElement>(main, '#title'), 'Riverside frailty MDT');
    type(find<HTMLInputElement>(main, '#startsAt-day'), '1');
    type(find<HTMLInputElement>(main, '#startsAt-month'), '7');
    type(find<HTMLInputElement>(main, '#startsAt-year'), '2099');
    type(find<HTMLInputElement>(main, '#startTime'), '13:30');
    type(find<HTMLInputElement>(main, '#durationMinutes'), '90');
    type(find<HTMLInputElement>(main, '#location'), 'Riverside Surgery, room 2');
    return { main, form: find<HTMLFormElement>(main, 'form[data-testid="new-meeting"]') };
  }

  it('sends the area, title, UK time with its offset, length and place, with the user as chair', async () => {
    const { form } = await fillIn(121);
    fake.on('POST', '/mdt/meetings', aMeetingDetail({ id: 8 }));
    submit(form);
    await settle();
    expect(fake.callsTo('POST', '/mdt/meetings')[0]!.body).toEqual({
      areaId: 12,
      title: 'Riverside frailty MDT',
      startsAt: '2099-07-01T13:30:00+01:00',
      durationMinutes: 90,
      location: 'Riverside Surgery, room 2',
    });
    expect(location.pathname).toBe('/mdt/8');
    expect(textOf(takeFlash())).toContain('Meeting scheduled: Riverside frailty MDT');
  });

  it('shows the server’s field errors from the problem body against the field', async () => {
    const { main, form } = await fillIn(122);
    fake.fail('POST', '/mdt/meetings', {
      status: 400,
      title: 'Invalid',
      detail: 'check the meeting',
      errors: [{ field: 'location', message: 'is too long' }],
    });
    submit(form);
    await settle();
    const summary = textOf(find(main, '.nhsuk-error-summary'));
    expect(summary).toContain('Check the meeting.');
    expect(summary).toContain('Where is too long');
    expect(find(main, '.nhsuk-form-group--error #location')).toBeTruthy();
  });
});
