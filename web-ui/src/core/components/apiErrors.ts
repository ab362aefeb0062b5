// How a form shows the server's refusal: field errors next to the fields; a
// 409 for a stale version ("someone else changed this; reload") or for a
// change that is not allowed (with the changes that are); anything else as
// the problem's detail. Each goes in the NHS error summary, focused.

import { ApiError } from '../api/problem';
import { h } from '../dom';
import { sentence } from '../format';
import { errorSummary, showErrorSummary } from './errorSummary';
import type { FormErrors } from './formErrors';

export const CONFLICT = '/problems/conflict';
export const ILLEGAL_CHANGE = '/problems/illegal-change';

export interface ApiErrorOptions {
  /** What was being changed, e.g. "enrolment" or "task". */
  thing: string;
  /** Loads the page again with the current data. */
  reload: () => void;
  fields?: FormErrors;
  /** Words for the states named in a 409's `allowed`. */
  allowedLabel?: (state: string) => string;
}

/** Shows the error; returns false for errors a form should not handle (401, not an ApiError). */
export function showApiError(slot: HTMLElement, error: unknown, o: ApiErrorOptions): boolean {
  if (!(error instanceof ApiError)) throw error;
  if (error.status === 401) return false;
  if (error.status === 409 && (error.is(CONFLICT) || error.fieldError('version'))) {
    withReload(
      slot,
      {
        heading: `Someone else changed this ${o.thing}`,
        description: `Someone else changed this ${o.thing} since you opened this page, so your change was not saved. Reload to see their change, then make yours again if it is still needed.`,
      },
      o.reload,
      'conflict',
    );
    return true;
  }
  if (error.status === 409 && error.is(ILLEGAL_CHANGE)) {
    const allowed = Array.isArray(error.problem.allowed) ? (error.problem.allowed as string[]) : [];
    const label = o.allowedLabel ?? ((s: string) => s);
    withReload(
      slot,
      {
        heading: 'This change is not allowed',
        description: sentence(error.problem.detail ?? error.problem.title),
        items: [
          {
            text: allowed.length
              ? `Changes allowed now: ${allowed.map(label).join(', ')}.`
              : 'No changes are allowed now. Someone may have changed it since you opened this page.',
          },
        ],
      },
      o.reload,
      'illegal-change',
    );
    return true;
  }
  if (error.problem.errors?.length && o.fields) {
    o.fields.show(error.problem.errors, error.problem.detail);
    return true;
  }
  o.fields?.clear();
  showErrorSummary(slot, { items: [{ text: sentence(error.problem.detail ?? error.problem.title) }] });
  return true;
}

function withReload(
  slot: HTMLElement,
  options: Parameters<typeof errorSummary>[0],
  reload: () => void,
  testId: string,
): void {
  const summary = errorSummary(options);
  summary.setAttribute('data-problem', testId);
  const button = h(
    'button',
    { className: 'nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0', type: 'button' },
    'Reload',
  );
  button.addEventListener('click', reload);
  summary.querySelector('.nhsuk-error-summary__body')?.append(button);
  slot.replaceChildren(summary);
}
