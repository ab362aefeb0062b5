// The worklist's Enrolment column: each person's state in care coordination
// (from the worklist row itself), a quick "Mark as invited" (the usual next
// step from a worklist), and a link to the full enrolment form.

import { changeEnrolment } from '../../enrolment/api';
import type { EnrolmentState } from '../../enrolment/types';
import type { WorklistEnrolment } from '../types';
import { ApiError } from '../../../core/api/problem';
import { h, visuallyHidden } from '../../../core/dom';
import { CONFLICT } from '../../../core/components/apiErrors';
import { can } from '../../../core/permissions';
import { stateTag } from '../../enrolment/components/enrolmentPanel';

export interface EnrolmentCells {
  cell(personId: number, name: string, enrolment: WorklistEnrolment | null): HTMLElement;
}

/** Whether a person in this state may be marked as invited (as the server allows). */
function mayInvite(state: EnrolmentState | null): boolean {
  return state !== 'invited' && state !== 'enrolled';
}

export function enrolmentCells(): EnrolmentCells {
  return {
    cell(personId, name, enrolment) {
      const element = h('div', { className: 'app-enrolment-cell', 'data-testid': 'enrolment-cell' });
      show(element, personId, name, enrolment?.state ?? null, enrolment?.version);
      return element;
    },
  };
}

function show(
  element: HTMLElement,
  personId: number,
  name: string,
  state: EnrolmentState | null,
  version: number | undefined,
  message?: string,
): void {
  const status = h('span', { className: 'app-enrolment-cell__status', role: 'status' }, message ?? '');
  const nodes: Node[] = [stateTag(state)];
  if (can('care:enrol') && mayInvite(state)) {
    const button = h(
      'button',
      {
        className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small app-enrolment-cell__action',
        type: 'button',
      },
      'Mark',
      visuallyHidden(` ${name}`),
      ' as invited',
    );
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const saved = await changeEnrolment(personId, {
          state: 'invited',
          ...(version !== undefined ? { version } : {}),
        });
        show(element, personId, name, saved.state, saved.version, `${name}: marked as invited`);
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
      can('care:enrol') ? 'Change' : 'History',
      visuallyHidden(` enrolment for ${name}`),
    ),
    status,
  );
  element.replaceChildren(...nodes);
}
