// A person's care team as gp.albion, for FX024 Beatrice Pennington: a social
// worker from the council cannot open her record until added to her care
// team, can once added, and cannot again once the membership ends. Adding
// without choosing anyone, or the same member twice, is refused readably; the
// lead moves when another member is made lead; a change someone else made
// first is a 409.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callApi, closeBrowserOf, newPage, personIdOf, screenshot, signedInPage, signInAndWait, tableRows, text, waitForText } from './helpers.mjs';

const BEATRICE = '9990001251';

let page;
let socialWorker;
let coordinator;
let beatrice;
before(async () => {
  page = await signedInPage('gp.albion');
  socialWorker = await newPage(page.context().browser());
  await signInAndWait(socialWorker, 'socialworker.southwark-north');
  coordinator = await newPage(page.context().browser());
  await signInAndWait(coordinator, 'coordinator.southwark-north');
  beatrice = await personIdOf(page, BEATRICE);
});
after(() => closeBrowserOf(page));

async function careTeamRows(testId = 'care-team') {
  const table = page.getByTestId(testId);
  await table.waitFor();
  return tableRows(table);
}

async function chooseMember(form, { search, organisation, who }) {
  if (search) await form.getByLabel('Search for an organisation (optional)').fill(search);
  await form.getByLabel('Organisation', { exact: true }).selectOption({ label: organisation });
  const whoSelect = form.getByLabel('Who at this organisation');
  await waitForText(whoSelect.locator('option').first(), /Choose who/);
  await whoSelect.selectOption({ label: who });
}

describe('care team', { concurrency: false }, () => {
  test('a social worker outside her care cannot open her record', async () => {
    await socialWorker.goto(`/people/${beatrice}`);
    await socialWorker.getByTestId('refusal').waitFor();
    assert.match(await text(socialWorker.locator('h1')), /You cannot see this person/);
    assert.doesNotMatch(await text(socialWorker.locator('main')), /Pennington/);
  });

  test('adding without choosing anyone names what is missing', async () => {
    await page.goto(`/people/${beatrice}`);
    await page.getByTestId('person-sections').getByRole('link', { name: 'Care team' }).click();
    await page.waitForURL(new RegExp(`/people/${beatrice}/care-team$`));
    assert.equal(await page.getByTestId('person-sections').getByRole('link', { name: 'Care team' }).getAttribute('aria-current'), 'page');
    await page.getByTestId('care-team-empty').waitFor();
    const form = page.getByTestId('add-member');
    await form.getByRole('button', { name: 'Add to care team' }).click();
    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /Choose an organisation.*Enter their role in this person’s care/);
    assert.match(await text(page.locator('#member-organisation-error')), /Choose an organisation/);
    assert.match(await text(page.locator('#role-error')), /Enter their role/);
  });

  test('a named social worker from the council joins, and can then open her record', async () => {
    const form = page.getByTestId('add-member');
    await chooseMember(form, {
      search: 'adult social care',
      organisation: 'Southwark Council Adult Social Care',
      who: 'Daniel Okoye (Social worker, Southwark North adult social care)',
    });
    // The search narrowed the organisations to those whose name or teams match.
    const offered = await form.getByLabel('Organisation', { exact: true }).locator('option').allInnerTexts();
    assert.ok(offered.every((o) => /Choose|Adult Social Care|Foundation Trust|Council/.test(o)), `only matching organisations: ${offered}`);
    await form.getByLabel('Role in this person’s care').fill('Social worker');
    await form.getByRole('button', { name: 'Add to care team' }).click();
    await waitForText(page.getByTestId('member-saved'), /Daniel Okoye added to the care team.*Role: Social worker\./);
    const rows = await careTeamRows();
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0].slice(0, 3), ['Daniel Okoye Member of staff', 'Southwark Council Adult Social Care', 'Social worker']);
    assert.match(rows[0][3], /^\d+ \w+ \d{4}$/);

    await socialWorker.goto(`/people/${beatrice}/care-team`);
    await socialWorker.getByTestId('care-team').waitFor();
    assert.match(await text(socialWorker.locator('h1')), /Beatrice Pennington/);
    assert.deepEqual(socialWorker.errors, []);
  });

  test('the same member cannot be added twice', async () => {
    const form = page.getByTestId('add-member');
    await chooseMember(form, {
      organisation: 'Southwark Council Adult Social Care',
      who: 'Daniel Okoye (Social worker, Southwark North adult social care)',
    });
    await form.getByLabel('Role in this person’s care').fill('Social worker');
    await form.getByRole('button', { name: 'Add to care team' }).click();
    await waitForText(page.getByTestId('error-summary'), /This member is already in the person’s care team; change their role instead|already in the person's care team/);
    assert.equal((await careTeamRows()).length, 1);
  });

  test('a team from another organisation joins as lead; making another member lead moves it', async () => {
    await page.goto(`/people/${beatrice}/care-team`);
    const form = page.getByTestId('add-member');
    await chooseMember(form, { search: 'district nursing', organisation: "Guy's and St Thomas' NHS Foundation Trust (RJ1)", who: 'Southwark North district nursing' });
    await form.getByLabel('Role in this person’s care').fill('District nurse');
    await form.getByLabel('Make them the lead').check();
    await form.getByRole('button', { name: 'Add to care team' }).click();
    await waitForText(page.getByTestId('member-saved'), /Southwark North district nursing added to the care team.*District nurse, lead/);
    let rows = await careTeamRows();
    const nursing = rows.find((r) => r[0].startsWith('Southwark North district nursing'));
    assert.deepEqual(nursing.slice(0, 3), ['Southwark North district nursing Team', "Guy's and St Thomas' NHS Foundation Trust", 'District nurse Lead']);

    await page.getByRole('link', { name: 'Change Daniel Okoye' }).click();
    await page.waitForURL(new RegExp(`/people/${beatrice}/care-team/\\d+$`));
    const change = page.getByTestId('change-member');
    await change.getByLabel('Role in this person’s care').fill('Social worker (adult social care)');
    await change.getByLabel('Lead').check();
    await change.getByRole('button', { name: 'Save changes' }).click();
    await waitForText(page.getByTestId('member-saved'), /Daniel Okoye: changes saved.*Role: Social worker \(adult social care\), lead\./);
    rows = await careTeamRows();
    assert.deepEqual(
      rows.map((r) => r[2]),
      ['Social worker (adult social care) Lead', 'District nurse'],
      'one lead at a time',
    );
    await screenshot(page, 'care-team');
  });

  test('a change someone else made first is refused with a way to reload', async () => {
    await page.getByRole('link', { name: 'Change Southwark North district nursing' }).click();
    const change = page.getByTestId('change-member');
    await change.waitFor();
    const { body } = await callApi(coordinator, 'GET', `/api/v1/people/${beatrice}/care-team`);
    const nursing = body.members.find((m) => m.name === 'Southwark North district nursing');
    const changed = await callApi(coordinator, 'PUT', `/api/v1/people/${beatrice}/care-team/${nursing.id}`, { role: 'Community matron', lead: false, version: nursing.version });
    assert.equal(changed.status, 200);
    await change.getByLabel('Role in this person’s care').fill('Community nurse');
    await change.getByRole('button', { name: 'Save changes' }).click();
    await waitForText(page.getByTestId('error-summary'), /Someone else changed this care team membership/);
    await page.getByTestId('error-summary').getByRole('button', { name: 'Reload' }).click();
    await waitForText(page.getByTestId('member-details'), /Role Community matron/);
  });

  test('ending a membership keeps it in the past members, and the access ends with it', async () => {
    await page.goto(`/people/${beatrice}/care-team`);
    await page.getByRole('link', { name: 'Change Daniel Okoye' }).click();
    const end = page.getByTestId('end-member');
    await end.getByLabel('Why is their membership ending? (optional)').fill('Case closed by adult social care');
    await end.getByRole('button', { name: 'End membership' }).click();
    await waitForText(page.getByTestId('member-ended'), /Daniel Okoye is no longer in the care team/);
    const current = await careTeamRows();
    assert.deepEqual(current.map((r) => r[0]), ['Southwark North district nursing Team']);
    const past = await careTeamRows('care-team-past');
    assert.equal(past.length, 1);
    assert.equal(past[0][0], 'Daniel Okoye Member of staff');
    assert.equal(past[0][4], 'Case closed by adult social care');

    await socialWorker.goto(`/people/${beatrice}`);
    await socialWorker.getByTestId('refusal').waitFor();
    assert.deepEqual(page.errors, []);
  });
});
