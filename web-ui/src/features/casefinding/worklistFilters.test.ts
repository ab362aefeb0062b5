import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, openPage, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { renderWorklist } from './pages/worklist';
import { aWorklistItem, definitions } from './testing';

describe('the worklist’s filters and pages', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/casefinding/definitions', definitions);
    fake.on('GET', '/networks', { items: [] });
  });

  const form = (main: HTMLElement) => find<HTMLFormElement>(main, 'form[data-testid="worklist-filters"]');

  it('asks the server for the address’s filters and page, and links to the pages either side', async () => {
    // 35 people, 10 a page: page 2 of 4.
    fake.on('GET', /^\/worklist\?/, {
      total: 35,
      items: Array.from({ length: 10 }, (_, i) => aWorklistItem({ personId: 11 + i })),
      asOf: '2026-01-01',
      definitionsVersion: '1',
    });
    const main = await openPage(renderWorklist, '/worklist?condition=DEM&minAge=80&page=2&pageSize=10');
    const asked = new URLSearchParams(fake.callsTo('GET', '/worklist?')[0]!.path.split('?')[1]);
    expect(asked.get('condition')).toBe('DEM');
    expect(asked.get('minAge')).toBe('80');
    expect(asked.get('offset')).toBe('10');
    expect(asked.get('limit')).toBe('10');
    expect(textOf(find(main, 'table caption'))).toBe('People 11 to 20 of 35');
    const links = [...main.querySelectorAll<HTMLAnchorElement>('[data-testid="pagination"] a')];
    expect(links.map((a) => textOf(a))).toEqual(['Previous page:Page 1 of 4', 'Next page:Page 3 of 4']);
    expect(new URL(links[1]!.href).searchParams.get('page')).toBe('3');
    expect(find<HTMLInputElement>(main, '#minAge').value).toBe('80');
  });

  it('showing the worklist puts the filters in the address, from the first page', async () => {
    fake.on('GET', /^\/worklist\?/, { total: 0, items: [], asOf: '2026-01-01', definitionsVersion: '1' });
    const main = await openPage(renderWorklist, '/worklist?page=3');
    find<HTMLSelectElement>(main, '#condition').value = 'DEM';
    type(find<HTMLInputElement>(main, '#minAge'), '75');
    type(find<HTMLInputElement>(main, '#maxAge'), '90');
    submit(form(main));
    expect(location.pathname).toBe('/worklist');
    const address = new URLSearchParams(location.search);
    expect(address.get('condition')).toBe('DEM');
    expect(address.get('minAge')).toBe('75');
    expect(address.get('maxAge')).toBe('90');
    expect(address.has('page')).toBe(false);
  });

  it('wrong numbers are named against their fields before the address changes', async () => {
    fake.on('GET', /^\/worklist\?/, { total: 0, items: [], asOf: '2026-01-01', definitionsVersion: '1' });
    const main = await openPage(renderWorklist, '/worklist');
    type(find<HTMLInputElement>(main, '#minAge'), 'eighty');
    type(find<HTMLInputElement>(main, '#minAdmissions'), '2');
    submit(form(main));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('must be a whole number from 0 to 130');
    expect(find(main, '.nhsuk-form-group--error #minAge')).toBeTruthy();
    expect(location.search).toBe('');
  });

  it('the server’s field errors from the problem body are shown against the filter', async () => {
    fake.fail('GET', /^\/worklist\?/, {
      status: 400,
      title: 'Invalid',
      detail: 'check the filters',
      errors: [{ field: 'condition', message: 'is not in the counted set' }],
    });
    const main = await openPage(renderWorklist, '/worklist?condition=XYZ');
    const summary = textOf(find(main, '.nhsuk-error-summary'));
    expect(summary).toContain('Check the filters.');
    expect(summary).toContain('Has the condition is not in the counted set');
    expect(find(main, '.nhsuk-form-group--error #condition')).toBeTruthy();
  });
});
