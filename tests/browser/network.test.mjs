// (b) gp.albion signs in and sees their networks; selecting Southwark North
// shows its neighbourhoods and GP practices, including Albion Street.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, screenshot, signInAndWait, text } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('gp.albion sees Southwark North and its GP practices', async () => {
  const page = await newPage(browser);
  await signInAndWait(page, 'gp.albion');

  assert.equal(new URL(page.url()).pathname, '/');
  const heading = await text(page.getByTestId('user-heading'));
  assert.match(heading, /Dr Amira Patel/);
  assert.match(heading, /GP/);
  assert.match(heading, /Albion Street Group Practice/);
  assert.match(await text(page.getByTestId('account-user')), /Dr Amira Patel/);
  assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 1);

  const networks = page.getByTestId('networks');
  await networks.waitFor();
  await networks.getByRole('link', { name: 'Southwark North' }).click();
  await page.waitForURL(/\/networks\/\d+$/);

  const practices = page.getByTestId('practices');
  await practices.waitFor();
  const row = practices.locator('tbody tr', { hasText: 'Albion Street Group Practice' });
  assert.equal(await row.count(), 1, 'Albion Street is listed once');
  assert.match(await text(row), /G85138/);

  const rows = await practices.locator('tbody tr').count();
  assert.ok(rows > 1, `expected several practices, got ${rows}`);
  assert.match(await text(practices.locator('tfoot')), new RegExp(`Total: ${rows} practices`));
  assert.ok((await page.getByTestId('neighbourhoods').locator('li').count()) >= 1, 'neighbourhoods are listed');
  assert.match(await page.title(), /Southwark North/);
  assert.deepEqual(page.errors, []);

  await screenshot(page, 'network-home');
});
