import { beforeEach, describe, expect, it } from 'vitest';
import { takeFlash } from '../../core/flash';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { byText, find, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { aMeetingDetail, openMeeting } from './testing';
import type { Attendee } from './types';

const ada: Attendee = {
  id: 1,
  userId: 9,
  guest: false,
  name: 'Ada Lovelace',
  role: 'district_nurse',
  organisation: 'Leeds Community Healthcare',
  attended: null,
};

describe('an MDT meeting’s attendees', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
  });

  const form = (main: HTMLElement) => find<HTMLFormElement>(main, 'form[data-testid="add-attendee"]');

  it('while scheduled, the chair invites staff found in the staff directory', async () => {
    fake.on('GET', '/mdt/meetings/4', aMeetingDetail());
    const main = await openMeeting('/mdt/4');
    expect(textOf(find(main, '[data-testid="no-attendees"]'))).toBe('Nobody is invited yet.');
    fake.on('GET', '/staff?q=Lovelace&limit=50', {
      items: [
        {
          id: 9,
          displayName: 'Ada Lovelace',
          role: 'district_nurse',
          roleLabel: 'District nurse',
          organisationId: 5,
          organisationName: 'Leeds Community Healthcare',
        },
      ],
    });
    fake.on('POST', '/mdt/meetings/4/attendees', { items: [ada] });
    find<HTMLInputElement>(main, 'input[name="attendeeKind"][value="staff"]').click();
    type(find<HTMLInputElement>(main, '#attendeeUserId-q'), 'Lovelace');
    byText<HTMLButtonElement>(main, 'button', 'Find staff').click();
    await settle();
    const choice = find<HTMLSelectElement>(main, 'select#attendeeUserId');
    expect(textOf(choice)).toContain('Ada Lovelace (District nurse, Leeds Community Healthcare)');
    choice.value = '9';
    submit(form(main));
    await settle();
    expect(fake.callsTo('POST', '/mdt/meetings/4/attendees')[0]!.body).toEqual({ userId: 9 });
    expect(textOf(takeFlash())).toContain('Ada Lovelace added to the attendees');
  });

  it('a guest already invited is refused against their name, in the server’s words', async () => {
    fake.on('GET', '/mdt/meetings/4', aMeetingDetail());
    fake.fail('POST', '/mdt/meetings/4/attendees', {
      status: 409,
      type: '/problems/conflict',
      title: 'Conflict',
      detail: 'Jane Day is already an attendee',
    });
    const main = await openMeeting('/mdt/4');
    find<HTMLInputElement>(main, 'input[name="attendeeKind"][value="guest"]').click();
    type(find<HTMLInputElement>(main, '#guestName'), 'Jane Day');
    type(find<HTMLInputElement>(main, '#guestOrganisation'), 'Carer');
    submit(form(main));
    await settle();
    expect(fake.callsTo('POST', '/mdt/meetings/4/attendees')[0]!.body).toEqual({
      guestName: 'Jane Day',
      guestOrganisation: 'Carer',
    });
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Jane Day is already an attendee');
    expect(find(main, '.nhsuk-form-group--error #guestName')).toBeTruthy();
  });

  it('once held, the chair records who came', async () => {
    fake.on('GET', '/mdt/meetings/4', aMeetingDetail({ state: 'held', allowed: ['closed'], attendees: [ada] }));
    fake.on('PUT', '/mdt/meetings/4/attendees/1', { items: [{ ...ada, attended: true }] });
    const main = await openMeeting('/mdt/4');
    expect(main.querySelector('form[data-testid="add-attendee"]')).toBeNull();
    byText<HTMLButtonElement>(main, 'button', 'Mark Ada Lovelace as attended').click();
    await settle();
    expect(fake.callsTo('PUT', '/mdt/meetings/4/attendees/1')[0]!.body).toEqual({ attended: true });
    expect(textOf(takeFlash())).toContain('Ada Lovelace recorded as attended');
  });
});
