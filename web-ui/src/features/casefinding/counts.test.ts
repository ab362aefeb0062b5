import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { mountMain, settle, signInAs, textOf } from '../../core/testing/page';
import { renderCounts } from './pages/counts';
import { renderImports } from './pages/imports';

describe('counts and imports', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/networks', { items: [] });
  });

  it('counts per GP practice, with no names', async () => {
    fake.on('GET', /^\/casefinding\/counts/, {
      scope: 'all',
      asOf: '2026-01-01',
      cohorts: [{ id: 'ltc3', name: 'Three or more long-term conditions' }],
      total: { people: 12000, inCohort: { ltc3: 800 }, toReview: { ltc3: 120 } },
      practices: [
        {
          odsCode: 'B86001',
          id: 2,
          name: 'Riverside Surgery',
          people: 12000,
          inCohort: { ltc3: 800 },
          toReview: { ltc3: 120 },
          frailty: { fit: 9000, mild: 2000, moderate: 700, severe: 300 },
        },
      ],
    });
    fake.on('GET', /^\/casefinding\/definitions/, {
      cohorts: [],
      conditions: [],
      frailtyCategories: [],
      status: { loaded: true, people: 1, asOf: null, definitionsVersion: '1' },
    });
    const main = mountMain();
    await renderCounts(main, new URL('http://lcn.test/counts'));
    await settle();
    const text = textOf(main);
    expect(text).toContain('Riverside Surgery');
    expect(text).toContain('12,000');
    expect(text).not.toContain('Doris');
  });

  it('lists the latest imports with their counts', async () => {
    fake.on('GET', '/register/imports', {
      items: [
        {
          id: 3,
          source: 'extract',
          importedBy: 1,
          startedAt: '2026-01-05T10:00:00Z',
          finishedAt: '2026-01-05T10:01:00Z',
          patientsNew: 25,
          patientsUpdated: 4,
          patientsUnchanged: 1000,
          patientsLeft: 2,
          events: 5400,
          medications: 300,
          encounters: 12,
          unknownCodeRows: 0,
        },
      ],
    });
    const main = mountMain();
    await renderImports(main);
    await settle();
    const text = textOf(main);
    expect(text).toContain('5,400');
    expect(main.querySelector('input[type="file"]')).not.toBeNull();
  });
});
