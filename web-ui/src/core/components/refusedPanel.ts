// What a page shows instead of a record the server refuses to show the user
// (403): why, in the server's words, and where to go instead. Used by a task's
// page and an MDT meeting's page.

import type { ApiError } from '../api/problem';
import { h } from '../dom';
import { sentence } from '../format';

export function refusedPanel(o: {
  heading: string;
  testId: string;
  error: ApiError;
  link: { href: string; text: string };
}): HTMLElement {
  return h(
    'div',
    { 'data-testid': o.testId },
    h('h1', {}, o.heading),
    h('p', {}, sentence(o.error.problem.detail ?? o.error.problem.title)),
    h('p', {}, h('a', { href: o.link.href }, o.link.text)),
  );
}
