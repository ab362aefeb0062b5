// The NHS error summary: shown at the top of the page when something is
// wrong, focused so screen readers announce it, linking to each field.

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
        items.map((item) => h('li', {}, item.targetId ? fieldLink(item.text, item.targetId) : item.text)),
      )
    : null;
  return h(
    'div',
    { className: 'nhsuk-error-summary', tabindex: '-1', 'data-testid': 'error-summary' },
    h(
      'div',
      { role: 'alert' },
      h('h2', { className: 'nhsuk-error-summary__heading' }, heading),
      h('div', { className: 'nhsuk-error-summary__body' }, description ? h('p', {}, description) : null, list),
    ),
  );
}

function fieldLink(text: string, targetId: string): HTMLAnchorElement {
  const link = h('a', { href: `#${targetId}` }, text);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const target = document.getElementById(targetId);
    if (!target) return;
    const legendOrLabel =
      target.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${targetId}"]`);
    (legendOrLabel ?? target).scrollIntoView();
    target.focus({ preventScroll: true });
  });
  return link;
}

/** Puts a summary into its slot and moves focus to it. */
export function showErrorSummary(slot: HTMLElement, options: ErrorSummaryOptions): HTMLElement {
  const summary = errorSummary(options);
  slot.replaceChildren(summary);
  summary.focus();
  return summary;
}
