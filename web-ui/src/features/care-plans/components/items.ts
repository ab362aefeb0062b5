// The repeated items of the care plan editor (needs, goals and actions) and the list that
// holds them: each item's fields, its id kept from version to version (new items get one
// here, so that goals can link to new needs), the links between them, and an action's owner
// as the API takes it.

import type { ActionOwner, CarePlanGoal, CarePlanNeed, CarePlanVocabulary } from '../types';
import { type DateField } from '../../../core/components/dateField';
import {
  textAreaField,
  textField,
  type Field,
  type TextAreaField,
  type TextField,
} from '../../../core/components/fields';
import { type RadiosField } from '../../../core/components/radios';
import { selectField, type SelectField } from '../../../core/components/selectField';
import { h } from '../../../core/dom';
import { type AssigneePicker } from '../../directory/components/assigneePicker';
import { checkboxesField, groupField, type CheckboxesField } from '../../../core/components/recordFields';
import { domainLabel, shorten, termChoices } from '../words';

let itemCount = 0;

/** A number for the next item's element ids, unique on the page. */
export function nextKey(): number {
  return ++itemCount;
}

/** A new item id, unlike any the server gives ("need-<version>-<n>") and unlikely to repeat. */
export function newId(prefix: string): string {
  itemCount += 1;
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}${itemCount}`;
}

export interface Item {
  id: string;
  key: number;
  element: HTMLFieldSetElement;
  legend: HTMLElement;
  removeButton: HTMLButtonElement;
}

export interface NeedItem extends Item {
  domain: SelectField;
  description: TextAreaField;
}

export interface GoalItem extends Item {
  words: TextAreaField;
  measure: TextField;
  needsBox: HTMLElement;
  needs: CheckboxesField | null;
}

export interface ActionItem extends Item {
  description: TextAreaField;
  goal: SelectField;
  owner: RadiosField;
  carerName: TextField;
  known: SelectField;
  picker: () => AssigneePicker;
  pickerMade: () => AssigneePicker | null;
  existing: ActionOwner | null;
  due: DateField;
  status: SelectField;
}

/** A list of repeated items (needs, goals or actions) with add and remove buttons. */
export class ItemList<T extends Item> {
  readonly items: T[] = [];
  readonly box: HTMLElement;
  readonly addButton: HTMLButtonElement;
  readonly field: Field;

  constructor(
    private readonly noun: string,
    testId: string,
    private readonly onChange: () => void,
  ) {
    this.box = h('div', { 'data-testid': testId });
    this.addButton = h(
      'button',
      { className: 'nhsuk-button nhsuk-button--secondary', type: 'button', id: `add-${testId}` },
      `Add ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`,
    );
    this.field = groupField({
      focusId: this.addButton.id,
      name: `${noun.charAt(0).toUpperCase()}${noun.slice(1)}s`,
      group: h('div'),
      before: this.addButton,
    });
  }

  add(item: T): T {
    this.items.push(item);
    this.box.append(item.element);
    item.removeButton.addEventListener('click', () => {
      this.items.splice(this.items.indexOf(item), 1);
      item.element.remove();
      this.renumber();
      this.onChange();
      this.addButton.focus();
    });
    this.renumber();
    this.onChange();
    return item;
  }

  private renumber(): void {
    this.items.forEach((item, i) => {
      const name = `${this.noun.charAt(0).toUpperCase()}${this.noun.slice(1)} ${i + 1}`;
      item.legend.textContent = name;
      item.removeButton.textContent = `Remove ${this.noun} ${i + 1}`;
    });
  }
}

export function itemShell(
  key: number,
  testId: string,
  id: string,
  ...children: Array<Node | null>
): Pick<Item, 'element' | 'legend' | 'removeButton'> {
  const legend = h('legend', { className: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' });
  const removeButton = h('button', {
    className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small app-remove',
    type: 'button',
  });
  const element = h(
    'fieldset',
    { className: 'nhsuk-fieldset app-repeat', 'data-testid': testId, 'data-id': id, 'data-key': String(key) },
    legend,
    children,
    removeButton,
  );
  return { element, legend, removeButton };
}

/** A need: its area (the vocabulary's domains, in its order; a new need has the first) and what it is. */
export function needItem(need: CarePlanNeed | null, vocabulary: CarePlanVocabulary): NeedItem {
  const key = nextKey();
  const id = need?.id ?? newId('need');
  const domain = selectField({
    id: `need-${key}-domain`,
    label: 'Area',
    options: termChoices(vocabulary.needDomains),
    value: need?.domain ?? vocabulary.needDomains[0]?.code,
  });
  const description = textAreaField({ id: `need-${key}-description`, label: 'What they need help with', rows: 2 });
  description.input.value = need?.description ?? '';
  return { id, key, domain, description, ...itemShell(key, 'need-item', id, domain.group, description.group) };
}

export function goalItem(goal: CarePlanGoal | null): GoalItem {
  const key = nextKey();
  const id = goal?.id ?? newId('goal');
  const words = textAreaField({
    id: `goal-${key}-words`,
    label: 'The goal, in their own words',
    hint: 'For example, "I want to walk to the shop again"',
    rows: 2,
  });
  words.input.value = goal?.inOwnWords ?? '';
  const measure = textField({
    id: `goal-${key}-measure`,
    label: 'How we will know it is met (optional)',
    widthClass: 'nhsuk-u-width-full',
  });
  measure.input.value = goal?.measureOfSuccess ?? '';
  const needsBox = h('div', { 'data-testid': 'goal-needs' });
  return {
    id,
    key,
    words,
    measure,
    needsBox,
    needs: null,
    ...itemShell(key, 'goal-item', id, words.group, measure.group, needsBox),
  };
}

/** Rebuilds a goal's need checkboxes from the needs now in the editor, keeping its ticks. */
export function refreshGoalNeeds(
  goal: GoalItem,
  needs: NeedItem[],
  vocabulary: CarePlanVocabulary,
  ticked?: string[],
): void {
  const keep = ticked ?? goal.needs?.values() ?? [];
  if (!needs.length) {
    goal.needs = null;
    goal.needsBox.replaceChildren();
    return;
  }
  goal.needs = checkboxesField({
    id: `goal-${goal.key}-needs`,
    legend: 'Which needs does it meet? (optional)',
    small: true,
    items: needs.map((n, i) => ({
      value: n.id,
      text: `Need ${i + 1}: ${domainLabel(vocabulary, n.domain.input.value)}${n.description.input.value.trim() ? `, ${shorten(n.description.input.value)}` : ''}`,
    })),
    values: keep,
  });
  goal.needsBox.replaceChildren(goal.needs.group);
}

/** Rebuilds an action's goal choices from the goals now in the editor, keeping its choice. */
export function refreshActionGoal(action: ActionItem, goals: GoalItem[], chosen?: string): void {
  const keep = chosen ?? action.goal.input.value;
  const options = [
    h('option', { value: '' }, 'Not linked to a goal'),
    ...goals.map((g, i) =>
      h(
        'option',
        { value: g.id, selected: g.id === keep },
        `Goal ${i + 1}${g.words.input.value.trim() ? `: “${shorten(g.words.input.value, 60)}”` : ''}`,
      ),
    ),
  ];
  action.goal.input.replaceChildren(...options);
  if (!goals.some((g) => g.id === keep)) action.goal.input.value = '';
}
