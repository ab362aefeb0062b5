// The NHS select: a labelled drop-down, optionally with option groups.

import { h } from '../dom';
import { labelled, withError, type Field } from './fields';

export interface SelectOption {
  value: string;
  text: string;
}

export interface OptionGroup {
  label: string;
  options: SelectOption[];
}

export interface SelectField extends Field {
  input: HTMLSelectElement;
}

export function selectField(o: {
  id: string;
  label: string;
  hint?: string;
  options: Array<SelectOption | OptionGroup>;
  value?: string;
}): SelectField {
  // Only the first option with the value is selected (a value may be offered twice).
  let chosen = false;
  const option = (opt: SelectOption) => {
    const selected = !chosen && opt.value === (o.value ?? '');
    chosen ||= selected;
    return h('option', { value: opt.value, selected }, opt.text);
  };
  const select = h(
    'select',
    { className: 'nhsuk-select', id: o.id, name: o.id },
    o.options.map((item) =>
      'options' in item ? h('optgroup', { label: item.label }, item.options.map(option)) : option(item),
    ),
  );
  return withError(o, labelled(o, select), select, 'nhsuk-select--error');
}
