import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { openPersonPage } from '../people/testing';
import type { CareTeamMember } from './types';

function aMember(overrides: Partial<CareTeamMember> = {}): CareTeamMember {
  return {
    id: 5,
    kind: 'person',
    name: 'Ada Lovelace',
    organisation: 'Leeds Community Healthcare',
    role: 'District nurse',
    lead: false,
    startedAt: '2026-01-01T09:00:00Z',
    endedAt: null,
    endReason: null,
    version: 4,
    userId: 9,
    ...overrides,
  };
}

describe('a care team member’s page', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/people/1/care-team?includeEnded=true', { personId: 1, members: [aMember()] });
  });

  const changeForm = (main: HTMLElement) => find<HTMLFormElement>(main, 'form[data-testid="change-member"]');

  it('shows the member, and saving a new role and lead sends them with the version', async () => {
    const main = await openPersonPage(fake, '/people/1/care-team/5');
    const details = textOf(find(main, '[data-testid="member-details"]'));
    expect(details).toContain('Ada Lovelace');
    expect(details).toContain('Leeds Community Healthcare');
    expect(details).toContain('District nurse');
    expect(find<HTMLInputElement>(main, '#role').value).toBe('District nurse');
    fake.on('PUT', '/people/1/care-team/5', (body) => ({ ...aMember(), ...(body as object), version: 5 }));
    type(find<HTMLInputElement>(main, '#role'), 'Community matron');
    find<HTMLInputElement>(main, '#lead').click();
    submit(changeForm(main));
    await settle();
    expect(fake.callsTo('PUT', '/people/1/care-team/5')[0]!.body).toEqual({
      role: 'Community matron',
      lead: true,
      version: 4,
    });
    expect(location.pathname).toBe('/people/1/care-team');
  });

  it('ending the membership sends the reason with the version', async () => {
    const main = await openPersonPage(fake, '/people/1/care-team/5');
    fake.on('POST', '/people/1/care-team/5/end', aMember({ endedAt: '2026-02-01T09:00:00Z' }));
    type(find<HTMLTextAreaElement>(main, '#endReason'), 'Discharged from district nursing');
    submit(find<HTMLFormElement>(main, 'form[data-testid="end-member"]'));
    await settle();
    expect(fake.callsTo('POST', '/people/1/care-team/5/end')[0]!.body).toEqual({
      version: 4,
      reason: 'Discharged from district nursing',
    });
  });

  it('a change someone else made first is said in the error summary, with Reload', async () => {
    const main = await openPersonPage(fake, '/people/1/care-team/5');
    fake.fail('PUT', '/people/1/care-team/5', { status: 409, type: '/problems/conflict', title: 'Conflict' });
    submit(changeForm(main));
    await settle();
    const summary = find(main, '.nhsuk-error-summary');
    expect(textOf(summary)).toContain('Someone else changed this care team membership');
    expect(textOf(summary.querySelector('button'))).toBe('Reload');
    expect(location.pathname).toBe('/people/1/care-team/5');
  });

  it('a role left empty is named before anything is sent', async () => {
    const main = await openPersonPage(fake, '/people/1/care-team/5');
    type(find<HTMLInputElement>(main, '#role'), '  ');
    submit(changeForm(main));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Enter their role in this person’s care');
    expect(fake.callsTo('PUT', '/people/1/care-team/5')).toHaveLength(0);
  });

  it('a past member is shown with why it ended, and nothing to change', async () => {
    fake.on('GET', '/people/1/care-team?includeEnded=true', {
      personId: 1,
      members: [aMember({ endedAt: '2026-02-01T09:00:00Z', endReason: 'Moved away' })],
    });
    const main = await openPersonPage(fake, '/people/1/care-team/5');
    expect(textOf(find(main, '[data-testid="member-details"]'))).toContain('Moved away');
    expect(main.querySelector('form')).toBeNull();
  });

  it('a member the care team does not have is not found', async () => {
    const main = await openPersonPage(fake, '/people/1/care-team/77');
    expect(textOf(main)).toContain('This person’s care team has no such member.');
  });
});
