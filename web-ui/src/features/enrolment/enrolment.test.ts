import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, settle, signInAs, submit, textOf } from '../../core/testing/page';
import { anEnrolment, openPersonPage } from '../people/testing';

describe('enrolment', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/people/1/care-team', { personId: 1, members: [] });
    fake.on('GET', /^\/staff/, { items: [] });
  });

  async function open(): Promise<HTMLElement> {
    const main = await openPersonPage(fake, '/people/1/enrolment');
    return main;
  }

  it('shows the state with its lead professional, and offers only the changes allowed next', async () => {
    const main = await open();
    expect(textOf(find(main, '[data-testid="person-enrolment"]'))).toContain('Enrolled');
    expect(textOf(find(main, '[data-testid="person-enrolment"]'))).toContain('Grace Hopper');
    const choices = [...main.querySelectorAll<HTMLInputElement>('input[name="enrolmentState"]')].map((i) => i.value);
    expect(choices).toEqual(['closed']);
  });

  it('asks what changed before sending, then why it is closing', async () => {
    const main = await open();
    const form = find<HTMLFormElement>(main, 'form');
    submit(form);
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Choose what has changed');
    find<HTMLInputElement>(main, 'input[name="enrolmentState"][value="closed"]').click();
    submit(form);
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Choose why care coordination is closing');
    expect(fake.callsTo('PUT', '/people/1/enrolment')).toHaveLength(0);
  });

  it('shows a change the server no longer allows, from its problem body', async () => {
    const main = await open();
    fake.fail('PUT', '/people/1/enrolment', {
      status: 409,
      type: '/problems/illegal-change',
      title: 'Not allowed',
      detail: 'enrolled cannot move to closed',
      allowed: ['invited'],
    });
    find<HTMLInputElement>(main, 'input[name="enrolmentState"][value="closed"]').click();
    find<HTMLInputElement>(main, 'input[name="closeReason"][value="died"]').click();
    submit(find<HTMLFormElement>(main, 'form'));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('This change is not allowed');
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Changes allowed now: Invited');
  });

  it('a person not yet in care coordination is shown as not started', async () => {
    fake.on('GET', '/people/1/enrolment', anEnrolment({ state: null, lead: null, allowed: ['identified'] }));
    const main = await open();
    expect(textOf(main)).toContain('Not started');
  });
});
