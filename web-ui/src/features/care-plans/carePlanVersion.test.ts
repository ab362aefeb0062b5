import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, signInAs, textOf } from '../../core/testing/page';
import { openPersonPage } from '../people/testing';
import { answerVocabulary } from './testing';
import type { CarePlan } from './types';

function aPlan(version: number, goal: string): CarePlan {
  return {
    personId: 1,
    version,
    status: 'draft',
    content: {
      needs: [],
      goals: [{ id: 'g1', inOwnWords: goal, needIds: [], measureOfSuccess: null }],
      actions: [],
      contingency: { warningSigns: '', whatToDo: '', whoToContact: '' },
      agreement: { agreedWith: 'not_yet_agreed', how: null, agreedOn: null },
      reviewDate: null,
    },
    reviewDate: null,
    reviewDue: false,
    recordedBy: { id: 7, displayName: 'Grace Hopper' },
    recordedAt: '2026-01-03T10:00:00Z',
    changeNote: null,
  };
}

describe('one version of the care plan', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    answerVocabulary(fake);
    fake.on('GET', '/people/1/care-plan', aPlan(3, 'I want to walk to the shops'));
  });

  it('shows an earlier version as it was, with what changed in it and its printable copy', async () => {
    fake.on('GET', '/people/1/care-plan/versions/2', aPlan(2, 'I want to see my friends'));
    const main = await openPersonPage(fake, '/people/1/care-plan/versions/2');
    expect(fake.callsTo('GET', '/people/1/care-plan/versions/2')).toHaveLength(1);
    expect(textOf(find(main, 'h2'))).toBe('Care plan, version 2 of 3');
    expect(textOf(find(main, '[data-testid="version-status"]'))).toBe(
      'This is an earlier version. See the current plan.',
    );
    const plan = textOf(find(main, '[data-testid="care-plan-version"]'));
    expect(plan).toContain('I want to see my friends');
    expect(plan).not.toContain('I want to walk to the shops');
    expect(textOf(find(main, 'a[href="/people/1/care-plan/compare?from=1&to=2"]'))).toBe(
      'What changed in this version',
    );
    const print = find<HTMLAnchorElement>(main, '[data-testid="print-link"]');
    expect(print.getAttribute('href')).toBe('/api/v1/people/1/care-plan/print?version=2');
    expect(textOf(print)).toBe('Print version 2 for the person (opens in a new tab)');
  });

  it('says when the version shown is the current one', async () => {
    fake.on('GET', '/people/1/care-plan/versions/3', aPlan(3, 'I want to walk to the shops'));
    const main = await openPersonPage(fake, '/people/1/care-plan/versions/3');
    expect(textOf(find(main, '[data-testid="version-status"]'))).toBe('This is the current version.');
  });

  it('a version that does not exist shows the server’s problem', async () => {
    fake.fail('GET', '/people/1/care-plan/versions/8', {
      status: 404,
      title: 'Not found',
      detail: 'the care plan has no version 8',
    });
    const main = await openPersonPage(fake, '/people/1/care-plan/versions/8');
    const problem = textOf(find(main, '[data-testid="problem"]'));
    expect(problem).toContain('Not found');
    expect(problem).toContain('The care plan has no version 8.');
  });
});
