// Tasks and referrals, for FX025 Clifford Quarmby. gp.albion refers him to
// Southwark North district nursing (a team at Guy's and St Thomas'); the
// district nurse finds it under My teams, cannot open his record until the
// team accepts, is refused a decline without a reason, accepts (which puts the
// team in his care team), starts and completes it with the outcome, which the
// GP reads under Sent. A task the GP cancels while the nurse has it open is a
// 409 naming what is allowed now; overdue tasks are flagged.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callApi, closeBrowserOf, newPage, personIdOf, screenshot, signedInPage, signInAndWait, tableRows, text, waitForText } from './helpers.mjs';

const CLIFFORD = '9990001278';
const TITLE = 'Leg ulcer dressings twice a week';

let gp;
let nurse;
let clifford;
let referralPath;
before(async () => {
  gp = await signedInPage('gp.albion');
  nurse = await newPage(gp.context().browser());
  await signInAndWait(nurse, 'nurse.southwark-north');
  clifford = await personIdOf(gp, CLIFFORD);
});
after(() => closeBrowserOf(gp));

function inDays(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}

async function chooseAssignee(form, { search, organisation, who }) {
  if (search) await form.getByLabel('Search for an organisation (optional)').fill(search);
  await form.getByLabel('Organisation', { exact: true }).selectOption({ label: organisation });
  const whoSelect = form.getByLabel('Who at this organisation');
  await waitForText(whoSelect.locator('option').first(), /Choose who/);
  await whoSelect.selectOption({ label: who });
}

async function openBox(page, name) {
  await page.getByRole('navigation', { name: 'Task lists' }).getByRole('link', { name }).click();
  await page.getByTestId('task-count').waitFor();
}

async function change(page, action, note) {
  const form = page.getByTestId('task-change');
  await form.getByLabel(action, { exact: true }).check();
  if (note !== undefined) await form.getByRole('textbox').filter({ visible: true }).fill(note);
  await form.getByRole('button', { name: 'Save' }).click();
}

describe('tasks and referrals', { concurrency: false }, () => {
  test('creating a referral names what is missing, then sends it', async () => {
    await gp.goto(`/people/${clifford}/tasks`);
    await gp.getByRole('button', { name: 'Create a task or referral' }).click();
    await gp.waitForURL(new RegExp(`/people/${clifford}/tasks/new$`));
    const form = gp.getByTestId('new-task');
    await form.getByRole('button', { name: 'Send' }).click();
    await waitForText(gp.getByTestId('error-summary'), /Choose whether it is a task or a referral.*Enter what needs doing.*Choose the organisation of who should do it/);

    await form.getByLabel('Referral', { exact: true }).check();
    await form.getByRole('button', { name: 'Send' }).click();
    await waitForText(gp.getByTestId('error-summary'), /Choose the service you are referring to/);

    await form.getByLabel('Service').selectOption({ label: 'Community nursing' });
    await form.getByLabel('What needs doing').fill(TITLE);
    await form.getByLabel('Details (optional)').fill('Venous ulcer, left shin. Compression bandaging started at the practice.');
    await chooseAssignee(form, { search: 'district nursing', organisation: "Guy's and St Thomas' NHS Foundation Trust (RJ1)", who: 'Southwark North district nursing' });
    await form.getByLabel('Soon').check();
    const due = inDays(7);
    await form.getByLabel('Day').fill(due.day);
    await form.getByLabel('Month').fill(due.month);
    await form.getByLabel('Year').fill(due.year);
    await form.getByRole('button', { name: 'Send' }).click();

    await gp.waitForURL(new RegExp(`/people/${clifford}/tasks$`));
    await waitForText(gp.getByTestId('task-created'), /Referral sent to Southwark North district nursing/);
    const rows = await tableRows(gp.getByTestId('tasks'));
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0], [`${TITLE} Referral to community nursing`, 'Dr Amira Patel', 'Southwark North district nursing', 'Soon', rows[0][4], 'Requested']);
    assert.match(rows[0][4], /^\d+ \w+ \d{4}$/);
    referralPath = await gp.getByTestId('tasks').getByRole('link', { name: TITLE }).getAttribute('href');
    assert.deepEqual(gp.errors, []);
  });

  test('the district nurse finds it under My teams, and cannot open his record yet', async () => {
    await nurse.goto('/');
    await nurse.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Tasks' }).click();
    await nurse.waitForURL(/\/tasks$/);
    await nurse.getByTestId('task-count').waitFor();
    assert.match(await text(nurse.getByTestId('task-count')), /No open tasks/);
    await openBox(nurse, 'My teams');
    assert.equal(await nurse.getByRole('navigation', { name: 'Task lists' }).getByRole('link', { name: 'My teams' }).getAttribute('aria-current'), 'page');
    const rows = await tableRows(nurse.getByTestId('tasks'));
    const row = rows.find((r) => r[0].startsWith(TITLE));
    assert.ok(row, 'the referral is in the team’s list');
    assert.deepEqual(row.slice(1, 4), ['Clifford Quarmby', 'Dr Amira Patel', 'Southwark North district nursing']);
    await screenshot(nurse, 'tasks-inbox');

    await nurse.getByTestId('tasks').getByRole('link', { name: TITLE }).click();
    await nurse.waitForURL(new RegExp(`${referralPath}$`));
    assert.match(await text(nurse.locator('h1')), new RegExp(`Referral to community nursing.*${TITLE}`));
    assert.match(await text(nurse.getByTestId('task-details')), /About Clifford Quarmby Status Requested Service Community nursing Priority Soon Due .* From Dr Amira Patel To Southwark North district nursing Details Venous ulcer/);

    await nurse.getByTestId('task-details').getByRole('link', { name: 'Clifford Quarmby' }).click();
    await nurse.getByTestId('refusal').waitFor();
    assert.match(await text(nurse.locator('h1')), /You cannot see this person/);
    await nurse.goBack();
    await nurse.getByTestId('task-change').waitFor();
  });

  test('declining without a reason is refused in the page', async () => {
    await change(nurse, 'Decline');
    await waitForText(nurse.getByTestId('error-summary'), /Enter the reason for declining/);
    assert.match(await text(nurse.locator('#declineReason-error')), /Enter the reason for declining/);
    assert.equal(await text(nurse.getByTestId('task-state')), 'Requested', 'nothing changed');
  });

  test('accepting puts the team in his care team; starting and completing records the outcome', async () => {
    await change(nurse, 'Accept');
    await waitForText(nurse.getByTestId('task-saved'), /Referral accepted.*You are now in Clifford Quarmby’s care team/);
    assert.equal(await text(nurse.getByTestId('task-state')), 'Accepted');

    await nurse.getByTestId('task-details').getByRole('link', { name: 'Clifford Quarmby' }).click();
    await nurse.getByTestId('person-sections').getByRole('link', { name: 'Care team' }).click();
    await nurse.getByTestId('care-team').waitFor();
    const team = await tableRows(nurse.getByTestId('care-team'));
    assert.deepEqual(team[0].slice(0, 3), ['Southwark North district nursing Team', "Guy's and St Thomas' NHS Foundation Trust", 'Community nursing']);
    await nurse.goto(referralPath);

    await change(nurse, 'Start');
    await waitForText(nurse.getByTestId('task-state'), /In progress/);
    await change(nurse, 'Complete');
    await waitForText(nurse.getByTestId('error-summary'), /Enter the outcome/);
    await change(nurse, 'Complete', 'Dressings in place, healing well. Discharged back to the practice nurse.');
    await waitForText(nurse.getByTestId('task-saved'), /Referral completed.*Dr Amira Patel can see it in their sent tasks/);
    assert.match(await text(nurse.getByTestId('no-actions')), /This referral is finished/);
    const history = await tableRows(nurse.getByTestId('task-history').locator('table'));
    assert.deepEqual(
      history.map((r) => r.slice(1)),
      [
        ['In progress to Completed', 'Dressings in place, healing well. Discharged back to the practice nurse.', 'Siobhan Murphy'],
        ['Accepted to In progress', '', 'Siobhan Murphy'],
        ['Requested to Accepted', '', 'Siobhan Murphy'],
        ['Requested', 'Venous ulcer, left shin. Compression bandaging started at the practice.', 'Dr Amira Patel'],
      ],
    );
    assert.deepEqual(nurse.errors, []);
    await screenshot(nurse, 'task-completed');
  });

  test('the GP reads the outcome under Sent', async () => {
    await gp.goto('/tasks?box=sent');
    await gp.getByTestId('task-count').waitFor();
    assert.equal(await gp.getByRole('link', { name: TITLE }).count(), 0, 'finished tasks are not in the open list');
    await gp.getByLabel('Include finished ones (completed, declined, cancelled)').check();
    await gp.getByRole('button', { name: 'Apply' }).click();
    await gp.waitForURL(/\/tasks\?box=sent&finished=true$/);
    await gp.getByTestId('tasks').waitFor();
    const row = (await tableRows(gp.getByTestId('tasks'))).find((r) => r[0].startsWith(TITLE));
    assert.equal(row.at(-1), 'Completed');
    await gp.getByRole('link', { name: TITLE }).click();
    await waitForText(gp.getByTestId('task-details'), /Outcome Dressings in place, healing well/);
    assert.match(await text(gp.getByTestId('no-actions')), /finished/);
  });

  test('a task cancelled while the nurse has it open is refused with what is allowed now', async () => {
    const created = await callApi(gp, 'POST', `/api/v1/people/${clifford}/tasks`, {
      kind: 'task',
      title: 'Check his compression stockings fit',
      assigneeTeamId: (await (await gp.request.get('/api/v1/teams')).json()).items.find((t) => t.name === 'Southwark North district nursing').id,
    });
    assert.equal(created.status, 201);
    await nurse.goto(`/tasks/${created.body.id}`);
    await nurse.getByTestId('task-change').waitFor();

    // The GP cancels it from the task's own page.
    await gp.goto(`/tasks/${created.body.id}`);
    await change(gp, 'Cancel', 'Fitted at the practice today');
    await waitForText(gp.getByTestId('task-state'), /Cancelled/);

    await change(nurse, 'Accept');
    const summary = nurse.getByTestId('error-summary');
    await waitForText(summary, /This change is not allowed/);
    assert.match(await text(summary), /A cancelled task cannot become accepted by you\. No changes are allowed now/);
    await screenshot(nurse, 'task-not-allowed');
    await summary.getByRole('button', { name: 'Reload' }).click();
    await waitForText(nurse.getByTestId('task-state'), /Cancelled/);
    assert.match(await text(nurse.getByTestId('no-actions')), /This task is finished/);
  });

  test('overdue tasks are flagged', async () => {
    // A new task cannot be due in the past, so stand in for the server's answer a week later.
    const INBOX = /\/api\/v1\/tasks\?box=sent/;
    await gp.route(INBOX, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      for (const t of body.items) if (t.title === TITLE) Object.assign(t, { state: 'accepted', overdue: true });
      await route.fulfill({ response, json: body });
    });
    try {
      await gp.goto('/tasks?box=sent&finished=true');
      await gp.getByTestId('tasks').waitFor();
      const row = gp.getByTestId('tasks').locator('tbody tr').filter({ hasText: TITLE });
      assert.match(await text(row), /Overdue/);
      assert.match(await text(gp.getByTestId('task-count')), /1 overdue/);
    } finally {
      await gp.unroute(INBOX);
    }
  });
});
