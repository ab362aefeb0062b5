// Shared set-up for the browser tests: a real headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core) against the real lcn server
// that run.sh started at LCN_URL.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.LCN_URL ?? assert.fail('LCN_URL is not set: run tests/browser/run.sh LCN_BINARY');
export const DEMO_PASSWORD = 'lcn-demo-2026!';
export const SCREENSHOT_DIR = process.env.LCN_SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lcn-shots-'));

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A fresh page in a fresh context (no cookies), with browser errors collected. */
export async function newPage(browser) {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  return page;
}

/** Fills in the sign-in form; opens /signin first unless already there. */
export async function signIn(page, username, password = DEMO_PASSWORD) {
  if (new URL(page.url()).pathname !== '/signin') await page.goto('/signin');
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signInAndWait(page, username) {
  await signIn(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.getByTestId('account-user').waitFor();
}

export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${file}`);
  return file;
}

/** The visible text of a locator, with runs of white space made single. */
export async function text(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

export function pathOf(page) {
  return new URL(page.url()).pathname;
}

/** Waits until the server's case finding has loaded the register; the page must be signed in. */
export async function waitForCaseFinding(page) {
  for (let i = 0; i < 60; i++) {
    const response = await page.request.get('/api/v1/casefinding/definitions');
    if (response.ok() && (await response.json()).status.loaded) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail('case finding did not load the register within 15 s');
}

/** The body rows of a table as arrays of cell texts, once the table is there. */
export async function tableRows(table) {
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())),
  );
}

/** Waits until a locator's visible text matches a pattern; returns the text. */
export async function waitForText(locator, pattern, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.count()) ? await text(locator) : '';
    if (pattern.test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`expected text matching ${pattern}, got "${last}"`);
}

/**
 * A new browser with one page signed in as `username`; with `caseFinding`,
 * also waits for the register to load. Close it with closeBrowserOf(page).
 */
export async function signedInPage(username, { caseFinding = false } = {}) {
  const page = await newPage(await launchBrowser());
  await signInAndWait(page, username);
  if (caseFinding) await waitForCaseFinding(page);
  return page;
}

export async function closeBrowserOf(page) {
  await page?.context().browser()?.close();
}

/** Searches for a person by NHS number on the Find a person page. */
export async function searchByNhsNumber(page, nhsNumber) {
  await page.goto('/people');
  await page.getByRole('textbox', { name: 'NHS number' }).fill(nhsNumber);
  await page.locator('#by-nhs-number').getByRole('button', { name: 'Search' }).click();
}

/** Finds a person in the user's care by NHS number and opens their page. */
export async function openPerson(page, nhsNumber) {
  await searchByNhsNumber(page, nhsNumber);
  await page.getByTestId('people').getByRole('link').first().click();
  await page.waitForURL(/\/people\/\d+$/);
}

/**
 * Calls the API as the page's signed-in user (with the CSRF token), as
 * another member of staff would through their own screen. Returns the status
 * and the JSON body.
 */
export async function callApi(page, method, path, data) {
  const session = await (await page.request.get('/api/v1/session')).json();
  const response = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': session.csrfToken } });
  return { status: response.status(), body: await response.json().catch(() => null) };
}

/** The id of the person with this NHS number, as the page's user finds them. */
export async function personIdOf(page, nhsNumber) {
  const response = await page.request.get(`/api/v1/people?nhsNumber=${nhsNumber}`);
  assert.equal(response.status(), 200, `${nhsNumber} can be found`);
  const { items } = await response.json();
  assert.equal(items.length, 1, `one person has NHS number ${nhsNumber}`);
  return items[0].id;
}

/** The id of the element that has the keyboard focus. */
export async function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-testid') || '');
}
