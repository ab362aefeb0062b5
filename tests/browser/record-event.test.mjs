// Recording an event as gp.albion: field errors from the server are shown next
// to the fields; a third long-term condition for Edith Ashworth (fixture
// FX014, two conditions) updates her findings and puts her on the worklist.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeBrowserOf, screenshot, searchByNhsNumber, signedInPage, text, waitForText } from './helpers.mjs';

let page;
before(async () => {
  page = await signedInPage('gp.albion', { caseFinding: true });
});
after(() => closeBrowserOf(page));
let edithPath;

async function worklistNames() {
  await page.goto('/worklist?pageSize=100');
  await page.getByTestId('worklist-total').waitFor();
  return text(page.getByTestId('worklist-results'));
}

async function fillEvent(code, [day, month, year], value) {
  const form = page.getByTestId('record-event');
  await form.getByLabel('SNOMED CT code').fill(code);
  await form.getByLabel('Day').fill(day);
  await form.getByLabel('Month').fill(month);
  await form.getByLabel('Year').fill(year);
  if (value !== undefined) await form.getByLabel('Value (optional)').fill(value);
  await form.getByRole('button', { name: 'Record event' }).click();
}

describe('record an event', { concurrency: false }, () => {
  test('Edith Ashworth is not on the worklist with two conditions', async () => {
    assert.doesNotMatch(await worklistNames(), /Edith Ashworth/);
    await searchByNhsNumber(page, '999 000 1154');
    await page.getByTestId('people').getByRole('link', { name: 'Edith Ashworth' }).click();
    await page.waitForURL(/\/people\/\d+$/);
    edithPath = new URL(page.url()).pathname;
    await page.getByTestId('why-summary').waitFor();
    assert.match(await text(page.getByTestId('why-summary')), /Long-term conditions 2/);
    assert.match(await text(page.getByTestId('why-summary')), /Cohorts None/);
  });

  test('the server’s field errors are shown next to the fields', async () => {
    await fillEvent('123', ['1', '2', '2025']);
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    assert.match(await text(summary), /SNOMED CT code must be a SNOMED CT concept id/);
    assert.equal(await summary.locator('a[href="#eventCode"]').count(), 1);
    assert.match(await text(page.locator('#eventCode-error')), /^Error: SNOMED CT code must be/);
    assert.equal(await page.getByTestId('event-recorded').count(), 0);

    await fillEvent('13645005', ['1', '2', '2999']);
    await page.locator('#eventDate-error').waitFor();
    assert.match(await text(page.locator('#eventDate-error')), /Date must not be in the future/);
  });

  test('a third condition updates the findings at once and puts her on the worklist', async () => {
    const posts = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/events')) posts.push({ headers: r.headers(), body: r.postDataJSON() });
    });
    await fillEvent('13645005', ['9', '3', '2024']);
    await page.getByTestId('event-recorded').waitFor();
    assert.match(await text(page.getByTestId('event-recorded')), /Event 13645005 on 9 March 2024 recorded/);
    assert.deepEqual(posts.map((p) => p.body), [{ code: '13645005', date: '2024-03-09' }]);
    assert.ok(posts[0].headers['x-csrf-token'], 'the POST carries X-CSRF-Token');

    await waitForText(page.getByTestId('why-summary'), /Long-term conditions 3/);
    assert.match(await text(page.getByTestId('why-conditions')), /Chronic obstructive pulmonary disease.*13645005 on 9 March 2024/);
    assert.match(await text(page.getByTestId('why-summary')), /Cohorts Adults with three or more long-term conditions/);
    assert.equal(await page.getByTestId('error-summary').count(), 0, 'the earlier errors are cleared');
    await screenshot(page, 'record-event');

    assert.match(await worklistNames(), /Edith Ashworth/);
    await page.getByRole('link', { name: 'Edith Ashworth', exact: true }).click();
    await page.waitForURL((url) => url.pathname === edithPath);
    assert.deepEqual(page.errors, []);
  });
});
