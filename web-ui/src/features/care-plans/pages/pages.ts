// The care plan section's pages: the current plan with its versions, the
// print link and the compare form (/people/{id}/care-plan); one version
// (/people/{id}/care-plan/versions/{n}); what changed between two versions
// (/people/{id}/care-plan/compare?from=&to=); the editor (/people/{id}/care-plan/edit).

import {
  carePlanPrintUrl,
  diffCarePlan,
  getCarePlan,
  getCarePlanVersion,
  getCarePlanVocabulary,
  listCarePlanVersions,
} from '../api';
import type { CarePlan, CarePlanDiff, CarePlanVersions, CarePlanVersionSummary, CarePlanVocabulary } from '../types';
import { ApiError } from '../../../core/api/problem';
import { insetText } from '../../../core/components/callouts';
import { showErrorSummary } from '../../../core/components/errorSummary';
import { problemPanel } from '../../../core/components/problemPanel';
import { selectField } from '../../../core/components/selectField';
import { table } from '../../../core/components/tables';
import { h, visuallyHidden } from '../../../core/dom';
import { formatDateTime, formatDay, sentence } from '../../../core/format';
import { can } from '../../../core/permissions';
import { navigate } from '../../../core/router';
import { sectionPath, type SectionContext } from '../../people/section';
import { diffView } from '../components/diffView';
import { carePlanEditor } from './editor';
import { planView } from '../components/view';
import { domainLabel, planStatusTag, type Vocabulary } from '../words';

/** The vocabulary, or null when it cannot be read (codes are then shown as they are). */
function vocabularyOrNull(): Promise<Vocabulary> {
  return getCarePlanVocabulary().catch(() => null);
}

function printLink(personId: number, version?: number): HTMLElement {
  return h(
    'a',
    {
      className: 'nhsuk-link',
      href: carePlanPrintUrl(personId, version),
      target: '_blank',
      rel: 'noopener',
      'data-testid': 'print-link',
    },
    version ? `Print version ${version} for the person` : 'Print for the person',
    ' (opens in a new tab)',
  );
}

export async function carePlanPage(ctx: SectionContext): Promise<void> {
  const { person, body } = ctx;
  const loading = h('p', { className: 'app-loading' }, 'Loading the care plan…');
  body.append(loading);
  let plan: CarePlan;
  let versions: CarePlanVersions;
  let vocabulary: Vocabulary;
  try {
    [plan, versions, vocabulary] = await Promise.all([
      getCarePlan(person.id),
      listCarePlanVersions(person.id),
      vocabularyOrNull(),
    ]);
  } catch (error) {
    loading.replaceWith(problemPanel(error, 'h2'));
    return;
  }
  const mayWrite = can('care-plan:write');
  const edit = (text: string) =>
    h(
      'a',
      {
        className: 'nhsuk-button nhsuk-button--secondary',
        href: sectionPath(person.id, 'care-plan', 'edit'),
        role: 'button',
        draggable: 'false',
      },
      text,
    );
  if (!plan.version) {
    loading.replaceWith(
      h('h2', {}, 'Care plan'),
      h(
        'p',
        { 'data-testid': 'care-plan-empty' },
        `${person.givenName} has no personalised care and support plan yet.`,
      ),
      insetText(
        h(
          'p',
          {},
          'The plan is written with the person: their goals in their own words, who does what by when, what to do if things get worse, and when to look at it again.',
        ),
      ),
      mayWrite ? edit('Write the care plan') : '',
    );
    return;
  }
  loading.replaceWith(
    h('h2', {}, 'Care plan'),
    h(
      'div',
      { className: 'app-actions-row' },
      mayWrite ? edit('Change the plan') : '',
      h('p', {}, printLink(person.id)),
    ),
    h('div', { 'data-testid': 'care-plan-current' }, ...planView(plan, person, vocabulary)),
    versionsTable(ctx, versions, vocabulary),
    versions.versions.length > 1
      ? compareForm(ctx, versions, Math.max(versions.currentVersion - 1, 1), versions.currentVersion)
      : '',
  );
}

function versionsTable({ person }: SectionContext, list: CarePlanVersions, vocabulary: Vocabulary): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'care-plan-versions-heading' },
    h('h2', { id: 'care-plan-versions-heading' }, 'Versions'),
    table<CarePlanVersionSummary>({
      testId: 'care-plan-versions',
      caption: `${list.versions.length} ${list.versions.length === 1 ? 'version' : 'versions'}, newest first`,
      columns: [
        {
          header: 'Version',
          cell: (v) => [
            h('a', { href: sectionPath(person.id, 'care-plan', 'versions', v.version) }, `Version ${v.version}`),
            v.version === list.currentVersion ? h('span', { className: 'app-secondary' }, 'Current') : null,
          ],
        },
        { header: 'Status', cell: (v) => planStatusTag(vocabulary, v.status) },
        {
          header: 'Saved',
          cell: (v) => [
            v.recordedBy.displayName,
            h('span', { className: 'app-secondary' }, formatDateTime(v.recordedAt)),
          ],
        },
        { header: 'What changed', cell: (v) => v.changeNote ?? '' },
        {
          header: 'Compare',
          cell: (v) =>
            h(
              'a',
              { href: `${sectionPath(person.id, 'care-plan', 'compare')}?from=${v.version - 1}&to=${v.version}` },
              v.version > 1 ? 'With the version before' : 'With no plan',
              visuallyHidden(` (version ${v.version})`),
            ),
        },
      ],
      rows: list.versions,
    }),
  );
}

function compareForm(
  { person, errorSlot }: SectionContext,
  list: CarePlanVersions,
  from: number,
  to: number,
): HTMLFormElement {
  const options = [
    ...list.versions.map((v) => ({
      value: String(v.version),
      text: `Version ${v.version} (${formatDay(v.recordedAt)})`,
    })),
    { value: '0', text: 'No plan (before version 1)' },
  ];
  const fromField = selectField({ id: 'compare-from', label: 'From', options, value: String(from) });
  const toField = selectField({ id: 'compare-to', label: 'To', options, value: String(to) });
  const form = h(
    'form',
    {
      novalidate: true,
      'aria-labelledby': 'compare-heading',
      'data-testid': 'compare-form',
      className: 'app-compare-form',
    },
    h('h2', { id: 'compare-heading' }, 'Compare versions'),
    h('div', { className: 'app-inline-filters' }, fromField.group, toField.group),
    h('button', { className: 'nhsuk-button nhsuk-button--secondary', type: 'submit' }, 'Compare'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (fromField.input.value === toField.input.value) {
      fromField.setError('Choose two different versions');
      showErrorSummary(errorSlot, { items: [{ text: 'Choose two different versions', targetId: fromField.focusId }] });
      return;
    }
    // Older first, whichever way round they were chosen.
    const [a, b] = [Number(fromField.input.value), Number(toField.input.value)].sort((x, y) => x - y);
    navigate(`${sectionPath(person.id, 'care-plan', 'compare')}?from=${a}&to=${b}`);
  });
  return form;
}

export async function carePlanVersionPage(ctx: SectionContext, version: number): Promise<void> {
  const { person, body } = ctx;
  const back = h('p', {}, h('a', { href: sectionPath(person.id, 'care-plan') }, 'Back to the care plan'));
  const loading = h('p', { className: 'app-loading' }, 'Loading the version…');
  body.append(back, loading);
  let plan: CarePlan;
  let current: CarePlan;
  let vocabulary: Vocabulary;
  try {
    [plan, current, vocabulary] = await Promise.all([
      getCarePlanVersion(person.id, version),
      getCarePlan(person.id),
      vocabularyOrNull(),
    ]);
  } catch (error) {
    loading.replaceWith(problemPanel(error, 'h2'));
    return;
  }
  ctx.setTitle(`Care plan, version ${plan.version}`);
  const isCurrent = plan.version === current.version;
  loading.replaceWith(
    h('h2', {}, `Care plan, version ${plan.version} of ${current.version}`),
    isCurrent
      ? h('p', { 'data-testid': 'version-status' }, 'This is the current version.')
      : insetText(
          h(
            'p',
            { 'data-testid': 'version-status' },
            'This is an earlier version. ',
            h('a', { href: sectionPath(person.id, 'care-plan') }, 'See the current plan'),
            '.',
          ),
        ),
    h(
      'ul',
      { className: 'nhsuk-list app-inline-list' },
      h(
        'li',
        {},
        h(
          'a',
          { href: `${sectionPath(person.id, 'care-plan', 'compare')}?from=${plan.version - 1}&to=${plan.version}` },
          'What changed in this version',
        ),
      ),
      h('li', {}, printLink(person.id, plan.version)),
    ),
    h('div', { 'data-testid': 'care-plan-version' }, ...planView(plan, person, vocabulary)),
  );
}

export async function carePlanComparePage(ctx: SectionContext): Promise<void> {
  const { person, body, url, errorSlot } = ctx;
  ctx.setTitle('Compare care plan versions');
  const back = h('p', {}, h('a', { href: sectionPath(person.id, 'care-plan') }, 'Back to the care plan'));
  const loading = h('p', { className: 'app-loading' }, 'Loading the versions…');
  body.append(back, loading);
  let list: CarePlanVersions;
  let vocabulary: Vocabulary;
  try {
    [list, vocabulary] = await Promise.all([listCarePlanVersions(person.id), vocabularyOrNull()]);
  } catch (error) {
    loading.replaceWith(problemPanel(error, 'h2'));
    return;
  }
  const param = (name: string) => {
    const text = url.searchParams.get(name);
    return text !== null && /^\d+$/.test(text) ? Number(text) : null;
  };
  const to = param('to') ?? list.currentVersion;
  const from = param('from') ?? Math.max(to - 1, 0);
  let diff: CarePlanDiff;
  const labels = new Map<string, string>();
  try {
    // The two versions give words for the needs and goals that changed links name by id.
    const [d, ...plans] = await Promise.all([
      diffCarePlan(person.id, from, to),
      ...[from, to].filter((v) => v > 0).map((v) => getCarePlanVersion(person.id, v).catch(() => null)),
    ]);
    diff = d as CarePlanDiff;
    for (const p of plans as Array<CarePlan | null>) {
      for (const n of p?.content.needs ?? [])
        labels.set(n.id, `${domainLabel(vocabulary, n.domain)}: ${n.description}`);
      for (const g of p?.content.goals ?? []) labels.set(g.id, `“${g.inOwnWords}”`);
    }
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
      showErrorSummary(errorSlot, { items: [{ text: sentence(error.problem.detail ?? error.problem.title) }] });
      loading.replaceWith(compareForm(ctx, list, Math.max(list.currentVersion - 1, 0), list.currentVersion));
    } else {
      loading.replaceWith(problemPanel(error, 'h2'));
    }
    return;
  }
  loading.replaceWith(diffView(diff, person, vocabulary, labels), compareForm(ctx, list, diff.from, diff.to));
}

export async function carePlanEditPage(ctx: SectionContext): Promise<void> {
  const { person, body } = ctx;
  ctx.setTitle('Change the care plan');
  const back = h('p', {}, h('a', { href: sectionPath(person.id, 'care-plan') }, 'Back to the care plan'));
  const loading = h('p', { className: 'app-loading' }, 'Loading the care plan…');
  body.append(back, loading);
  let plan: CarePlan;
  let vocabulary: CarePlanVocabulary;
  try {
    [plan, vocabulary] = await Promise.all([getCarePlan(person.id), getCarePlanVocabulary()]);
  } catch (error) {
    loading.replaceWith(problemPanel(error, 'h2'));
    return;
  }
  loading.replaceWith(carePlanEditor(ctx, plan, vocabulary));
}
