import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { mountMain, settle, signInAs, textOf } from '../../core/testing/page';
import { renderWorklist } from './pages/worklist';
import { aWorklistItem as anItem, definitions } from './testing';

describe('worklist', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/casefinding/definitions', definitions);
    fake.on('GET', '/networks', { items: [] });
  });

  it('shows the people found, with the NHS number, frailty and a Why link', async () => {
    fake.on('GET', /^\/worklist\?/, { total: 1, items: [anItem()], asOf: '2026-01-01', definitionsVersion: '1' });
    const main = mountMain();
    await renderWorklist(main, new URL('http://lcn.test/worklist'));
    await settle();
    const text = textOf(main);
    expect(text).toContain('Doris Day');
    expect(text).toContain('999 000 0026');
    expect(text).toContain('Moderate frailty');
    expect(main.querySelector('a[href^="/people/1/why"]')).not.toBeNull();
    expect(fake.callsTo('GET', '/worklist?')[0]!.path).toContain('cohort=ltc3');
  });

  it('says when no one matches the filters', async () => {
    fake.on('GET', /^\/worklist\?/, { total: 0, items: [], asOf: '2026-01-01', definitionsVersion: '1' });
    const main = mountMain();
    await renderWorklist(main, new URL('http://lcn.test/worklist?condition=DEM'));
    await settle();
    expect(textOf(main)).toContain('No one matches these filters');
  });

  it('while case finding loads the register (503), says so instead of results', async () => {
    fake.fail('GET', /^\/worklist\?/, { status: 503, title: 'Service Unavailable', detail: 'case finding is loading' });
    const main = mountMain();
    await renderWorklist(main, new URL('http://lcn.test/worklist'));
    await settle();
    expect(textOf(main)).not.toContain('Doris Day');
    expect(textOf(main).toLowerCase()).toContain('loading');
  });
});
