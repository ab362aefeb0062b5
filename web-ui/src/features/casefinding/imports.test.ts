import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, openPage, settle, signInAs, submit, textOf } from '../../core/testing/page';
import { renderImports } from './pages/imports';
import type { ImportRecord, ImportResult } from './registerTypes';

function aRecord(overrides: Partial<ImportRecord> = {}): ImportRecord {
  return {
    id: 4,
    source: 'upload',
    importedBy: 7,
    startedAt: '2026-01-06T10:00:00Z',
    finishedAt: '2026-01-06T10:01:00Z',
    patientsNew: 2,
    patientsUpdated: 0,
    patientsUnchanged: 0,
    patientsLeft: 0,
    events: 31,
    medications: 0,
    encounters: 0,
    unknownCodeRows: 1,
    ...overrides,
  };
}

describe('uploading an extract', () => {
  let fake: FakeClient;
  let main: HTMLElement;
  beforeEach(async () => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/register/imports', { items: [] });
    main = await openPage((page) => renderImports(page), '/imports');
  });

  /** Chooses a file in an input, as the browser's file picker would. */
  function choose(id: string, name: string): void {
    const file = new File(['nhs_number\n'], name, { type: 'text/csv' });
    Object.defineProperty(find<HTMLInputElement>(main, `#${id}`), 'files', { value: [file], configurable: true });
  }

  const form = () => find<HTMLFormElement>(main, 'form[data-testid="import-form"]');

  it('sends the chosen files, then shows the counts and the imports again', async () => {
    choose('patients', 'patients.csv');
    choose('events', 'events.csv');
    find<HTMLInputElement>(main, '#partial').click();
    const result: ImportResult = { ...aRecord(), unknownCodeSample: ['999999'] };
    fake.on('POST', '/register/imports?partial=true', result);
    submit(form());
    await settle();
    const body = fake.callsTo('POST', '/register/imports')[0]!.body as FormData;
    expect((body.get('patients') as File).name).toBe('patients.csv');
    expect((body.get('events') as File).name).toBe('events.csv');
    expect(body.has('medications')).toBe(false);
    expect(textOf(find(main, '[data-testid="import-done"]'))).toContain('Import 4 complete');
    const counts = Object.fromEntries(
      [...main.querySelectorAll('[data-testid="import-counts"] .nhsuk-summary-list__row')].map((row) => [
        textOf(row.querySelector('dt')),
        textOf(row.querySelector('dd')),
      ]),
    );
    expect(counts['New people']).toBe('2');
    expect(counts['Events']).toBe('31');
    expect(counts['Rows with codes no list uses']).toBe('1 (for example 999999)');
    expect(fake.callsTo('GET', '/register/imports')).toHaveLength(2);
  });

  it('a refused extract lists every row’s problem like lcn import, each linking to its file', async () => {
    choose('patients', 'patients.csv');
    choose('events', 'events.csv');
    fake.fail('POST', '/register/imports?partial=false', {
      status: 400,
      title: 'Invalid extract',
      errors: [
        { field: 'events.csv:12:date', message: 'is not a date' },
        { field: 'events.csv:40:code', message: 'is empty' },
        { field: 'patients.csv:3:nhs_number', message: 'fails the check digit' },
      ],
    });
    submit(form());
    await settle();
    const summary = find(main, '.nhsuk-error-summary');
    expect(textOf(summary.querySelector('h2'))).toBe('The extract was not imported');
    expect(textOf(summary)).toContain('Nothing was imported. Correct these rows and upload the files again.');
    const links = [...summary.querySelectorAll('a')].map((a) => [textOf(a), a.getAttribute('href')]);
    expect(links).toEqual([
      ['events.csv:12: date: is not a date', '#events'],
      ['events.csv:40: code: is empty', '#events'],
      ['patients.csv:3: nhs_number: fails the check digit', '#patients'],
    ]);
    expect(textOf(find(main, '#events').closest('.nhsuk-form-group'))).toContain('events.csv has 2 problems');
    expect(main.querySelector('[data-testid="import-done"]')).toBeNull();
  });

  it('the two required files are asked for before anything is sent', async () => {
    choose('events', 'events.csv');
    submit(form());
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Choose the patients.csv file');
    expect(fake.callsTo('POST', '/register/imports')).toHaveLength(0);
  });
});
