// MDT meetings as coordinator.southwark-north (Tom Reilly). The MDT menu lists
// the meetings he chairs; scheduling without a title, day or time names each
// against its field; he schedules a meeting for Southwark North, invites the
// council's social worker and a guest, adds a suggested person (FX051 Percy
// Ollerenshaw, who has an open referral) and one by hand (FX052 Mabel
// Quennell; a second time is refused against the NHS number). Before the
// meeting is held there is no outcome to record, and cancelling needs a
// reason. Held: attendance is recorded; an outcome without a decision is
// refused against the field; one with an action for the district nursing
// team becomes a task in the team's inbox. Minutes saved meanwhile from
// another browser make a stale save a 409 with Reload. Closed: nothing more
// changes, and Mabel's MDT section shows the outcome and its task.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callApi, closeBrowserOf, focusedId, newPage, personIdOf, screenshot, signedInPage, signInAndWait, tableRows, text, waitForText } from './helpers.mjs';

const PERCY = '9990001510';
const MABEL = '9990001529';
const TITLE = 'Bermondsey frailty MDT';
const ACTION = 'Check pressure areas and falls risk at home';
const REFERRAL = 'Assessment for a package of care';

let page;
let nurse;
let other;
let percy;
let mabel;
let meetingPath;

before(async () => {
  page = await signedInPage('coordinator.southwark-north', { caseFinding: true });
  nurse = await newPage(page.context().browser());
  await signInAndWait(nurse, 'nurse.southwark-north');
  // The same coordinator in another browser, for the minutes saved meanwhile.
  other = await newPage(page.context().browser());
  await signInAndWait(other, 'coordinator.southwark-north');
  percy = await personIdOf(page, PERCY);
  mabel = await personIdOf(page, MABEL);
  // Percy has an open referral to the council (made from its own page elsewhere), so the
  // meeting suggests him.
  const teams = (await (await page.request.get('/api/v1/teams')).json()).items;
  const council = teams.find((t) => t.name === 'Southwark North adult social care');
  const referral = await callApi(page, 'POST', `/api/v1/people/${percy}/tasks`, {
    kind: 'referral',
    service: 'adult_social_care',
    title: REFERRAL,
    assigneeTeamId: council.id,
  });
  assert.equal(referral.status, 201);
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

async function changeMeeting(p, action, reason) {
  const form = p.getByTestId('meeting-change');
  await form.getByLabel(action, { exact: true }).check();
  if (reason !== undefined) await form.getByLabel('Why is it cancelled?').fill(reason);
  await form.getByRole('button', { name: 'Save' }).click();
}

async function caseRows() {
  return tableRows(page.getByTestId('case-table'));
}

describe('MDT meetings', { concurrency: false }, () => {
  test('the MDT menu lists the meetings he chairs, upcoming first, and the areas he works with', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'MDT' }).click();
    await page.waitForURL(/\/mdt$/);
    const upcoming = await tableRows(page.getByTestId('meetings-upcoming'));
    const demo = upcoming.find((r) => r[0] === 'Southwark North MDT Southwark North');
    assert.ok(demo, `the network's demo meeting is listed: ${JSON.stringify(upcoming)}`);
    assert.equal(demo[3], 'Tom Reilly');
    assert.equal(demo.at(-1), 'Scheduled');

    await page.getByTestId('meeting-lists').getByRole('link', { name: 'By area' }).click();
    await page.waitForURL(/\/mdt\?view=area$/);
    const area = page.getByLabel('Network or neighbourhood');
    await waitForText(area.locator('option').nth(1), /Southwark North/);
    const offered = await area.locator('option').allInnerTexts();
    assert.ok(offered.includes('Southwark North (whole network)'), `offered: ${offered}`);
    assert.ok(!offered.some((o) => /Lambeth/.test(o)), 'no area outside his reach is offered');
    await area.selectOption({ label: 'Southwark North (whole network)' });
    await page.getByRole('button', { name: 'Show meetings' }).click();
    await page.waitForURL(/\/mdt\?areaId=\d+$/);
    const rows = await tableRows(page.getByTestId('meetings-upcoming'));
    assert.ok(rows.some((r) => r[0] === 'Southwark North MDT Southwark North'));
    assert.deepEqual(page.errors, []);
  });

  test('scheduling without a title, day or time names each against its field', async () => {
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    await page.waitForURL(/\/mdt\/new/);
    const form = page.getByTestId('new-meeting');
    await form.getByRole('button', { name: 'Schedule the meeting' }).click();
    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /There is a problem.*Enter a title.*Enter the date of the meeting.*Enter the start time/);
    assert.equal(await focusedId(page), 'error-summary');
    assert.match(await text(page.locator('#title-error')), /Enter a title/);
    assert.match(await text(page.locator('#startsAt-error')), /Enter the date of the meeting/);
    assert.match(await text(page.locator('#startTime-error')), /Enter the start time/);
    await summary.getByRole('link', { name: 'Enter the start time' }).click();
    assert.equal(await focusedId(page), 'startTime');
  });

  test('he schedules a meeting for Southwark North', async () => {
    const form = page.getByTestId('new-meeting');
    await form.getByLabel('Network or neighbourhood').selectOption({ label: 'Southwark North (whole network)' });
    await form.getByLabel('Title').fill(TITLE);
    await fillDate(form, 'Date', inDays(3));
    await form.getByLabel('Start time').fill('10:30');
    await form.getByLabel('How long, in minutes').fill('90');
    await form.getByLabel('Where (optional)').fill('Meeting room 2, Albion Street Group Practice');
    assert.equal(await form.getByLabel('Member of staff', { exact: true }).inputValue(), String((await callApi(page, 'GET', '/api/v1/session')).body.user.id), 'he chairs it unless he chooses another');
    await form.getByRole('button', { name: 'Schedule the meeting' }).click();
    await page.waitForURL(/\/mdt\/\d+$/);
    meetingPath = new URL(page.url()).pathname;
    await waitForText(page.getByTestId('meeting-saved'), new RegExp(`Meeting scheduled: ${TITLE}`));
    assert.match(await text(page.locator('h1')), new RegExp(`MDT meeting, Southwark North.*${TITLE}`));
    assert.match(
      await text(page.getByTestId('meeting-details')),
      /Status Scheduled When \d+ \w+ \d{4}, 10:30 to 12:00 Where Meeting room 2, Albion Street Group Practice Area Southwark North Chair Tom Reilly People to discuss 0/,
    );
    await page.getByTestId('no-attendees').waitFor();
    await page.getByTestId('no-cases').waitFor();
  });

  test('he invites the council’s social worker, found by name, and a guest', async () => {
    const form = page.getByTestId('add-attendee');
    await form.getByRole('button', { name: 'Add attendee' }).click();
    await waitForText(page.getByTestId('error-summary'), /Choose a member of staff or a guest/);

    await form.getByLabel('A member of staff').check();
    await form.getByLabel('Name or organisation').fill('Okoye');
    await form.getByRole('button', { name: 'Find staff' }).click();
    await waitForText(page.getByTestId('attendeeUserId-status'), /1 found/);
    await form.getByLabel('Member of staff', { exact: true }).selectOption({ label: 'Daniel Okoye (Social worker, Southwark Council Adult Social Care)' });
    await form.getByRole('button', { name: 'Add attendee' }).click();
    await waitForText(page.getByTestId('attendees-saved'), /Daniel Okoye added to the attendees/);

    const guest = page.getByTestId('add-attendee');
    await guest.getByLabel('A guest').check();
    await guest.getByLabel('Guest’s name').fill('Revd Jo Adeyemi');
    await guest.getByLabel('Their organisation (optional)').fill('St Mary Magdalene Church');
    await guest.getByRole('button', { name: 'Add attendee' }).click();
    await waitForText(page.getByTestId('attendees-saved'), /Revd Jo Adeyemi added to the attendees/);
    const rows = await tableRows(page.getByTestId('attendee-table'));
    assert.deepEqual(
      rows.map((r) => r.slice(0, 3)),
      [
        ['Daniel Okoye Member of staff', 'Social worker', 'Southwark Council Adult Social Care'],
        ['Revd Jo Adeyemi Guest', '', 'St Mary Magdalene Church'],
      ],
    );
  });

  test('he adds a suggested person and one by hand; the same person twice is refused', async () => {
    await page.getByRole('button', { name: 'Show suggestions' }).click();
    const suggestions = page.getByTestId('suggestion-table');
    await suggestions.waitFor();
    const row = suggestions.locator('tbody tr').filter({ hasText: 'Percy Ollerenshaw' });
    assert.match(await text(row), new RegExp(`Open referral.*adult social care: ${REFERRAL} \\(requested\\)`));
    await screenshot(page, 'mdt-suggestions');
    await row.getByRole('button', { name: 'Add Percy Ollerenshaw to case list' }).click();
    await waitForText(page.getByTestId('cases-saved'), /Percy Ollerenshaw added to the case list/);
    // The suggestions stay shown, without him.
    await page.getByTestId('suggestion-table').waitFor();
    assert.equal(await page.getByTestId('suggestion-table').locator('tbody tr').filter({ hasText: 'Percy Ollerenshaw' }).count(), 0);

    const form = page.getByTestId('add-case');
    await form.getByLabel('NHS number').fill('999 000 1529');
    await form.getByLabel('Why discuss them').fill('Two falls this month; her daughter is worried');
    await form.getByRole('button', { name: 'Add to the case list' }).click();
    await waitForText(page.getByTestId('cases-saved'), /Mabel Quennell added to the case list/);
    const rows = await caseRows();
    assert.equal(rows.length, 2);
    assert.match(rows[0][0], /^Percy Ollerenshaw NHS number 999 000 1510$/);
    assert.match(rows[0][1], new RegExp(`${REFERRAL}.*Open referral$`));
    assert.deepEqual(rows[1].slice(0, 3), ['Mabel Quennell NHS number 999 000 1529', 'Two falls this month; her daughter is worried Added by hand', 'Not recorded yet']);
    assert.equal(await page.getByTestId('case-table').getByRole('link', { name: 'Mabel Quennell', exact: true }).getAttribute('href'), `/people/${mabel}`);

    await page.getByTestId('add-case').getByLabel('NHS number').fill('9990001529');
    await page.getByTestId('add-case').getByLabel('Why discuss them').fill('Again');
    await page.getByTestId('add-case').getByRole('button', { name: 'Add to the case list' }).click();
    await waitForText(page.locator('#caseNhsNumber-error'), /already on the meeting's case list/);
    assert.equal((await caseRows()).length, 2, 'nothing was added');
  });

  test('before it is held there is no outcome to record, and cancelling needs a reason', async () => {
    await page.getByTestId('case-table').getByRole('link', { name: 'View Percy Ollerenshaw’s case' }).click();
    await page.waitForURL(/\/mdt\/\d+\/cases\/\d+$/);
    await waitForText(page.getByTestId('outcome-closed'), /The meeting has not been held yet\. Outcomes are recorded once it is held\./);
    assert.equal(await page.getByTestId('outcome-form').count(), 0);
    await page.getByRole('link', { name: 'Back to the meeting' }).click();
    await page.waitForURL(new RegExp(`${meetingPath}$`));

    await changeMeeting(page, 'Cancel the meeting');
    await waitForText(page.getByTestId('error-summary'), /Enter why the meeting is cancelled/);
    assert.match(await text(page.locator('#cancelReason-error')), /Enter why the meeting is cancelled/);
    assert.equal(await text(page.getByTestId('meeting-state')), 'Scheduled', 'nothing changed');
  });

  test('holding it; attendance is recorded', async () => {
    await changeMeeting(page, 'Hold the meeting');
    await waitForText(page.getByTestId('meeting-saved'), /Meeting held/);
    assert.equal(await text(page.getByTestId('meeting-state')), 'Held');
    await page.getByTestId('attendee-table').getByRole('button', { name: 'Mark Daniel Okoye as attended' }).click();
    await waitForText(page.getByTestId('attendees-saved'), /Daniel Okoye recorded as attended/);
    await page.getByTestId('attendee-table').getByRole('button', { name: 'Mark Revd Jo Adeyemi as absent' }).click();
    await waitForText(page.getByTestId('attendees-saved'), /Revd Jo Adeyemi recorded as absent/);
    const rows = await tableRows(page.getByTestId('attendee-table'));
    assert.deepEqual(rows.map((r) => r[3]), ['Attended', 'Absent']);
    assert.equal(await page.getByTestId('add-attendee').count(), 0, 'the list is fixed once held');
  });

  test('an outcome without a decision is refused against the field; its action becomes the team’s task', async () => {
    await page.getByTestId('case-table').getByRole('link', { name: 'Record the outcome for Mabel Quennell' }).click();
    await page.waitForURL(/\/mdt\/\d+\/cases\/\d+$/);
    const form = page.getByTestId('outcome-form');
    await form.getByLabel('Summary of the discussion').fill('Two falls at home this month. Lives alone; daughter visits weekly.');
    await form.getByRole('button', { name: 'Save the outcome' }).click();
    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /There is a problem.*Choose the decision/);
    assert.match(await text(page.locator('#decision-error')), /Choose the decision/);
    await summary.getByRole('link', { name: 'Choose the decision' }).click();
    assert.equal(await focusedId(page), 'decision');

    await form.getByLabel('Update the plan').check();
    await fillDate(form, 'Next MDT review (optional)', inDays(28));
    await form.getByRole('button', { name: 'Add an action' }).click();
    const action = form.getByTestId('outcome-action').first();
    await action.getByLabel('What needs doing').fill(ACTION);
    await action.getByLabel('Search for an organisation (optional)').fill('district nursing');
    await action.getByLabel('Organisation', { exact: true }).selectOption({ label: "Guy's and St Thomas' NHS Foundation Trust (RJ1)" });
    const who = action.getByLabel('Who at this organisation');
    await waitForText(who.locator('option').first(), /Choose who/);
    await who.selectOption({ label: 'Southwark North district nursing' });
    await action.getByLabel('Soon').check();
    await fillDate(action, 'Due date (optional)', inDays(7));
    await form.getByRole('button', { name: 'Save the outcome' }).click();

    await waitForText(page.getByTestId('outcome-saved'), new RegExp(`Outcome recorded for Mabel Quennell: Update the plan.*1 task was sent: “${ACTION}” to Southwark North district nursing`));
    assert.match(await text(page.getByTestId('outcome-details')), /Decision Update the plan Summary Two falls at home this month\. .* Next review \d+ \w+ \d{4} Recorded By Tom Reilly on/);
    const tasks = await tableRows(page.getByTestId('outcome-tasks'));
    assert.equal(tasks.length, 1);
    assert.deepEqual(tasks[0].slice(1), ['Southwark North district nursing', tasks[0][2], 'Requested']);
    const taskPath = await page.getByTestId('outcome-tasks').getByRole('link', { name: ACTION }).getAttribute('href');
    assert.match(taskPath, /^\/tasks\/\d+$/);
    await screenshot(page, 'mdt-outcome');

    // The district nurse finds it in her team's inbox.
    await nurse.goto('/tasks?box=teams');
    const inbox = await tableRows(nurse.getByTestId('tasks'));
    const row = inbox.find((r) => r[0].startsWith(ACTION));
    assert.ok(row, `the task is in the team's inbox: ${JSON.stringify(inbox)}`);
    assert.deepEqual(row.slice(1, 4), ['Mabel Quennell', 'Tom Reilly', 'Southwark North district nursing']);
    await nurse.goto(taskPath);
    await waitForText(nurse.getByTestId('task-details'), new RegExp(`Agreed at the MDT meeting "${TITLE}"`));
  });

  test('minutes saved meanwhile from another browser make a stale save a 409 with Reload', async () => {
    await page.getByRole('link', { name: 'Back to the meeting' }).click();
    await page.waitForURL(new RegExp(`${meetingPath}$`));
    const minutes = page.getByTestId('minutes-form').getByLabel('Minutes', { exact: true });
    await minutes.fill('Two people discussed. Percy: referral to the council chased.');

    await other.goto(meetingPath);
    await other.getByTestId('minutes-form').getByLabel('Minutes', { exact: true }).fill('Apologies from the practice pharmacist.');
    await other.getByTestId('minutes-form').getByRole('button', { name: 'Save minutes' }).click();
    await waitForText(other.getByTestId('minutes-saved'), /Minutes saved/);

    await page.getByTestId('minutes-form').getByRole('button', { name: 'Save minutes' }).click();
    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /Someone else changed this meeting/);
    assert.equal(await summary.getAttribute('data-problem'), 'conflict');
    assert.equal(await minutes.inputValue(), 'Two people discussed. Percy: referral to the council chased.', 'the typed minutes stay');
    await summary.getByRole('button', { name: 'Reload' }).click();
    await waitForText(page.getByTestId('minutes-saved-at'), /Last saved/);
    const reloaded = page.getByTestId('minutes-form').getByLabel('Minutes', { exact: true });
    assert.equal(await reloaded.inputValue(), 'Apologies from the practice pharmacist.');
    await reloaded.fill('Apologies from the practice pharmacist.\nTwo people discussed. Percy: referral to the council chased.');
    await page.getByTestId('minutes-form').getByRole('button', { name: 'Save minutes' }).click();
    await waitForText(page.getByTestId('minutes-saved'), /Minutes saved/);
  });

  test('closing it: nothing more changes, and Mabel’s MDT section shows the outcome and its task', async () => {
    await changeMeeting(page, 'Close the meeting');
    await waitForText(page.getByTestId('meeting-saved'), /Meeting closed/);
    assert.equal(await text(page.getByTestId('meeting-state')), 'Closed');
    assert.match(await text(page.getByTestId('no-meeting-changes')), /This meeting is closed: nothing more can be changed/);
    assert.equal(await page.getByTestId('minutes-form').count(), 0);
    assert.equal(await page.getByTestId('minutes-text').locator('p').allInnerTexts().then((p) => p.join('\n')), 'Apologies from the practice pharmacist.\nTwo people discussed. Percy: referral to the council chased.');
    assert.equal(await page.getByTestId('add-case').count(), 0);
    const history = await tableRows(page.getByTestId('meeting-history').locator('table'));
    assert.deepEqual(history.map((r) => [r[1], r[3]]), [['Held to Closed', 'Tom Reilly'], ['Scheduled to Held', 'Tom Reilly'], ['Scheduled', 'Tom Reilly']]);
    await screenshot(page, 'mdt-closed');

    await page.getByTestId('case-table').getByRole('link', { name: 'Mabel Quennell', exact: true }).click();
    await page.waitForURL(new RegExp(`/people/${mabel}$`));
    await page.getByTestId('person-sections').getByRole('link', { name: 'MDT' }).click();
    await page.waitForURL(new RegExp(`/people/${mabel}/mdt$`));
    const card = page.getByTestId('mdt-case').first();
    await card.waitFor();
    assert.match(await text(card), new RegExp(`${TITLE}.*Closed.*Two falls this month; her daughter is worried.*Added by hand, added by Tom Reilly.*Decision Update the plan.*Next review \\d+ \\w+ \\d{4}.*${ACTION} \\(Southwark North district nursing, due .*\\) Requested`));
    assert.match(await text(page.getByTestId('mdt-next-review')), /^Next MDT review: \d+ \w+ \d{4}$/);
    assert.deepEqual(page.errors, []);
  });
});
