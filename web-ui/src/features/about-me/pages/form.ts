// Writing the next version of About me: who wrote it (the person, their carer
// or a professional) and with whom; their story; their communication needs
// from the server's vocabulary; their carers and next of kin with what each
// may see. The server's field paths (content.contacts[1].mayView) are shown
// against the right inputs. When someone else saved a version meanwhile (409),
// the current version is shown above the form and the user's text stays in the
// form, to re-apply.

import { getAboutMe, saveAboutMe } from '../api';
import type {
  AboutMe,
  AboutMeAuthor,
  AboutMeContact,
  AboutMeContent,
  AboutMeVocabulary,
  CommunicationNeeds,
} from '../types';
import { type FieldError } from '../../../core/api/problem';
import { textAreaField, textField, type Field } from '../../../core/components/fields';
import { radiosField } from '../../../core/components/radios';
import { h } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { fullName } from '../../../core/format';
import { navigate } from '../../../core/router';
import { groupField, renamed } from '../../../core/components/recordFields';
import { sectionPath, type SectionContext } from '../../people/section';
import { contactRow, type ContactRow } from '../components/contactRow';
import { communicationFields } from '../components/communicationFields';
import { versionedForm } from '../../../core/forms/versionedForm';
import { aboutMeVersionView } from '../components/view';
import { writtenByChoices } from '../words';

export function aboutMeForm(ctx: SectionContext, doc: AboutMe, vocabulary: AboutMeVocabulary): HTMLElement {
  const { person, errorSlot } = ctx;
  const c = doc.content;

  const writtenBy = radiosField({
    id: 'writtenBy',
    legend: 'Who wrote this version?',
    hint: 'So that everyone can tell what is in their own words',
    items: writtenByChoices(vocabulary, person),
  });
  const writtenWith = textField({
    id: 'writtenWith',
    label: 'Who they wrote it with (optional)',
    hint: 'For example, "with her daughter Jane" or "with Grace, practice nurse, at home"',
    widthClass: 'nhsuk-u-width-two-thirds',
  });

  const whatMatters = textAreaField({
    id: 'whatMattersToMe',
    label: 'What matters to me',
    hint: 'In their words: what is important to them, what a good day looks like',
    rows: 5,
  });
  const story = textAreaField({
    id: 'myStory',
    label: 'My story',
    hint: 'What they want people to know about their life, so they do not have to repeat it',
    rows: 6,
  });
  const supporters = textAreaField({
    id: 'peopleWhoSupportMe',
    label: 'The people who support me',
    hint: 'Family, friends, neighbours, groups and services',
    rows: 4,
  });
  whatMatters.input.value = c.whatMattersToMe;
  story.input.value = c.myStory;
  supporters.input.value = c.peopleWhoSupportMe;

  const { groups, interpreter, interpreterField, language, otherNeeds } = communicationFields(c, vocabulary);

  // Carers and next of kin.
  const rows: ContactRow[] = [];
  const rowsBox = h('div', { 'data-testid': 'contact-rows' });
  const addButton = h(
    'button',
    { className: 'nhsuk-button nhsuk-button--secondary', type: 'button', id: 'add-contact' },
    'Add a carer or next of kin',
  );
  const contactsField = groupField({
    focusId: 'add-contact',
    name: 'Carers and next of kin',
    group: h('div'),
    before: addButton,
  });
  const renumber = () =>
    rows.forEach((row, i) => {
      row.legend.textContent = `Carer or next of kin ${i + 1}`;
      row.removeButton.textContent = `Remove carer or next of kin ${i + 1}`;
    });
  const addRow = (contact: AboutMeContact | null) => {
    const row = contactRow(contact, vocabulary, fullName(person));
    rows.push(row);
    rowsBox.append(row.element);
    row.removeButton.addEventListener('click', () => {
      rows.splice(rows.indexOf(row), 1);
      row.element.remove();
      renumber();
      addButton.focus();
    });
    renumber();
    return row;
  };
  for (const contact of c.contacts) addRow(contact);
  addButton.addEventListener('click', () => addRow(null).name.input.focus());

  const note = textAreaField({
    id: 'note',
    label: 'What changed and why (optional)',
    hint: 'Shown with this version, for example "Updated after her hip operation"',
    rows: 2,
  });
  const conflictSlot = h('div');
  const saveNotice = h('div', { 'data-testid': 'save-notice' });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Save About me');
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'about-me-form-heading', 'data-testid': 'about-me-form' },
    h('h2', { id: 'about-me-form-heading' }, doc.version ? 'Update About me' : 'Write About me'),
    h(
      'p',
      {},
      `What ${person.givenName} wants everyone who supports them to know, so that they tell it once. Every version is kept, with who wrote it.`,
    ),
    writtenBy.group,
    writtenWith.group,
    h('h3', {}, 'Their story'),
    whatMatters.group,
    story.group,
    supporters.group,
    h('h3', {}, 'Communication needs'),
    h(
      'p',
      { className: 'app-secondary' },
      'The Accessible Information Standard: how to contact them, the formats they can read, and the support they need to communicate.',
    ),
    [...groups.values()].map((g) => g.group),
    interpreter.group,
    otherNeeds.group,
    h('h3', {}, 'Carers and next of kin'),
    h('p', { className: 'app-secondary' }, `For each, what ${person.givenName} agreed they may see of their care.`),
    rowsBox,
    addButton,
    h('h3', {}, 'About this change'),
    note.group,
    saveNotice,
    h(
      'div',
      { className: 'nhsuk-button-group' },
      button,
      h('a', { className: 'nhsuk-link', href: sectionPath(person.id, 'about-me') }, 'Cancel'),
    ),
  );

  const content = (): AboutMeContent => ({
    whatMattersToMe: whatMatters.input.value.trim(),
    myStory: story.input.value.trim(),
    peopleWhoSupportMe: supporters.input.value.trim(),
    communicationNeeds: {
      formats: [...groups.values()].flatMap((g) => g.values()) as CommunicationNeeds['formats'],
      interpreterNeeded: interpreter.input.checked,
      language: interpreter.input.checked ? language.input.value.trim() : '',
      otherNeeds: otherNeeds.input.value.trim(),
    },
    contacts: rows.map((r) => ({
      name: r.name.input.value.trim(),
      relationship: r.relationship.input.value.trim(),
      isCarer: r.isCarer.checked,
      isNextOfKin: r.isNextOfKin.checked,
      phone: r.phone.input.value.trim() || null,
      mayView: r.mayView.value() as AboutMeContact['mayView'],
      notes: r.notes.input.value.trim() || null,
    })),
  });

  /** The form's fields by the server's paths, for this submission's contacts and formats. */
  const fieldsFor = (sent: AboutMeContent): Record<string, Field> => {
    const firstGroup = [...groups.values()][0];
    const map: Record<string, Field> = {
      writtenBy,
      writtenWith,
      note,
      content: whatMatters,
      'content.whatMattersToMe': whatMatters,
      'content.myStory': story,
      'content.peopleWhoSupportMe': supporters,
      'content.communicationNeeds.interpreterNeeded': interpreterField,
      'content.communicationNeeds.language': language,
      'content.communicationNeeds.otherNeeds': otherNeeds,
      'content.contacts': contactsField,
    };
    if (firstGroup) {
      map['content.communicationNeeds'] = firstGroup;
      map['content.communicationNeeds.formats'] = firstGroup;
    }
    sent.communicationNeeds.formats.forEach((code, i) => {
      const kind = vocabulary.communicationNeeds.find((n) => n.code === code)?.kind ?? '';
      const group = groups.get(kind) ?? firstGroup;
      if (group) map[`content.communicationNeeds.formats[${i}]`] = group;
    });
    rows.forEach((r, i) => {
      const at = `content.contacts[${i}]`;
      const n = i + 1;
      map[at] = renamed(r.name, `Carer or next of kin ${n}`);
      map[`${at}.name`] = renamed(r.name, `Name of carer or next of kin ${n}`);
      map[`${at}.relationship`] = renamed(r.relationship, `Relationship of carer or next of kin ${n}`);
      map[`${at}.phone`] = renamed(r.phone, `Phone number of carer or next of kin ${n}`);
      map[`${at}.mayView`] = renamed(r.mayView, `What carer or next of kin ${n} may see`);
      map[`${at}.notes`] = renamed(r.notes, `Notes on carer or next of kin ${n}`);
    });
    return map;
  };

  const check = (sent: AboutMeContent): FieldError[] => {
    const problems: FieldError[] = [];
    if (!writtenBy.value()) problems.push({ field: 'writtenBy', message: 'Choose who wrote this version' });
    if (sent.communicationNeeds.interpreterNeeded && !sent.communicationNeeds.language) {
      problems.push({
        field: 'content.communicationNeeds.language',
        message: 'Enter the language they need an interpreter for',
      });
    }
    sent.contacts.forEach((contact, i) => {
      const at = `content.contacts[${i}]`;
      const who = contact.name || `carer or next of kin ${i + 1}`;
      if (!contact.name)
        problems.push({ field: `${at}.name`, message: `Enter the name of carer or next of kin ${i + 1}` });
      if (!contact.relationship)
        problems.push({ field: `${at}.relationship`, message: `Enter how ${who} is related to ${person.givenName}` });
      if (!contact.mayView) problems.push({ field: `${at}.mayView`, message: `Choose what ${who} may see` });
    });
    return problems;
  };

  return versionedForm({
    form,
    button,
    errorSlot,
    conflictSlot,
    saveNotice,
    version: doc.version,
    read: () => {
      const value = content();
      return { value, problems: check(value) };
    },
    fields: fieldsFor,
    save: async (sent, version) => {
      const saved = await saveAboutMe(person.id, {
        version,
        writtenBy: writtenBy.value() as AboutMeAuthor,
        content: sent,
        ...(writtenWith.input.value.trim() ? { writtenWith: writtenWith.input.value.trim() } : {}),
        ...(note.input.value.trim() ? { note: note.input.value.trim() } : {}),
      });
      setFlash({ heading: `About me saved: version ${saved.version}`, testId: 'about-me-saved' });
      navigate(sectionPath(person.id, 'about-me'), { replace: true });
    },
    current: () => getAboutMe(person.id),
    conflict: (current, { who }) => ({
      name: 'about-me',
      heading: `The current version: version ${current.version}`,
      body: aboutMeVersionView(current, person, vocabulary, 'h3'),
      summaryHeading: 'Someone else changed About me',
      description: `${who} saved version ${current.version} since you opened this page, so your changes were not saved. Here is the current version. Your text is still in the form below it: check it against the current version, then save again.`,
      linkText: `Read version ${current.version}`,
    }),
    notSaved: (error) => `About me was not saved. ${error.problem.detail ?? ''}`.trim(),
    thing: 'About me',
    reload: ctx.reload,
  });
}
