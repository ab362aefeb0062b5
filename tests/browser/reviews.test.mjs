// Continual review, for FX053 Cyril Upjohn: nurse.albion (Grace Mensah) is his
// key worker and his agreed care plan is due a review in 10 days (set up from
// her session through the API, as her own screens would). Reviews in the menu
// lists him under Mine with the due date and the days until it, linking to
// his care plan; she works with one practice only, so she has no area list.
// The network's care coordinator finds him in Southwark North's list, with
// his key worker.
//
// Someone who left their practice: the administrator uploads two people at
// Park Medical Centre (G85125), whose key worker the coordinator becomes,
// each with a care plan due a review; a later, whole extract of the practice
// lists only one of them, so the register finds the other gone (and the
// practice's demo people, which no later test file uses). His own list marks
// her, with the day, and offers to close her enrolment; it does not mark the
// one still registered, nor Cyril.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callApi, closeBrowserOf, newPage, personIdOf, screenshot, signedInPage, signInAndWait, tableRows, text, waitForText } from './helpers.mjs';

const CYRIL = '9990001537';
// Not in the fixture extract: reviews.test.mjs uploads them (see above).
const LILIAN = { id: 'LP1', nhsNumber: '9990001618', birthDate: '1940-03-14', sex: 'female', givenName: 'Lilian', familyName: 'Marchbank' };
const STANLEY = { id: 'LP2', nhsNumber: '9990001626', birthDate: '1943-10-02', sex: 'male', givenName: 'Stanley', familyName: 'Wetherall' };
const PARK_MEDICAL_CENTRE = 'G85125';

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
  reviewDate = inDays(10);
  await keyWorkerWithPlan(page, cyril, reviewDate, {
    changeNote: 'Agreed at the practice',
    goal: 'I want to get back to my allotment',
  });
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
    const cyrilRow = page.getByTestId('reviews').locator('tbody tr').filter({ hasText: 'Cyril Upjohn' });
    assert.equal(await cyrilRow.getByTestId('overdue').count(), 0, 'not overdue');
    assert.equal(await cyrilRow.getByTestId('left-practice').count(), 0, 'still at his practice');
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

/** Uploads an extract of these people (no events) as the administrator. */
async function uploadExtract(admin, people, { partial }) {
  const patients = ['patient_id,nhs_number,birth_date,sex,practice,given_name,family_name']
    .concat(people.map((p) => [p.id, p.nhsNumber, p.birthDate, p.sex, PARK_MEDICAL_CENTRE, p.givenName, p.familyName].join(',')))
    .join('\n');
  const csv = (name, content) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${content}\n`) });
  const session = await (await admin.request.get('/api/v1/session')).json();
  const response = await admin.request.post(`/api/v1/register/imports?partial=${partial}`, {
    headers: { 'X-CSRF-Token': session.csrfToken },
    multipart: { patients: csv('patients.csv', patients), events: csv('events.csv', 'patient_id,code,date,value') },
  });
  assert.equal(response.status(), 201, await response.text());
  return response.json();
}

/** Makes the page's user the person's key worker, with an agreed care plan due a review on reviewOn. */
async function keyWorkerWithPlan(page, personId, reviewOn, {
  changeNote = 'Agreed at home',
  goal = 'I want to stay in my own home',
} = {}) {
  const me = (await callApi(page, 'GET', '/api/v1/session')).body.user;
  const invited = await callApi(page, 'PUT', `/api/v1/people/${personId}/enrolment`, { state: 'invited' });
  assert.equal(invited.status, 200, JSON.stringify(invited.body));
  const enrolled = await callApi(page, 'PUT', `/api/v1/people/${personId}/enrolment`, {
    state: 'enrolled',
    agreement: 'verbal',
    leadUserId: me.id,
    version: invited.body.version,
  });
  assert.equal(enrolled.status, 200, JSON.stringify(enrolled.body));
  const plan = await callApi(page, 'PUT', `/api/v1/people/${personId}/care-plan`, {
    version: 0,
    changeNote,
    content: {
      goals: [{ inOwnWords: goal }],
      agreement: { agreedWith: 'person', how: 'face_to_face', agreedOn: inDays(0) },
      reviewDate: reviewOn,
    },
  });
  assert.equal(plan.status, 200, JSON.stringify(plan.body));
}

describe('someone who has left their practice', { concurrency: false }, () => {
  let lilian;
  let leftOn;

  before(async () => {
    const admin = await newPage(page.context().browser());
    await signInAndWait(admin, 'admin');
    const first = await uploadExtract(admin, [LILIAN, STANLEY], { partial: true });
    assert.equal(first.patientsNew, 2, JSON.stringify(first));
    lilian = await personIdOf(coordinator, LILIAN.nhsNumber);
    await keyWorkerWithPlan(coordinator, lilian, inDays(5));
    await keyWorkerWithPlan(coordinator, await personIdOf(coordinator, STANLEY.nhsNumber), inDays(6));
    // The practice's next extract no longer lists Lilian.
    const second = await uploadExtract(admin, [STANLEY], { partial: false });
    assert.ok(second.patientsLeft >= 1, JSON.stringify(second));
    await admin.context().close();
    const mine = (await callApi(coordinator, 'GET', '/api/v1/reviews')).body;
    leftOn = mine.items.find((r) => r.person.id === lilian)?.leftPractice;
    assert.match(leftOn ?? '', /^\d{4}-\d{2}-\d{2}$/, `the API marks her: ${JSON.stringify(mine)}`);
  });

  test('his list marks her as gone from her practice, since when, and offers to close her enrolment', async () => {
    await coordinator.goto('/reviews');
    await waitForText(coordinator.getByTestId('review-count'), /\d+ (person|people) due a review by/);
    const rows = coordinator.getByTestId('reviews').locator('tbody tr');
    const her = rows.filter({ hasText: 'Lilian Marchbank' });
    const him = rows.filter({ hasText: 'Stanley Wetherall' });
    assert.equal(await her.count(), 1, 'she stays on her key worker’s list');
    assert.equal(await him.count(), 1);

    const marker = her.getByTestId('left-practice');
    assert.equal(await marker.count(), 1, 'her row is marked');
    assert.equal(await marker.locator('.nhsuk-tag').innerText(), 'Left their practice');
    assert.match(await text(marker), new RegExp(`Not on their practice’s list since ${longDate(leftOn)}\\. If they have moved, close their enrolment`));
    assert.equal(await him.getByTestId('left-practice').count(), 0, 'he is still registered, so not marked');
    assert.deepEqual(coordinator.errors, []);
    await screenshot(coordinator, 'reviews-left-practice');

    await her.getByRole('link', { name: 'close their enrolment (Lilian Marchbank)' }).click();
    await coordinator.waitForURL(new RegExp(`/people/${lilian}/enrolment$`));
    await coordinator.getByTestId('change-enrolment').waitFor();
  });
});
