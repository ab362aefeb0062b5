import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, mountMain, settle, signInAs, submit, textOf } from '../../core/testing/page';
import { openPersonPage } from '../people/testing';
import { renderInbox } from './pages/inbox';
import { renderTask } from './pages/task';
import { aTask, aTaskDetail } from './testing';

describe('tasks', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
  });

  it('the inbox lists my tasks with the overdue ones tagged, linking to each', async () => {
    fake.on('GET', '/tasks?box=mine', {
      box: 'mine',
      items: [aTask(), aTask({ id: 12, title: 'Phone Jane', overdue: false })],
    });
    const main = mountMain();
    await renderInbox(main, new URL('http://lcn.test/tasks'));
    await settle();
    expect(textOf(main)).toContain('Check her blood pressure');
    expect(textOf(main)).toContain('Phone Jane');
    expect(textOf(main)).toContain('Overdue');
    expect(find(main, 'a[href="/tasks/12"]')).toBeTruthy();
  });

  it('a task page asks for a reason before declining, and sends nothing without it', async () => {
    fake.on('GET', '/tasks/11', aTaskDetail());
    const main = mountMain();
    await renderTask(main, 11);
    await settle();
    expect(textOf(find(main, 'h1'))).toContain('Check her blood pressure');
    find<HTMLInputElement>(main, 'input[value="declined"]').click();
    submit(find<HTMLFormElement>(main, '[data-testid="task-change"] form, form[data-testid="task-change"]'));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Enter the reason for declining');
    expect(fake.callsTo('POST', '/tasks/11/state')).toHaveLength(0);
  });

  it('a task page shows the server’s refusal from its problem body', async () => {
    fake.on('GET', '/tasks/11', aTaskDetail());
    fake.fail('POST', '/tasks/11/state', {
      status: 409,
      type: '/problems/conflict',
      title: 'Conflict',
      errors: [{ field: 'version', message: 'stale' }],
    });
    const main = mountMain();
    await renderTask(main, 11);
    await settle();
    find<HTMLInputElement>(main, 'input[value="accepted"]').click();
    submit(find<HTMLFormElement>(main, '[data-testid="task-change"] form, form[data-testid="task-change"]'));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Someone else changed this task');
  });

  it('the person’s Tasks section lists their tasks, and the new task form names what is missing', async () => {
    fake.on('GET', '/people/1/tasks', { items: [aTask()] });
    const main = await openPersonPage(fake, '/people/1/tasks');
    expect(textOf(main)).toContain('Check her blood pressure');
    fake.on('GET', '/organisations', { items: [] });
    fake.on('GET', /^\/staff/, { items: [] });
    fake.on('GET', '/teams', { items: [] });
    const form = await openPersonPage(fake, '/people/1/tasks/new');
    submit(find<HTMLFormElement>(form, 'form'));
    await settle();
    const summary = textOf(find(form, '.nhsuk-error-summary'));
    expect(summary).toContain('Choose whether it is a task or a referral');
    expect(summary).toContain('Enter what needs doing');
  });
});
