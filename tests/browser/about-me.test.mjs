// About me as gp.albion, for FX041 Doris Whitlock: nothing written yet; a
// carer without "what may they see" is refused against that field, and a
// phone number the server refuses (content.contacts[0].phone) is shown against
// the phone field; Doris's own words are saved and shown as hers, with her
// communication needs in the server's words and her daughter with what she may
// see; a professional's update makes version 2 and version 1 stays viewable;
// when coordinator.southwark-north saves meanwhile, the save is refused with
// the current version on screen and the typed text kept, to re-apply.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callApi, closeBrowserOf, focusedId, newPage, personIdOf, screenshot, signedInPage, signInAndWait, tableRows, text, waitForText } from './helpers.mjs';

const DORIS = '9990001405';

let page;
let coordinator;
let doris;
before(async () => {
  page = await signedInPage('gp.albion');
  coordinator = await newPage(page.context().browser());
  await signInAndWait(coordinator, 'coordinator.southwark-north');
  doris = await personIdOf(page, DORIS);
});
after(() => closeBrowserOf(page));

describe('About me', { concurrency: false }, () => {
  test('nothing is written yet, and the section offers to write it', async () => {
    await page.goto(`/people/${doris}`);
    await page.getByTestId('person-sections').getByRole('link', { name: 'About me' }).click();
    await page.waitForURL(new RegExp(`/people/${doris}/about-me$`));
    await page.getByTestId('about-me-empty').waitFor();
    // The sections are in their planned order.
    const sections = await page.getByTestId('person-sections').getByRole('link').allInnerTexts();
    const at = (name) => sections.indexOf(name);
    assert.ok(at('Summary') === 0 && at('Summary') < at('About me') && at('About me') < at('Assessments') && at('Assessments') < at('Care plan'), `order: ${sections}`);
    assert.equal(sections.at(-1), 'Timeline');
    await page.getByRole('button', { name: 'Write About me' }).click();
    await page.waitForURL(new RegExp(`/people/${doris}/about-me/edit$`));
    await page.getByTestId('about-me-form').waitFor();
  });

  test('a carer without what they may see, and who wrote it, are asked for against the fields', async () => {
    const form = page.getByTestId('about-me-form');
    // The communication needs come from the server's vocabulary.
    await form.getByLabel('Information in large print').waitFor();
    await form.getByLabel('What matters to me').fill('Getting to chapel on Sundays.\nMy cat, Smudge.');
    await form.getByRole('button', { name: 'Add a carer or next of kin' }).click();
    const row = form.getByTestId('contact-row').first();
    assert.equal(await focusedId(page), await row.getByLabel('Name', { exact: true }).getAttribute('id'), 'the new contact’s name has the focus');
    await row.getByLabel('Name', { exact: true }).fill('Jane Whitlock');
    await row.getByLabel('Relationship to them').fill('daughter');
    await form.getByRole('button', { name: 'Save About me' }).click();

    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /There is a problem.*Choose who wrote this version.*Choose what Jane Whitlock may see/);
    assert.equal(await focusedId(page), 'error-summary');
    assert.match(await text(row.locator('.nhsuk-error-message')), /Choose what Jane Whitlock may see/);
    assert.match(await text(form.locator('#writtenBy-error')), /Choose who wrote this version/);
    await summary.getByRole('link', { name: 'Choose what Jane Whitlock may see' }).click();
    assert.equal(await focusedId(page), await row.getByLabel('Nothing', { exact: true }).getAttribute('id'), 'the link moves to the contact’s choices');
    const { body } = await callApi(page, 'GET', `/api/v1/people/${doris}/about-me`);
    assert.equal(body.version, 0, 'nothing was saved');
  });

  test('a phone number the server refuses is shown against the phone field by its path', async () => {
    const form = page.getByTestId('about-me-form');
    const row = form.getByTestId('contact-row').first();
    await form.getByLabel('Doris wrote it').check();
    await row.getByLabel('The plan and appointments').check();
    await row.getByLabel('Phone number (optional)').fill('ring the shop');
    await form.getByRole('button', { name: 'Save About me' }).click();
    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /Phone number of carer or next of kin 1 may hold only digits/);
    assert.match(await text(row.locator('.nhsuk-error-message')), /may hold only digits/);
    assert.doesNotMatch(await text(summary), /Choose who wrote/, 'the fixed errors are gone');
    await summary.getByRole('link', { name: /Phone number of carer or next of kin 1/ }).click();
    assert.equal(await focusedId(page), await row.getByLabel('Phone number (optional)').getAttribute('id'));
  });

  test('Doris’s own words are saved, and shown as hers', async () => {
    const form = page.getByTestId('about-me-form');
    const row = form.getByTestId('contact-row').first();
    await row.getByLabel('Phone number (optional)').fill('07700 900123');
    await row.getByLabel('They are a carer').check();
    await row.getByLabel('They are next of kin').check();
    await form.getByLabel('Who they wrote it with (optional)').fill('with her daughter Jane');
    await form.getByLabel('My story').fill('I was a seamstress for forty years.');
    await form.getByLabel('Information in large print').check();
    await form.getByLabel('Contact by telephone').check();
    await form.getByLabel('They need a spoken-language interpreter').check();
    await form.getByLabel('Which language?').fill('Welsh');
    await form.getByLabel('What changed and why (optional)').fill('First written at home');
    await form.getByRole('button', { name: 'Save About me' }).click();

    await waitForText(page.getByTestId('about-me-saved'), /About me saved: version 1/);
    await page.waitForURL(new RegExp(`/people/${doris}/about-me$`));
    const current = page.getByTestId('about-me-current');
    assert.equal(await text(current.getByTestId('written-by')), 'Written by Doris');
    assert.match(await text(current.getByTestId('author-text')), /^Written by Doris herself, with her daughter Jane$/);
    assert.match(await text(current.getByTestId('about-me-attribution')), /Version 1\. Recorded by Dr Amira Patel \(GP, Albion Street Group Practice\) on \d+ \w+ \d{4} at \d\d:\d\d\..*Why it changed: First written at home/);
    assert.equal(await current.getByTestId('about-me-what-matters').locator('p').innerText(), 'Getting to chapel on Sundays.\nMy cat, Smudge.');
    const communication = await text(current.getByTestId('about-me-communication'));
    assert.match(communication, /Contact by telephone/);
    assert.match(communication, /Information in large print/);
    assert.match(communication, /Needs an interpreter: Welsh/);
    const contacts = await tableRows(current.getByTestId('about-me-contact-table'));
    assert.deepEqual(contacts, [['Jane Whitlock daughter Carer Next of kin', '07700 900123', 'The plan and appointments', '']]);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'about-me-written-by-doris');
  });

  test('a professional’s update is version 2, and version 1 stays as it was', async () => {
    await page.getByRole('button', { name: 'Update About me' }).click();
    const form = page.getByTestId('about-me-form');
    await form.waitFor();
    // The form starts from the current version; who wrote it is asked again.
    assert.equal(await form.getByLabel('My story').inputValue(), 'I was a seamstress for forty years.');
    assert.equal(await form.getByLabel('A professional wrote it').isChecked(), false);
    await form.getByLabel('A professional wrote it').check();
    await form.getByLabel('My story').fill('I was a seamstress for forty years, in Bermondsey.');
    await form.getByRole('button', { name: 'Save About me' }).click();
    await waitForText(page.getByTestId('about-me-saved'), /version 2/);
    assert.equal(await text(page.getByTestId('about-me-current').getByTestId('written-by')), 'Written by a professional');

    const versions = await tableRows(page.getByTestId('about-me-versions'));
    assert.equal(versions.length, 2);
    assert.match(versions[0][0], /Version 2 Current$/);
    assert.match(versions[1][1], /Written by Doris/);
    assert.equal(versions[1][3], 'First written at home');
    await page.getByTestId('about-me-versions').getByRole('link', { name: 'Version 1', exact: true }).click();
    await page.waitForURL(new RegExp(`/people/${doris}/about-me/versions/1$`));
    await waitForText(page.getByTestId('version-status'), /This is an earlier version/);
    const version = page.getByTestId('about-me-version');
    assert.equal(await text(version.getByTestId('written-by')), 'Written by Doris');
    assert.equal(await text(version.getByTestId('about-me-story').locator('p')), 'I was a seamstress for forty years.');
  });

  test('a version saved by someone else meanwhile is shown, and the typed text is kept to re-apply', async () => {
    await page.goto(`/people/${doris}/about-me/edit`);
    const form = page.getByTestId('about-me-form');
    await form.getByLabel('A professional wrote it').check();
    await form.getByLabel('The people who support me').fill('Jane visits every day; the chapel choir.');

    // Meanwhile the care coordinator saves version 3 from their own screen.
    const meanwhile = await callApi(coordinator, 'GET', `/api/v1/people/${doris}/about-me`);
    const saved = await callApi(coordinator, 'PUT', `/api/v1/people/${doris}/about-me`, {
      version: meanwhile.body.version,
      writtenBy: 'carer',
      writtenWith: 'Jane, on the phone',
      content: { ...meanwhile.body.content, whatMattersToMe: 'Getting to chapel, and keeping Smudge.' },
    });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.version, 3);

    await form.getByRole('button', { name: 'Save About me' }).click();
    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /Someone else changed About me.*Tom Reilly saved version 3 since you opened this page, so your changes were not saved\. Here is the current version/);
    const current = page.getByTestId('about-me-current');
    assert.match(await text(current.locator('h2')), /The current version: version 3/);
    assert.equal(await text(current.getByTestId('written-by')), 'Written by their carer');
    assert.match(await text(current.getByTestId('about-me-what-matters')), /Getting to chapel, and keeping Smudge\./);
    // What the user typed is still in the form.
    assert.equal(await form.getByLabel('The people who support me').inputValue(), 'Jane visits every day; the chapel choir.');
    assert.equal((await callApi(page, 'GET', `/api/v1/people/${doris}/about-me`)).body.version, 3, 'nothing was overwritten');
    await screenshot(page, 'about-me-conflict');

    // Re-applied on top of version 3: saved as version 4.
    await form.getByLabel('What matters to me').fill('Getting to chapel, and keeping Smudge.');
    await form.getByRole('button', { name: 'Save About me' }).click();
    await waitForText(page.getByTestId('about-me-saved'), /version 4/);
    const now = (await callApi(page, 'GET', `/api/v1/people/${doris}/about-me`)).body;
    assert.equal(now.content.peopleWhoSupportMe, 'Jane visits every day; the chapel choir.');
    assert.equal(now.content.whatMattersToMe, 'Getting to chapel, and keeping Smudge.');
    assert.deepEqual(page.errors, []);
  });
});
