// A form built from a FHIR R4 Questionnaire (docs/assessments.md): display
// items are text, groups are fieldsets, choice and boolean items are radios,
// integer, string and text items are inputs. Nothing here knows any one
// questionnaire, so a new questionnaire file needs no code. The server checks
// and scores the answers; its 400 names each missing or wrong item, and the
// error is shown against that question.

import type { Answer, Extension, QuestionnaireItem } from '../types';
import type { FieldError } from '../../../core/api/problem';
import { showErrorSummary, type SummaryItem } from '../../../core/components/errorSummary';
import { textAreaField, textField, type Field } from '../../../core/components/fields';
import { radiosField } from '../../../core/components/radios';
import { h } from '../../../core/dom';
import { capitalise, fieldMessage, sentence } from '../../../core/format';

const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';

interface Question {
  item: QuestionnaireItem;
  field: Field;
  /** How messages name it: "question 3", or "Needs support" under "Housing". */
  name: string;
  read(): Answer;
}

export interface QuestionnaireForm {
  nodes: Node[];
  answers(): Record<string, Answer>;
  /** Shows the server's errors (fields "answers.<linkId>") against their questions and in the summary. */
  showErrors(slot: HTMLElement, errors: FieldError[], description?: string): void;
  clearErrors(): void;
}

export function questionnaireForm(items: QuestionnaireItem[]): QuestionnaireForm {
  const questions = new Map<string, Question>();
  const build = (list: QuestionnaireItem[], group: string | null, depth: number): Node[] =>
    list.flatMap((item): Node[] => {
      switch (item.type) {
        case 'display':
          return [h('p', { className: 'app-questionnaire-display' }, item.text ?? '')];
        case 'group':
          return [
            h(
              'fieldset',
              { className: 'nhsuk-fieldset app-questionnaire-group', 'data-link-id': item.linkId },
              h(
                'legend',
                {
                  className: `nhsuk-fieldset__legend ${depth === 0 ? 'nhsuk-fieldset__legend--m' : 'nhsuk-fieldset__legend--s'}`,
                },
                item.text ?? '',
              ),
              build(item.item ?? [], item.text ?? null, depth + 1),
            ),
          ];
        default: {
          const question = questionFor(item, group);
          if (!question)
            return [
              h('p', {}, `This form cannot show the question "${item.text ?? item.linkId}" (type ${item.type}).`),
            ];
          questions.set(item.linkId, question);
          question.field.group.setAttribute('data-link-id', item.linkId);
          return [question.field.group];
        }
      }
    });
  const nodes = build(items, null, 0);

  const clearErrors = () => {
    for (const q of questions.values()) q.field.setError(null);
  };
  return {
    nodes,
    answers() {
      const out: Record<string, Answer> = {};
      for (const [linkId, q] of questions) {
        const value = q.read();
        if (value !== null) out[linkId] = value;
      }
      return out;
    },
    clearErrors,
    showErrors(slot, errors, description) {
      clearErrors();
      const items: SummaryItem[] = [];
      const shown = new Set<string>();
      for (const error of errors) {
        const q = error.field.startsWith('answers.') ? questions.get(error.field.slice('answers.'.length)) : undefined;
        if (!q) {
          items.push({ text: sentence(fieldMessage(error.field, error.message)).replace(/\.$/, '') });
          continue;
        }
        const missing = /^is missing/.test(error.message);
        const inField = missing ? `Answer ${q.name}` : sentence(error.message).replace(/\.$/, '');
        if (!shown.has(error.field)) q.field.setError(inField);
        shown.add(error.field);
        const text = q.item.text ?? q.item.linkId;
        items.push({
          text: missing ? `Answer ${q.name}: ${text}` : `${capitalise(q.name)}: ${inField}`,
          targetId: q.field.focusId,
        });
      }
      showErrorSummary(slot, { description: description && sentence(description), items });
    },
  };
}

function questionFor(item: QuestionnaireItem, group: string | null): Question | null {
  const id = `q-${item.linkId}`;
  const optional = item.required ? '' : ' (optional)';
  const label = `${item.prefix ? `${item.prefix}. ` : ''}${item.text ?? item.linkId}${optional}`;
  const name = item.prefix
    ? `question ${item.prefix}`
    : group
      ? `“${item.text ?? item.linkId}” under ${group}`
      : `“${item.text ?? item.linkId}”`;
  switch (item.type) {
    case 'choice': {
      const field = radiosField({
        id,
        name: item.linkId,
        legend: label,
        items: (item.answerOption ?? []).map((o) => ({
          value: o.valueCoding.code,
          text: o.valueCoding.display ?? o.valueCoding.code,
        })),
      });
      return { item, field, name, read: () => field.value() || null };
    }
    case 'boolean': {
      const field = radiosField({
        id,
        name: item.linkId,
        legend: label,
        inline: true,
        items: [
          { value: 'true', text: 'Yes' },
          { value: 'false', text: 'No' },
        ],
      });
      return { item, field, name, read: () => (field.value() === '' ? null : field.value() === 'true') };
    }
    case 'integer': {
      const min = extensionValue(item.extension, MIN_VALUE);
      const max = extensionValue(item.extension, MAX_VALUE);
      const hint = min !== undefined && max !== undefined ? `A whole number from ${min} to ${max}` : 'A whole number';
      const field = textField({ id, label, hint, inputmode: 'numeric', widthClass: 'nhsuk-input--width-3' });
      return {
        item,
        field,
        name,
        read: () => {
          const text = field.input.value.trim();
          if (!text) return null;
          // Anything else goes to the server as typed, which names what is wrong with it.
          return /^-?\d+$/.test(text) ? Number(text) : text;
        },
      };
    }
    case 'string': {
      const field = textField({ id, label, widthClass: 'nhsuk-u-width-two-thirds' });
      if (item.maxLength) field.input.maxLength = item.maxLength;
      return { item, field, name, read: () => field.input.value.trim() || null };
    }
    case 'text': {
      const field = textAreaField({ id, label, rows: 3 });
      if (item.maxLength) field.input.maxLength = item.maxLength;
      return { item, field, name, read: () => field.input.value.trim() || null };
    }
    default:
      return null;
  }
}

function extensionValue(extensions: Extension[] | undefined, url: string): number | undefined {
  const e = extensions?.find((x) => x.url === url);
  return e?.valueInteger ?? e?.valueDecimal;
}

/** An answer in words, using the questionnaire's option displays where it can. */
export function answerText(item: QuestionnaireItem | undefined, answer: Answer): string {
  if (answer === null || answer === undefined) return 'Not answered';
  if (typeof answer === 'boolean') return answer ? 'Yes' : 'No';
  if (item?.type === 'choice') {
    return item.answerOption?.find((o) => o.valueCoding.code === answer)?.valueCoding.display ?? String(answer);
  }
  return String(answer);
}

/** Every answerable item of a questionnaire, in order, with the group it is in. */
export function answerableItems(
  items: QuestionnaireItem[],
  group: string | null = null,
): Array<{ item: QuestionnaireItem; group: string | null }> {
  return items.flatMap((item) =>
    item.type === 'group'
      ? answerableItems(item.item ?? [], item.text ?? null)
      : item.type === 'display'
        ? []
        : [{ item, group }],
  );
}
