// What to show when a page cannot load for a reason the page does not handle.

import { ApiError } from '../api/problem';
import { h } from '../dom';
import { sentence } from '../format';

export function problemPanel(error: unknown, headingLevel: 'h1' | 'h2' = 'h1'): HTMLElement {
  const problem = error instanceof ApiError ? error.problem : null;
  const title =
    problem?.status === 404
      ? 'Not found'
      : problem?.status === 403
        ? 'You do not have access to this'
        : 'Sorry, there is a problem with the service';
  const detail = sentence(problem?.detail ?? problem?.title ?? 'Try again later');
  return h(
    'div',
    { 'data-testid': 'problem' },
    h(headingLevel, {}, title),
    h('p', {}, detail),
    h('p', {}, h('a', { href: '/' }, 'Go to your networks')),
  );
}
