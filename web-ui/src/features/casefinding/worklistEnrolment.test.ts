import { beforeEach, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS } from '../../core/permissions';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { byText, find, openPage, settle, signInAs, textOf } from '../../core/testing/page';
import { anEnrolment } from '../people/testing';
import { renderWorklist } from './pages/worklist';
import { aWorklistItem, definitions } from './testing';

const doris = aWorklistItem({ enrolment: { state: 'identified', leadUserId: null, version: 3 } });

describe('the worklist’s Enrolment column', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    fake.on('GET', '/casefinding/definitions', definitions);
    fake.on('GET', '/networks', { items: [] });
    fake.on('GET', /^\/worklist\?/, { total: 1, items: [doris], asOf: '2026-01-01', definitionsVersion: '1' });
  });

  const open = () => openPage(renderWorklist, '/worklist');

  it('“Mark as invited” sends the change with the row’s version and shows the new state in place', async () => {
    signInAs();
    const main = await open();
    const cell = find(main, '[data-testid="enrolment-cell"]');
    expect(textOf(cell)).toContain('Identified');
    fake.on('PUT', '/people/1/enrolment', anEnrolment({ state: 'invited', version: 4 }));
    byText<HTMLButtonElement>(cell, 'button', 'Mark Doris Day as invited').click();
    await settle();
    expect(fake.callsTo('PUT', '/people/1/enrolment')[0]!.body).toEqual({ state: 'invited', version: 3 });
    expect(textOf(cell)).toContain('Invited');
    expect(textOf(find(cell, '[role="status"]'))).toBe('Doris Day: marked as invited');
    expect(cell.querySelector('button')).toBeNull();
  });

  it('a change someone else made first is said in the row, and the button can be pressed again', async () => {
    signInAs();
    const main = await open();
    fake.fail('PUT', '/people/1/enrolment', { status: 409, type: '/problems/conflict', title: 'Conflict' });
    const button = byText<HTMLButtonElement>(main, 'button', 'Mark Doris Day as invited');
    button.click();
    await settle();
    expect(textOf(find(main, '[data-testid="enrolment-cell"] [role="status"]'))).toBe(
      'Someone else changed this since the page loaded. Reload the page to see it.',
    );
    expect(button.disabled).toBe(false);
  });

  it('without care:enrol there is no button, only the history', async () => {
    signInAs({ permissions: ALL_PERMISSIONS.filter((p) => p !== 'care:enrol') });
    const main = await open();
    const cell = find(main, '[data-testid="enrolment-cell"]');
    expect(cell.querySelector('button')).toBeNull();
    expect(textOf(find(cell, 'a[href="/people/1/enrolment?from=worklist"]'))).toBe('History enrolment for Doris Day');
  });
});
