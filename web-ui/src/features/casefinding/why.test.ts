import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { mountMain, settle, signInAs, textOf } from '../../core/testing/page';
import { aPerson } from '../people/testing';
import { renderWhy } from './pages/why';

describe('the why page', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/people/1', aPerson());
  });

  it('says why someone excluded is not on the worklist', async () => {
    fake.on('GET', '/people/1/findings', {
      personId: 1,
      asOf: '2026-01-01',
      ltcCount: 3,
      conditions: [],
      efiScore: null,
      frailty: '',
      emergencyAdmissions12m: 0,
      cohorts: [],
      excluded: true,
      excludedBecause: 'died',
      findings: [],
    });
    const main = mountMain();
    await renderWhy(main, 1);
    await settle();
    expect(textOf(main)).toContain('Doris Day');
    expect(textOf(main)).toContain('they have died');
  });
});
