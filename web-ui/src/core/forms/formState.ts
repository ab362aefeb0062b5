// The state of an editing form whose save may be refused: whether the user
// changed anything since it was drawn or saved (dirty), whether a save is in
// flight (the button is disabled meanwhile), and the errors: the form's own
// checks and the server's field errors (a problem's `errors`, by body path,
// shown against the nearest field), a conflict (409) handed to the form, and
// anything else through showApiError. The About me and care-plan editors use
// it through versionedForm.ts, which adds the version and the conflict view.

import { ApiError, type FieldError } from '../api/problem';
import { showApiError } from '../components/apiErrors';
import type { Field } from '../components/fields';
import { FormErrors } from '../components/formErrors';
import { showPathErrors } from '../components/recordFields';

export interface FormStateOptions<T> {
  form: HTMLFormElement;
  /** The submit button, disabled while a save is in flight. */
  button: HTMLButtonElement;
  /** Where the error summary goes. */
  errorSlot: HTMLElement;
  /** The form's value and its own problems (by body path), read on submit. */
  read: () => { value: T; problems: FieldError[] };
  /** The form's fields by the server's body paths, for this value. */
  fields: (value: T) => Record<string, Field>;
  /** Sends the value; throws ApiError when refused. */
  save: (value: T) => Promise<void>;
  /** Someone else saved first (409): show theirs; the user's input stays. */
  onConflict: () => Promise<void>;
  /** The error summary's description when the server refuses fields (400). */
  notSaved: (error: ApiError) => string;
  /** The thing being edited, in error messages ("care plan"). */
  thing: string;
  reload: () => void;
}

export interface FormState {
  /** Whether anything was typed or chosen since the form was drawn or last saved. */
  readonly dirty: boolean;
  /** Whether a save is in flight. */
  readonly submitting: boolean;
  /** Submits as the user's button would. */
  submit(): Promise<void>;
}

export function formState<T>(o: FormStateOptions<T>): FormState {
  let dirty = false;
  let submitting = false;
  const changed = () => {
    dirty = true;
  };
  o.form.addEventListener('input', changed);
  o.form.addEventListener('change', changed);

  const submit = async () => {
    if (submitting) return;
    const { value, problems } = o.read();
    const fields = o.fields(value);
    const errors = new FormErrors(o.errorSlot, fields);
    if (problems.length) {
      showPathErrors(errors, fields, problems);
      return;
    }
    submitting = true;
    o.button.disabled = true;
    try {
      await o.save(value);
      dirty = false;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        errors.clear();
        await o.onConflict();
      } else if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
        showPathErrors(errors, fields, error.problem.errors, o.notSaved(error));
      } else {
        showApiError(o.errorSlot, error, { thing: o.thing, reload: o.reload, fields: errors });
      }
    } finally {
      submitting = false;
      o.button.disabled = false;
    }
  };

  o.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });

  return {
    get dirty() {
      return dirty;
    },
    get submitting() {
      return submitting;
    },
    submit,
  };
}
