import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, settle, signInAs, submit, textOf } from '../../core/testing/page';
import { openPersonPage } from '../people/testing';
import type { CareTeamMember } from './types';

function aMember(overrides: Partial<CareTeamMember> = {}): CareTeamMember {
  return {
    id: 5,
    kind: 'person',
    name: 'Grace Hopper',
    organisation: 'Riverside Surgery',
    role: 'Care coordinator',
    lead: true,
    startedAt: '2026-01-01T09:00:00Z',
    endedAt: null,
    endReason: null,
    version: 1,
    userId: 7,
    ...overrides,
  };
}

describe('care team', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/organisations', { items: [] });
    fake.on('GET', '/teams', { items: [] });
    fake.on('GET', /^\/staff/, { items: [] });
  });

  it('lists current members with their role and lead, and past members with why they left', async () => {
    fake.on('GET', '/people/1/care-team?includeEnded=true', {
      personId: 1,
      members: [
        aMember(),
        aMember({
          id: 6,
          name: 'Age UK Leeds',
          kind: 'organisation',
          lead: false,
          role: 'Befriending',
          endedAt: '2026-02-01T09:00:00Z',
          endReason: 'No longer needed',
        }),
      ],
    });
    const main = await openPersonPage(fake, '/people/1/care-team');
    const text = textOf(main);
    expect(text).toContain('Grace Hopper');
    expect(text).toContain('Care coordinator');
    expect(text).toContain('Age UK Leeds');
    expect(text).toContain('No longer needed');
  });

  it('says when nobody is in the care team yet, and adding a member needs who and a role', async () => {
    fake.on('GET', '/people/1/care-team?includeEnded=true', { personId: 1, members: [] });
    const main = await openPersonPage(fake, '/people/1/care-team');
    expect(textOf(find(main, '[data-testid="care-team-empty"]'))).toBe('Nobody is in this person’s care team yet.');
    submit(find<HTMLFormElement>(main, 'form'));
    await settle();
    const summary = textOf(find(main, '.nhsuk-error-summary'));
    expect(summary).toContain('Choose an organisation');
    expect(summary).toContain('Enter their role in this person’s care');
    expect(fake.callsTo('POST', '/people/1/care-team')).toHaveLength(0);
  });
});
