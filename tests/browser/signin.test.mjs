// (a) a wrong password shows the NHS error summary and stays on sign-in.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, pathOf, signIn, text } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('signing in with a wrong password shows the error summary', async () => {
  const page = await newPage(browser);
  // A user the other tests do not sign in as, so the failed attempt cannot
  // count towards anyone else's lock-out.
  await signIn(page, 'gp.hurley', 'not-the-password');

  const summary = page.getByTestId('error-summary');
  await summary.waitFor();
  assert.match(await text(summary), /There is a problem/);
  assert.ok((await text(summary.locator('li'))).length > 0, 'the summary lists the problem detail');
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'focus moves to the summary');
  assert.equal(pathOf(page), '/signin');
  assert.equal(await page.getByTestId('account-user').count(), 0, 'not signed in');
  assert.equal(await page.getByLabel('Password', { exact: true }).inputValue(), '', 'password is cleared');
  assert.deepEqual(page.errors, []);
});

test('signing in with empty fields shows an error next to each field', async () => {
  const page = await newPage(browser);
  await page.goto('/signin');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await page.getByTestId('error-summary').waitFor();
  const messages = await page.locator('.nhsuk-error-message').allInnerTexts();
  assert.deepEqual(
    messages.map((m) => m.replace(/\s+/g, ' ').trim()),
    ['Error: Enter your username', 'Error: Enter your password'],
  );
});

test('repeated wrong passwords lock the account, and the lock-out message is shown', async () => {
  const page = await newPage(browser);
  // privacy.officer is not used by any other test, so locking it out is safe.
  await page.goto('/signin');
  const statuses = [];
  for (let attempt = 0; attempt < 12 && !statuses.includes(429); attempt++) {
    await page.getByLabel('Username').fill('privacy.officer');
    await page.getByLabel('Password', { exact: true }).fill(`wrong-${attempt}`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    statuses.push(response.status());
    await page.getByTestId('error-summary').waitFor();
  }
  assert.equal(statuses[0], 401, 'the first wrong password is a plain refusal');
  assert.equal(statuses.at(-1), 429, `expected a lock-out within 12 attempts, got ${statuses.join(',')}`);
  const summary = await text(page.getByTestId('error-summary'));
  assert.match(summary, /Your account is locked/);
  assert.match(summary, /too many failed attempts/);
  assert.equal(pathOf(page), '/signin');
});
