// The timeline's note forms: write a note, and mark your own as written in\n// error (with the reason).

import { addNote, markNoteInError } from '../api';
import type { Note, NoteKind } from '../types';
import { showApiError } from '../../../core/components/apiErrors';
import { textAreaField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { headedForm } from '../../../core/components/headedForm';
import { selectField } from '../../../core/components/selectField';
import { h } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { formatDate, todayIso } from '../../../core/format';
import { type SectionContext } from '../../people/section';
import { NOTE_KINDS } from '../words';

export function inErrorForm(
  { person, errorSlot, reload }: SectionContext,
  note: Note,
  marked: (saved: Note) => void,
): HTMLElement {
  const id = `in-error-${note.id}`;
  const reason = textAreaField({
    id: `${id}-reason`,
    label: 'Why was it written in error?',
    hint: 'For example, "Written in the wrong person’s record". The note stays, struck through, with your reason.',
    rows: 2,
  });
  const fields = new FormErrors(errorSlot, { reason });
  const button = h(
    'button',
    { className: 'nhsuk-button nhsuk-button--warning nhsuk-button--small', type: 'submit' },
    'Mark as written in error',
  );
  const form = h('form', { novalidate: true, 'data-testid': 'in-error-form' }, reason.group, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = reason.input.value.trim();
    if (!text) {
      fields.show([{ field: 'reason', message: 'Enter why the note was written in error' }]);
      return;
    }
    button.disabled = true;
    try {
      const saved = await markNoteInError(person.id, note.id, text);
      fields.clear();
      marked(saved);
    } catch (error) {
      showApiError(errorSlot, error, { thing: 'note', reload, fields });
    } finally {
      button.disabled = false;
    }
  });
  return h(
    'details',
    { className: 'nhsuk-details app-timeline__details' },
    h(
      'summary',
      { className: 'nhsuk-details__summary' },
      h('span', { className: 'nhsuk-details__summary-text' }, 'Mark this note as written in error'),
    ),
    h('div', { className: 'nhsuk-details__text' }, form),
  );
}

export function noteForm({ person, errorSlot, reload }: SectionContext): HTMLFormElement {
  const kind = selectField({
    id: 'noteKind',
    label: 'What kind of note?',
    options: (Object.keys(NOTE_KINDS) as NoteKind[]).map((k) => ({ value: k, text: NOTE_KINDS[k] })),
    value: 'note',
  });
  const text = textAreaField({
    id: 'noteText',
    label: 'Note',
    hint: 'What happened, and anything the rest of the care team should know',
    rows: 4,
  });
  const fields = new FormErrors(errorSlot, { kind, text });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Save note');
  const form = headedForm(
    {
      id: 'new-note',
      heading: 'Write a note',
      intro: `The whole care team sees it on ${person.givenName}’s timeline. Notes are never deleted: you can mark your own as written in error.`,
      testId: 'new-note',
    },
    kind.group,
    text.group,
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const words = text.input.value.trim();
    if (!words) {
      fields.show([{ field: 'text', message: 'Enter the note' }]);
      return;
    }
    button.disabled = true;
    try {
      const saved = await addNote(person.id, { kind: kind.input.value as NoteKind, text: words });
      setFlash({
        heading: `${NOTE_KINDS[saved.kind] ?? 'Note'} saved`,
        body: `Written ${formatDate(todayIso())}; it is at the top of the timeline.`,
        testId: 'note-saved',
      });
      reload();
    } catch (error) {
      showApiError(errorSlot, error, { thing: 'note', reload, fields });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
