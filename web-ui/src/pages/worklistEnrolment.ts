// The worklist's Enrolment column: each person's state in care coordination,
// a quick "Mark as invited" (the usual next step from a worklist), and a link
// to the full enrolment form. The worklist API does not carry the state, so
// each row reads it (a few at a time) once the table is shown.

import { changeEnrolment, getEnrolment } from '../api/care';
import type { Enrolment } from '../api/careTypes';
import { ApiError } from '../api/problem';
import { h, visuallyHidden } from '../dom';
import { CONFLICT } from '../components/apiErrors';
import { can } from '../permissions';
import { stateTag } from './person/enrolmentPanel';

const PARALLEL = 4;

export interface EnrolmentCells {
  cell(personId: number, name: string): HTMLElement;
  /** Reads the states of every cell made so far. */
  load(): Promise<void>;
}

export function enrolmentCells(): EnrolmentCells {
  const cells: Array<{ personId: number; name: string; element: HTMLElement }> = [];
  return {
    cell(personId, name) {
      const element = h('div', { className: 'app-enrolment-cell', 'data-testid': 'enrolment-cell' }, h('span', { className: 'app-loading' }, 'Loading…'));
      cells.push({ personId, name, element });
      return element;
    },
    async load() {
      const queue = [...cells];
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { personId, name, element } = next;
          try {
            show(element, personId, name, await getEnrolment(personId));
          } catch (error) {
            if (!(error instanceof ApiError)) throw error;
            element.replaceChildren('Not known');
          }
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
    },
  };
}

function show(element: HTMLElement, personId: number, name: string, e: Enrolment, message?: string): void {
  const status = h('span', { className: 'app-enrolment-cell__status', role: 'status' }, message ?? '');
  const nodes: Node[] = [stateTag(e.state)];
  if (can('care:enrol') && e.allowed.includes('invited') && e.state !== 'invited') {
    const button = h(
      'button',
      { className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small app-enrolment-cell__action', type: 'button' },
      'Mark',
      visuallyHidden(` ${name}`),
      ' as invited',
    );
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const saved = await changeEnrolment(personId, { state: 'invited', ...(e.version !== undefined ? { version: e.version } : {}) });
        show(element, personId, name, saved, `${name}: marked as invited`);
        element.querySelector<HTMLElement>('a')?.focus();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        button.disabled = false;
        status.textContent =
          error.status === 409 && error.is(CONFLICT)
            ? 'Someone else changed this since the page loaded. Reload the page to see it.'
            : error.status === 409
              ? 'This change is no longer allowed. Reload the page to see why.'
              : `Not saved: ${error.problem.detail ?? error.problem.title}`;
      }
    });
    nodes.push(button);
  }
  nodes.push(
    h(
      'a',
      { className: 'app-enrolment-cell__link', href: `/people/${personId}/enrolment?from=worklist` },
      can('care:enrol') && e.allowed.length ? 'Change' : 'History',
      visuallyHidden(` enrolment for ${name}`),
    ),
    status,
  );
  element.replaceChildren(...nodes);
}
