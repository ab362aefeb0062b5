// Case-finding pages by role: the analyst has Counts (numbers, no names) but no
// Worklist in the navigation, and a readable refusal when opening it anyway.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeBrowserOf, signedInPage, tableRows, text } from './helpers.mjs';

let page;
before(async () => {
  page = await signedInPage('analyst', { caseFinding: true });
});
after(() => closeBrowserOf(page));

test('the analyst has no Worklist in the navigation and is refused readably at /worklist', async () => {
  const menu = page.getByRole('navigation', { name: 'Menu' });
  assert.equal(await menu.getByRole('link', { name: 'Worklist' }).count(), 0);
  assert.equal(await menu.getByRole('link', { name: 'Imports' }).count(), 0);
  assert.equal(await menu.getByRole('link', { name: 'Counts' }).count(), 1);

  const refusals = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/v1/worklist')) refusals.push(r.status());
  });
  await page.goto('/worklist');
  const panel = page.getByTestId('no-access');
  await panel.waitFor();
  assert.match(await text(panel.locator('h1')), /You cannot see worklists/);
  assert.match(await text(panel), /Your role \(Analyst\) does not have the permission worklist:read\./);
  assert.deepEqual(refusals, [403]);
  assert.equal(await page.getByTestId('worklist-filters').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('the analyst sees counts per practice without names', async () => {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Counts' }).click();
  await page.waitForURL(/\/counts$/);
  const table = page.getByTestId('counts');
  await table.waitFor();
  const rows = await tableRows(table);
  const albion = rows.find((r) => r[0] === 'Albion Street Group Practice (G85138)');
  assert.ok(albion, 'Albion Street has a row');
  assert.ok(Number(albion[1]) >= 15, `Albion’s register holds the fixture people, got ${albion[1]}`);
  const headers = await table.locator('thead th').allInnerTexts();
  const ltc3 = headers.indexOf('Adults with three or more long-term conditions');
  assert.ok(ltc3 > 0);
  assert.match(albion[ltc3], /^\d+ of \d+$/);
  assert.doesNotMatch(await text(page.locator('main')), /Blackwood|Ashdown/);
});
