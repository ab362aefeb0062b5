// The About me section's pages: the current version with its versions
// (/people/{id}/about-me), one version (/people/{id}/about-me/versions/{n})
// and the form (/people/{id}/about-me/edit).

import { getAboutMe, getAboutMeVersion, getAboutMeVocabulary, listAboutMeVersions } from '../api';
import type { AboutMe, AboutMeAttribution, AboutMeVocabulary } from '../types';
import { insetText } from '../../../core/components/callouts';
import { problemPanel } from '../../../core/components/problemPanel';
import { table } from '../../../core/components/tables';
import { h } from '../../../core/dom';
import { formatDateTime } from '../../../core/format';
import { can } from '../../../core/permissions';
import { sectionPath, type SectionContext } from '../../people/section';
import { aboutMeForm } from './form';
import { aboutMeVersionView } from '../components/view';
import { authorTag, authorText } from '../words';

/** The vocabulary, or null when it cannot be read (codes are then shown as they are). */
function vocabularyOrNull(): Promise<AboutMeVocabulary | null> {
  return getAboutMeVocabulary().catch(() => null);
}

export async function aboutMePage(ctx: SectionContext): Promise<void> {
  const { person, body } = ctx;
  const loading = h('p', { className: 'app-loading' }, 'Loading About me…');
  body.append(loading);
  let doc: AboutMe;
  let versions: AboutMeAttribution[];
  let vocabulary: AboutMeVocabulary | null;
  try {
    [doc, versions, vocabulary] = await Promise.all([
      getAboutMe(person.id),
      listAboutMeVersions(person.id),
      vocabularyOrNull(),
    ]);
  } catch (error) {
    loading.replaceWith(problemPanel(error, 'h2'));
    return;
  }
  const mayWrite = can('about-me:write');
  const edit = (text: string) =>
    h(
      'a',
      {
        className: 'nhsuk-button nhsuk-button--secondary',
        href: sectionPath(person.id, 'about-me', 'edit'),
        role: 'button',
        draggable: 'false',
      },
      text,
    );
  if (!doc.version) {
    loading.replaceWith(
      h('h2', {}, 'About me'),
      h(
        'p',
        { 'data-testid': 'about-me-empty' },
        `Nothing has been written about what matters to ${person.givenName} yet.`,
      ),
      insetText(
        h(
          'p',
          {},
          'About me is what the person wants everyone who supports them to know, told once: what matters to them, their story, how to communicate with them, and their carers.',
        ),
      ),
      mayWrite ? edit('Write About me') : '',
    );
    return;
  }
  loading.replaceWith(
    h('h2', {}, 'About me'),
    mayWrite ? edit('Update About me') : '',
    h('div', { 'data-testid': 'about-me-current' }, ...aboutMeVersionView(doc, person, vocabulary)),
    versionsTable(ctx, versions, doc.version),
  );
}

function versionsTable({ person }: SectionContext, versions: AboutMeAttribution[], current: number): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'about-me-versions-heading' },
    h('h2', { id: 'about-me-versions-heading' }, 'Versions'),
    h('p', {}, 'Every version is kept. Open one to see it as it was.'),
    table<AboutMeAttribution>({
      testId: 'about-me-versions',
      caption: `${versions.length} ${versions.length === 1 ? 'version' : 'versions'}, newest first`,
      columns: [
        {
          header: 'Version',
          cell: (v) => [
            h('a', { href: sectionPath(person.id, 'about-me', 'versions', v.version) }, `Version ${v.version}`),
            v.version === current ? h('span', { className: 'app-secondary' }, 'Current') : null,
          ],
        },
        {
          header: 'Written by',
          cell: (v) => [authorTag(v, person), h('span', { className: 'app-secondary' }, authorText(v, person))],
        },
        {
          header: 'Recorded',
          cell: (v) => [
            v.recordedBy?.displayName ?? 'Not known',
            h('span', { className: 'app-secondary' }, v.recordedAt ? formatDateTime(v.recordedAt) : ''),
          ],
        },
        { header: 'What changed', cell: (v) => v.note ?? '' },
      ],
      rows: versions,
    }),
  );
}

export async function aboutMeVersionPage(ctx: SectionContext, version: number): Promise<void> {
  const { person, body } = ctx;
  const back = h('p', {}, h('a', { href: sectionPath(person.id, 'about-me') }, 'Back to About me'));
  const loading = h('p', { className: 'app-loading' }, 'Loading the version…');
  body.append(back, loading);
  let doc: AboutMe;
  let vocabulary: AboutMeVocabulary | null;
  try {
    [doc, vocabulary] = await Promise.all([getAboutMeVersion(person.id, version), vocabularyOrNull()]);
  } catch (error) {
    loading.replaceWith(problemPanel(error, 'h2'));
    return;
  }
  ctx.setTitle(`About me, version ${doc.version}`);
  const latest = doc.latestVersion;
  const neighbours = h(
    'ul',
    { className: 'nhsuk-list app-inline-list' },
    doc.version > 1
      ? h(
          'li',
          {},
          h(
            'a',
            { href: sectionPath(person.id, 'about-me', 'versions', doc.version - 1) },
            `Version ${doc.version - 1} (older)`,
          ),
        )
      : null,
    doc.version < latest
      ? h(
          'li',
          {},
          h(
            'a',
            { href: sectionPath(person.id, 'about-me', 'versions', doc.version + 1) },
            `Version ${doc.version + 1} (newer)`,
          ),
        )
      : null,
  );
  loading.replaceWith(
    h('h2', {}, `About me, version ${doc.version} of ${latest}`),
    doc.version === latest
      ? h('p', { 'data-testid': 'version-status' }, 'This is the current version.')
      : insetText(
          h(
            'p',
            { 'data-testid': 'version-status' },
            `This is an earlier version. `,
            h('a', { href: sectionPath(person.id, 'about-me') }, 'See the current version'),
            '.',
          ),
        ),
    h('div', { 'data-testid': 'about-me-version' }, ...aboutMeVersionView(doc, person, vocabulary)),
    neighbours,
  );
}

export async function aboutMeEditPage(ctx: SectionContext): Promise<void> {
  const { person, body } = ctx;
  ctx.setTitle('Update About me');
  const back = h('p', {}, h('a', { href: sectionPath(person.id, 'about-me') }, 'Back to About me'));
  const loading = h('p', { className: 'app-loading' }, 'Loading About me…');
  body.append(back, loading);
  let doc: AboutMe;
  let vocabulary: AboutMeVocabulary;
  try {
    [doc, vocabulary] = await Promise.all([getAboutMe(person.id), getAboutMeVocabulary()]);
  } catch (error) {
    loading.replaceWith(problemPanel(error, 'h2'));
    return;
  }
  loading.replaceWith(aboutMeForm(ctx, doc, vocabulary));
}
