// The timeline as gp.albion, for FX043 Agnes Zeller: a note without words is
// refused against the field; a phone call note appears at the top with who
// wrote it; the entries of her About me and care plan link to their versions;
// filtering to notes (kept in the address, so a reload or a bookmark shows the
// same) shows only notes; a period with nothing in it says so, and a "to"
// before "from" is refused; "Show more" fetches the next page; your own note
// can be marked as written in error with a reason (then shown struck
// through), and nobody else's can.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callApi, closeBrowserOf, focusedId, newPage, personIdOf, screenshot, signedInPage, signInAndWait, text, waitForText } from './helpers.mjs';

const AGNES = '9990001421';

let page;
let coordinator;
let agnes;
before(async () => {
  page = await signedInPage('gp.albion');
  coordinator = await newPage(page.context().browser());
  await signInAndWait(coordinator, 'coordinator.southwark-north');
  agnes = await personIdOf(page, AGNES);
});
after(() => closeBrowserOf(page));

const entries = () => page.getByTestId('timeline').getByTestId('timeline-entry');

async function entryTypes() {
  return entries().evaluateAll((items) => items.map((i) => i.getAttribute('data-type')));
}

function isoDaysFromToday(days) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
}

async function fillDate(legend, iso) {
  const group = page.getByTestId('timeline-filters').locator('fieldset', { has: page.locator('legend', { hasText: legend }) });
  const [y, m, d] = iso ? iso.split('-') : ['', '', ''];
  await group.getByLabel('Day').fill(d ? String(Number(d)) : '');
  await group.getByLabel('Month').fill(m ? String(Number(m)) : '');
  await group.getByLabel('Year').fill(y);
}

describe('timeline', { concurrency: false }, () => {
  test('a note without words is refused against the field', async () => {
    await page.goto(`/people/${agnes}`);
    await page.getByTestId('person-sections').getByRole('link', { name: 'Timeline' }).click();
    await page.waitForURL(new RegExp(`/people/${agnes}/timeline$`));
    await page.getByTestId('timeline-empty').waitFor();
    const form = page.getByTestId('new-note');
    await form.getByRole('button', { name: 'Save note' }).click();
    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /There is a problem.*Enter the note/);
    assert.match(await text(page.locator('#noteText-error')), /Enter the note/);
    await summary.getByRole('link', { name: 'Enter the note' }).click();
    assert.equal(await focusedId(page), 'noteText');
  });

  test('a phone call note appears at the top, with who wrote it', async () => {
    const form = page.getByTestId('new-note');
    await form.getByLabel('What kind of note?').selectOption({ label: 'Phone call' });
    await form.getByLabel('Note', { exact: true }).fill('Rang Agnes: her hip is sore after the fall.\nGP visit booked.');
    await form.getByRole('button', { name: 'Save note' }).click();
    await waitForText(page.getByTestId('note-saved'), /Phone call saved/);
    const first = entries().first();
    await first.waitFor();
    assert.equal(await first.getAttribute('data-type'), 'note');
    assert.equal(await text(first.locator('h3')), 'Phone call');
    assert.equal(await first.locator('.app-timeline__detail').innerText(), 'Rang Agnes: her hip is sore after the fall.\nGP visit booked.');
    assert.match(await text(first.locator('.app-timeline__when')), /^\d+ \w+ \d{4} at \d\d:\d\d · Note$/);
    assert.equal(await text(first.locator('.app-timeline__by')), 'By Dr Amira Patel');
    assert.equal(await page.getByTestId('new-note').getByLabel('Note', { exact: true }).inputValue(), '', 'the form is ready for the next note');
  });

  test('About me and care plan entries link to their versions', async () => {
    // Others' work on her record, from their own screens.
    const aboutMe = await callApi(coordinator, 'PUT', `/api/v1/people/${agnes}/about-me`, {
      version: 0,
      writtenBy: 'person',
      content: { whatMattersToMe: 'My garden' },
    });
    assert.equal(aboutMe.status, 200);
    const plan = await callApi(coordinator, 'PUT', `/api/v1/people/${agnes}/care-plan`, {
      version: 0,
      changeNote: 'First draft',
      content: { goals: [{ inOwnWords: 'I want to keep my garden going' }] },
    });
    assert.equal(plan.status, 200);

    await page.reload();
    await waitForText(page.getByTestId('timeline-count'), /Showing 3 entries/);
    assert.deepEqual(await entryTypes(), ['care_plan', 'about_me', 'note']);
    const planEntry = entries().first();
    assert.match(await text(planEntry.locator('h3')), /Care plan version 1 saved as a draft/);
    assert.equal(await text(planEntry.locator('.app-timeline__detail')), 'First draft');
    assert.equal(await text(planEntry.locator('.app-timeline__by')), 'By Tom Reilly');
    await entries().nth(1).getByRole('link', { name: /About me written by the person/ }).click();
    await page.waitForURL(new RegExp(`/people/${agnes}/about-me/versions/1$`));
    await page.getByTestId('about-me-version').waitFor();
    await page.goBack();
    await planEntry.getByRole('link').click();
    await page.waitForURL(new RegExp(`/people/${agnes}/care-plan/versions/1$`));
    await page.getByTestId('care-plan-version').waitFor();
    await page.goBack();
    await page.getByTestId('timeline').waitFor();
  });

  test('filtering to notes shows only notes, and the filter is kept in the address', async () => {
    const filters = page.getByTestId('timeline-filters');
    // The choices are the types the server lists.
    const offered = await filters.locator('input[name="types"]').evaluateAll((boxes) => boxes.map((b) => b.value));
    assert.ok(offered.includes('note') && offered.includes('care_plan') && offered.includes('about_me'), `types: ${offered}`);
    for (const box of await filters.locator('input[name="types"]').all()) {
      if ((await box.getAttribute('value')) !== 'note') await box.uncheck();
    }
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(new RegExp(`/people/${agnes}/timeline\\?types=note$`));
    await waitForText(page.getByTestId('timeline-count'), /Showing 1 entry/);
    assert.deepEqual(await entryTypes(), ['note']);

    // A bookmark (or a reload) shows the same.
    await page.reload();
    await waitForText(page.getByTestId('timeline-count'), /Showing 1 entry/);
    assert.deepEqual(await entryTypes(), ['note']);
    assert.equal(await page.getByTestId('timeline-filters').getByLabel('Notes').isChecked(), true);
    assert.equal(await page.getByTestId('timeline-filters').getByLabel('Care plan').isChecked(), false);
    await screenshot(page, 'timeline-notes-only');
  });

  test('a period with nothing in it says so, and "to" before "from" is refused', async () => {
    await fillDate(/^From/, isoDaysFromToday(1));
    await page.getByTestId('timeline-filters').getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(new RegExp(`/people/${agnes}/timeline\\?types=note&from=${isoDaysFromToday(1)}$`));
    await waitForText(page.getByTestId('timeline-empty'), /Nothing matches these filters/);

    await fillDate(/^To/, isoDaysFromToday(-1));
    await page.getByTestId('timeline-filters').getByRole('button', { name: 'Apply filters' }).click();
    await waitForText(page.getByTestId('error-summary'), /The to date must be the same as or after the from date/);
    assert.match(await text(page.locator('#to-error')), /must be the same as or after the from date/);

    await page.getByTestId('clear-filters').click();
    await page.waitForURL(new RegExp(`/people/${agnes}/timeline$`));
    await waitForText(page.getByTestId('timeline-count'), /Showing 3 entries/);
  });

  test('"Show more" fetches the next page', async () => {
    for (let i = 1; i <= 22; i++) {
      const { status } = await callApi(page, 'POST', `/api/v1/people/${agnes}/notes`, { kind: 'message', text: `Message ${i}` });
      assert.equal(status, 201);
    }
    await page.reload();
    await waitForText(page.getByTestId('timeline-count'), /Showing 20 entries; there are more/);
    assert.equal(await text(entries().first().locator('.app-timeline__detail')), 'Message 22');
    await page.getByTestId('show-more').click();
    await waitForText(page.getByTestId('timeline-count'), /Showing 25 entries, newest first/);
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('.app-timeline__detail')?.textContent);
    assert.equal(focused, 'Message 2', 'the first new entry has the focus');
    assert.equal(await page.getByTestId('show-more').isHidden(), true, 'no more to show');
    assert.deepEqual((await entryTypes()).slice(-3), ['care_plan', 'about_me', 'note']);
  });

  test('your own note can be marked as written in error, with a reason; nobody else’s can', async () => {
    const theirs = await callApi(coordinator, 'POST', `/api/v1/people/${agnes}/notes`, { kind: 'home_visit', text: 'Visited Agnes at home' });
    assert.equal(theirs.status, 201);
    await page.goto(`/people/${agnes}/timeline?types=note`);
    const visit = entries().filter({ hasText: 'Visited Agnes at home' });
    await visit.waitFor();
    assert.equal(await visit.getByText('Mark this note as written in error').count(), 0, 'not offered on someone else’s note');

    // Her first note is on the second page.
    await page.getByTestId('show-more').click();
    const call = entries().filter({ hasText: 'Rang Agnes' });
    await call.getByText('Mark this note as written in error').click();
    await call.getByRole('button', { name: 'Mark as written in error' }).click();
    await waitForText(page.getByTestId('error-summary'), /Enter why the note was written in error/);
    await call.getByLabel('Why was it written in error?').fill('Wrong person: this was about her neighbour');
    await call.getByRole('button', { name: 'Mark as written in error' }).click();
    // The entry is drawn again in its place, struck through, and the reason has the focus.
    const marked = entries().filter({ hasText: 'Rang Agnes' });
    await waitForText(marked.getByTestId('in-error-reason'), /Marked as written in error/);
    assert.equal(await focusedId(page), 'in-error-reason');
    assert.equal(await entries().count(), 24, 'the list keeps its place');
    assert.equal(await marked.getAttribute('class'), 'app-timeline__entry app-timeline__entry--in-error');
    assert.equal(await text(marked.getByTestId('in-error')), 'Written in error');
    assert.equal(await marked.locator('.app-timeline__detail').evaluate((el) => getComputedStyle(el).textDecorationLine), 'line-through');
    assert.match(await text(marked.getByTestId('in-error-reason')), /Marked as written in error by Dr Amira Patel on .*: Wrong person: this was about her neighbour/);
    assert.equal(await marked.getByText('Mark this note as written in error').count(), 0, 'marked once only');
    await page.reload();
    await page.getByTestId('show-more').click();
    assert.equal(await text(entries().filter({ hasText: 'Rang Agnes' }).getByTestId('in-error')), 'Written in error', 'as the server has it');
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'timeline-in-error');
  });
});
