// The worklist as gp.albion (Albion Street Group Practice): only the practice's
// people, sorted by number of long-term conditions; filters narrow it; paging;
// the CSV download; a practice outside the GP's reach is refused readably.
// Then coordinator.southwark-north sees the whole network and nothing beyond it.
// People come from tests/browser/fixtures/extract (see its README).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { closeBrowserOf, newPage, screenshot, signedInPage, signInAndWait, tableRows, text } from './helpers.mjs';

const NAME = 0;
const NHS_NUMBER = 1;
const AGE = 2;
const PRACTICE = 3;
const CONDITIONS = 4;
/** A row without its last cell, the enrolment state (changed by the enrolment tests). */
const withoutEnrolment = (row) => row.slice(0, -1);

let page;
before(async () => {
  page = await signedInPage('gp.albion', { caseFinding: true });
});
after(() => closeBrowserOf(page));

async function totalOf() {
  const words = await text(page.getByTestId('worklist-total'));
  const match = /^([\d,]+) (people|person) found/.exec(words);
  assert.ok(match, `a total, got "${words}"`);
  return Number(match[1].replace(/,/g, ''));
}

async function showWorklist(fill = async () => {}, { expect = 'worklist-total' } = {}) {
  await fill(page.getByTestId('worklist-filters'));
  await page.getByRole('button', { name: 'Show worklist' }).click();
  await page.waitForURL(/\/worklist\?/);
  await page.getByTestId(expect).waitFor();
}

describe('worklist for a GP', { concurrency: false }, () => {
  test('the navigation leads to the practice’s ltc3 worklist, sorted by conditions', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Worklist' }).click();
    await page.waitForURL(/\/worklist$/);
    const table = page.getByTestId('worklist');
    await table.waitFor();
    assert.equal(await page.getByLabel('Cohort').inputValue(), 'ltc3');

    const rows = await tableRows(table);
    assert.ok(rows.length >= 13, `at least the 13 fixture people, got ${rows.length}`);
    assert.ok(rows.every((r) => r[PRACTICE] === 'Albion Street Group Practice'), 'only Albion Street’s people');
    const counts = rows.map((r) => Number(r[CONDITIONS].split(' ')[0]));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most conditions first');
    assert.ok(counts.every((n) => n >= 3), 'everyone has 3 or more conditions');

    const harold = rows.find((r) => r[NAME].startsWith('Harold Blackwood'));
    assert.ok(harold, 'Harold Blackwood is listed');
    assert.equal(harold[NHS_NUMBER], '999 000 1006');
    assert.match(harold[CONDITIONS], /^4 Chronic kidney disease, Chronic obstructive pulmonary disease, Diabetes, Hypertension$/);
    assert.match(harold[5], /Moderate|Mild|Severe|Fit/);
    assert.equal(harold[6], '2', 'two emergency admissions in 12 months');
    const body = await text(page.locator('main'));
    for (const outsider of ['Gorringe', 'Jessop', 'Lathbury', 'Fairbairn']) {
      assert.doesNotMatch(body, new RegExp(outsider), `${outsider} is not on Albion’s ltc3 worklist`);
    }
    assert.equal(await totalOf(), rows.length);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'worklist');
  });

  test('filters narrow the worklist', async () => {
    await page.goto('/worklist');
    await page.getByTestId('worklist').waitFor();
    const everyone = await totalOf();
    await showWorklist(async (form) => {
      await form.getByLabel('Has the condition').selectOption({ label: 'Dementia' });
      await form.getByLabel('Age from (optional)').fill('80');
    });
    assert.match(page.url(), /condition=DEM/);
    assert.match(page.url(), /minAge=80/);
    const rows = await tableRows(page.getByTestId('worklist'));
    assert.ok(rows.length >= 2 && rows.length < everyone, `fewer people (${rows.length} of ${everyone})`);
    assert.equal(await totalOf(), rows.length);
    assert.ok(rows.every((r) => /Dementia/.test(r[CONDITIONS]) && Number(r[AGE]) >= 80));
    assert.ok(rows.some((r) => r[NAME].startsWith('Margaret Ashdown')));
    assert.ok(rows.some((r) => r[NAME].startsWith('Vera Fairbank')));
    assert.equal(await page.getByLabel('Has the condition').inputValue(), 'DEM', 'the form keeps the filter');

    await showWorklist(async (form) => {
      await form.getByLabel('Age from (optional)').fill('120');
    });
    assert.equal(await totalOf(), 0);
    assert.match(await text(page.getByTestId('worklist-empty')), /No one matches these filters/);
    assert.equal(await page.getByTestId('worklist').count(), 0);
  });

  test('a wrong age range is shown next to the field', async () => {
    await page.goto('/worklist');
    await page.getByTestId('worklist').waitFor();
    const form = page.getByTestId('worklist-filters');
    await form.getByLabel('Age from (optional)').fill('90');
    await form.getByLabel('Age to (optional)').fill('70');
    await page.getByRole('button', { name: 'Show worklist' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    assert.match(await text(summary), /Age to must be the same as or more than the age from/);
    assert.match(await text(page.locator('#maxAge-error')), /Age to must be/);
    assert.match(new URL(page.url()).search, /^$/, 'the address did not change');
  });

  test('paging moves through the worklist ten at a time', async () => {
    await page.goto('/worklist');
    await page.getByTestId('worklist').waitFor();
    await showWorklist(async (form) => {
      await form.getByLabel('People per page').selectOption('10');
    });
    const total = await totalOf();
    const first = await tableRows(page.getByTestId('worklist'));
    assert.equal(first.length, 10);
    assert.match(await text(page.getByTestId('worklist').locator('caption')), new RegExp(`People 1 to 10 of ${total}`));
    const pages = page.getByTestId('pagination');
    assert.equal(await pages.getByRole('link', { name: /Previous/ }).count(), 0);

    await pages.getByRole('link', { name: /Next/ }).click();
    await page.waitForURL(/page=2/);
    await page.getByText(`People 11 to ${Math.min(20, total)} of ${total}`).waitFor();
    const second = await tableRows(page.getByTestId('worklist'));
    assert.equal(second.length, Math.min(10, total - 10));
    const firstNames = new Set(first.map((r) => r[NAME]));
    assert.ok(second.every((r) => !firstNames.has(r[NAME])), 'page 2 has other people');
    assert.ok(Number(second[0][CONDITIONS].split(' ')[0]) <= Number(first[9][CONDITIONS].split(' ')[0]), 'the order continues');

    await page.getByTestId('pagination').getByRole('link', { name: /Previous/ }).click();
    await page.getByText(`People 1 to 10 of ${total}`).waitFor();
    assert.deepEqual((await tableRows(page.getByTestId('worklist'))).map(withoutEnrolment), first.map(withoutEnrolment));
  });

  test('the CSV link downloads the whole filtered worklist', async () => {
    await page.goto('/worklist?condition=DEM&pageSize=10');
    await page.getByTestId('worklist').waitFor();
    const total = await totalOf();
    const link = page.getByTestId('worklist-download');
    assert.match((await link.getAttribute('href')) ?? '', /^\/api\/v1\/worklist\/export\?.*condition=DEM/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8').trim().split('\n');
    assert.match(csv[0], /^person_id,nhs_number,given_name,family_name,birth_date,age,sex,practice,ltc_count,conditions,/);
    assert.equal(csv.length - 1, total, 'one line per person');
    assert.ok(csv.slice(1).every((line) => line.includes(',G85138,') && /DEM/.test(line)));
    assert.ok(csv.some((line) => line.includes('9990001014,Margaret,Ashdown')));
  });

  test('while case finding is loading the page says so and tries again by itself', async () => {
    // The server answers 503 until its first load of the register is done; stand in for that once.
    const WORKLIST = /\/api\/v1\/worklist\?/;
    let calls = 0;
    await page.route(WORKLIST, async (route) => {
      calls += 1;
      if (calls > 1) return route.continue();
      return route.fulfill({
        status: 503,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' },
        body: JSON.stringify({ type: '/problems/unavailable', title: 'Service unavailable', status: 503, detail: 'case finding is still loading; try again shortly' }),
      });
    });
    try {
      await page.goto('/worklist');
      const loading = page.getByTestId('worklist-loading');
      await loading.waitFor();
      assert.match(await text(loading), /still loading the register\. This page will try again in 1 second\./);
      assert.equal(await page.getByTestId('worklist').count(), 0);
      await page.getByTestId('worklist').waitFor();
      assert.equal(calls, 2);
      assert.equal(await page.getByTestId('worklist-loading').count(), 0);
    } finally {
      await page.unroute(WORKLIST);
    }
  });

  test('a practice outside the GP’s reach is refused with a readable reason', async () => {
    await page.goto('/worklist');
    await page.getByTestId('worklist').waitFor();
    await showWorklist(
      async (form) => {
        await form.getByLabel('Practices').selectOption({ label: 'Nexus Health Group (G85034)' });
      },
      { expect: 'worklist-refused' },
    );
    const refused = page.getByTestId('worklist-refused');
    assert.match(await text(refused), /limited to your own practice.*Nexus Health Group is outside them/);
    assert.match(await text(page.getByTestId('warning-callout')), /You cannot see this worklist/);
    assert.equal(await page.getByTestId('worklist').count(), 0);
    assert.doesNotMatch(await text(page.locator('main')), /Gorringe|Hallam|Inchbald/);
  });
});

describe('worklist for a care coordinator', { concurrency: false }, () => {
  test('coordinator.southwark-north sees the network’s practices and no others', async () => {
    const coordinator = await newPage(page.context().browser());
    await signInAndWait(coordinator, 'coordinator.southwark-north');
    await coordinator.goto('/worklist?pageSize=100');
    const table = coordinator.getByTestId('worklist');
    await table.waitFor();
    const rows = await tableRows(table);
    const names = rows.map((r) => r[NAME]);
    for (const person of ['Harold Blackwood', 'Nora Gorringe', 'Walter Hallam', 'Ivy Inchbald']) {
      assert.ok(names.some((n) => n.startsWith(person)), `${person} is listed`);
    }
    for (const person of ['Cyril Jessop', 'Mabel Kemble', 'Ernest Lathbury']) {
      assert.ok(!names.some((n) => n.startsWith(person)), `${person} (outside Southwark North) is not`);
    }
    const practices = new Set(rows.map((r) => r[PRACTICE]));
    assert.ok(practices.has('Nexus Health Group') && practices.has('Albion Street Group Practice'));
    await coordinator.context().close();
  });
});
