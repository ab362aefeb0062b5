// NHS form fields (text input, textarea, date input) that can show an
// error message in the NHS pattern: red bar, nhsuk-error-message above the
// control, and aria-describedby linking the message to the control.

import { h, visuallyHidden } from '../dom';

export interface Field {
  /** The control the error summary links to. */
  focusId: string;
  /** How messages name the field, e.g. "NHS number". */
  name: string;
  group: HTMLDivElement;
  setError(message: string | null): void;
}

export interface TextFieldOptions {
  id: string;
  label: string;
  hint?: string;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  widthClass?: string;
  code?: boolean;
  labelClass?: string;
}

export interface TextField extends Field {
  input: HTMLInputElement;
}

export interface TextAreaField extends Field {
  input: HTMLTextAreaElement;
}

/** The controls a field can wrap. */
export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function textField(o: TextFieldOptions): TextField {
  const classes = ['nhsuk-input', o.widthClass, o.code ? 'nhsuk-input--code' : ''].filter(Boolean).join(' ');
  const input = h('input', {
    className: classes,
    id: o.id,
    name: o.id,
    type: o.type ?? 'text',
    autocomplete: o.autocomplete ?? 'off',
    inputmode: o.inputmode,
    spellcheck: 'false',
  });
  return withError(o, labelled(o, input), input, 'nhsuk-input--error');
}

export function textAreaField(o: TextFieldOptions & { rows?: number }): TextAreaField {
  const input = h('textarea', { className: 'nhsuk-textarea', id: o.id, name: o.id, rows: o.rows ?? 4 });
  return withError(o, labelled(o, input), input, 'nhsuk-textarea--error');
}

/** A form group with the control's label and hint; `extraClass` adds to the group. */
export function labelled(
  o: Pick<TextFieldOptions, 'id' | 'label' | 'hint' | 'labelClass'>,
  control: HTMLElement,
  extraClass = '',
): HTMLDivElement {
  const label = h('label', { className: `nhsuk-label ${o.labelClass ?? ''}`.trim(), for: o.id }, o.label);
  const hint = o.hint ? h('div', { className: 'nhsuk-hint', id: `${o.id}-hint` }, o.hint) : null;
  if (hint) control.setAttribute('aria-describedby', hint.id);
  return h('div', { className: `nhsuk-form-group ${extraClass}`.trim() }, label, hint, control);
}

/** Makes a labelled group a Field that can show an error message above its control. */
export function withError<T extends Control>(
  o: Pick<TextFieldOptions, 'id' | 'label'>,
  group: HTMLDivElement,
  input: T,
  errorClass: string,
): Field & { input: T } {
  const id = o.id;
  const hintId = input.getAttribute('aria-describedby');
  let message: HTMLElement | null = null;
  return {
    focusId: id,
    name: o.label.replace(/\s*\(optional\)$/, ''),
    group,
    input,
    setError(text: string | null) {
      message?.remove();
      message = null;
      group.classList.toggle('nhsuk-form-group--error', Boolean(text));
      input.classList.toggle(errorClass, Boolean(text));
      if (text) {
        message = errorMessage(`${id}-error`, text);
        group.insertBefore(message, input);
      }
      const describedBy = [hintId, text ? `${id}-error` : null].filter(Boolean).join(' ');
      if (describedBy) input.setAttribute('aria-describedby', describedBy);
      else input.removeAttribute('aria-describedby');
    },
  };
}

export function errorMessage(id: string, text: string): HTMLElement {
  return h('span', { className: 'nhsuk-error-message', id }, visuallyHidden('Error: '), text);
}
