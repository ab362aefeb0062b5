// What the worklist page shows when it cannot show people: no permission,
// a place outside the user's reach, or case finding still loading.

import type { ApiError } from '../../../core/api/problem';
import { insetText, warningCallout } from '../../../core/components/callouts';
import { h } from '../../../core/dom';
import { sentence } from '../../../core/format';

export function noAccessPanel(error: ApiError): HTMLElement {
  return h(
    'div',
    { 'data-testid': 'no-access' },
    h('h1', {}, 'You cannot see worklists'),
    h('p', {}, sentence(error.problem.detail ?? error.problem.title)),
    h(
      'p',
      {},
      'Worklists name people, so they are for GPs, practice nurses, care coordinators and network managers. Counts without names are on the counts page if your role can see them.',
    ),
    h('p', {}, h('a', { href: '/' }, 'Go to your networks')),
  );
}

export function outsideReachCallout(error: ApiError): HTMLElement {
  return warningCallout(
    'You cannot see this worklist',
    h('p', { 'data-testid': 'worklist-refused' }, sentence(error.problem.detail ?? error.problem.title)),
    h('p', {}, 'Choose your own practice, or a network you work across, under Practices.'),
  );
}

/** Case finding is (re)loading the register: say so, and try again by itself. */
export function loadingRetry(error: ApiError, retry: () => void): HTMLElement {
  const seconds = Math.min(error.retryAfterSeconds ?? 3, 30);
  const button = h('button', { className: 'nhsuk-button nhsuk-button--secondary', type: 'button' }, 'Try again now');
  let timer = 0;
  const again = () => {
    window.clearTimeout(timer);
    if (panel.isConnected) retry();
  };
  button.addEventListener('click', again);
  const panel = insetText(
    h(
      'p',
      { role: 'status', 'data-testid': 'worklist-loading' },
      `Case finding is still loading the register. This page will try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    ),
    button,
  );
  timer = window.setTimeout(again, seconds * 1000);
  return panel;
}
