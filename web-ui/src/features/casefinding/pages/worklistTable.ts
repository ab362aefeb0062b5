// The worklist's results: one row per person with their conditions, frailty,
// admissions and care-home status, a link to why they were found, and their
// enrolment in care coordination.

import type { NamedId, WorklistItem } from '../types';
import { efiScore, frailtyLabel } from '../format';
import { table } from '../../../core/components/tables';
import { h, visuallyHidden } from '../../../core/dom';
import { formatNhsNumber, fullName } from '../../../core/format';
import type { EnrolmentCells } from './worklistEnrolment';

export function worklistTable(
  items: WorklistItem[],
  conditions: NamedId[],
  caption: string,
  enrolment?: EnrolmentCells,
): HTMLElement {
  const names = new Map(conditions.map((c) => [c.id, c.name]));
  // The server leaves a name out only when the register and the records disagree.
  const nameOf = (p: WorklistItem) => fullName({ givenName: p.givenName ?? '', familyName: p.familyName ?? '' });
  const enrolmentColumn = enrolment
    ? [{ header: 'Enrolment', cell: (p: WorklistItem) => enrolment.cell(p.personId, nameOf(p), p.enrolment) }]
    : [];
  return table<WorklistItem>({
    testId: 'worklist',
    caption,
    columns: [
      {
        header: 'Name',
        cell: (p) => [
          h('a', { href: `/people/${p.personId}` }, nameOf(p)),
          h('br'),
          h(
            'a',
            { href: `/people/${p.personId}/why`, className: 'app-why-link' },
            'Why',
            visuallyHidden(` ${nameOf(p)} is listed`),
          ),
        ],
      },
      {
        header: 'NHS number',
        cell: (p) => h('span', { className: 'app-nowrap' }, formatNhsNumber(p.nhsNumber ?? null)),
      },
      { header: 'Age', cell: (p) => p.age, numeric: true },
      { header: 'GP practice', cell: (p) => p.practice.name ?? p.practice.odsCode },
      {
        header: 'Long-term conditions',
        cell: (p) => [
          h('strong', {}, String(p.ltcCount)),
          p.conditions.length
            ? h('span', { className: 'app-condition-list' }, p.conditions.map((id) => names.get(id) ?? id).join(', '))
            : null,
        ],
      },
      {
        header: 'Frailty (eFI)',
        cell: (p) => {
          const score = efiScore(p.efiScore);
          return [
            frailtyLabel(p.frailty),
            score ? h('span', { className: 'app-condition-list' }, `score ${score}`) : null,
          ];
        },
      },
      { header: 'Emergency admissions (12 months)', cell: (p) => p.emergencyAdmissions12m, numeric: true },
      { header: 'Care home', cell: (p) => (p.careHome ? 'Yes' : 'No') },
      ...enrolmentColumn,
    ],
    rows: items,
  });
}
