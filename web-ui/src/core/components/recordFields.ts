// Form helpers shared by the About me, care plan and timeline sections:
// a group of checkboxes that can show an error, reading and filling the NHS
// date input, and matching the server's field paths (content.contacts[1].mayView)
// to the form's fields, falling back to the nearest enclosing one.

import type { FieldError } from '../api/problem';
import type { DateField } from './dateField';
import { errorMessage, type Field } from './fields';
import type { FormErrors } from './formErrors';
import { h } from '../dom';
import { isoDate } from '../format';

export interface CheckboxItem {
  value: string;
  text: string;
  hint?: string;
}

export interface CheckboxesField extends Field {
  fieldset: HTMLFieldSetElement;
  inputs: HTMLInputElement[];
  values(): string[];
}

/** NHS checkboxes in a fieldset; the first box's id is the field's, for the error summary's link. */
export function checkboxesField(o: {
  id: string;
  legend: string;
  hint?: string;
  items: CheckboxItem[];
  values?: string[];
  small?: boolean;
  legendClass?: string;
}): CheckboxesField {
  const hintId = `${o.id}-hint`;
  const chosen = new Set(o.values ?? []);
  const inputs: HTMLInputElement[] = [];
  const items = o.items.map((item, index) => {
    const itemId = index === 0 ? o.id : `${o.id}-${index + 1}`;
    const input = h('input', {
      className: 'nhsuk-checkboxes__input',
      id: itemId,
      name: o.id,
      type: 'checkbox',
      value: item.value,
      checked: chosen.has(item.value),
      'aria-describedby': item.hint ? `${itemId}-item-hint` : null,
    });
    inputs.push(input);
    return h(
      'div',
      { className: 'nhsuk-checkboxes__item' },
      input,
      h('label', { className: 'nhsuk-label nhsuk-checkboxes__label', for: itemId }, item.text),
      item.hint
        ? h('div', { className: 'nhsuk-hint nhsuk-checkboxes__hint', id: `${itemId}-item-hint` }, item.hint)
        : null,
    );
  });
  const boxes = h('div', { className: `nhsuk-checkboxes${o.small ? ' nhsuk-checkboxes--small' : ''}` }, items);
  const fieldset = h(
    'fieldset',
    { className: 'nhsuk-fieldset', 'aria-describedby': o.hint ? hintId : null },
    h('legend', { className: `nhsuk-fieldset__legend ${o.legendClass ?? 'nhsuk-fieldset__legend--s'}` }, o.legend),
    o.hint ? h('div', { className: 'nhsuk-hint', id: hintId }, o.hint) : null,
    boxes,
  );
  const group = h('div', { className: 'nhsuk-form-group' }, fieldset);
  let message: HTMLElement | null = null;
  return {
    focusId: inputs[0]?.id ?? o.id,
    name: o.legend.replace(/\s*\(optional\)$/, ''),
    group,
    fieldset,
    inputs,
    values: () => inputs.filter((i) => i.checked).map((i) => i.value),
    setError(text: string | null) {
      message?.remove();
      message = null;
      group.classList.toggle('nhsuk-form-group--error', Boolean(text));
      if (text) {
        message = errorMessage(`${o.id}-error`, text);
        fieldset.insertBefore(message, boxes);
      }
      const describedBy = [o.hint ? hintId : null, text ? `${o.id}-error` : null].filter(Boolean).join(' ');
      if (describedBy) fieldset.setAttribute('aria-describedby', describedBy);
      else fieldset.removeAttribute('aria-describedby');
    },
  };
}

/** A single control's form group as a Field (for a lone checkbox, say). */
export function groupField(o: { focusId: string; name: string; group: HTMLElement; before: Element }): Field {
  let message: HTMLElement | null = null;
  return {
    focusId: o.focusId,
    name: o.name,
    group: o.group as HTMLDivElement,
    setError(text: string | null) {
      message?.remove();
      message = null;
      o.group.classList.toggle('nhsuk-form-group--error', Boolean(text));
      if (text) {
        message = errorMessage(`${o.focusId}-error`, text);
        o.before.parentElement?.insertBefore(message, o.before);
      }
    },
  };
}

/** The same field under another name (how messages name it, e.g. "Name of contact 2"). */
export function renamed<T extends Field>(field: T, name: string): T {
  return { ...field, name };
}

/** Fills the NHS date input from YYYY-MM-DD (or empties it). */
export function setDate(field: DateField, iso: string | null | undefined): void {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  field.day.value = match ? String(Number(match[3])) : '';
  field.month.value = match ? String(Number(match[2])) : '';
  field.year.value = match ? match[1]! : '';
}

/** What the NHS date input holds: empty, a real date, or something that is not one. */
export function readDate(field: DateField): { empty: boolean; iso: string | null } {
  const empty = !field.day.value.trim() && !field.month.value.trim() && !field.year.value.trim();
  return { empty, iso: empty ? null : isoDate(field.day.value, field.month.value, field.year.value) };
}

/**
 * The key of `fields` for a server path: the path itself, else the nearest
 * enclosing path that is a field ("content.contacts[1].phone" → "content.contacts[1]").
 */
export function nearestField(path: string, fields: Record<string, Field>): string | null {
  let p = path;
  while (p) {
    if (fields[p]) return p;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return null;
    p = p.slice(0, cut);
  }
  return null;
}

/** Shows the server's (or the page's) errors against the nearest fields. */
export function showPathErrors(
  errors: FormErrors,
  fields: Record<string, Field>,
  list: FieldError[],
  description?: string,
): void {
  errors.show(
    list.map((e) => ({ field: nearestField(e.field, fields) ?? e.field, message: e.message })),
    description,
  );
}
