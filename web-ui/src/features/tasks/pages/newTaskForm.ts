// Create a task or referral for a person: what, for whom (a member of staff,
// a team or an organisation, from any organisation), the service for a
// referral, priority and an optional due date.

import { createTask } from '../api';
import type { NewTask, ReferralService, TaskKind, TaskPriority } from '../types';
import type { FieldError } from '../../../core/api/problem';
import { PRIORITIES, SERVICES } from '../format';
import { showApiError } from '../../../core/components/apiErrors';
import { dateField } from '../../../core/components/dateField';
import { textAreaField, textField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { headedForm } from '../../../core/components/headedForm';
import { radiosField } from '../../../core/components/radios';
import { selectField } from '../../../core/components/selectField';
import { h } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { fullName, isoDate, todayIso } from '../../../core/format';
import { navigate } from '../../../core/router';
import { assigneePicker } from '../../directory/components/assigneePicker';
import { sectionPath, type SectionContext } from '../../people/section';

export function newTaskForm({ person, errorSlot, reload }: SectionContext): HTMLFormElement {
  const service = selectField({
    id: 'service',
    label: 'Service',
    options: [
      { value: '', text: 'Choose a service' },
      ...Object.entries(SERVICES).map(([value, text]) => ({ value, text })),
    ],
  });
  const kind = radiosField({
    id: 'kind',
    legend: 'Is it a task or a referral?',
    items: [
      { value: 'task', text: 'Task', hint: 'Ask someone to do something for this person' },
      {
        value: 'referral',
        text: 'Referral',
        hint: 'Refer them to a service. The service sees who the person is, and can open their record once it accepts the referral.',
        conditional: service.group,
      },
    ],
  });
  const title = textField({
    id: 'title',
    label: 'What needs doing',
    hint: 'A short summary, for example "Assess for a package of care"',
    widthClass: 'nhsuk-u-width-full',
  });
  const details = textAreaField({
    id: 'details',
    label: 'Details (optional)',
    hint: 'What they need to know to do it',
    rows: 4,
  });
  const picker = assigneePicker({
    id: 'assignee',
    legend: 'Who should do it',
    hint: 'A named member of staff, a team or a whole organisation',
  });
  const priority = radiosField({
    id: 'priority',
    legend: 'Priority',
    inline: true,
    value: 'routine',
    items: (Object.keys(PRIORITIES) as TaskPriority[]).map((p) => ({ value: p, text: PRIORITIES[p].label })),
  });
  const due = dateField({ id: 'dueDate', legend: 'Due date (optional)', hint: 'For example, 27 3 2027' });
  const fields = new FormErrors(errorSlot, {
    kind,
    service,
    title,
    details,
    priority,
    dueDate: due,
    assigneeOrganisation: picker.organisation,
    assignee: picker.who,
    assigneeUserId: picker.who,
    assigneeTeamId: picker.who,
    assigneeOrganisationId: picker.who,
  });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Send');
  const form = headedForm(
    {
      id: 'new-task',
      heading: 'Create a task or referral',
      intro: `Ask someone to do something for ${fullName(person)}. They see it in their tasks, and you see its progress and outcome in your sent tasks.`,
      testId: 'new-task',
    },
    kind.group,
    title.group,
    details.group,
    picker.element,
    priority.group,
    due.group,
    button,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    const chosenKind = kind.value() as TaskKind | '';
    if (!chosenKind) problems.push({ field: 'kind', message: 'Choose whether it is a task or a referral' });
    if (chosenKind === 'referral' && !service.input.value)
      problems.push({ field: 'service', message: 'Choose the service you are referring to' });
    if (!title.input.value.trim()) problems.push({ field: 'title', message: 'Enter what needs doing' });
    const assignee = picker.value();
    if (!assignee)
      problems.push(
        picker.organisationId()
          ? { field: 'assignee', message: 'Choose who at the organisation should do it' }
          : { field: 'assigneeOrganisation', message: 'Choose the organisation of who should do it' },
      );
    const anyDate = due.day.value || due.month.value || due.year.value;
    const dueDate = anyDate ? isoDate(due.day.value, due.month.value, due.year.value) : null;
    if (anyDate && !dueDate) problems.push({ field: 'dueDate', message: 'Due date must be a real date' });
    else if (dueDate && dueDate < todayIso())
      problems.push({ field: 'dueDate', message: 'Due date must be today or in the future' });
    if (problems.length || !chosenKind || !assignee) {
      fields.show(problems);
      return;
    }
    const task: NewTask = {
      kind: chosenKind,
      title: title.input.value.trim(),
      priority: priority.value() as TaskPriority,
    };
    if (chosenKind === 'referral') task.service = service.input.value as ReferralService;
    if (details.input.value.trim()) task.details = details.input.value.trim();
    if (dueDate) task.dueDate = dueDate;
    if ('userId' in assignee) task.assigneeUserId = assignee.userId;
    if ('teamId' in assignee) task.assigneeTeamId = assignee.teamId;
    if ('organisationId' in assignee) task.assigneeOrganisationId = assignee.organisationId;
    button.disabled = true;
    try {
      const created = await createTask(person.id, task);
      setFlash({
        heading: `${created.kind === 'referral' ? 'Referral' : 'Task'} sent to ${created.assignee.name}`,
        body: `“${created.title}”`,
        testId: 'task-created',
      });
      navigate(sectionPath(person.id, 'tasks'));
    } catch (error) {
      showApiError(errorSlot, error, { thing: 'task', reload, fields });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
