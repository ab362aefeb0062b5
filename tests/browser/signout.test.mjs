// (f) signing out returns to sign-in, and /people then redirects there.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, pathOf, signInAndWait } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('signing out goes to sign-in, and /people then needs signing in again', async () => {
  const page = await newPage(browser);
  await signInAndWait(page, 'gp.albion');

  let deleteHeaders = null;
  page.on('request', (r) => {
    if (r.method() === 'DELETE' && r.url().endsWith('/api/v1/session')) deleteHeaders = r.headers();
  });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/signin');
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  assert.ok(deleteHeaders?.['x-csrf-token'], 'DELETE /api/v1/session carries X-CSRF-Token');

  // A full load, so the app must ask the server whether the session lives on.
  await page.goto('/people');
  await page.waitForURL((url) => url.pathname === '/signin');
  assert.equal(pathOf(page), '/signin');
  assert.equal(new URL(page.url()).searchParams.get('next'), '/people');
  assert.equal(await page.getByTestId('account-user').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('after signing in from a redirect, the user returns to the page they asked for', async () => {
  const page = await newPage(browser);
  await page.goto('/people');
  await page.waitForURL((url) => url.pathname === '/signin');
  await signInAndWait(page, 'gp.albion');
  assert.equal(pathOf(page), '/people');
  await page.getByRole('heading', { name: 'Find a person' }).waitFor();
});
