// Holistic assessment and scored instruments as gp.albion, for FX026 Dorothy
// Rowntree. The questionnaires offered are the server's; each form is built
// from the questionnaire's items. An incomplete PHQ-9 names each missing item
// against its question; a complete one shows the server's score, band and the
// item 9 flag; a second one makes a trend. The holistic assessment's groups
// come from its file; ONS4's numbers out of range are refused by the server
// against the question.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeBrowserOf, focusedId, personIdOf, screenshot, signedInPage, tableRows, text, waitForText } from './helpers.mjs';

const DOROTHY = '9990001286';
const PHQ9 = ['Little interest or pleasure in doing things', 'Feeling down, depressed, or hopeless'];

let page;
let dorothy;
before(async () => {
  page = await signedInPage('gp.albion');
  dorothy = await personIdOf(page, DOROTHY);
});
after(() => closeBrowserOf(page));

async function start(title) {
  await page.goto(`/people/${dorothy}/assessments`);
  const choose = page.getByTestId('choose-assessment');
  await choose.getByLabel(title).check();
  await choose.getByRole('button', { name: 'Start' }).click();
  await page.waitForURL(/\/assessments\/new\?questionnaire=/);
  const form = page.getByTestId('record-assessment');
  await form.waitFor();
  return form;
}

/** Answers PHQ-9 questions by number (1-9) with one option each. */
async function answer(form, answers) {
  for (const [n, option] of Object.entries(answers)) {
    await form.locator(`[data-link-id="phq9-${n}"]`).getByLabel(option, { exact: true }).check();
  }
}

describe('assessments', { concurrency: false }, () => {
  test('the questionnaires offered are the server’s', async () => {
    await page.goto(`/people/${dorothy}`);
    await page.getByTestId('person-sections').getByRole('link', { name: 'Assessments' }).click();
    await page.getByTestId('no-assessments').waitFor();
    const offered = await page.getByTestId('choose-assessment').locator('.nhsuk-radios__label').allInnerTexts();
    const { questionnaires } = await (await page.request.get('/api/v1/questionnaires')).json();
    assert.deepEqual(offered.sort(), questionnaires.filter((q) => q.status === 'active').map((q) => q.title).sort());
    assert.ok(offered.includes('Patient Health Questionnaire (PHQ-9)'));

    await page.getByTestId('choose-assessment').getByRole('button', { name: 'Start' }).click();
    await waitForText(page.getByTestId('error-summary'), /Choose an assessment/);
  });

  test('an incomplete PHQ-9 names each missing item against its question', async () => {
    const form = await start('Patient Health Questionnaire (PHQ-9)');
    const legends = await form.locator('legend').allInnerTexts();
    assert.equal(legends[0], `1. ${PHQ9[0]}`);
    assert.ok(legends.some((l) => /^10\. .*difficult.*\(optional\)$/.test(l)) || legends.some((l) => /\(optional\)$/.test(l)), 'the difficulty question is optional');
    await answer(form, { 1: 'Several days', 2: 'Not at all' });
    await form.getByRole('button', { name: 'Save assessment' }).click();

    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /Answer question 3/);
    const items = await summary.locator('li').allInnerTexts();
    assert.deepEqual(items.map((i) => i.replace(/:.*/, '')), ['Answer question 3', 'Answer question 4', 'Answer question 5', 'Answer question 6', 'Answer question 7', 'Answer question 8', 'Answer question 9']);
    assert.match(items[6], /Answer question 9: Thoughts that you would be better off dead, or of hurting yourself in some way/);
    for (const n of [3, 4, 5, 6, 7, 8, 9]) {
      assert.match(await text(form.locator(`[data-link-id="phq9-${n}"] .nhsuk-error-message`)), new RegExp(`Answer question ${n}$`));
    }
    for (const n of [1, 2]) assert.equal(await form.locator(`[data-link-id="phq9-${n}"] .nhsuk-error-message`).count(), 0);
    await screenshot(page, 'assessment-missing');

    await summary.getByRole('link', { name: /Answer question 5/ }).click();
    assert.equal(await focusedId(page), 'q-phq9-5', 'the link moves to the question');
    assert.match(page.url(), /questionnaire=phq9$/, 'nothing was saved');
  });

  test('a complete PHQ-9 shows the server’s score, band and the item 9 flag', async () => {
    const form = page.getByTestId('record-assessment');
    await answer(form, { 3: 'More than half the days', 4: 'More than half the days', 5: 'Several days', 6: 'Several days', 7: 'Not at all', 8: 'Not at all', 9: 'Several days' });
    await form.getByLabel('Notes (optional)').fill('Completed together at a home visit.');
    await form.getByRole('button', { name: 'Save assessment' }).click();
    await page.waitForURL(new RegExp(`/people/${dorothy}/assessments/\\d+$`));
    // 1 + 0 + 2 + 2 + 1 + 1 + 0 + 0 + 1 = 8: mild.
    await waitForText(page.getByTestId('assessment-saved'), /Patient Health Questionnaire \(PHQ-9\) saved: score 8 \(mild\).*same-day clinical risk response/);
    assert.equal(await text(page.getByTestId('assessment-score')), '8 (mild)');
    assert.match(await text(page.getByTestId('urgent-flag')), /Thoughts of being better off dead or of self-harm/);
    const answers = await tableRows(page.getByTestId('assessment-answers'));
    assert.deepEqual(answers[0], [`1. ${PHQ9[0]}`, 'Several days']);
    assert.deepEqual(answers[8].slice(1), ['Several days']);
    assert.match(await text(page.getByTestId('assessment-summary')), /Notes Completed together at a home visit\./);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'assessment-result');
  });

  test('a second PHQ-9 makes a trend', async () => {
    const form = await start('Patient Health Questionnaire (PHQ-9)');
    await answer(form, { 1: 'Nearly every day', 2: 'Nearly every day', 3: 'Nearly every day', 4: 'More than half the days', 5: 'More than half the days', 6: 'Several days', 7: 'Several days', 8: 'Not at all', 9: 'Not at all' });
    await form.getByLabel('The person themselves').check();
    await form.getByRole('button', { name: 'Save assessment' }).click();
    // 3 + 3 + 3 + 2 + 2 + 1 + 1 + 0 + 0 = 15: moderately severe.
    await waitForText(page.getByTestId('assessment-saved'), /score 15 \(moderately severe\)/);
    assert.equal(await page.getByTestId('urgent-flag').count(), 0);
    assert.match(await text(page.getByTestId('assessment-summary')), /Answers given by The person themselves/);

    await page.getByRole('link', { name: 'Back to assessments' }).click();
    const part = page.getByTestId('instrument-phq9');
    await part.waitFor();
    const rows = await tableRows(part.locator('table'));
    assert.equal(rows.length, 2);
    assert.deepEqual(rows.map((r) => r[1]), ['15 of 27 (moderately severe)', '8 of 27 (mild)'], 'newest first');
    assert.match(rows[1][2], /Urgent Thoughts of being better off dead/);
    assert.equal(rows[0][2], 'None');
    const chart = part.getByTestId('trend-phq9').getByRole('img');
    assert.match((await chart.getAttribute('aria-label')) ?? '', /^PHQ-9 total over time \(from 0 to 27\): 8 on \d+ \w+ \d{4}, 15 on \d+ \w+ \d{4}$/);
    assert.equal(await chart.locator('circle').count(), 2);
    assert.match(await text(part.getByTestId('trend-phq9')), /PHQ-9 total: latest 15 \(moderately severe\)/);
    await screenshot(page, 'assessment-trend');
  });

  test('the holistic assessment is built from its groups, and names what is missing in each', async () => {
    const form = await start('Holistic assessment');
    const groups = await form.locator('fieldset.app-questionnaire-group > legend').allInnerTexts();
    assert.deepEqual(groups, ['Physical health', 'Emotional wellbeing', 'Housing', 'Money', 'Work', 'Loneliness and isolation', 'Caring responsibilities', 'Safety', 'Mobility and daily living']);
    const housing = form.locator('[data-link-id="housing"]');
    await housing.getByLabel('What is happening (optional)').fill('Stairs to the flat are hard since her fall');
    await housing.getByLabel('Yes').check();
    await form.getByRole('button', { name: 'Save assessment' }).click();
    const summary = page.getByTestId('error-summary');
    await waitForText(summary, /Answer “Needs support” under Physical health/);
    assert.equal(await summary.locator('li').count(), 8, 'every group but Housing');
    assert.doesNotMatch(await text(summary), /under Housing/);

    for (const group of ['physical-health', 'emotional-wellbeing', 'money', 'work', 'loneliness', 'caring', 'safety', 'mobility']) {
      await form.locator(`[data-link-id="${group}-needs-support"]`).getByLabel(group === 'mobility' || group === 'loneliness' ? 'Yes' : 'No').check();
    }
    await form.getByRole('button', { name: 'Save assessment' }).click();
    await waitForText(page.getByTestId('assessment-saved'), /Holistic assessment saved.*Flags: Housing: needs support; Loneliness and isolation: needs support; Mobility and daily living: needs support/);
    const answers = await tableRows(page.getByTestId('assessment-answers'));
    assert.ok(answers.some((r) => r[0] === 'Housing: What is happening' && r[1] === 'Stairs to the flat are hard since her fall'));
    assert.ok(answers.some((r) => r[0] === 'Housing: Needs support' && r[1] === 'Yes'));
  });

  test('numbers out of range are refused by the server against the question', async () => {
    const form = await start('ONS personal well-being (ONS4)');
    await form.getByLabel(/^1\. Overall, how satisfied are you with your life nowadays\?/).fill('11');
    await form.getByLabel(/^2\. /).fill('7');
    await form.getByLabel(/^3\. /).fill('6');
    await form.getByLabel(/^4\. /).fill('3');
    await form.getByRole('button', { name: 'Save assessment' }).click();
    await waitForText(page.getByTestId('error-summary'), /Question 1: Must be between 0 and 10/);
    assert.match(await text(form.locator('[data-link-id="ons4-satisfied"] .nhsuk-error-message')), /Must be between 0 and 10/);
    await form.getByLabel(/^1\. /).fill('8');
    await form.getByRole('button', { name: 'Save assessment' }).click();
    await page.waitForURL(new RegExp(`/people/${dorothy}/assessments/\\d+$`));
    await page.getByRole('link', { name: 'Back to assessments' }).click();
    const trend = page.getByTestId('trend-ons4');
    await trend.waitFor();
    assert.equal(await trend.getByRole('img').count(), 4, 'one chart per question');
    assert.deepEqual(page.errors, []);
  });
});
