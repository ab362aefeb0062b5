// Counts (network managers, analysts, administrators): per GP practice, how
// many people are in each cohort and still to review, and how many are
// moderately or severely frail. Numbers only, never names.

import { getCounts } from '../api';
import type { CountsReport, PracticeCounts } from '../types';
import { problemPanel } from '../../../core/components/problemPanel';
import { selectField } from '../../../core/components/selectField';
import { table } from '../../../core/components/tables';
import { h } from '../../../core/dom';
import { formatCount, formatDate } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { navigate } from '../../../core/router';
import { networkScopeGroups, scopeFromValue } from '../../directory/components/scopeOptions';
import { session } from '../../../core/session';

export async function renderCounts(main: HTMLElement, url: URL): Promise<void> {
  setTitle('Counts');
  const areaId = url.searchParams.get('areaId') ?? '';
  const results = h(
    'section',
    { 'aria-label': 'Counts', 'data-testid': 'counts-results' },
    h('p', { className: 'app-loading' }, 'Loading counts…'),
  );
  main.append(
    h('h1', {}, 'Counts by practice'),
    h(
      'p',
      {},
      'How many people case finding found in each GP practice, by cohort. "To review" leaves out people already enrolled or who declined.',
    ),
  );
  try {
    const [groups, report] = await Promise.all([
      networkScopeGroups(session()!.user),
      getCounts(areaId ? { areaId } : {}),
    ]);
    const networks = groups.map((g) => ({
      label: g.label,
      options: g.options.filter((o) => o.value.startsWith('area:')),
    }));
    const scope = selectField({
      id: 'scope',
      label: 'Area',
      options: [{ value: '', text: 'All practices' }, ...networks],
      value: areaId ? `area:${areaId}` : '',
    });
    const form = h(
      'form',
      { novalidate: true, 'aria-label': 'Counts area' },
      scope.group,
      h('button', { className: 'nhsuk-button nhsuk-button--secondary', type: 'submit' }, 'Show counts'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = scopeFromValue(scope.input.value).areaId;
      navigate(chosen ? `/counts?areaId=${encodeURIComponent(chosen)}` : '/counts');
    });
    main.append(form, results);
    results.replaceChildren(...countsNodes(report));
  } catch (error) {
    main.append(problemPanel(error, 'h2'));
  }
}

function countsNodes(report: CountsReport): Node[] {
  const frail = (p: { frailty: PracticeCounts['frailty'] }) => p.frailty.moderate + p.frailty.severe;
  const cohortCell = (inCohort: Record<string, number>, toReview: Record<string, number>, id: string) =>
    `${formatCount(toReview[id] ?? 0)} of ${formatCount(inCohort[id] ?? 0)}`;
  return [
    h(
      'p',
      {},
      `As of ${formatDate(report.asOf)}. Each cohort column shows the people to review of the people in the cohort.`,
    ),
    table<PracticeCounts>({
      testId: 'counts',
      caption: `${formatCount(report.practices.length)} GP practices`,
      columns: [
        { header: 'GP practice', cell: (p) => `${p.name ?? p.odsCode} (${p.odsCode})` },
        { header: 'People in the register', cell: (p) => formatCount(p.people), numeric: true },
        ...report.cohorts.map((c) => ({
          header: c.name,
          cell: (p: PracticeCounts) => cohortCell(p.inCohort, p.toReview, c.id),
          numeric: true,
        })),
        { header: 'Moderate or severe frailty', cell: (p) => formatCount(frail(p)), numeric: true },
      ],
      rows: report.practices,
      footer: [
        h('th', { className: 'nhsuk-table__header', scope: 'row' }, 'Total'),
        h('td', { className: 'nhsuk-table__cell app-numeric' }, formatCount(report.total.people)),
        ...report.cohorts.map((c) =>
          h(
            'td',
            { className: 'nhsuk-table__cell app-numeric' },
            cohortCell(report.total.inCohort, report.total.toReview, c.id),
          ),
        ),
        h(
          'td',
          { className: 'nhsuk-table__cell app-numeric' },
          formatCount(report.practices.reduce((n, p) => n + frail(p), 0)),
        ),
      ],
    }),
  ];
}
