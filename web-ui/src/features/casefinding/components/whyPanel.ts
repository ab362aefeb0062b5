// "Why": how case finding found one person. Each long-term condition, frailty
// deficit and cohort that holds, with the records behind it (code, date,
// value, count, note), the eFI score and category, admissions, and why the
// person is not on worklists when they are excluded.

import { getFindings } from '../api';
import type { Finding, PersonFindings } from '../types';
import { ApiError } from '../../../core/api/problem';
import { efiScore, evidenceText, excludedReason, frailtyLabel } from '../format';
import { insetText, warningCallout } from '../../../core/components/callouts';
import { summaryList, table } from '../../../core/components/tables';
import { h } from '../../../core/dom';
import { formatDate, sentence } from '../../../core/format';

export interface WhyPanel {
  element: HTMLElement;
  /** Loads the findings again (after a recorded event). */
  refresh(): Promise<void>;
}

export function whyPanel(personId: number, heading = 'Why they were found'): WhyPanel {
  const body = h('div');
  const element = h(
    'section',
    { 'data-testid': 'why-panel', 'aria-labelledby': 'why-heading' },
    h('h2', { id: 'why-heading' }, heading),
    body,
  );
  const refresh = async () => {
    body.replaceChildren(h('p', { className: 'app-loading' }, 'Loading case finding…'));
    try {
      body.replaceChildren(...findingsNodes(await getFindings(personId)));
    } catch (error) {
      body.replaceChildren(failure(error, () => void refresh()));
    }
  };
  void refresh();
  return { element, refresh };
}

function failure(error: unknown, retry: () => void): HTMLElement {
  if (error instanceof ApiError && error.is('/problems/not-in-register')) {
    return insetText(
      h(
        'p',
        { 'data-testid': 'not-in-register' },
        'There is no GP or hospital data for this person in the register yet, so case finding has nothing to show.',
      ),
    );
  }
  const detail = error instanceof ApiError ? sentence(error.problem.detail ?? error.problem.title) : 'Try again later.';
  const button = h('button', { className: 'nhsuk-button nhsuk-button--secondary', type: 'button' }, 'Try again');
  button.addEventListener('click', retry);
  return h('div', { 'data-testid': 'why-problem' }, h('p', {}, `Case finding cannot be shown: ${detail}`), button);
}

function findingsNodes(f: PersonFindings): Node[] {
  const conditions = countedConditions(f);
  const deficits = f.findings.filter((x) => x.kind === 'deficit');
  const cohorts = f.findings.filter((x) => x.kind === 'cohort');
  const score = efiScore(f.efiScore);
  const nodes: Node[] = [];
  if (f.excluded) {
    nodes.push(
      warningCallout(
        'Not on worklists',
        h(
          'p',
          { 'data-testid': 'excluded' },
          `This person is not listed on worklists because ${excludedReason(f.excludedBecause)}.`,
        ),
      ),
    );
  }
  nodes.push(
    summaryList(
      [
        ['Long-term conditions', String(f.ltcCount)],
        [
          'Frailty',
          score
            ? `${frailtyLabel(f.frailty)} (eFI score ${score}, ${deficits.length} of 36 deficits)`
            : frailtyLabel(f.frailty),
        ],
        ['Emergency admissions in the last 12 months', String(f.emergencyAdmissions12m)],
        ['Cohorts', cohorts.length ? cohorts.map((c) => c.name).join('; ') : 'None'],
        ['Worked out as of', formatDate(f.asOf)],
      ],
      'why-summary',
    ),
    findingTable('Long-term conditions', 'Condition', conditions, 'why-conditions'),
  );
  if (f.efiScore !== null) nodes.push(findingTable('Frailty deficits (eFI)', 'Deficit', deficits, 'why-deficits'));
  nodes.push(findingTable('Cohorts', 'Cohort', cohorts, 'why-cohorts'));
  return nodes;
}

/** The conditions of the counted set: the set whose findings are exactly the summary's conditions. */
function countedConditions(f: PersonFindings): Finding[] {
  const all = f.findings.filter((x) => x.kind === 'condition');
  const want = [...f.conditions].sort().join(',');
  const sets = [...new Set(all.map((x) => x.set))];
  const counted = sets.find(
    (s) =>
      all
        .filter((x) => x.set === s)
        .map((x) => x.id)
        .sort()
        .join(',') === want,
  );
  return counted === undefined ? all : all.filter((x) => x.set === counted);
}

function findingTable(heading: string, column: string, findings: Finding[], testId: string): HTMLElement {
  const section = h('div', { 'data-testid': testId }, h('h3', {}, `${heading} (${findings.length})`));
  if (!findings.length) {
    section.append(h('p', {}, 'None found.'));
    return section;
  }
  section.append(
    table<Finding>({
      columns: [
        { header: column, cell: (x) => x.name },
        {
          header: 'Evidence',
          cell: (x) =>
            x.evidence.length
              ? h(
                  'ul',
                  { className: 'nhsuk-list app-evidence' },
                  x.evidence.map((e) => h('li', {}, evidenceText(e))),
                )
              : 'No single record (worked out from other findings)',
        },
      ],
      rows: findings,
    }),
  );
  return section;
}
