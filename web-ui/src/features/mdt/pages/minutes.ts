// A meeting's minutes: written while it is held (checked against the version
// read, so that one person's save does not overwrite another's), read once it
// is closed.

import { saveMinutes } from '../api';
import { showApiError } from '../../../core/components/apiErrors';
import { textAreaField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { headedForm } from '../../../core/components/headedForm';
import { h } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { formatDateTime } from '../../../core/format';
import { mayTakePart, type MeetingContext } from './context';

export function minutesSection(ctx: MeetingContext): HTMLElement {
  const m = ctx.meeting;
  const written = m.minutesAt
    ? h(
        'p',
        { className: 'app-secondary', 'data-testid': 'minutes-saved-at' },
        `Last saved ${formatDateTime(m.minutesAt)}`,
      )
    : null;
  const section = h(
    'section',
    { 'aria-labelledby': 'minutes-heading', 'data-testid': 'minutes' },
    h('h2', { id: 'minutes-heading' }, 'Minutes'),
  );
  if (m.state === 'held' && mayTakePart(m)) {
    section.append(minutesForm(ctx), written ?? '');
    return section;
  }
  if (m.minutes) {
    section.append(
      h(
        'div',
        { className: 'app-minutes', 'data-testid': 'minutes-text' },
        ...m.minutes.split('\n').map((line) => h('p', {}, line)),
      ),
      written ?? '',
    );
  } else {
    section.append(
      h(
        'p',
        { 'data-testid': 'no-minutes' },
        m.state === 'scheduled' ? 'Minutes are written once the meeting is held.' : 'No minutes were written.',
      ),
    );
  }
  return section;
}

function minutesForm(ctx: MeetingContext): HTMLFormElement {
  const m = ctx.meeting;
  const text = textAreaField({
    id: 'minutesText',
    label: 'Minutes',
    hint: 'Who was discussed is recorded with each outcome; write here what the meeting as a whole agreed and noted.',
    rows: 8,
  });
  text.input.value = m.minutes ?? '';
  const fields = new FormErrors(ctx.errorSlot, { text });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Save minutes');
  const form = headedForm(
    {
      id: 'minutes-form',
      heading: 'Write the minutes',
      intro: 'Save as often as you like until the meeting is closed.',
      testId: 'minutes-form',
    },
    text.group,
    button,
  );
  // The form's own heading names it; the section's heading stays for the page outline.
  form.querySelector('h2')?.classList.add('nhsuk-u-visually-hidden');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.input.value.trim()) {
      fields.show([{ field: 'text', message: 'Enter the minutes' }]);
      return;
    }
    button.disabled = true;
    try {
      await saveMinutes(m.id, { text: text.input.value, version: m.version });
      setFlash({ heading: 'Minutes saved', testId: 'minutes-saved' });
      ctx.reload();
    } catch (error) {
      showApiError(ctx.errorSlot, error, { thing: 'meeting', reload: ctx.reload, fields });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
