// The NHS file upload: a labelled native file input.

import { h } from '../dom';
import { labelled, withError, type Field } from './fields';

export interface FileField extends Field {
  input: HTMLInputElement;
  /** The chosen file, if any. */
  file(): File | undefined;
}

export function fileField(o: { id: string; label: string; hint?: string; accept?: string }): FileField {
  const input = h('input', {
    className: 'nhsuk-file-upload__input',
    id: o.id,
    name: o.id,
    type: 'file',
    accept: o.accept,
  });
  const field = withError(o, labelled(o, input, 'nhsuk-file-upload'), input, 'nhsuk-input--error');
  return { ...field, file: () => input.files?.[0] };
}
