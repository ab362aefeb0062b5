// One carer or next of kin in the About me form: name, relationship, carer
// and next-of-kin flags, phone, what they may see, notes; the legend and the
// remove button are numbered by the form.

import type { AboutMeContact, AboutMeVocabulary } from '../types';
import { checkbox } from '../../../core/components/checkbox';
import { textAreaField, textField, type TextAreaField, type TextField } from '../../../core/components/fields';
import { radiosField, type RadiosField } from '../../../core/components/radios';
import { h } from '../../../core/dom';

export interface ContactRow {
  element: HTMLFieldSetElement;
  legend: HTMLElement;
  removeButton: HTMLButtonElement;
  name: TextField;
  relationship: TextField;
  isCarer: HTMLInputElement;
  isNextOfKin: HTMLInputElement;
  phone: TextField;
  mayView: RadiosField;
  notes: TextAreaField;
}

let rowCount = 0;

export function contactRow(
  contact: AboutMeContact | null,
  vocabulary: AboutMeVocabulary,
  personName: string,
): ContactRow {
  const key = ++rowCount;
  const id = (part: string) => `contact-${key}-${part}`;
  const name = textField({
    id: id('name'),
    label: 'Name',
    widthClass: 'nhsuk-u-width-two-thirds',
    autocomplete: 'off',
  });
  const relationship = textField({
    id: id('relationship'),
    label: 'Relationship to them',
    hint: 'In words, for example "daughter" or "neighbour"',
    widthClass: 'nhsuk-u-width-one-half',
  });
  const isCarer = checkbox({
    id: id('isCarer'),
    label: 'They are a carer',
    hint: 'They look after them, paid or unpaid',
  });
  const isNextOfKin = checkbox({ id: id('isNextOfKin'), label: 'They are next of kin' });
  const phone = textField({
    id: id('phone'),
    label: 'Phone number (optional)',
    type: 'tel',
    autocomplete: 'off',
    widthClass: 'nhsuk-input--width-20',
  });
  const mayView = radiosField({
    id: id('mayView'),
    legend: 'What may they see?',
    hint: `What ${personName} agreed this person may see of their care`,
    items: vocabulary.mayView.map((m) => ({ value: m.code, text: m.label })),
  });
  const notes = textAreaField({
    id: id('notes'),
    label: 'Notes (optional)',
    hint: 'For example, when to call them',
    rows: 2,
  });
  if (contact) {
    name.input.value = contact.name;
    relationship.input.value = contact.relationship;
    isCarer.input.checked = contact.isCarer;
    isNextOfKin.input.checked = contact.isNextOfKin;
    phone.input.value = contact.phone ?? '';
    mayView.setValue(contact.mayView);
    notes.input.value = contact.notes ?? '';
  }
  const legend = h('legend', { className: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' });
  const removeButton = h('button', {
    className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small app-remove',
    type: 'button',
  });
  const element = h(
    'fieldset',
    { className: 'nhsuk-fieldset app-repeat', 'data-testid': 'contact-row' },
    legend,
    name.group,
    relationship.group,
    isCarer.group,
    isNextOfKin.group,
    phone.group,
    mayView.group,
    notes.group,
    removeButton,
  );
  return {
    element,
    legend,
    removeButton,
    name,
    relationship,
    isCarer: isCarer.input,
    isNextOfKin: isNextOfKin.input,
    phone,
    mayView,
    notes,
  };
}
