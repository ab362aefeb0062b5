// The results table for a person search.

import type { PeopleResult, Person } from '../types';
import { accessLabel } from '../access';
import { insetText } from '../../../core/components/callouts';
import { table } from '../../../core/components/tables';
import { h } from '../../../core/dom';
import { formatDate, formatNhsNumber, fullName } from '../../../core/format';

export function peopleResults(result: PeopleResult): Node[] {
  const n = result.items.length;
  const nodes: Node[] = [
    h('h2', {}, 'Results'),
    h(
      'p',
      {},
      n === 0
        ? result.withheld
          ? 'No people found that you can see.'
          : 'No people found.'
        : `${n} ${n === 1 ? 'person' : 'people'} found.`,
    ),
  ];
  if (n) {
    nodes.push(
      table<Person>({
        testId: 'people',
        columns: [
          { header: 'Name', cell: (p) => h('a', { href: `/people/${p.id}` }, fullName(p)) },
          { header: 'NHS number', cell: (p) => formatNhsNumber(p.nhsNumber) },
          { header: 'Date of birth', cell: (p) => formatDate(p.birthDate) },
          { header: 'GP practice', cell: (p) => p.practice?.name ?? 'Not registered' },
          { header: 'Access', cell: (p) => accessLabel(p.access) },
        ],
        rows: result.items,
      }),
    );
  }
  if (result.withheld > 0) {
    const w = result.withheld;
    nodes.push(
      insetText(
        h(
          'p',
          { 'data-testid': 'withheld' },
          `${w} ${w === 1 ? 'person matches' : 'people match'} your search but ${w === 1 ? 'is' : 'are'} outside your care relationship, so ${w === 1 ? 'is' : 'are'} not shown. In an emergency, search by NHS number to use emergency access.`,
        ),
      ),
    );
  }
  return nodes;
}
