// The care plan as gp.albion, for FX042 Herbert Yardley: no plan yet; a plan
// agreed without a review date is refused against the review date; the agreed
// plan shows his goal in his own words as a quote, who does what by when and
// the crisis plan; changing it keeps the items' ids, makes version 2, and the
// compare view gives the server's plain-English difference; the person's copy
// opens in a new tab; when coordinator.southwark-north saves from another
// browser first, the second save is refused with the current plan and what
// changed on screen, nothing is overwritten, and the edits stay to re-apply.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callApi, closeBrowserOf, focusedId, newPage, personIdOf, screenshot, signedInPage, signInAndWait, tableRows, text, waitForText } from './helpers.mjs';

const HERBERT = '9990001413';
const GOAL = 'I want to walk to the shop again';

let page;
let coordinator;
let herbert;
before(async () => {
  page = await signedInPage('gp.albion');
  // A second browser context (its own cookies), as another member of staff.
  coordinator = await newPage(page.context().browser());
  await signInAndWait(coordinator, 'coordinator.southwark-north');
  herbert = await personIdOf(page, HERBERT);
});
after(() => closeBrowserOf(page));

/** Fills an NHS date input (day, month, year) inside `scope`, found by its legend. */
async function fillDate(scope, legend, iso) {
  const group = scope.locator('fieldset', { has: scope.page().locator('legend', { hasText: legend }) }).last();
  const [y, m, d] = iso.split('-');
  await group.getByLabel('Day').fill(String(Number(d)));
  await group.getByLabel('Month').fill(String(Number(m)));
  await group.getByLabel('Year').fill(y);
}

function isoDaysFromToday(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);
}

async function currentPlan(p = page) {
  return (await callApi(p, 'GET', `/api/v1/people/${herbert}/care-plan`)).body;
}

describe('care plan', { concurrency: false }, () => {
  test('there is no plan yet, and the section offers to write one', async () => {
    await page.goto(`/people/${herbert}`);
    await page.getByTestId('person-sections').getByRole('link', { name: 'Care plan' }).click();
    await page.waitForURL(new RegExp(`/people/${herbert}/care-plan$`));
    await page.getByTestId('care-plan-empty').waitFor();
    await page.getByRole('button', { name: 'Write the care plan' }).click();
    await page.waitForURL(new RegExp(`/people/${herbert}/care-plan/edit$`));
    await page.getByTestId('care-plan-form').waitFor();
  });

  test('a plan agreed without a review date is refused against the review date', async () => {
    const form = page.getByTestId('care-plan-form');
    await form.getByRole('button', { name: 'Add a need' }).click();
    const need = form.getByTestId('need-item').first();
    await need.getByLabel('Area').selectOption({ label: 'Mobility and daily living' });
    await need.getByLabel('What they need help with').fill('Falls on the stairs');

    await form.getByRole('button', { name: 'Add a goal' }).click();
    const goal = form.getByTestId('goal-item').first();
    await goal.getByLabel('The goal, in their own words').fill(GOAL);
    await goal.getByLabel('How we will know it is met (optional)').fill('Walking to the shop twice a week');
    await goal.getByLabel('Need 1: Mobility and daily living, Falls on the stairs').check();

    await form.getByRole('button', { name: 'Add an action' }).click();
    const rails = form.getByTestId('action-item').nth(0);
    await rails.getByLabel('What will be done').fill('Fit grab rails on the stairs');
    await rails.getByLabel('Towards which goal? (optional)').selectOption({ label: `Goal 1: “${GOAL}”` });
    await rails.getByLabel('Another member of staff, a team or an organisation').check();
    await rails.getByLabel('Search for an organisation (optional)').fill('adult social care');
    await rails.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Southwark Council Adult Social Care' });
    const who = rails.getByLabel('Who at this organisation');
    await waitForText(who.locator('option').first(), /Choose who/);
    await who.selectOption({ label: 'The whole organisation: Southwark Council Adult Social Care' });
    await fillDate(rails, 'Due date (optional)', isoDaysFromToday(30));

    await form.getByRole('button', { name: 'Add an action' }).click();
    const walk = form.getByTestId('action-item').nth(1);
    await walk.getByLabel('What will be done').fill('Walk to the end of the road every day');
    await walk.getByLabel('Herbert').check();
    await walk.getByLabel('Status').selectOption({ label: 'In progress' });

    await form.getByLabel('Warning signs (optional)').fill('Dizzy spells');
    await form.getByLabel('What to do (optional)').fill('Sit down and ring 111');
    await form.getByLabel('Who to contact (optional)').fill('Sarah (daughter) 07700 900123');
    await form.getByLabel('Herbert', { exact: true }).last().check();
    await form.getByLabel('Face to face').check();
    await fillDate(form, 'When was it agreed?', isoDaysFromToday(0));
    await form.getByRole('button', { name: 'Save the plan' }).click();

    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /There is a problem.*Enter a review date: an agreed plan needs one/);
    assert.equal(await focusedId(page), 'error-summary');
    assert.match(await text(page.locator('#reviewDate-error')), /Enter a review date: an agreed plan needs one/);
    await summary.getByRole('link', { name: /Enter a review date/ }).click();
    assert.equal(await focusedId(page), 'reviewDate-day');
    assert.equal((await currentPlan()).version, 0, 'nothing was saved');
  });

  test('the agreed plan shows his goal in his own words, who does what by when, and the crisis plan', async () => {
    const form = page.getByTestId('care-plan-form');
    await fillDate(form, 'Review date', isoDaysFromToday(180));
    await form.getByLabel('What changed and why (optional)').fill('Agreed at home');
    await form.getByRole('button', { name: 'Save the plan' }).click();
    await waitForText(page.getByTestId('care-plan-saved'), /Care plan saved: version 1.*The plan is agreed/);
    await page.waitForURL(new RegExp(`/people/${herbert}/care-plan$`));

    const plan = page.getByTestId('care-plan-current');
    assert.equal(await text(plan.getByTestId('plan-status')), 'Agreed');
    assert.match(await text(plan.getByTestId('care-plan-header')), /Version 1, saved by Dr Amira Patel on .*What changed: Agreed at home/);
    assert.match(await text(plan.getByTestId('review-date')), /^Review by \d+ \w+ \d{4}$/);
    const quote = plan.getByTestId('goal').first();
    assert.equal(await text(quote.locator('blockquote')), `“${GOAL}”`);
    assert.match(await text(quote), /How we will know: Walking to the shop twice a week.*Meets: Mobility and daily living \(Falls on the stairs\)/);
    const actions = await tableRows(plan.getByTestId('plan-actions-table'));
    assert.equal(actions.length, 2);
    assert.match(actions[0][0], /^Fit grab rails on the stairs Towards: “I want to walk to the shop again”$/);
    assert.equal(actions[0][1], 'Southwark Council Adult Social Care Organisation');
    assert.match(actions[0][2], /^\d+ \w+ \d{4}$/);
    assert.equal(actions[0][3], 'Planned');
    assert.deepEqual(actions[1].slice(1), ['Herbert The person', 'No date', 'In progress']);
    assert.match(await text(plan.getByTestId('plan-contingency')), /Warning signs Dizzy spells.*What to do Sit down and ring 111.*Who to contact Sarah \(daughter\) 07700 900123/);
    assert.match(await text(plan.getByTestId('plan-agreement')), /Agreed with Herbert, face to face, on \d+ \w+ \d{4}\./);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'care-plan-agreed');
  });

  test('changing the plan keeps its items’ ids, and the compare view says what changed', async () => {
    const before = await currentPlan();
    await page.getByRole('button', { name: 'Change the plan' }).click();
    const form = page.getByTestId('care-plan-form');
    await form.waitFor();
    const goal = form.getByTestId('goal-item').first();
    assert.equal(await goal.getByLabel('The goal, in their own words').inputValue(), GOAL);
    await goal.getByLabel('The goal, in their own words').fill('I want to walk to the shop and the post office');
    await form.getByRole('button', { name: 'Remove action 2' }).click();
    assert.equal(await form.getByTestId('action-item').count(), 1);
    await form.getByRole('button', { name: 'Add an action' }).click();
    const carer = form.getByTestId('action-item').nth(1);
    await carer.getByLabel('What will be done').fill('Go with him to the shop on Saturdays');
    await carer.getByLabel('Their carer').check();
    await carer.getByLabel('The carer’s name (optional)').fill('Sarah');
    await form.getByLabel('What changed and why (optional)').fill('Walking further; Sarah helps');
    await form.getByRole('button', { name: 'Save the plan' }).click();
    await waitForText(page.getByTestId('care-plan-saved'), /Care plan saved: version 2/);

    const after = await currentPlan();
    assert.equal(after.version, 2);
    assert.equal(after.content.goals[0].id, before.content.goals[0].id, 'the goal keeps its id');
    assert.equal(after.content.needs[0].id, before.content.needs[0].id, 'the need keeps its id');
    assert.equal(after.content.actions[0].id, before.content.actions[0].id, 'the first action keeps its id');
    assert.deepEqual(after.content.goals[0].needIds, [before.content.needs[0].id]);
    assert.deepEqual(after.content.actions[1].owner, { kind: 'carer', name: 'Sarah' });

    const versions = await tableRows(page.getByTestId('care-plan-versions'));
    assert.equal(versions.length, 2);
    assert.match(versions[0][0], /Version 2 Current$/);
    assert.equal(versions[0][3], 'Walking further; Sarah helps');
    await page.getByTestId('care-plan-versions').getByRole('link', { name: 'With the version before (version 2)' }).click();
    await page.waitForURL(new RegExp(`/people/${herbert}/care-plan/compare\\?from=1&to=2$`));
    const diff = page.getByTestId('care-plan-diff');
    await waitForText(diff.locator('h2'), /What changed from version 1 to version 2/);
    const sentences = await diff.getByTestId('diff-sentences').locator('li').allInnerTexts();
    assert.ok(sentences.some((s) => /Goal/.test(s) && /post office/.test(s)), `a goal sentence: ${sentences}`);
    assert.ok(sentences.some((s) => /Action removed/.test(s) && /Walk to the end of the road/.test(s)), `a removal: ${sentences}`);
    assert.ok(sentences.some((s) => /Action added/.test(s) && /Go with him to the shop/.test(s)), `an addition: ${sentences}`);
    assert.match(await text(diff.getByTestId('diff-goals')), /In their own words I want to walk to the shop again I want to walk to the shop and the post office/);
    await screenshot(page, 'care-plan-compare');

    // Version 1 stays viewable as it was.
    await page.goto(`/people/${herbert}/care-plan/versions/1`);
    await waitForText(page.getByTestId('version-status'), /This is an earlier version/);
    assert.equal(await text(page.getByTestId('care-plan-version').getByTestId('goal').locator('blockquote')), `“${GOAL}”`);
  });

  test('the person’s printable copy opens in a new tab', async () => {
    await page.goto(`/people/${herbert}/care-plan`);
    const link = page.getByTestId('print-link');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('href'), `/api/v1/people/${herbert}/care-plan/print`);
    const [copy] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await copy.waitForLoadState();
    assert.match(await copy.locator('body').innerText(), /I want to walk to the shop and the post office/);
    await copy.close();
    assert.match(page.url(), new RegExp(`/people/${herbert}/care-plan$`), 'the app stays where it was');
  });

  test('two people editing at once: the second save is refused, nothing is overwritten, and the edits stay', async () => {
    await page.goto(`/people/${herbert}/care-plan/edit`);
    await coordinator.goto(`/people/${herbert}/care-plan/edit`);
    const mine = page.getByTestId('care-plan-form');
    const theirs = coordinator.getByTestId('care-plan-form');
    await mine.waitFor();
    await theirs.waitFor();

    await theirs.getByLabel('Warning signs (optional)').fill('Dizzy spells, or not eating');
    await theirs.getByLabel('What changed and why (optional)').fill('Added a warning sign');
    await theirs.getByRole('button', { name: 'Save the plan' }).click();
    await waitForText(coordinator.getByTestId('care-plan-saved'), /version 3/);

    await mine.getByLabel('What to do (optional)').fill('Sit down, drink water and ring 111');
    await mine.getByRole('button', { name: 'Save the plan' }).click();
    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /Someone else changed this care plan.*Tom Reilly saved version 3 since you opened this page, so your changes were not saved and nothing was overwritten/);
    const current = page.getByTestId('care-plan-current');
    assert.match(await text(current.locator('h2').first()), /The current plan: version 3/);
    assert.match(await text(current.getByTestId('conflict-changes')), /Dizzy spells, or not eating/);
    assert.equal(await mine.getByLabel('What to do (optional)').inputValue(), 'Sit down, drink water and ring 111', 'the edit is kept');
    const stored = await currentPlan();
    assert.equal(stored.version, 3);
    assert.equal(stored.content.contingency.warningSigns, 'Dizzy spells, or not eating', 'their change stands');
    assert.equal(stored.content.contingency.whatToDo, 'Sit down and ring 111', 'nothing of mine was written');
    await screenshot(page, 'care-plan-conflict');

    // Re-applied on top of version 3.
    await mine.getByLabel('Warning signs (optional)').fill('Dizzy spells, or not eating');
    await mine.getByRole('button', { name: 'Save the plan' }).click();
    await waitForText(page.getByTestId('care-plan-saved'), /version 4/);
    const now = await currentPlan();
    assert.equal(now.content.contingency.warningSigns, 'Dizzy spells, or not eating');
    assert.equal(now.content.contingency.whatToDo, 'Sit down, drink water and ring 111');
    assert.deepEqual(page.errors, []);
    assert.deepEqual(coordinator.errors, []);
  });

  test('a review date that has passed, and an action past its date, are highlighted', async () => {
    const plan = await currentPlan();
    const content = structuredClone(plan.content);
    content.agreement = { agreedWith: 'person_and_carer', how: 'phone', agreedOn: isoDaysFromToday(-30) };
    content.reviewDate = isoDaysFromToday(-2);
    content.actions[0].dueDate = isoDaysFromToday(-5);
    const saved = await callApi(coordinator, 'PUT', `/api/v1/people/${herbert}/care-plan`, { version: plan.version, content, changeNote: 'Review missed' });
    assert.equal(saved.status, 200);
    await page.goto(`/people/${herbert}/care-plan`);
    const current = page.getByTestId('care-plan-current');
    const review = current.getByTestId('review-date');
    await waitForText(review, /^Review overdue Review date: \d+ \w+ \d{4}/);
    assert.equal(await review.getAttribute('data-overdue'), 'true');
    const [rails] = await tableRows(current.getByTestId('plan-actions-table'));
    assert.match(rails[2], /^\d+ \w+ \d{4} Overdue$/);
    assert.match(await text(current.getByTestId('plan-agreement')), /Agreed with Herbert and their carer, by phone, on/);
  });
});
