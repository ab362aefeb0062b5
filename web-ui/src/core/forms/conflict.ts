// After a 409 in an editor: the current version above the form, a notice by
// the button that saving replaces it, and an error summary pointing at it.
// Nothing the user typed is touched.

import type { Child } from '../dom';
import { h } from '../dom';
import { insetText } from '../components/callouts';
import { errorSummary } from '../components/errorSummary';

export interface ConflictView {
  conflictSlot: HTMLElement;
  saveNotice: HTMLElement;
  errorSlot: HTMLElement;
  /** The version saved meanwhile. */
  version: number;
  /** The section's id stem and test id: "about-me" gives about-me-current-heading and about-me-current. */
  name: string;
  /** The section's heading, e.g. "The current plan: version 4". */
  heading: string;
  /** The current version, drawn. */
  body: Child[];
  summaryHeading: string;
  description: string;
  /** The summary's link to the section. */
  linkText: string;
}

export function showConflict(c: ConflictView): void {
  c.saveNotice.replaceChildren(
    insetText(
      h(
        'p',
        {},
        `Saving now replaces version ${c.version} with what is in this form. Add the changes shown above first, if they are still needed.`,
      ),
    ),
  );
  const headingId = `${c.name}-current-heading`;
  c.conflictSlot.replaceChildren(
    h(
      'section',
      { className: 'app-conflict', 'aria-labelledby': headingId, 'data-testid': `${c.name}-current` },
      h('h2', { id: headingId, tabindex: '-1' }, c.heading),
      ...c.body,
    ),
  );
  const summary = errorSummary({
    heading: c.summaryHeading,
    description: c.description,
    items: [{ text: c.linkText, targetId: headingId }],
  });
  summary.setAttribute('data-problem', 'conflict');
  c.errorSlot.replaceChildren(summary);
}
