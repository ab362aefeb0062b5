// Showing one version of About me: what matters to them, their story, the
// people who support them, their communication needs (Accessible Information
// Standard) and their carers and next of kin with what each may see.

import type { AboutMe, AboutMeContact, AboutMeVocabulary } from '../types';
import type { Person } from '../../people/types';
import { table } from '../../../core/components/tables';
import { tag } from '../../../core/components/tag';
import { h, type Child } from '../../../core/dom';
import { attribution, kindLegend, needKinds } from '../words';

/** The version's content, under headings of `level` (h3 under a page's h2). */
export function aboutMeContent(
  doc: AboutMe,
  person: Person,
  vocabulary: AboutMeVocabulary | null,
  level: 'h3' | 'h4' = 'h3',
): Node[] {
  const c = doc.content;
  const story = (heading: string, text: string, testId: string) =>
    h(
      'section',
      { className: 'app-about-me__part', 'data-testid': testId },
      h(level, {}, heading),
      text.trim()
        ? h('p', { className: 'app-multiline' }, text)
        : h('p', { className: 'app-secondary' }, 'Not written yet.'),
    );
  return [
    story('What matters to me', c.whatMattersToMe, 'about-me-what-matters'),
    story('My story', c.myStory, 'about-me-story'),
    story('The people who support me', c.peopleWhoSupportMe, 'about-me-supporters'),
    h(
      'section',
      { className: 'app-about-me__part', 'data-testid': 'about-me-communication' },
      h(level, {}, 'How to communicate with me'),
      communication(doc, vocabulary),
    ),
    h(
      'section',
      { className: 'app-about-me__part', 'data-testid': 'about-me-contacts' },
      h(level, {}, 'My carers and next of kin'),
      contacts(c.contacts, person, vocabulary),
    ),
  ];
}

function communication(doc: AboutMe, vocabulary: AboutMeVocabulary | null): Child {
  const needs = doc.content.communicationNeeds;
  const label = (code: string) =>
    vocabulary?.communicationNeeds.find((n) => n.code === code)?.label ?? code.replace(/_/g, ' ');
  const kindOf = (code: string) => vocabulary?.communicationNeeds.find((n) => n.code === code)?.kind ?? '';
  const rows: Array<[string, Child]> = [];
  const kinds = vocabulary ? needKinds(vocabulary) : [];
  for (const kind of [...kinds, '']) {
    const codes = needs.formats.filter((code) => kindOf(code) === kind);
    if (!codes.length) continue;
    rows.push([
      kind ? kindLegend(kind) : 'Other needs',
      h(
        'ul',
        { className: 'nhsuk-list nhsuk-u-margin-bottom-0' },
        codes.map((code) => h('li', {}, label(code))),
      ),
    ]);
  }
  if (needs.interpreterNeeded)
    rows.push([
      'Interpreter',
      h('span', { 'data-testid': 'interpreter' }, `Needs an interpreter: ${needs.language || 'language not given'}`),
    ]);
  else if (needs.language.trim()) rows.push(['Preferred language', needs.language]);
  if (needs.otherNeeds.trim())
    rows.push(['Anything else', h('span', { className: 'app-multiline' }, needs.otherNeeds)]);
  if (!rows.length) return h('p', { className: 'app-secondary' }, 'No communication needs recorded.');
  return h(
    'dl',
    { className: 'nhsuk-summary-list' },
    rows.map(([key, value]) =>
      h(
        'div',
        { className: 'nhsuk-summary-list__row' },
        h('dt', { className: 'nhsuk-summary-list__key' }, key),
        h('dd', { className: 'nhsuk-summary-list__value' }, value),
      ),
    ),
  );
}

export function mayViewLabel(code: string, vocabulary: AboutMeVocabulary | null): string {
  return vocabulary?.mayView.find((m) => m.code === code)?.label ?? code.replace(/_/g, ' ');
}

function contacts(list: AboutMeContact[], person: Person, vocabulary: AboutMeVocabulary | null): Child {
  if (!list.length) return h('p', { className: 'app-secondary' }, 'No carers or next of kin recorded.');
  return table<AboutMeContact>({
    testId: 'about-me-contact-table',
    columns: [
      {
        header: 'Name',
        cell: (c) => [
          h('strong', {}, c.name),
          h('span', { className: 'app-secondary' }, c.relationship),
          c.isCarer || c.isNextOfKin
            ? h(
                'span',
                { className: 'app-tags' },
                c.isCarer ? tag('Carer', 'blue') : null,
                c.isNextOfKin ? tag('Next of kin', 'aqua-green') : null,
              )
            : null,
        ],
      },
      { header: 'Phone', cell: (c) => (c.phone ? h('span', { className: 'app-nowrap' }, c.phone) : 'Not given') },
      { header: `What ${person.givenName} agreed they may see`, cell: (c) => mayViewLabel(c.mayView, vocabulary) },
      { header: 'Notes', cell: (c) => (c.notes ? h('span', { className: 'app-multiline' }, c.notes) : '') },
    ],
    rows: list,
  });
}

/** A whole version: who wrote it and when, then its content. */
export function aboutMeVersionView(
  doc: AboutMe,
  person: Person,
  vocabulary: AboutMeVocabulary | null,
  level: 'h3' | 'h4' = 'h3',
): Node[] {
  return [attribution(doc, person), ...aboutMeContent(doc, person, vocabulary, level)];
}
