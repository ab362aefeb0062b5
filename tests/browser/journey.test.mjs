// The acceptance journey: a care coordinator can, in the browser, take a
// person from the worklist to an agreed plan with a care team from three
// organisations and an MDT outcome.
//
// coordinator.southwark-north (Tom Reilly) finds FX050 Ivy Thistlewood (five
// long-term conditions, Albion Street Group Practice) on Southwark North's
// worklist, invites her, enrols her with her verbal agreement and himself as
// lead professional, writes About me with her in her own words, records a
// PHQ-9, builds her care team from the council's adult social care (a named
// social worker), Guy's and St Thomas' district nursing (a team) and Age UK
// Lewisham & Southwark (a voluntary organisation), writes and agrees her care
// plan (her goal in her words, an action owned by the social worker, a review
// date), schedules an MDT meeting, puts her on its case list, holds it and
// records the outcome with an action for the district nurses; her timeline
// then tells the whole story. Everything goes through the pages; the API is
// only read. With LCN_SCREENSHOT_DIR set, each step leaves a screenshot
// (journey-01-... to journey-10-...).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeBrowserOf, openPerson, screenshot, signedInPage, tableRows, text, waitForText } from './helpers.mjs';

const IVY = '9990001502';
const GOAL = 'I want to get to the lunch club on Thursdays again';
const PLAN_ACTION = 'Assess for help at home with washing and dressing';
const MEETING = 'Southwark North MDT: new to care coordination';
const MDT_ACTION = 'Visit Ivy at home to check her legs and her falls risk';

let page;
let ivy;

before(async () => {
  page = await signedInPage('coordinator.southwark-north', { caseFinding: true });
});
after(() => closeBrowserOf(page));

function inDays(days) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
}

/** Fills an NHS date input (day, month, year) inside `scope`, found by its legend. */
async function fillDate(scope, legend, iso) {
  const group = scope.locator('fieldset', { has: scope.page().locator('legend', { hasText: legend }) }).last();
  const [y, m, d] = iso.split('-');
  await group.getByLabel('Day').fill(String(Number(d)));
  await group.getByLabel('Month').fill(String(Number(m)));
  await group.getByLabel('Year').fill(y);
}

async function chooseFromDirectory(scope, { search, organisation, who }) {
  if (search) await scope.getByLabel('Search for an organisation (optional)').fill(search);
  await scope.getByLabel('Organisation', { exact: true }).selectOption({ label: organisation });
  const whoSelect = scope.getByLabel('Who at this organisation');
  await waitForText(whoSelect.locator('option').first(), /Choose who/);
  await whoSelect.selectOption({ label: who });
}

async function openSection(name) {
  await page.getByTestId('person-sections').getByRole('link', { name, exact: true }).click();
}

async function ivyOnWorklist() {
  const row = page.getByTestId('worklist').locator('tbody tr').filter({ has: page.getByRole('link', { name: 'Ivy Thistlewood', exact: true }) });
  return row;
}

describe('the care coordinator’s journey', { concurrency: false }, () => {
  test('1. he finds Ivy on the network’s worklist and invites her', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Worklist' }).click();
    await page.waitForURL(/\/worklist/);
    const filters = page.getByTestId('worklist-filters');
    await filters.getByLabel('Practices').selectOption({ label: 'Albion Street Group Practice (G85138)' });
    await filters.getByLabel('People per page').selectOption('100');
    await filters.getByRole('button', { name: 'Show worklist' }).click();
    await page.waitForURL(/practiceId=\d+/);
    await page.getByTestId('worklist').waitFor();
    const row = await ivyOnWorklist();
    const cells = await row.locator('td').allInnerTexts();
    assert.ok(cells.some((c) => /^5\b/.test(c.trim())), `five long-term conditions: ${cells}`);
    const enrolment = row.getByTestId('enrolment-cell');
    await waitForText(enrolment, /Not started/);
    await screenshot(page, 'journey-01-worklist');

    await enrolment.getByRole('button', { name: 'Mark Ivy Thistlewood as invited' }).click();
    await waitForText(enrolment, /^Invited/);
    await enrolment.getByRole('link', { name: 'Change enrolment for Ivy Thistlewood' }).click();
    await page.waitForURL(/\/people\/\d+\/enrolment\?from=worklist$/);
    ivy = Number(new URL(page.url()).pathname.split('/')[2]);
    await waitForText(page.getByTestId('person-enrolment'), /Care coordination: Invited/);
  });

  test('2. she agrees: he enrols her, with himself as lead professional', async () => {
    const form = page.getByTestId('change-enrolment');
    await form.getByLabel('Enrolled').check();
    await form.getByLabel('Verbally').check();
    await form.getByLabel('Lead professional (key worker)').selectOption({ label: 'Tom Reilly (Care coordinator)' });
    await form.getByRole('button', { name: 'Save enrolment' }).click();
    await page.waitForURL(/\/worklist\?/);
    await waitForText(page.getByTestId('enrolment-saved'), /Enrolment saved: enrolled.*Lead professional: Tom Reilly/);
    await page.getByTestId('worklist').waitFor();
    assert.equal(await (await ivyOnWorklist()).count(), 0, 'enrolled, she leaves the worklist');
    await screenshot(page, 'journey-02-enrolled');
  });

  test('3. About me, written with her, in her own words', async () => {
    await openPerson(page, IVY);
    await waitForText(page.getByTestId('person-enrolment'), /Care coordination: Enrolled Lead professional: Tom Reilly/);
    await openSection('About me');
    await page.getByRole('button', { name: 'Write About me' }).click();
    const form = page.getByTestId('about-me-form');
    await form.getByLabel('What matters to me').fill('My friends at the Thursday lunch club. Staying in my own flat.');
    await form.getByLabel('My story').fill('I ran the post office on Jamaica Road for thirty years.');
    await form.getByLabel('Ivy wrote it').check();
    await form.getByLabel('Who they wrote it with (optional)').fill('with Tom, her care coordinator, at home');
    await form.getByRole('button', { name: 'Save About me' }).click();
    await waitForText(page.getByTestId('about-me-saved'), /About me saved: version 1/);
    assert.equal(await text(page.getByTestId('about-me-current').getByTestId('written-by')), 'Written by Ivy');
    await screenshot(page, 'journey-03-about-me');
  });

  test('4. a PHQ-9, scored by the server', async () => {
    await openSection('Assessments');
    const choose = page.getByTestId('choose-assessment');
    await choose.getByLabel('Patient Health Questionnaire (PHQ-9)').check();
    await choose.getByRole('button', { name: 'Start' }).click();
    const form = page.getByTestId('record-assessment');
    await form.waitFor();
    const answers = ['Several days', 'More than half the days', 'Several days', 'More than half the days', 'Not at all', 'Several days', 'Not at all', 'Not at all', 'Not at all'];
    for (const [i, option] of answers.entries()) {
      await form.locator(`[data-link-id="phq9-${i + 1}"]`).getByLabel(option, { exact: true }).check();
    }
    await form.getByRole('button', { name: 'Save assessment' }).click();
    // 1 + 2 + 1 + 2 + 0 + 1 + 0 + 0 + 0 = 7: mild.
    await waitForText(page.getByTestId('assessment-saved'), /Patient Health Questionnaire \(PHQ-9\) saved: score 7 \(mild\)/);
    await screenshot(page, 'journey-04-phq9');
  });

  test('5. her care team, from three organisations', async () => {
    await openSection('Care team');
    await page.getByTestId('care-team-empty').waitFor();
    const add = async (choice, role) => {
      const form = page.getByTestId('add-member');
      await chooseFromDirectory(form, choice);
      await form.getByLabel('Role in this person’s care').fill(role);
      await form.getByRole('button', { name: 'Add to care team' }).click();
      await page.getByTestId('member-saved').waitFor();
    };
    await add(
      { search: 'adult social care', organisation: 'Southwark Council Adult Social Care', who: 'Daniel Okoye (Social worker, Southwark North adult social care)' },
      'Social worker',
    );
    await add({ search: 'district nursing', organisation: "Guy's and St Thomas' NHS Foundation Trust (RJ1)", who: 'Southwark North district nursing' }, 'District nurse');
    await add({ search: 'Age UK', organisation: 'Age UK Lewisham & Southwark', who: 'The whole organisation: Age UK Lewisham & Southwark' }, 'Befriending and help with shopping');
    const rows = await tableRows(page.getByTestId('care-team'));
    assert.equal(rows.length, 3);
    const organisations = new Set(rows.map((r) => r[1]));
    assert.deepEqual(
      [...organisations].sort(),
      ['Age UK Lewisham & Southwark', "Guy's and St Thomas' NHS Foundation Trust", 'Southwark Council Adult Social Care'],
      'three organisations',
    );
    await screenshot(page, 'journey-05-care-team');
  });

  test('6. her care plan: her goal in her words, an action owned by the social worker, agreed with a review date', async () => {
    await openSection('Care plan');
    await page.getByRole('button', { name: 'Write the care plan' }).click();
    const form = page.getByTestId('care-plan-form');
    await form.waitFor();
    await form.getByRole('button', { name: 'Add a need' }).click();
    const need = form.getByTestId('need-item').first();
    await need.getByLabel('Area').selectOption({ label: 'Loneliness and isolation' });
    await need.getByLabel('What they need help with').fill('Has not been out of the flat since her fall in the summer');

    await form.getByRole('button', { name: 'Add a goal' }).click();
    const goal = form.getByTestId('goal-item').first();
    await goal.getByLabel('The goal, in their own words').fill(GOAL);
    await goal.getByLabel('Need 1: Loneliness and isolation, Has not been out of the flat since her fall in the summer').check();

    await form.getByRole('button', { name: 'Add an action' }).click();
    const action = form.getByTestId('action-item').first();
    await action.getByLabel('What will be done').fill(PLAN_ACTION);
    await action.getByLabel('Towards which goal? (optional)').selectOption({ label: `Goal 1: “${GOAL}”` });
    await action.getByLabel('You or a member of their care team').check();
    const who = action.getByLabel('Who', { exact: true });
    await waitForText(who.locator('option').first(), /Choose who/);
    await who.selectOption({ label: 'Daniel Okoye (Social worker, Southwark Council Adult Social Care)' });
    await fillDate(action, 'Due date (optional)', inDays(21));

    await form.getByLabel('Ivy', { exact: true }).last().check();
    await form.getByLabel('Face to face').check();
    await fillDate(form, 'When was it agreed?', inDays(0));
    await fillDate(form, 'Review date', inDays(90));
    await form.getByLabel('What changed and why (optional)').fill('Agreed with Ivy at home');
    await form.getByRole('button', { name: 'Save the plan' }).click();
    await waitForText(page.getByTestId('care-plan-saved'), /Care plan saved: version 1.*The plan is agreed/);

    const plan = page.getByTestId('care-plan-current');
    assert.equal(await text(plan.getByTestId('plan-status')), 'Agreed');
    assert.equal(await text(plan.getByTestId('goal').first().locator('blockquote')), `“${GOAL}”`);
    const actions = await tableRows(plan.getByTestId('plan-actions-table'));
    assert.match(actions[0][0], new RegExp(`^${PLAN_ACTION}`));
    assert.match(actions[0][1], /^Daniel Okoye/);
    assert.match(await text(plan.getByTestId('review-date')), /^Review by \d+ \w+ \d{4}$/);
    assert.match(await text(plan.getByTestId('plan-agreement')), /Agreed with Ivy, face to face, on \d+ \w+ \d{4}\./);
    await screenshot(page, 'journey-06-care-plan');
  });

  test('7. he schedules an MDT meeting for the network and puts her on its case list', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'MDT' }).click();
    await page.waitForURL(/\/mdt$/);
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    const form = page.getByTestId('new-meeting');
    await form.getByLabel('Network or neighbourhood').selectOption({ label: 'Southwark North (whole network)' });
    await form.getByLabel('Title').fill(MEETING);
    await fillDate(form, 'Date', inDays(2));
    await form.getByLabel('Start time').fill('14:00');
    await form.getByLabel('Video call link (optional)').fill('https://meet.example.org/southwark-north-mdt');
    await form.getByRole('button', { name: 'Schedule the meeting' }).click();
    await page.waitForURL(/\/mdt\/\d+$/);
    await waitForText(page.getByTestId('meeting-saved'), new RegExp(`Meeting scheduled: ${MEETING}`));

    const invite = page.getByTestId('add-attendee');
    await invite.getByLabel('A member of staff').check();
    await invite.getByLabel('Name or organisation').fill('Okoye');
    await invite.getByRole('button', { name: 'Find staff' }).click();
    await waitForText(page.getByTestId('attendeeUserId-status'), /found/);
    await invite.getByLabel('Member of staff', { exact: true }).selectOption({ label: 'Daniel Okoye (Social worker, Southwark Council Adult Social Care)' });
    await invite.getByRole('button', { name: 'Add attendee' }).click();
    await waitForText(page.getByTestId('attendees-saved'), /Daniel Okoye added to the attendees/);

    const add = page.getByTestId('add-case');
    await add.getByLabel('NHS number').fill('999 000 1502');
    await add.getByLabel('Why discuss them').fill('Newly enrolled: agree her plan with the team; low mood (PHQ-9 7) and a fall in the summer');
    await add.getByRole('button', { name: 'Add to the case list' }).click();
    await waitForText(page.getByTestId('cases-saved'), /Ivy Thistlewood added to the case list/);
    const cases = await tableRows(page.getByTestId('case-table'));
    assert.equal(cases.length, 1);
    assert.match(cases[0][0], /^Ivy Thistlewood NHS number 999 000 1502$/);
    await screenshot(page, 'journey-07-mdt-case-list');
  });

  test('8. the meeting is held and records her outcome, whose action goes to the district nurses', async () => {
    const change = page.getByTestId('meeting-change');
    await change.getByLabel('Hold the meeting').check();
    await change.getByRole('button', { name: 'Save' }).click();
    await waitForText(page.getByTestId('meeting-saved'), /Meeting held/);
    await page.getByTestId('case-table').getByRole('link', { name: 'Record the outcome for Ivy Thistlewood' }).click();
    await page.waitForURL(/\/mdt\/\d+\/cases\/\d+$/);

    const form = page.getByTestId('outcome-form');
    await form.getByLabel('Summary of the discussion').fill('Plan agreed by the team. Social worker to assess for help at home; Age UK befriending to start; district nurses to check her legs.');
    await form.getByLabel('Continue the plan').check();
    await fillDate(form, 'Next MDT review (optional)', inDays(56));
    await form.getByRole('button', { name: 'Add an action' }).click();
    const action = form.getByTestId('outcome-action').first();
    await action.getByLabel('What needs doing').fill(MDT_ACTION);
    await chooseFromDirectory(action, { search: 'district nursing', organisation: "Guy's and St Thomas' NHS Foundation Trust (RJ1)", who: 'Southwark North district nursing' });
    await fillDate(action, 'Due date (optional)', inDays(7));
    await form.getByRole('button', { name: 'Save the outcome' }).click();
    await waitForText(page.getByTestId('outcome-saved'), new RegExp(`Outcome recorded for Ivy Thistlewood: Continue the plan.*“${MDT_ACTION}” to Southwark North district nursing`));
    assert.equal(await text(page.getByTestId('outcome-decision')), 'Continue the plan');
    const tasks = await tableRows(page.getByTestId('outcome-tasks'));
    assert.equal(tasks.length, 1);
    assert.match(tasks[0][0], new RegExp(`^${MDT_ACTION}`));
    await screenshot(page, 'journey-08-mdt-outcome');
  });

  test('9. her MDT section shows the meeting, its decision and her next review', async () => {
    await page.getByTestId('case-details').getByRole('link', { name: 'Ivy Thistlewood' }).click();
    await page.waitForURL(new RegExp(`/people/${ivy}$`));
    await openSection('MDT');
    const card = page.getByTestId('mdt-case').first();
    await card.waitFor();
    assert.match(await text(card), new RegExp(`${MEETING}.*Held.*Decision Continue the plan.*Next review \\d+ \\w+ \\d{4}.*${MDT_ACTION}`));
    await screenshot(page, 'journey-09-mdt-section');
  });

  test('10. her timeline tells the whole story', async () => {
    await openSection('Timeline');
    await page.getByTestId('timeline').getByTestId('timeline-entry').first().waitFor();
    const titles = (await page.getByTestId('timeline').getByTestId('timeline-entry').locator('h3').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    const story = [
      /^Care coordination: invited/,
      /^Care coordination: enrolled/,
      /^About me .*by the person/,
      /^Patient Health Questionnaire \(PHQ-9\)/,
      /^Daniel Okoye joined the care team/,
      /^Southwark North district nursing joined the care team/,
      /^Age UK Lewisham & Southwark joined the care team/,
      /^Care plan .*agreed/,
      new RegExp(`^On the MDT case list: ${MEETING}`),
      /^MDT outcome .*continue plan/,
      new RegExp(`^Task sent: ${MDT_ACTION}`),
    ];
    for (const beat of story) {
      assert.ok(titles.some((t) => beat.test(t)), `the timeline has ${beat}: ${JSON.stringify(titles)}`);
    }
    // Newest first: the MDT's work comes after the plan, which comes after the enrolment.
    const at = (re) => titles.findIndex((t) => re.test(t));
    assert.ok(at(/^MDT outcome/) < at(/^Care plan .*agreed/) && at(/^Care plan .*agreed/) < at(/^Care coordination: enrolled/), `in order: ${JSON.stringify(titles)}`);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'journey-10-timeline');
  });
});
