// Record a coded event (SNOMED CT code, date, optional value) for a person.
// On success the "why" panel is refreshed, since findings update at once.

import { recordEvent } from '../../casefinding/api';
import type { NewEvent } from '../../casefinding/types';
import { ApiError, type FieldError } from '../../../core/api/problem';
import { notificationBanner } from '../../../core/components/callouts';
import { dateField } from '../../../core/components/dateField';
import { showErrorSummary } from '../../../core/components/errorSummary';
import { textField } from '../../../core/components/fields';
import { headedForm } from '../../../core/components/headedForm';
import { FormErrors } from '../../../core/components/formErrors';
import { h } from '../../../core/dom';
import { formatDate, isoDate, sentence } from '../../../core/format';

export function recordEventForm(
  personId: number,
  errorSlot: HTMLElement,
  onRecorded: () => void | Promise<void>,
): HTMLElement {
  const code = textField({
    id: 'eventCode',
    label: 'SNOMED CT code',
    hint: 'The concept id, 6 to 18 digits. For example, 38341003 for hypertension.',
    inputmode: 'numeric',
    widthClass: 'nhsuk-input--width-20',
    code: true,
  });
  const date = dateField({
    id: 'eventDate',
    legend: 'Date',
    hint: 'When it was recorded or happened. For example, 15 3 2024',
  });
  const value = textField({
    id: 'eventValue',
    label: 'Value (optional)',
    hint: 'For a measurement, such as an eGFR of 48',
    inputmode: 'decimal',
    widthClass: 'nhsuk-input--width-5',
  });
  const errors = new FormErrors(errorSlot, { code, date, value });
  const status = h('div', { 'data-testid': 'record-event-status' });
  const button = h('button', { className: 'nhsuk-button nhsuk-button--secondary', type: 'submit' }, 'Record event');
  const form = headedForm(
    {
      id: 'record-event',
      heading: 'Record an event',
      intro: 'Add a coded diagnosis, finding or measurement to this person’s record. Case finding uses it at once.',
      testId: 'record-event',
    },
    status,
    code.group,
    date.group,
    value.group,
    button,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    const checked = check(code.input.value, date, value.input.value);
    if ('problems' in checked) {
      errors.show(checked.problems);
      return;
    }
    button.disabled = true;
    try {
      await recordEvent(personId, checked.event);
      errors.clear();
      form.reset();
      status.replaceChildren(
        notificationBanner(
          {
            title: 'Success',
            heading: `Event ${checked.event.code} on ${formatDate(checked.event.date)} recorded`,
            success: true,
            testId: 'event-recorded',
          },
          h('p', {}, 'The case-finding results on this page have been updated.'),
        ),
      );
      await onRecorded();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.problem.errors?.length) errors.show(error.problem.errors, error.problem.detail);
      else if (error.status !== 401)
        showErrorSummary(errorSlot, { items: [{ text: sentence(error.problem.detail ?? error.problem.title) }] });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function check(
  code: string,
  date: ReturnType<typeof dateField>,
  value: string,
): { event: NewEvent } | { problems: FieldError[] } {
  const problems: FieldError[] = [];
  const trimmedCode = code.trim();
  if (!trimmedCode) problems.push({ field: 'code', message: 'Enter a SNOMED CT code' });
  const anyDate = date.day.value || date.month.value || date.year.value;
  const iso = isoDate(date.day.value, date.month.value, date.year.value);
  if (!iso) problems.push({ field: 'date', message: anyDate ? 'Date must be a real date' : 'Enter the date' });
  const trimmedValue = value.trim();
  const number = Number(trimmedValue);
  if (trimmedValue && !Number.isFinite(number))
    problems.push({ field: 'value', message: 'Value must be a number, like 48 or 5.4' });
  if (problems.length) return { problems };
  return { event: { code: trimmedCode, date: iso!, ...(trimmedValue ? { value: number } : {}) } };
}
