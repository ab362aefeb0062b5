// "Move this on": a form of radios, one per change the server allows the user
// (its `allowed`), each with a hint and, for some, a note revealed under it
// (a reason for declining or cancelling, an outcome). On submit: "choose one",
// the caller's checks of the note, then the caller's save; a refusal is shown
// through showApiError (a 409 with Reload and the changes allowed now). Used by
// a task's page and an MDT meeting's page.

import type { FieldError } from '../api/problem';
import { h } from '../dom';
import { showApiError, type ApiErrorOptions } from './apiErrors';
import type { Field, TextAreaField } from './fields';
import { FormErrors } from './formErrors';
import { headedForm } from './headedForm';
import { radiosField } from './radios';

export interface StateChangeItem<S extends string> {
  value: S;
  text: string;
  hint?: string;
  /** Shown under the choice while it is chosen; its words are passed to check and save. */
  note?: TextAreaField;
}

export interface StateChangeOptions<S extends string> {
  /** The form's id and test id, e.g. "task-change". */
  id: string;
  /** The radios' id, e.g. "taskChange". */
  radiosId: string;
  heading: string;
  intro: string;
  items: StateChangeItem<S>[];
  errorSlot: HTMLElement;
  /** The fields besides the radios ("state") that errors may name, for the chosen state. */
  fields: (state: S | '') => Record<string, Field>;
  /** The problems with the chosen state's note (its words, trimmed). */
  check: (state: S, note: string) => FieldError[];
  /** Sends the change; throws ApiError when refused. */
  save: (state: S, note: string) => Promise<void>;
  /** How a refusal is shown (the thing, Reload, the words for the changes allowed now). */
  refused: Omit<ApiErrorOptions, 'fields'>;
}

export function stateChangeForm<S extends string>(o: StateChangeOptions<S>): HTMLFormElement {
  const choice = radiosField({
    id: o.radiosId,
    legend: 'What do you want to do?',
    items: o.items.map((item) => ({
      value: item.value,
      text: item.text,
      hint: item.hint,
      conditional: item.note?.group,
    })),
  });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Save');
  const form = headedForm({ id: o.id, heading: o.heading, intro: o.intro, testId: o.id }, choice.group, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const state = choice.value() as S | '';
    const fields = new FormErrors(o.errorSlot, { state: choice, ...o.fields(state) });
    const note = o.items.find((item) => item.value === state)?.note;
    const text = note?.input.value.trim() ?? '';
    const problems: FieldError[] = state
      ? o.check(state, text)
      : [{ field: 'state', message: 'Choose what you want to do' }];
    if (problems.length || !state) {
      fields.show(problems);
      return;
    }
    button.disabled = true;
    try {
      await o.save(state, text);
    } catch (error) {
      showApiError(o.errorSlot, error, { ...o.refused, fields });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
