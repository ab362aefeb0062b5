// Find a person: by NHS number, or by family name and date of birth.

import { findPeople } from '../api';
import { ApiError, NO_LEGITIMATE_RELATIONSHIP } from '../../../core/api/problem';
import type { PersonQuery } from '../types';
import { dateField } from '../../../core/components/dateField';
import { showErrorSummary } from '../../../core/components/errorSummary';
import { textField, type Field } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { h } from '../../../core/dom';
import { isoDate, normaliseNhsNumber, sentence } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { navigate } from '../../../core/router';
import { breakGlassPanel } from '../components/breakGlass';
import { peopleResults } from '../components/peopleResults';

export function renderFindPerson(main: HTMLElement): void {
  setTitle('Find a person');
  const errorSlot = h('div');
  const results = h('div', { 'data-testid': 'results', 'aria-live': 'polite' });

  const nhsNumber = textField({
    id: 'nhsNumber',
    label: 'NHS number',
    hint: 'This is a 10 digit number, like 999 123 4567',
    inputmode: 'numeric',
    widthClass: 'nhsuk-input--width-10',
    code: true,
  });
  const familyName = textField({
    id: 'familyName',
    label: 'Family name',
    autocomplete: 'off',
    widthClass: 'nhsuk-u-width-two-thirds',
  });
  const givenName = textField({
    id: 'givenName',
    label: 'Given name (optional)',
    widthClass: 'nhsuk-u-width-two-thirds',
  });
  const birthDate = dateField({ id: 'birthDate', legend: 'Date of birth', hint: 'For example, 12 4 1938' });

  const byNumber = searchForm('Search by NHS number', 'by-nhs-number', [nhsNumber]);
  const byName = searchForm('Search by name and date of birth', 'by-name', [familyName, givenName, birthDate]);
  const numberErrors = new FormErrors(errorSlot, { nhsNumber });
  const nameErrors = new FormErrors(errorSlot, { familyName, givenName, birthDate });

  const run = async (query: PersonQuery, errors: FormErrors) => {
    numberErrors.clear();
    nameErrors.clear();
    results.replaceChildren(h('p', { className: 'app-loading' }, 'Searching…'));
    try {
      results.replaceChildren(...peopleResults(await findPeople(query)));
    } catch (error) {
      results.replaceChildren();
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 403 && error.is(NO_LEGITIMATE_RELATIONSHIP)) {
        results.replaceChildren(
          breakGlassPanel({ problem: error.problem, errorSlot, onGranted: (g) => navigate(`/people/${g.personId}`) }),
        );
      } else if (error.problem.errors?.length) {
        errors.show(error.problem.errors);
      } else if (error.status !== 401) {
        showErrorSummary(errorSlot, { items: [{ text: sentence(error.problem.detail ?? error.problem.title) }] });
      }
    }
  };

  byNumber.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = normaliseNhsNumber(nhsNumber.input.value);
    if (!/^\d{10}$/.test(value)) {
      numberErrors.show([
        { field: 'nhsNumber', message: value ? 'NHS number must be 10 digits' : 'Enter an NHS number' },
      ]);
      return;
    }
    void run({ nhsNumber: value }, numberErrors);
  });

  byName.addEventListener('submit', (event) => {
    event.preventDefault();
    const family = familyName.input.value.trim();
    const anyDate = birthDate.day.value || birthDate.month.value || birthDate.year.value;
    const date = isoDate(birthDate.day.value, birthDate.month.value, birthDate.year.value);
    const problems = [
      !family && { field: 'familyName', message: 'Enter a family name' },
      !date && { field: 'birthDate', message: anyDate ? 'Date of birth must be a real date' : 'Enter a date of birth' },
    ].filter((e): e is { field: string; message: string } => Boolean(e));
    if (problems.length) {
      nameErrors.show(problems);
      return;
    }
    const given = givenName.input.value.trim();
    void run({ familyName: family, birthDate: date!, ...(given ? { givenName: given } : {}) }, nameErrors);
  });

  main.append(
    errorSlot,
    h('h1', {}, 'Find a person'),
    h('p', {}, 'You will only see people you have a care relationship with.'),
    h(
      'div',
      { className: 'nhsuk-grid-row' },
      h('div', { className: 'nhsuk-grid-column-two-thirds' }, byNumber, byName),
    ),
    results,
  );
}

function searchForm(heading: string, id: string, fields: Field[]): HTMLFormElement {
  return h(
    'form',
    { novalidate: true, id, 'aria-labelledby': `${id}-heading`, role: 'search' },
    h('h2', { className: 'nhsuk-heading-m', id: `${id}-heading` }, heading),
    fields.map((f) => f.group),
    h('button', { className: 'nhsuk-button nhsuk-button--secondary', type: 'submit' }, 'Search'),
  );
}
