import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { openPersonPage } from './testing';

describe('the person page summary', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/people/1/findings', {
      personId: 1,
      asOf: '2026-01-01',
      ltcCount: 4,
      conditions: ['DEM'],
      efiScore: 0.31,
      frailty: 'moderate',
      emergencyAdmissions12m: 2,
      cohorts: ['ltc3'],
      excluded: false,
      excludedBecause: null,
      findings: [
        {
          kind: 'condition',
          set: 'ltc',
          id: 'DEM',
          name: 'Dementia',
          evidence: [{ source: 'event', code: '52448006', date: '2019-03-01' }],
        },
      ],
    });
    fake.on('GET', /^\/people\/1\/care-team/, { personId: 1, members: [] });
    fake.on('GET', '/people/1/care-plan', { personId: 1, version: 0, status: null });
  });

  it('shows who they are, their enrolment and why case finding found them', async () => {
    const main = await openPersonPage(fake, '/people/1');
    expect(textOf(find(main, 'h1'))).toBe('NHS number 999 000 0026 – Doris Day');
    expect(textOf(main)).toContain('Born 12 April 1938');
    expect(textOf(main)).toContain('Coded record 52448006 on 1 March 2019');
    expect(textOf(find(main, 'nav [aria-current="page"]'))).toContain('Summary');
  });

  it('recording an event names a missing code and date before sending', async () => {
    const main = await openPersonPage(fake, '/people/1');
    const code = find<HTMLInputElement>(main, '#eventCode');
    type(code, '');
    submit(code.closest('form')!);
    await settle();
    const summary = textOf(find(main, '.nhsuk-error-summary'));
    expect(summary).toContain('Enter a SNOMED CT code');
    expect(summary).toContain('Enter the date');
    expect(fake.callsTo('POST', '/people/1/events')).toHaveLength(0);
  });
});
