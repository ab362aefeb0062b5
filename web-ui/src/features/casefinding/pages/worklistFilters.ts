// The worklist's filter form: scope, cohort, age range, condition, frailty,
// admissions, sort and page size. Submitting it changes the page's address.

import type { Definitions, WorklistSort } from '../types';
import type { FieldError } from '../../../core/api/problem';
import type { User } from '../../../core/api/types';
import { textField, type TextField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { selectField, type OptionGroup } from '../../../core/components/selectField';
import { h } from '../../../core/dom';
import { ownScopeOptions, scopeFromValue, scopeValue } from '../../directory/components/scopeOptions';
import { ANY_COHORT, PAGE_SIZES, type WorklistView } from '../worklistView';

export interface FiltersOptions {
  view: WorklistView;
  definitions: Definitions;
  scopeGroups: OptionGroup[];
  user: User;
  errorSlot: HTMLElement;
  onSubmit: (view: WorklistView) => void;
}

const SORT_OPTIONS: Array<{ value: WorklistSort; text: string }> = [
  { value: 'conditions', text: 'Number of long-term conditions' },
  { value: 'frailty', text: 'Frailty (eFI score)' },
  { value: 'admissions', text: 'Emergency admissions' },
  { value: 'age', text: 'Age' },
];

const FRAILTY_OPTIONS = [
  { value: '', text: 'Any, including not assessed' },
  { value: 'mild', text: 'Mild, moderate or severe' },
  { value: 'moderate', text: 'Moderate or severe' },
  { value: 'severe', text: 'Severe' },
];

export function worklistFilters(o: FiltersOptions): { form: HTMLFormElement; errors: FormErrors } {
  const f = o.view.filters;
  const number = (id: string, label: string, value?: string) => {
    const field = textField({ id, label, inputmode: 'numeric', widthClass: 'nhsuk-input--width-4' });
    field.input.value = value ?? '';
    return field;
  };
  const scope = selectField({
    id: 'scope',
    label: 'Practices',
    options: [...ownScopeOptions(o.user, 'All practices you work with'), ...o.scopeGroups],
    value: scopeValue(f),
  });
  const cohort = selectField({
    id: 'cohort',
    label: 'Cohort',
    options: [
      ...o.definitions.cohorts.map((c) => ({ value: c.id, text: c.name })),
      { value: ANY_COHORT, text: 'People in any cohort' },
    ],
    value: f.cohort,
  });
  const condition = selectField({
    id: 'condition',
    label: 'Has the condition',
    options: [
      { value: '', text: 'Any condition' },
      ...o.definitions.conditions.map((c) => ({ value: c.id, text: c.name })),
    ],
    value: f.condition,
  });
  const frailty = selectField({
    id: 'frailty',
    label: 'Frailty (eFI category)',
    options: FRAILTY_OPTIONS,
    value: f.frailty,
  });
  const minAge = number('minAge', 'Age from (optional)', f.minAge);
  const maxAge = number('maxAge', 'Age to (optional)', f.maxAge);
  const minAdmissions = number('minAdmissions', 'Fewest emergency admissions in 12 months (optional)', f.minAdmissions);
  const sort = selectField({ id: 'sort', label: 'Sort by', options: SORT_OPTIONS, value: f.sort });
  const order = selectField({
    id: 'order',
    label: 'Order',
    options: [
      { value: 'desc', text: 'Highest first' },
      { value: 'asc', text: 'Lowest first' },
    ],
    value: f.order,
  });
  const pageSize = selectField({
    id: 'pageSize',
    label: 'People per page',
    options: PAGE_SIZES.map((n) => ({ value: String(n), text: String(n) })),
    value: String(o.view.pageSize),
  });

  const errors = new FormErrors(o.errorSlot, {
    scope,
    practiceId: scope,
    areaId: scope,
    cohort,
    condition,
    frailty,
    minAge,
    maxAge,
    minAdmissions,
    sort,
    order,
  });
  const form = h(
    'form',
    { novalidate: true, 'aria-label': 'Worklist filters', 'data-testid': 'worklist-filters' },
    h(
      'div',
      { className: 'app-filters' },
      [scope, cohort, condition, frailty, minAge, maxAge, minAdmissions, sort, order, pageSize].map((x) => x.group),
    ),
    h(
      'div',
      { className: 'nhsuk-button-group' },
      h('button', { className: 'nhsuk-button', type: 'submit' }, 'Show worklist'),
      h('a', { className: 'nhsuk-link', href: '/worklist' }, 'Clear filters'),
    ),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problems = checkNumbers(minAge, maxAge, minAdmissions);
    if (problems.length) {
      errors.show(problems);
      return;
    }
    errors.clear();
    o.onSubmit({
      filters: {
        ...scopeFromValue(scope.input.value),
        cohort: cohort.input.value,
        condition: condition.input.value || undefined,
        frailty: frailty.input.value || undefined,
        minAge: minAge.input.value.trim() || undefined,
        maxAge: maxAge.input.value.trim() || undefined,
        minAdmissions: minAdmissions.input.value.trim() || undefined,
        sort: sort.input.value as WorklistSort,
        order: order.input.value === 'asc' ? 'asc' : 'desc',
      },
      page: 1,
      pageSize: Number(pageSize.input.value),
    });
  });
  return { form, errors };
}

function checkNumbers(minAge: TextField, maxAge: TextField, minAdmissions: TextField): FieldError[] {
  const problems: FieldError[] = [];
  const whole = (field: TextField, key: string, high: number) => {
    const text = field.input.value.trim();
    if (text && !(/^\d{1,4}$/.test(text) && Number(text) <= high)) {
      problems.push({ field: key, message: `must be a whole number from 0 to ${high}` });
      return null;
    }
    return text ? Number(text) : null;
  };
  const from = whole(minAge, 'minAge', 130);
  const to = whole(maxAge, 'maxAge', 130);
  whole(minAdmissions, 'minAdmissions', 1000);
  if (from !== null && to !== null && from > to) {
    problems.push({ field: 'maxAge', message: 'must be the same as or more than the age from' });
  }
  return problems;
}
