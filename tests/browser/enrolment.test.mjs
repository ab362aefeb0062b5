// Enrolment in care coordination as gp.albion: the worklist shows each
// person's state and invites from the row (FX022 Winifred Nettleship); on the
// person page, declining without a reason is refused against the field;
// enrolling records how they agreed and the lead professional, with who and
// when, and takes her off the worklist. A change someone else made first is a
// 409 that says so and reloads (FX023 Arthur Oddie, changed meanwhile by
// coordinator.southwark-north), and so is a change no longer allowed.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callApi, closeBrowserOf, focusedId, newPage, personIdOf, screenshot, signedInPage, signInAndWait, tableRows, text, waitForText } from './helpers.mjs';

const WINIFRED = '9990001235';
const ARTHUR = '9990001243';

let page;
let coordinator;
before(async () => {
  page = await signedInPage('gp.albion', { caseFinding: true });
  coordinator = await newPage(page.context().browser());
  await signInAndWait(coordinator, 'coordinator.southwark-north');
});
after(() => closeBrowserOf(page));

async function worklistRow(name) {
  await page.goto('/worklist?pageSize=100');
  await page.getByTestId('worklist').waitFor();
  return page.getByTestId('worklist').locator('tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) });
}

describe('enrolment', { concurrency: false }, () => {
  test('the worklist shows each person’s enrolment and invites from the row', async () => {
    const row = await worklistRow('Winifred Nettleship');
    const cell = row.getByTestId('enrolment-cell');
    await waitForText(cell, /Not started/);
    // Everyone on the page gets their state.
    await waitForText(page.getByTestId('worklist').getByTestId('enrolment-cell').last(), /Not started|Identified|Invited/);

    await cell.getByRole('button', { name: 'Mark Winifred Nettleship as invited' }).click();
    await waitForText(cell, /^Invited/);
    assert.match(await text(cell.getByRole('status')), /Winifred Nettleship: marked as invited/);
    assert.equal(await cell.getByRole('button').count(), 0, 'no quick action once invited');

    // Invited people stay on the worklist until their answer is known.
    const again = await worklistRow('Winifred Nettleship');
    await waitForText(again.getByTestId('enrolment-cell'), /^Invited/);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'enrolment-worklist');

    await again.getByRole('link', { name: 'Change enrolment for Winifred Nettleship' }).click();
    await page.waitForURL(/\/people\/\d+\/enrolment\?from=worklist$/);
    await page.getByTestId('change-enrolment').waitFor();
    assert.match(await text(page.getByTestId('person-enrolment')), /Care coordination: Invited/);
    const history = await tableRows(page.getByTestId('enrolment-history').locator('table'));
    assert.equal(history.length, 1);
    assert.equal(history[0][1], 'Invited');
    assert.equal(history[0][3], 'Dr Amira Patel');
  });

  test('declining without a reason is refused in the page, against the field', async () => {
    const form = page.getByTestId('change-enrolment');
    await form.getByLabel('Declined').check();
    await form.getByRole('button', { name: 'Save enrolment' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    assert.equal(await focusedId(page), 'error-summary', 'the error summary has the focus');
    assert.match(await text(summary), /There is a problem.*Enter their reason for declining/);
    assert.match(await text(page.locator('#declineReason-error')), /Enter their reason for declining/);
    await summary.getByRole('link', { name: 'Enter their reason for declining' }).click();
    assert.equal(await focusedId(page), 'declineReason', 'the summary’s link moves to the field');
    assert.equal(await tableRows(page.getByTestId('enrolment-history').locator('table')).then((r) => r.length), 1, 'nothing was saved');
  });

  test('enrolling records how she agreed and her lead professional, and takes her off the worklist', async () => {
    const form = page.getByTestId('change-enrolment');
    await form.getByLabel('Enrolled').check();
    await form.getByRole('button', { name: 'Save enrolment' }).click();
    await waitForText(page.getByTestId('error-summary'), /Choose how they agreed to take part/);

    // With the keyboard: the agreement's radios, then the lead professional.
    await form.getByLabel('Verbally').focus();
    await page.keyboard.press('Space');
    assert.equal(await form.getByLabel('Verbally').isChecked(), true);
    await form.getByLabel('Lead professional (key worker)').selectOption({ label: 'Dr Amira Patel (GP)' });
    await form.getByRole('button', { name: 'Save enrolment' }).click();

    // Back to the worklist she came from, without her.
    await page.waitForURL(/\/worklist\?pageSize=100$/);
    await waitForText(page.getByTestId('enrolment-saved'), /Enrolment saved: enrolled.*Lead professional: Dr Amira Patel/);
    await page.getByTestId('worklist').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Winifred Nettleship', exact: true }).count(), 0, 'enrolled people leave the worklist');

    await page.goto(`/people/${await personIdOf(page, WINIFRED)}/enrolment`);
    const enrolment = page.getByTestId('person-enrolment');
    await waitForText(enrolment, /Care coordination: Enrolled Lead professional: Dr Amira Patel/);
    const current = await text(page.getByTestId('enrolment-current'));
    assert.match(current, /Enrolment Enrolled Since \d+ \w+ \d{4} at \d\d:\d\d, by Dr Amira Patel How they agreed Verbally Lead professional Dr Amira Patel/);
    const history = await tableRows(page.getByTestId('enrolment-history').locator('table'));
    assert.deepEqual(
      history.map((r) => r.slice(1)),
      [
        ['Invited to Enrolled', 'Agreed verbally. Lead professional: Dr Amira Patel.', 'Dr Amira Patel'],
        ['Invited', '', 'Dr Amira Patel'],
      ],
    );
    assert.match(history[0][0], /^\d+ \w+ \d{4} at \d\d:\d\d$/);
    // Enrolled people can only be closed now.
    const choices = await page.getByTestId('change-enrolment').getByRole('radio').evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.deepEqual(choices, ['closed']);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'enrolment-enrolled');
  });

  test('the lead professional changes on its own, to a GP in no team from the staff directory', async () => {
    const form = page.getByTestId('change-lead');
    await form.waitFor();
    assert.match(await text(form), /Dr Amira Patel is their lead professional now/);
    const lead = form.getByLabel('New lead professional');
    // Dr James Whitfield is in no team: only the staff directory knows him, under his practice.
    const groups = await lead.locator('optgroup').evaluateAll((gs) => gs.map((g) => [g.label, [...g.children].map((o) => o.textContent)]));
    assert.deepEqual(groups.find(([label]) => label === 'Hurley And Riverside Practices'), ['Hurley And Riverside Practices', ['Dr James Whitfield (GP)']]);
    assert.equal(await lead.locator('option', { hasText: 'Dr Amira Patel' }).count(), 0, 'not the lead she has');

    await form.getByRole('button', { name: 'Change lead professional' }).click();
    await waitForText(page.getByTestId('error-summary'), /Choose the new lead professional/);
    await lead.selectOption({ label: 'Dr James Whitfield (GP)' });
    await form.getByRole('button', { name: 'Change lead professional' }).click();

    await waitForText(page.getByTestId('lead-saved'), /Lead professional changed to Dr James Whitfield.*Their enrolment is unchanged: enrolled/);
    assert.match(await text(page.getByTestId('enrolment-current')), /Enrolment Enrolled .* How they agreed Verbally Lead professional Dr James Whitfield/);
    const history = await tableRows(page.getByTestId('enrolment-history').locator('table'));
    assert.deepEqual(history[0].slice(1), ['Lead professional changed (still enrolled)', 'Lead professional: Dr James Whitfield.', 'Dr Amira Patel']);
    assert.equal(history.length, 3);
    assert.match(await text(page.getByTestId('change-lead')), /Dr James Whitfield is their lead professional now/);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'enrolment-lead-changed');
  });

  test('a change someone else made first is refused with a way to reload', async () => {
    const arthur = await personIdOf(page, ARTHUR);
    const identified = await callApi(coordinator, 'PUT', `/api/v1/people/${arthur}/enrolment`, { state: 'identified' });
    assert.equal(identified.status, 200);
    await page.goto(`/people/${arthur}/enrolment`);
    const form = page.getByTestId('change-enrolment');
    await form.waitFor();

    // Meanwhile the network's care coordinator invites him.
    const invited = await callApi(coordinator, 'PUT', `/api/v1/people/${arthur}/enrolment`, { state: 'invited', version: identified.body.version });
    assert.equal(invited.status, 200);

    await form.getByLabel('Declined').check();
    await form.getByLabel('Their reason for declining').fill('Prefers to see his own GP only');
    await form.getByRole('button', { name: 'Save enrolment' }).click();
    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /Someone else changed this enrolment/);
    assert.match(await text(summary), /since you opened this page, so your change was not saved\. Reload/);
    await summary.getByRole('button', { name: 'Reload' }).click();
    await waitForText(page.getByTestId('person-enrolment'), /Care coordination: Invited/);
    const history = await tableRows(page.getByTestId('enrolment-history').locator('table'));
    assert.deepEqual(history.map((r) => [r[1], r[3]]), [['Identified to Invited', 'Tom Reilly'], ['Identified', 'Tom Reilly']]);
    assert.equal(await page.getByTestId('error-summary').count(), 0);

    // And a change that is no longer allowed: he has been closed meanwhile, so he cannot be enrolled.
    const closed = await callApi(coordinator, 'PUT', `/api/v1/people/${arthur}/enrolment`, { state: 'closed', reason: 'moved', version: invited.body.version });
    assert.equal(closed.status, 200);
    await page.getByTestId('change-enrolment').getByLabel('Enrolled').check();
    await page.getByTestId('change-enrolment').getByLabel('In writing').check();
    await page.getByRole('button', { name: 'Save enrolment' }).click();
    await waitForText(page.getByTestId('error-summary'), /This change is not allowed/);
    assert.match(await text(page.getByTestId('error-summary')), /A person cannot go from closed to enrolled\. Changes allowed now: Identified, Invited\./);
    await screenshot(page, 'enrolment-not-allowed');
    await page.getByTestId('error-summary').getByRole('button', { name: 'Reload' }).click();
    await waitForText(page.getByTestId('enrolment-current'), /Enrolment Closed .* Why it closed Moved away/);
    assert.deepEqual(page.errors, []);
  });
});
