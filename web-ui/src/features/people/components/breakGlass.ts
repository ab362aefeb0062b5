// Shown when the server refuses a person because the user has no legitimate
// relationship with them: an explanation, and the break-glass form that
// grants short-lived emergency access with a recorded reason.

import { breakGlass } from '../api';
import { ApiError, type Problem } from '../../../core/api/problem';
import type { BreakGlassGrant } from '../types';
import { warningCallout } from '../../../core/components/callouts';
import { showErrorSummary } from '../../../core/components/errorSummary';
import { textAreaField } from '../../../core/components/fields';
import { headedForm } from '../../../core/components/headedForm';
import { FormErrors } from '../../../core/components/formErrors';
import { h } from '../../../core/dom';
import { sentence } from '../../../core/format';

export const MIN_REASON_LENGTH = 10;

export interface BreakGlassOptions {
  problem: Problem;
  /** Where the page's error summary goes (top of the page). */
  errorSlot: HTMLElement;
  onGranted: (grant: BreakGlassGrant) => void;
}

export function refusalCallout(problem: Problem): HTMLElement {
  return warningCallout(
    'This person is outside your care relationship',
    h('p', { className: 'nhsuk-u-margin-bottom-3' }, sentence(problem.detail ?? problem.title)),
    h(
      'p',
      { className: 'nhsuk-card__description' },
      'You can only see a person when you have a care relationship with them: they are registered at your practice, or your role covers their care network. Their details have not been shown.',
    ),
  );
}

export function breakGlassPanel({ problem, errorSlot, onGranted }: BreakGlassOptions): HTMLElement {
  const panel = h('div', { 'data-testid': 'refusal' }, refusalCallout(problem));
  const personId = typeof problem.personId === 'number' ? problem.personId : null;
  if (problem.breakGlassAvailable !== true || personId === null) {
    panel.append(
      h('p', {}, 'Emergency access is not available to you for this person. Ask their registered practice.'),
    );
    return panel;
  }
  panel.append(
    h(
      'div',
      { className: 'nhsuk-grid-row' },
      h('div', { className: 'nhsuk-grid-column-two-thirds' }, breakGlassForm(personId, errorSlot, onGranted)),
    ),
  );
  return panel;
}

function breakGlassForm(
  personId: number,
  errorSlot: HTMLElement,
  onGranted: BreakGlassOptions['onGranted'],
): HTMLElement {
  const reason = textAreaField({
    id: 'reason',
    label: 'Reason for emergency access',
    labelClass: 'nhsuk-label--s',
    hint: `Say why you need this person's record now. Use at least ${MIN_REASON_LENGTH} characters. Your reason and what you look at are recorded and reviewed by the privacy officer.`,
    rows: 3,
  });
  const errors = new FormErrors(errorSlot, { reason });
  const button = h('button', { className: 'nhsuk-button nhsuk-button--warning', type: 'submit' }, 'Break glass');
  const form = headedForm(
    {
      id: 'break-glass',
      heading: 'Emergency access (break glass)',
      intro: 'In an emergency you can see this person’s record for a short time.',
      testId: 'break-glass-form',
    },
    reason.group,
    button,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = reason.input.value.trim();
    if (text.length < MIN_REASON_LENGTH) {
      errors.show([{ field: 'reason', message: `Enter a reason of at least ${MIN_REASON_LENGTH} characters` }]);
      return;
    }
    button.disabled = true;
    try {
      const grant = await breakGlass(personId, text);
      errors.clear();
      onGranted(grant);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.problem.errors?.length) errors.show(error.problem.errors);
      else {
        errors.clear();
        showErrorSummary(errorSlot, { items: [{ text: sentence(error.problem.detail ?? error.problem.title) }] });
      }
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
