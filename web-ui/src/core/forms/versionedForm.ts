// An editor that saves the next version of a record (About me, the care
// plan): formState (its own checks, one save in flight, the server's 400 field
// errors against the fields) plus the version. Each save sends the version the
// form edits. A 409 (someone else saved a version meanwhile) reads the current
// version and shows it above the form (showConflict); the form then edits that
// version, with everything the user typed left in it.

import type { ApiError, FieldError } from '../api/problem';
import { showApiError } from '../components/apiErrors';
import type { Field } from '../components/fields';
import { h } from '../dom';
import { showConflict, type ConflictView } from './conflict';
import { formState } from './formState';

/** What a record's version says about itself. */
export interface Version {
  version: number;
  recordedBy?: { displayName?: string } | null;
}

/** The words and content of the conflict shown above the form (showConflict's, less the slots and version). */
export type ConflictWords = Omit<ConflictView, 'conflictSlot' | 'saveNotice' | 'errorSlot' | 'version'>;

export interface VersionedFormOptions<T, V extends Version> {
  form: HTMLFormElement;
  /** The submit button, disabled while a save is in flight. */
  button: HTMLButtonElement;
  /** Where the error summary goes. */
  errorSlot: HTMLElement;
  /** Above the form: the current version after a conflict. */
  conflictSlot: HTMLElement;
  /** In the form, by its button: that saving replaces the current version. */
  saveNotice: HTMLElement;
  /** The version the form was opened on. */
  version: number;
  /** The form's value and its own problems (by body path), read on submit. */
  read: () => { value: T; problems: FieldError[] };
  /** The form's fields by the server's body paths, for this value. */
  fields: (value: T) => Record<string, Field>;
  /** Sends the value with the version it replaces (a PUT); throws ApiError when refused. */
  save: (value: T, version: number) => Promise<void>;
  /** Reads the current version, after a 409. */
  current: () => Promise<V>;
  /** How to show the current version: `edited` is the version the refused save replaced, `who` saved the current one. */
  conflict: (current: V, o: { edited: number; who: string }) => ConflictWords | Promise<ConflictWords>;
  /** The error summary's description when the server refuses fields (400). */
  notSaved: (error: ApiError) => string;
  /** The thing being edited, in error messages ("care plan"). */
  thing: string;
  reload: () => void;
}

/** Wires the form's submit; returns the conflict slot and the form, to draw. */
export function versionedForm<T, V extends Version>(o: VersionedFormOptions<T, V>): HTMLElement {
  let base = o.version;
  let edited = base;

  const onConflict = async () => {
    let current: V;
    try {
      current = await o.current();
    } catch (error) {
      showApiError(o.errorSlot, error, { thing: o.thing, reload: o.reload });
      return;
    }
    const who = current.recordedBy?.displayName ?? 'Someone else';
    const words = await o.conflict(current, { edited, who });
    base = current.version;
    showConflict({
      conflictSlot: o.conflictSlot,
      saveNotice: o.saveNotice,
      errorSlot: o.errorSlot,
      version: current.version,
      ...words,
    });
  };

  formState({
    form: o.form,
    button: o.button,
    errorSlot: o.errorSlot,
    read: o.read,
    fields: o.fields,
    save: (value) => {
      edited = base;
      return o.save(value, edited);
    },
    onConflict,
    notSaved: o.notSaved,
    thing: o.thing,
    reload: o.reload,
  });

  return h('div', {}, o.conflictSlot, o.form);
}
