// The NHS tag: a short status in a coloured box.

import { h } from '../dom';

export type TagColour =
  'white' | 'grey' | 'green' | 'aqua-green' | 'blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export function tag(text: string, colour?: TagColour, testId?: string): HTMLElement {
  return h('strong', { className: `nhsuk-tag${colour ? ` nhsuk-tag--${colour}` : ''}`, 'data-testid': testId }, text);
}
