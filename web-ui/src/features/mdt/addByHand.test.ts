import { beforeEach, describe, expect, it } from 'vitest';
import { takeFlash } from '../../core/flash';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { aPerson } from '../people/testing';
import { aMeetingDetail, openMeeting } from './testing';

describe('adding someone to an MDT case list by hand', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/mdt/meetings/4', aMeetingDetail());
  });

  async function add(nhsNumber: string, reason: string): Promise<HTMLElement> {
    const main = await openMeeting('/mdt/4');
    type(find<HTMLInputElement>(main, '#caseNhsNumber'), nhsNumber);
    type(find<HTMLTextAreaElement>(main, '#caseReason'), reason);
    submit(find<HTMLFormElement>(main, 'form[data-testid="add-case"]'));
    await settle();
    return main;
  }

  it('finds the person by NHS number, then adds them with the reason', async () => {
    fake.on('GET', '/people?nhsNumber=9990000034', {
      items: [aPerson({ id: 2, givenName: 'Ivy', familyName: 'Thistlewood', nhsNumber: '9990000034' })],
      withheld: 0,
    });
    fake.on('POST', '/mdt/meetings/4/cases', { id: 10 });
    await add('999 000 0034', 'Two falls this month; carer struggling');
    expect(fake.callsTo('POST', '/mdt/meetings/4/cases')[0]!.body).toEqual({
      personId: 2,
      reason: 'Two falls this month; carer struggling',
      source: 'added_by_hand',
    });
    expect(textOf(takeFlash())).toContain('Ivy Thistlewood added to the case list');
  });

  it('names a wrong NHS number and a missing reason before anything is sent', async () => {
    const main = await add('12345', '');
    const summary = textOf(find(main, '.nhsuk-error-summary'));
    expect(summary).toContain('NHS number must be 10 digits');
    expect(summary).toContain('Enter why the meeting should discuss them');
    expect(fake.callsTo('GET', '/people?')).toHaveLength(0);
    expect(fake.callsTo('POST', '/mdt/meetings/4/cases')).toHaveLength(0);
  });

  it('someone already on the list is refused against the NHS number, in the server’s words', async () => {
    fake.on('GET', '/people?nhsNumber=9990000026', { items: [aPerson()], withheld: 0 });
    fake.fail('POST', '/mdt/meetings/4/cases', {
      status: 409,
      type: '/problems/conflict',
      title: 'Conflict',
      detail: 'Doris Day is already on the case list',
    });
    const main = await add('9990000026', 'Another look');
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Doris Day is already on the case list');
    expect(textOf(find(main, '.nhsuk-form-group--error'))).toContain('Doris Day is already on the case list');
    expect(find(main, '.nhsuk-form-group--error #caseNhsNumber')).toBeTruthy();
  });

  it('says when nobody has that NHS number', async () => {
    fake.on('GET', '/people?nhsNumber=9990000042', { items: [], withheld: 0 });
    const main = await add('9990000042', 'Frail');
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('No one with this NHS number is registered');
    expect(fake.callsTo('POST', '/mdt/meetings/4/cases')).toHaveLength(0);
  });
});
