// The NHS date input: day, month and year boxes in a fieldset.

import { h } from '../dom';
import { errorMessage, type Field } from './fields';

export interface DateField extends Field {
  day: HTMLInputElement;
  month: HTMLInputElement;
  year: HTMLInputElement;
}

export function dateField(o: { id: string; legend: string; hint?: string }): DateField {
  const part = (name: string, label: string, width: number) => {
    const input = h('input', {
      className: `nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}`,
      id: `${o.id}-${name}`,
      name: `${o.id}-${name}`,
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
    });
    const item = h(
      'div',
      { className: 'nhsuk-date-input__item' },
      h(
        'div',
        { className: 'nhsuk-form-group' },
        h('label', { className: 'nhsuk-label nhsuk-date-input__label', for: input.id }, label),
        input,
      ),
    );
    return { input, item };
  };
  const day = part('day', 'Day', 2);
  const month = part('month', 'Month', 2);
  const year = part('year', 'Year', 4);

  const hintId = `${o.id}-hint`;
  const inputs = h('div', { className: 'nhsuk-date-input', id: o.id }, day.item, month.item, year.item);
  const fieldset = h(
    'fieldset',
    { className: 'nhsuk-fieldset', role: 'group', 'aria-describedby': o.hint ? hintId : null },
    h('legend', { className: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, o.legend),
    o.hint ? h('div', { className: 'nhsuk-hint', id: hintId }, o.hint) : null,
    inputs,
  );
  const group = h('div', { className: 'nhsuk-form-group' }, fieldset);
  let message: HTMLElement | null = null;

  return {
    focusId: day.input.id,
    name: o.legend,
    group,
    day: day.input,
    month: month.input,
    year: year.input,
    setError(text: string | null) {
      message?.remove();
      message = null;
      group.classList.toggle('nhsuk-form-group--error', Boolean(text));
      for (const p of [day, month, year]) p.input.classList.toggle('nhsuk-input--error', Boolean(text));
      if (text) {
        message = errorMessage(`${o.id}-error`, text);
        fieldset.insertBefore(message, inputs);
      }
      const describedBy = [o.hint ? hintId : null, text ? `${o.id}-error` : null].filter(Boolean).join(' ');
      if (describedBy) fieldset.setAttribute('aria-describedby', describedBy);
      else fieldset.removeAttribute('aria-describedby');
    },
  };
}
