// Continual review, for FX053 Cyril Upjohn: nurse.albion (Grace Mensah) is his
// key worker and his agreed care plan is due a review in 10 days (set up from
// her session through the API, as her own screens would). Reviews in the menu
// lists him under Mine with the due date and the days until it, linking to
// his care plan; she works with one practice only, so she has no area list.
// The network's care coordinator finds him in Southwark North's list, with
// his key worker.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callApi, closeBrowserOf, newPage, personIdOf, screenshot, signedInPage, signInAndWait, tableRows, text, waitForText } from './helpers.mjs';

const CYRIL = '9990001537';

let page;
let coordinator;
let cyril;
let reviewDate;

function inDays(days) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
}

function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

before(async () => {
  page = await signedInPage('nurse.albion');
  coordinator = await newPage(page.context().browser());
  await signInAndWait(coordinator, 'coordinator.southwark-north');
  cyril = await personIdOf(page, CYRIL);
  const me = (await callApi(page, 'GET', '/api/v1/session')).body.user;
  const invited = await callApi(page, 'PUT', `/api/v1/people/${cyril}/enrolment`, { state: 'invited' });
  assert.equal(invited.status, 200, JSON.stringify(invited.body));
  const enrolled = await callApi(page, 'PUT', `/api/v1/people/${cyril}/enrolment`, {
    state: 'enrolled',
    agreement: 'verbal',
    leadUserId: me.id,
    version: invited.body.version,
  });
  assert.equal(enrolled.status, 200, JSON.stringify(enrolled.body));
  reviewDate = inDays(10);
  const plan = await callApi(page, 'PUT', `/api/v1/people/${cyril}/care-plan`, {
    version: 0,
    changeNote: 'Agreed at the practice',
    content: {
      goals: [{ inOwnWords: 'I want to get back to my allotment' }],
      agreement: { agreedWith: 'person', how: 'face_to_face', agreedOn: inDays(0) },
      reviewDate,
    },
  });
  assert.equal(plan.status, 200, JSON.stringify(plan.body));
});
after(() => closeBrowserOf(page));

describe('continual review', { concurrency: false }, () => {
  test('her list shows him, due in 10 days, linking to his care plan', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Reviews' }).click();
    await page.waitForURL(/\/reviews$/);
    assert.equal(await page.getByTestId('review-lists').getByRole('link', { name: 'Mine' }).getAttribute('aria-current'), 'page');
    await waitForText(page.getByTestId('review-count'), /\d+ (person|people) due a review by/);
    const rows = await tableRows(page.getByTestId('reviews'));
    const row = rows.find((r) => r[0].startsWith('Cyril Upjohn'));
    assert.ok(row, `he is on her list: ${JSON.stringify(rows)}`);
    assert.deepEqual(row, [
      'Cyril Upjohn NHS number 999 000 1537',
      'Albion Street Group Practice',
      `${longDate(reviewDate)} in 10 days`,
      `Care plan review by ${longDate(reviewDate)}`,
      'Not on a case list',
    ]);
    assert.equal(await page.getByTestId('reviews').locator('tbody tr').filter({ hasText: 'Cyril Upjohn' }).getByTestId('overdue').count(), 0, 'not overdue');
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'reviews-mine');

    await page.getByTestId('reviews').getByRole('link', { name: /Cyril Upjohn/ }).click();
    await page.waitForURL(new RegExp(`/people/${cyril}/care-plan$`));
    await waitForText(page.getByTestId('review-date'), new RegExp(`Review by ${longDate(reviewDate)}`));
  });

  test('a longer period is kept in the address; a shorter one leaves him out', async () => {
    await page.goto('/reviews?withinDays=30');
    await waitForText(page.getByTestId('review-count'), new RegExp(`due a review by ${longDate(inDays(30))}`));
    assert.ok((await tableRows(page.getByTestId('reviews'))).some((r) => r[0].startsWith('Cyril Upjohn')));
    assert.equal(await page.getByLabel('Due within').inputValue(), '30');
    await page.getByLabel('Due within').selectOption('14');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/\/reviews$/);
    await waitForText(page.getByTestId('review-count'), new RegExp(`by ${longDate(inDays(14))}`));
  });

  test('working with one practice, she has no area list; the network’s coordinator finds him with his key worker', async () => {
    await page.getByTestId('review-lists').getByRole('link', { name: 'By area' }).click();
    await page.waitForURL(/\/reviews\?view=area$/);
    await waitForText(page.getByTestId('no-areas'), /You do not work with every GP practice of any network or neighbourhood/);

    await coordinator.goto('/reviews?view=area');
    const area = coordinator.getByLabel('Network or neighbourhood');
    await waitForText(area.locator('option').nth(1), /Southwark North/);
    await area.selectOption({ label: 'Southwark North (whole network)' });
    await coordinator.getByRole('button', { name: 'Show' }).click();
    await coordinator.waitForURL(/\/reviews\?areaId=\d+$/);
    const rows = await tableRows(coordinator.getByTestId('reviews'));
    const row = rows.find((r) => r[0].startsWith('Cyril Upjohn'));
    assert.ok(row, `he is on the area's list: ${JSON.stringify(rows)}`);
    assert.equal(row[2], 'Grace Mensah', 'with his key worker');
    assert.deepEqual(coordinator.errors, []);
  });
});
