// Tasks: the tasks and referrals about this person, and asking someone
// (a member of staff, a team or an organisation) to do something for them.

import { getPersonTasks } from './api';
import { problemPanel } from '../../core/components/problemPanel';
import { h } from '../../core/dom';
import { can } from '../../core/permissions';
import { taskTable } from './components/taskTable';
import { newTaskForm } from './pages/newTaskForm';
import { sectionPath, type PersonSection } from '../people/section';

export const section: PersonSection = {
  slug: 'tasks',
  title: 'Tasks',
  order: 60,
  async render(ctx) {
    const { person, body, rest } = ctx;
    if (rest[0] === 'new' && can('task:write')) {
      ctx.setTitle('Create a task or referral');
      body.append(h('p', {}, h('a', { href: sectionPath(person.id, 'tasks') }, 'Back to tasks')), newTaskForm(ctx));
      return;
    }
    body.append(h('h2', {}, 'Tasks and referrals'));
    if (can('task:write')) {
      body.append(
        h(
          'a',
          {
            className: 'nhsuk-button nhsuk-button--secondary',
            href: sectionPath(person.id, 'tasks', 'new'),
            role: 'button',
            draggable: 'false',
          },
          'Create a task or referral',
        ),
      );
    }
    const list = h('div', { 'data-testid': 'person-tasks' }, h('p', { className: 'app-loading' }, 'Loading tasks…'));
    body.append(list);
    try {
      const { items } = await getPersonTasks(person.id);
      list.replaceChildren(
        items.length
          ? taskTable(items, { caption: 'Newest first', party: 'both', testId: 'tasks' })
          : h('p', {}, 'There are no tasks or referrals about this person yet.'),
      );
    } catch (error) {
      list.replaceChildren(problemPanel(error, 'h2'));
    }
  },
};
