// Ties a form's fields to its error summary: one call shows the errors
// (from client-side checks or from a problem's `errors` array) next to the
// fields and in the summary; another clears them.

import type { FieldError } from '../api/problem';
import { showErrorSummary, type SummaryItem } from './errorSummary';
import { fieldMessage, sentence } from '../format';
import type { Field } from './fields';

export class FormErrors {
  constructor(
    private readonly slot: HTMLElement,
    private readonly fields: Record<string, Field>,
  ) {}

  clear(): void {
    this.slot.replaceChildren();
    for (const field of Object.values(this.fields)) field.setError(null);
  }

  /** Shows field errors; errors for unknown fields appear in the summary only. */
  show(errors: FieldError[], description?: string): void {
    this.clear();
    const items: SummaryItem[] = [];
    const seen = new Set<string>();
    for (const error of errors) {
      const field = this.fields[error.field];
      const text = sentence(fieldMessage(field?.name ?? error.field, error.message)).replace(/\.$/, '');
      if (field && !seen.has(error.field)) {
        field.setError(text);
        seen.add(error.field);
      }
      items.push({ text, targetId: field?.focusId });
    }
    showErrorSummary(this.slot, { description: description && sentence(description), items });
  }
}
