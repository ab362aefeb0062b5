// The extract upload form: the four CSV files of an extract and whether it is
// partial. A refused extract shows every row error as "file:line: column:
// reason", linked to the file's input.

import type { FieldError } from '../../../core/api/problem';
import { ApiError } from '../../../core/api/problem';
import { uploadExtract } from '../registerApi';
import { EXTRACT_FILES, type ExtractFile, type ImportResult } from '../registerTypes';
import { checkbox } from '../../../core/components/checkbox';
import { showErrorSummary, type SummaryItem } from '../../../core/components/errorSummary';
import { fileField, type FileField } from '../../../core/components/fileField';
import { headedForm } from '../../../core/components/headedForm';
import { h } from '../../../core/dom';
import { fieldMessage, sentence } from '../../../core/format';

const REQUIRED: ExtractFile[] = ['patients', 'events'];

export function importForm(errorSlot: HTMLElement, onImported: (record: ImportResult) => void): HTMLFormElement {
  const fields = Object.fromEntries(
    EXTRACT_FILES.map((name) => [
      name,
      fileField({
        id: name,
        label: `${name}.csv${REQUIRED.includes(name) ? '' : ' (optional)'}`,
        accept: '.csv,text/csv',
      }),
    ]),
  ) as Record<ExtractFile, FileField>;
  const partial = checkbox({
    id: 'partial',
    label: 'This extract is partial',
    hint: 'Tick this when the extract does not list everyone registered at its practices, so that nobody missing from it is marked as having left.',
  });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Upload and import');
  const form = headedForm(
    {
      id: 'upload',
      heading: 'Upload an extract',
      intro:
        'Choose the CSV files of one GP or hospital extract. The extract is checked first and imported only if every row is valid.',
      testId: 'import-form',
    },
    EXTRACT_FILES.map((name) => fields[name].group),
    partial.group,
    button,
  );

  const clear = () => {
    errorSlot.replaceChildren();
    for (const field of Object.values(fields)) field.setError(null);
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear();
    const missing = REQUIRED.filter((name) => !fields[name].file());
    if (missing.length) {
      showRowErrors(
        errorSlot,
        fields,
        missing.map((name) => ({ field: name, message: `Choose the ${name}.csv file` })),
        'Nothing was uploaded.',
      );
      return;
    }
    const files = Object.fromEntries(EXTRACT_FILES.map((name) => [name, fields[name].file()]));
    button.disabled = true;
    try {
      const record = await uploadExtract(files, partial.input.checked);
      form.reset();
      onImported(record);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 401) return;
      const problems = error.problem.errors ?? [{ field: '', message: error.problem.detail ?? error.problem.title }];
      showRowErrors(
        errorSlot,
        fields,
        problems,
        'Nothing was imported. Correct these rows and upload the files again.',
      );
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/**
 * One problem of a refused upload, written like `lcn import` does:
 * "events.csv:12:date" + reason -> "events.csv:12: date: reason". Problems
 * with the upload's own fields ("patients") read "patients.csv is required".
 */
export function rowError(error: FieldError): { text: string; file: ExtractFile | null } {
  const [name = '', ...rest] = error.field.split(':');
  const base = name.replace(/\.csv$/, '');
  const file = (EXTRACT_FILES as readonly string[]).includes(base) ? (base as ExtractFile) : null;
  if (!name.endsWith('.csv')) {
    return { text: sentence(name ? fieldMessage(file ? `${file}.csv` : name, error.message) : error.message), file };
  }
  const line = rest[0] && /^\d+$/.test(rest[0]) ? rest.shift() : undefined;
  const column = rest.join(':');
  return { text: `${name}${line ? `:${line}` : ''}: ${column ? `${column}: ` : ''}${error.message}`, file };
}

function showRowErrors(
  slot: HTMLElement,
  fields: Record<ExtractFile, FileField>,
  errors: FieldError[],
  description: string,
): void {
  const counts = new Map<ExtractFile, number>();
  const items: SummaryItem[] = errors.map((e) => {
    const { text, file } = rowError(e);
    if (file) counts.set(file, (counts.get(file) ?? 0) + 1);
    return { text, targetId: file ?? undefined };
  });
  for (const [file, n] of counts) {
    const only = errors.find((e) => e.field === file);
    fields[file].setError(only ? sentence(only.message) : `${file}.csv has ${n} ${n === 1 ? 'problem' : 'problems'}`);
  }
  showErrorSummary(slot, { heading: 'The extract was not imported', description, items });
}
