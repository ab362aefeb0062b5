// Find a person as gp.albion:
// (e) Doris Jones, registered at Albion Street, is shown directly;
// (c) Winston Clarke, registered in Lambeth, is refused with a callout and no details;
// (d) break glass: a too-short reason is refused in the page; a proper
//     reason shows his details and the emergency-access banner.
// The tests run in order and share one signed-in page.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeBrowserOf, screenshot, searchByNhsNumber, signedInPage, text } from './helpers.mjs';

let page;
before(async () => {
  page = await signedInPage('gp.albion');
});
after(() => closeBrowserOf(page));

describe('find a person', { concurrency: false }, () => {
  test('a person registered at the user’s practice is shown directly', async () => {
    await searchByNhsNumber(page, '9990000018');
    const table = page.getByTestId('people');
    await table.waitFor();
    const row = await text(table.locator('tbody tr'));
    assert.match(row, /Doris Jones/);
    assert.match(row, /999 000 0018/);
    assert.match(row, /12 April 1938/);
    assert.match(row, /Albion Street Group Practice/);
    assert.match(row, /Registered at your practice/);
    assert.equal(await page.getByTestId('refusal').count(), 0);

    await table.getByRole('link', { name: 'Doris Jones' }).click();
    await page.waitForURL(/\/people\/\d+$/);
    const details = await text(page.getByTestId('person-details'));
    assert.match(details, /999 000 0018/);
    assert.equal(await page.getByTestId('emergency-access').count(), 0);
  });

  test('the server’s field errors are shown next to the field', async () => {
    // Ten digits, so the page sends it; the check digit is wrong, so the server refuses it.
    await searchByNhsNumber(page, '999 000 0019');
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    const link = summary.locator('a[href="#nhsNumber"]');
    assert.equal(await link.count(), 1, 'the summary links to the NHS number field');
    const fieldError = page.locator('#nhsNumber-error');
    assert.match(await text(fieldError), /^Error: NHS number \S/);
    assert.equal(await text(link), (await text(fieldError)).replace(/^Error: /, ''));
    assert.match((await page.locator('#nhsNumber').getAttribute('aria-describedby')) ?? '', /nhsNumber-error/);
    assert.equal(await page.getByTestId('people').count(), 0);
  });

  test('a person outside the care relationship is refused, with no details', async () => {
    const searches = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/v1/people?')) searches.push(r.status());
    });
    await searchByNhsNumber(page, '9990000026');

    const refusal = page.getByTestId('refusal');
    await refusal.waitFor();
    assert.match(await text(refusal.getByTestId('warning-callout')), /outside your care relationship/);
    assert.deepEqual(searches, [403]);
    assert.equal(await page.getByTestId('people').count(), 0, 'no results table');
    const body = await text(page.locator('main'));
    assert.doesNotMatch(body, /Winston|Clarke/, 'the person’s name is not shown');
    assert.equal(await page.getByTestId('break-glass-form').count(), 1);

    await screenshot(page, 'refusal');
  });

  test('break glass needs a reason of at least 10 characters', async () => {
    const form = page.getByTestId('break-glass-form');
    await form.getByLabel('Reason for emergency access').fill('urgent');
    await form.getByRole('button', { name: 'Break glass' }).click();

    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    assert.match(await text(summary), /at least 10 characters/);
    assert.match(await text(form.locator('.nhsuk-error-message')), /at least 10 characters/);
    assert.equal(await form.locator('.nhsuk-form-group--error').count(), 1);
    assert.equal(await page.getByTestId('person-details').count(), 0);
  });

  test('break glass with a proper reason shows the person and the emergency-access banner', async () => {
    const posts = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/break-glass')) posts.push(r.headers());
    });
    const form = page.getByTestId('break-glass-form');
    await form.getByLabel('Reason for emergency access').fill('Attending A&E with chest pain; needs medication history');
    await form.getByRole('button', { name: 'Break glass' }).click();

    const banner = page.getByTestId('emergency-access');
    await banner.waitFor();
    assert.match(await text(banner), /Emergency access until \d{2}:\d{2}/);
    const details = await text(page.getByTestId('person-details'));
    assert.match(details, /Winston Clarke/);
    assert.match(details, /999 000 0026/);
    assert.match(details, /Emergency access until \d{2}:\d{2}/);
    assert.equal(posts.length, 1);
    assert.ok(posts[0]['x-csrf-token'], 'the POST carries X-CSRF-Token');
    assert.deepEqual(page.errors, []);
  });
});
