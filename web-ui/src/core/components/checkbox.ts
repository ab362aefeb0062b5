// One NHS checkbox with its label and an optional hint. Content revealed when
// it is ticked is nhsuk-frontend's Checkboxes' job (core/nhsComponents.ts):
// put it in the .nhsuk-checkboxes box and name it in the input's aria-controls.

import { h } from '../dom';

export function checkbox(o: { id: string; label: string; hint?: string; checked?: boolean }): {
  group: HTMLElement;
  input: HTMLInputElement;
} {
  const hintId = `${o.id}-hint`;
  const input = h('input', {
    className: 'nhsuk-checkboxes__input',
    id: o.id,
    name: o.id,
    type: 'checkbox',
    value: 'true',
    checked: o.checked,
    'aria-describedby': o.hint ? hintId : null,
  });
  const group = h(
    'div',
    { className: 'nhsuk-form-group' },
    h(
      'div',
      { className: 'nhsuk-checkboxes', 'data-module': 'nhsuk-checkboxes' },
      h(
        'div',
        { className: 'nhsuk-checkboxes__item' },
        input,
        h('label', { className: 'nhsuk-label nhsuk-checkboxes__label', for: o.id }, o.label),
        o.hint ? h('div', { className: 'nhsuk-hint nhsuk-checkboxes__hint', id: hintId }, o.hint) : null,
      ),
    ),
  );
  return { group, input };
}
