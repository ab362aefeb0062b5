// NHS radios in a fieldset, with hints per item and conditional content that
// shows under a chosen item (the NHS "conditional reveal", done by
// nhsuk-frontend's Radios: core/nhsComponents.ts), and an error message in
// the NHS pattern.

import { Radios } from 'nhsuk-frontend';
import { componentOf } from '../nhsComponents';
import { h, type Child } from '../dom';
import { errorMessage, type Field } from './fields';

export interface RadioItem {
  value: string;
  text: string;
  hint?: string;
  /** Shown under the item while it is chosen. */
  conditional?: Child;
}

export interface RadiosField extends Field {
  fieldset: HTMLFieldSetElement;
  inputs: HTMLInputElement[];
  /** The chosen value, or '' when none is chosen. */
  value(): string;
  setValue(value: string): void;
  onChange(listener: (value: string) => void): void;
}

export function radiosField(o: {
  id: string;
  name?: string;
  legend: string;
  legendClass?: string;
  hint?: string;
  items: RadioItem[];
  value?: string;
  inline?: boolean;
  small?: boolean;
}): RadiosField {
  const name = o.name ?? o.id;
  const hintId = `${o.id}-hint`;
  const listeners: Array<(value: string) => void> = [];
  const inputs: HTMLInputElement[] = [];
  const itemNodes = o.items.map((item, index) => {
    // The first item's id is the field's, so that the error summary can link to it.
    const itemId = index === 0 ? o.id : `${o.id}-${index + 1}`;
    const itemHintId = `${itemId}-item-hint`;
    const conditionalId = `conditional-${itemId}`;
    const input = h('input', {
      className: 'nhsuk-radios__input',
      id: itemId,
      name,
      type: 'radio',
      value: item.value,
      checked: item.value === o.value,
      'aria-describedby': item.hint ? itemHintId : null,
      'aria-controls': item.conditional ? conditionalId : null,
      'aria-expanded': item.conditional ? String(item.value === o.value) : null,
    });
    inputs.push(input);
    const conditional = item.conditional
      ? h(
          'div',
          {
            className: `nhsuk-radios__conditional${item.value === o.value ? '' : ' nhsuk-radios__conditional--hidden'}`,
            id: conditionalId,
          },
          item.conditional,
        )
      : null;
    return [
      h(
        'div',
        { className: 'nhsuk-radios__item' },
        input,
        h('label', { className: 'nhsuk-label nhsuk-radios__label', for: itemId }, item.text),
        item.hint ? h('div', { className: 'nhsuk-hint nhsuk-radios__hint', id: itemHintId }, item.hint) : null,
      ),
      conditional,
    ];
  });
  const radios = h(
    'div',
    {
      className: `nhsuk-radios${o.inline ? ' nhsuk-radios--inline' : ''}${o.small ? ' nhsuk-radios--small' : ''}`,
      'data-module': 'nhsuk-radios',
    },
    itemNodes,
  );
  const fieldset = h(
    'fieldset',
    { className: 'nhsuk-fieldset', 'aria-describedby': o.hint ? hintId : null },
    h('legend', { className: `nhsuk-fieldset__legend ${o.legendClass ?? 'nhsuk-fieldset__legend--s'}` }, o.legend),
    o.hint ? h('div', { className: 'nhsuk-hint', id: hintId }, o.hint) : null,
    radios,
  );
  const group = h('div', { className: 'nhsuk-form-group' }, fieldset);

  // A value set by the page (not a click): the design system's Radios syncs
  // the reveals; before it has started, it syncs them itself when it starts.
  const sync = () => {
    const component = componentOf(radios);
    if (component instanceof Radios) component.syncAllConditionalReveals();
  };
  for (const input of inputs) {
    input.addEventListener('change', () => {
      for (const listener of listeners) listener(input.value);
    });
  }

  let message: HTMLElement | null = null;
  return {
    focusId: inputs[0]?.id ?? o.id,
    name: o.legend.replace(/\s*\(optional\)$/, ''),
    group,
    fieldset,
    inputs,
    value: () => inputs.find((i) => i.checked)?.value ?? '',
    setValue(value: string) {
      for (const input of inputs) input.checked = input.value === value;
      sync();
    },
    onChange(listener) {
      listeners.push(listener);
    },
    setError(text: string | null) {
      message?.remove();
      message = null;
      group.classList.toggle('nhsuk-form-group--error', Boolean(text));
      if (text) {
        message = errorMessage(`${o.id}-error`, text);
        fieldset.insertBefore(message, radios);
      }
      const describedBy = [o.hint ? hintId : null, text ? `${o.id}-error` : null].filter(Boolean).join(' ');
      if (describedBy) fieldset.setAttribute('aria-describedby', describedBy);
      else fieldset.removeAttribute('aria-describedby');
    },
  };
}
