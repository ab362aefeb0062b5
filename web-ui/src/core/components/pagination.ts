// NHS pagination: "Previous" and "Next" links, each with the page it leads to.

import { h, visuallyHidden } from '../dom';

export interface PageLink {
  href: string;
  /** Shown under the link, e.g. "2 of 5". */
  label: string;
}

export function pagination(o: { previous?: PageLink | null; next?: PageLink | null; label?: string }): HTMLElement {
  const item = (which: 'previous' | 'next', link: PageLink) =>
    h(
      'li',
      { className: `nhsuk-pagination-item--${which}` },
      h(
        'a',
        {
          className: `nhsuk-pagination__link nhsuk-pagination__link--${which === 'previous' ? 'prev' : 'next'}`,
          href: link.href,
          rel: which === 'previous' ? 'prev' : 'next',
        },
        h(
          'span',
          { className: 'nhsuk-pagination__title' },
          which === 'previous' ? 'Previous' : 'Next',
          visuallyHidden(' page'),
        ),
        visuallyHidden(':'),
        h('span', { className: 'nhsuk-pagination__page' }, link.label),
      ),
    );
  return h(
    'nav',
    {
      className: 'nhsuk-pagination',
      role: 'navigation',
      'aria-label': o.label ?? 'Pagination',
      'data-testid': 'pagination',
    },
    h(
      'ul',
      { className: 'nhsuk-list nhsuk-pagination__list' },
      o.previous ? item('previous', o.previous) : null,
      o.next ? item('next', o.next) : null,
    ),
  );
}
