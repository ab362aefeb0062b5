import { beforeEach, describe, expect, it } from 'vitest';
import { takeFlash } from '../../core/flash';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { byText, find, openPage, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { renderCase } from './pages/casePage';
import { aCase, aCaseDetail } from './testing';

describe('the outcome form of an MDT case', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/mdt/meetings/4/cases/9', aCaseDetail('held'));
    fake.on('GET', '/organisations', { items: [] });
    fake.on('GET', '/teams', { items: [] });
  });

  async function open(): Promise<{ main: HTMLElement; form: HTMLFormElement }> {
    const main = await openPage((page, url) => renderCase(page, 4, 9, url), '/mdt/4/cases/9');
    return { main, form: find<HTMLFormElement>(main, 'form[data-testid="outcome-form"]') };
  }

  it('while the meeting is held, records the summary, decision and next review with the case’s version', async () => {
    const { main, form } = await open();
    expect(textOf(find(form, 'h2'))).toBe('Record the outcome');
    fake.on('PUT', '/mdt/meetings/4/cases/9/outcome', aCase({ version: 2 }));
    type(find<HTMLTextAreaElement>(main, '#summary'), 'Falls clinic first');
    find<HTMLInputElement>(main, 'input[name="decision"][value="update_plan"]').click();
    type(find<HTMLInputElement>(main, '#nextReviewDate-day'), '1');
    type(find<HTMLInputElement>(main, '#nextReviewDate-month'), '6');
    type(find<HTMLInputElement>(main, '#nextReviewDate-year'), '2099');
    submit(form);
    await settle();
    expect(fake.callsTo('PUT', '/mdt/meetings/4/cases/9/outcome')[0]!.body).toEqual({
      summary: 'Falls clinic first',
      decision: 'update_plan',
      nextReviewDate: '2099-06-01',
      actions: [],
      version: 1,
    });
    expect(textOf(takeFlash())).toContain('Outcome recorded for Doris Day');
  });

  it('names what is missing, in the outcome and in an action, before anything is sent', async () => {
    const { main, form } = await open();
    byText<HTMLButtonElement>(main, 'button', 'Add an action').click();
    await settle();
    submit(form);
    await settle();
    const summary = textOf(find(main, '.nhsuk-error-summary'));
    expect(summary).toContain('Enter a summary of the discussion');
    expect(summary).toContain('Choose the decision');
    expect(summary).toContain('Enter what needs doing in action 1');
    expect(summary).toContain('Choose the organisation of who does action 1');
    expect(fake.callsTo('PUT', '/mdt/meetings/4/cases/9/outcome')).toHaveLength(0);
  });

  it('shows the server’s field errors from the problem body against the field', async () => {
    const { main, form } = await open();
    fake.fail('PUT', '/mdt/meetings/4/cases/9/outcome', {
      status: 400,
      title: 'Invalid',
      detail: 'check the outcome',
      errors: [{ field: 'summary', message: 'is too long' }],
    });
    type(find<HTMLTextAreaElement>(main, '#summary'), 'A very long summary');
    find<HTMLInputElement>(main, 'input[name="decision"][value="continue_plan"]').click();
    submit(form);
    await settle();
    const summary = textOf(find(main, '.nhsuk-error-summary'));
    expect(summary).toContain('Check the outcome.');
    expect(summary).toContain('Summary of the discussion is too long');
    expect(textOf(find(main, '.nhsuk-form-group--error'))).toContain('Summary of the discussion is too long');
  });
});
