// Imports as the administrator: an extract with bad rows is refused and each
// row error is shown as file:line: column: reason; a good extract shows its
// counts and is listed under recent imports. The fixture's own import (run.sh)
// is listed too.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { closeBrowserOf, screenshot, signedInPage, tableRows, text } from './helpers.mjs';

/** The people in the fixture extract (its patients.csv, less the header), which run.sh imports. */
const FIXTURE_PEOPLE = fs.readFileSync(new URL('./fixtures/extract/patients.csv', import.meta.url), 'utf8').trim().split('\n').length - 1;

const PATIENTS = [
  'patient_id,nhs_number,birth_date,sex,practice,given_name,family_name',
  'UP1,,1944-02-03,female,G85125,Olive,Northcote',
  'UP2,,1951-06-17,male,G85125,Percy,Ormsby',
].join('\n');
const GOOD_EVENTS = ['patient_id,code,date,value', 'UP1,38341003,2015-04-01,', 'UP1,73211009,2016-05-02,', 'UP2,84114007,2019-07-03,'].join('\n');
const BAD_EVENTS = ['patient_id,code,date,value', 'UP1,38341003,2015-04-01,', 'UP1,4405,2016-05-02,', 'UP9,84114007,2019-07-03,'].join('\n');

const csv = (name, content) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${content}\n`) });

let page;
before(async () => {
  page = await signedInPage('admin');
});
after(() => closeBrowserOf(page));

async function upload(events, { partial }) {
  const form = page.getByTestId('import-form');
  await form.getByLabel('patients.csv').setInputFiles(csv('patients.csv', PATIENTS));
  await form.getByLabel('events.csv').setInputFiles(csv('events.csv', events));
  if (partial) await form.getByLabel('This extract is partial').check();
  await form.getByRole('button', { name: 'Upload and import' }).click();
}

describe('imports', { concurrency: false }, () => {
  test('the administrator finds Imports in the navigation, with the fixture’s import listed', async () => {
    const menu = page.getByRole('navigation', { name: 'Menu' });
    assert.equal(await menu.getByRole('link', { name: 'Worklist' }).count(), 0);
    await menu.getByRole('link', { name: 'Imports' }).click();
    await page.waitForURL(/\/imports$/);
    const rows = await tableRows(page.getByTestId('imports'));
    assert.ok(rows.length >= 1);
    const counts = `${FIXTURE_PEOPLE} new, 0 updated, 0 unchanged, 0 left`;
    assert.ok(rows.some((r) => /extract/.test(r[2]) && r[3] === counts), `the fixture import: ${counts}`);
  });

  test('an extract with bad rows is refused, row by row', async () => {
    await upload(BAD_EVENTS, { partial: true });
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    const items = await summary.locator('li').allInnerTexts();
    assert.deepEqual(items, [
      'events.csv:3: code: "4405" is not a SNOMED CT concept id (6-18 digits)',
      'events.csv:4: patient_id: unknown patient (not in patients.csv)',
    ]);
    assert.match(await text(summary), /The extract was not imported.*Nothing was imported/);
    assert.equal(await summary.locator('a[href="#events"]').count(), 2, 'each row error links to the events file');
    assert.match(await text(page.locator('#events-error')), /events\.csv has 2 problems/);
    assert.equal(await page.getByTestId('import-done').count(), 0);
    await screenshot(page, 'import-refused');
  });

  test('a good extract is imported and its counts shown', async () => {
    const before = (await tableRows(page.getByTestId('imports'))).length;
    await upload(GOOD_EVENTS, { partial: true });
    const done = page.getByTestId('import-done');
    await done.waitFor();
    const counts = await text(done.getByTestId('import-counts'));
    assert.match(counts, /New people 2/);
    assert.match(counts, /People who left 0/);
    assert.match(counts, /Events 3/);
    assert.match(await text(done), /Import \d+ complete/);
    assert.equal(await page.getByTestId('error-summary').count(), 0, 'the earlier errors are cleared');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="imports"] tbody tr').length === n + 1, before);
    const newest = (await tableRows(page.getByTestId('imports')))[0];
    assert.equal(newest[2], 'upload by admin');
    assert.equal(newest[3], '2 new, 0 updated, 0 unchanged, 0 left');
    assert.equal(newest[4], '3 events, 0 medication issues, 0 encounters');
    assert.deepEqual(page.errors, []);
  });
});
