// The "why" panel as gp.albion: from a worklist row, and on the person page,
// each condition, frailty deficit and cohort with the codes and dates behind
// it; a person who died shows why they are on no worklist.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeBrowserOf, openPerson, screenshot, signedInPage, tableRows, text } from './helpers.mjs';

let page;
before(async () => {
  page = await signedInPage('gp.albion', { caseFinding: true });
});
after(() => closeBrowserOf(page));

describe('why a person was found', { concurrency: false }, () => {
  test('a worklist row’s Why link shows the evidence behind each finding', async () => {
    await page.goto('/worklist?pageSize=100');
    await page.getByTestId('worklist').waitFor();
    await page.getByRole('link', { name: 'Why Harold Blackwood is listed' }).click();
    await page.waitForURL(/\/people\/\d+\/why$/);
    assert.match(await text(page.locator('h1')), /NHS number 999 000 1006.*Why Harold Blackwood was found/);

    const panel = page.getByTestId('why-panel');
    await panel.getByTestId('why-summary').waitFor();
    const summary = await text(panel.getByTestId('why-summary'));
    assert.match(summary, /Long-term conditions 4/);
    assert.match(summary, /Emergency admissions in the last 12 months 2/);
    assert.match(summary, /Frailty (Fit|Mild frailty|Moderate frailty|Severe frailty) \(eFI score 0\.\d\d, \d+ of 36 deficits\)/);
    assert.match(summary, /Cohorts Adults with three or more long-term conditions/);

    const conditions = await tableRows(panel.getByTestId('why-conditions').locator('table'));
    const byName = Object.fromEntries(conditions.map(([name, evidence]) => [name, evidence]));
    assert.deepEqual(Object.keys(byName).sort(), ['Chronic kidney disease', 'Chronic obstructive pulmonary disease', 'Diabetes', 'Hypertension']);
    assert.match(byName.Hypertension, /Coded record 38341003 on 14 January 2008/);
    assert.match(byName.Diabetes, /73211009 on 14 February 2009/);
    assert.match(byName['Chronic kidney disease'], /1011481000000105 on 12 May 2026, value 48/);

    const deficits = await text(panel.getByTestId('why-deficits'));
    assert.match(deficits, /Falls.*1912002 on 3 January 2020/);
    assert.match(deficits, /Mobility and transfer problems.*8510008/);
    const cohorts = await text(panel.getByTestId('why-cohorts'));
    assert.match(cohorts, /Adults with three or more long-term conditions/);
    assert.equal(await panel.getByTestId('excluded').count(), 0);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'why');

    await page.getByRole('link', { name: 'Back to the worklist' }).click();
    await page.waitForURL(/\/worklist\?pageSize=100$/);
  });

  test('the person page shows the same panel', async () => {
    await openPerson(page, '9990001006');
    const panel = page.getByTestId('why-panel');
    await panel.getByTestId('why-conditions').waitFor();
    assert.match(await text(panel.locator('h2').first()), /Case finding/);
    assert.match(await text(panel.getByTestId('why-conditions')), /Long-term conditions \(4\).*38341003 on 14 January 2008/);
  });

  test('a person who died is explained, not listed', async () => {
    await openPerson(page, '9990001162');
    const excluded = page.getByTestId('why-panel').getByTestId('excluded');
    await excluded.waitFor();
    assert.match(await text(excluded), /not listed on worklists because they have died/);
    assert.match(await text(page.getByTestId('why-conditions')), /Long-term conditions \(4\)/);
  });

  test('a person with no register data says so', async () => {
    // Registered just now, so neither the demo nor an extract has records for them.
    const session = await (await page.request.get('/api/v1/session')).json();
    const created = await page.request.post('/api/v1/people', {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: { givenName: 'Rosalind', familyName: 'Quarrie', birthDate: '1970-06-15', sex: 'female', practiceId: session.user.organisation.id },
    });
    assert.equal(created.status(), 201);
    await page.goto(`/people/${(await created.json()).id}`);
    await page.getByTestId('not-in-register').waitFor();
    assert.match(await text(page.getByTestId('not-in-register')), /no GP or hospital data for this person/);
  });
});
