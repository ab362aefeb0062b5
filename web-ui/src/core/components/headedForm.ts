// A form introduced by its own heading (which names it for screen readers)
// and a line of guidance, then its fields and submit button.

import { h, type Child } from '../dom';

export function headedForm(
  o: { id: string; heading: string; intro: string; testId?: string },
  ...children: Child[]
): HTMLFormElement {
  const headingId = `${o.id}-heading`;
  return h(
    'form',
    { novalidate: true, 'aria-labelledby': headingId, 'data-testid': o.testId },
    h('h2', { id: headingId }, o.heading),
    h('p', {}, o.intro),
    children,
  );
}
