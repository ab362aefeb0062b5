// The NHS error summary: shown at the top of the page when something is
// wrong, linking to each field. nhsuk-frontend's ErrorSummary
// (core/nhsComponents.ts) focuses it when it is shown, so screen readers
// announce it, and moves a link's user to the field with its legend or label
// in view.

import { h } from '../dom';

export interface SummaryItem {
  text: string;
  /** The id of the control to move to, if the error belongs to a field. */
  targetId?: string;
}

export interface ErrorSummaryOptions {
  heading?: string;
  description?: string;
  items?: SummaryItem[];
}

export function errorSummary({
  heading = 'There is a problem',
  description,
  items = [],
}: ErrorSummaryOptions): HTMLElement {
  const list = items.length
    ? h(
        'ul',
        { className: 'nhsuk-list nhsuk-error-summary__list' },
        items.map((item) => h('li', {}, item.targetId ? h('a', { href: `#${item.targetId}` }, item.text) : item.text)),
      )
    : null;
  return h(
    'div',
    {
      className: 'nhsuk-error-summary',
      tabindex: '-1',
      'data-module': 'nhsuk-error-summary',
      'data-testid': 'error-summary',
    },
    h(
      'div',
      { role: 'alert' },
      h('h2', { className: 'nhsuk-error-summary__heading' }, heading),
      h('div', { className: 'nhsuk-error-summary__body' }, description ? h('p', {}, description) : null, list),
    ),
  );
}

/** Puts a summary into its slot (where it takes the focus as it starts). */
export function showErrorSummary(slot: HTMLElement, options: ErrorSummaryOptions): HTMLElement {
  const summary = errorSummary(options);
  slot.replaceChildren(summary);
  return summary;
}
