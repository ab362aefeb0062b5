// About me's communication needs (the Accessible Information Standard): one
// group of checkboxes per kind of need from the server's vocabulary, whether
// they need an interpreter (revealing the language), and anything else.

import type { AboutMeContent, AboutMeVocabulary } from '../types';
import { checkbox } from '../../../core/components/checkbox';
import { textAreaField, textField } from '../../../core/components/fields';
import { checkboxesField, groupField, type CheckboxesField } from '../../../core/components/recordFields';
import { h } from '../../../core/dom';
import { NEED_KINDS, kindLegend, needKinds } from '../words';

export function communicationFields(c: AboutMeContent, vocabulary: AboutMeVocabulary) {
  // Communication needs: one group of checkboxes per kind, in the vocabulary's order.
  const groups = new Map<string, CheckboxesField>();
  for (const kind of needKinds(vocabulary)) {
    groups.set(
      kind,
      checkboxesField({
        id: `formats-${kind}`,
        legend: kindLegend(kind),
        hint: NEED_KINDS[kind]?.hint,
        small: true,
        items: vocabulary.communicationNeeds
          .filter((n) => n.kind === kind)
          .map((n) => ({ value: n.code, text: n.label })),
        values: c.communicationNeeds.formats,
      }),
    );
  }
  const interpreter = checkbox({
    id: 'interpreterNeeded',
    label: 'They need a spoken-language interpreter',
    checked: c.communicationNeeds.interpreterNeeded,
  });
  const interpreterField = groupField({
    focusId: 'interpreterNeeded',
    name: 'Interpreter',
    group: interpreter.group,
    before: interpreter.group.firstElementChild!,
  });
  const language = textField({
    id: 'language',
    label: 'Which language?',
    hint: 'For example, "Bengali (Sylheti)"',
    widthClass: 'nhsuk-u-width-one-half',
  });
  language.input.value = c.communicationNeeds.language;
  const languageBox = h(
    'div',
    { className: 'nhsuk-checkboxes__conditional', id: 'conditional-interpreterNeeded' },
    language.group,
  );
  // Shown while ticked: nhsuk-frontend's Checkboxes does the reveal.
  interpreter.input.setAttribute('aria-controls', languageBox.id);
  interpreter.input.setAttribute('aria-expanded', String(interpreter.input.checked));
  languageBox.classList.toggle('nhsuk-checkboxes__conditional--hidden', !interpreter.input.checked);
  interpreter.group.querySelector('.nhsuk-checkboxes')?.append(languageBox);
  const otherNeeds = textAreaField({
    id: 'otherNeeds',
    label: 'Anything else about how to communicate with them (optional)',
    rows: 3,
  });
  otherNeeds.input.value = c.communicationNeeds.otherNeeds;

  return { groups, interpreter, interpreterField, language, otherNeeds };
}
