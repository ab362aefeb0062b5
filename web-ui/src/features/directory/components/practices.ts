// A network's neighbourhoods and its GP practices table, with the total.

import type { NetworkDetail, Practice } from '../types';
import { table } from '../../../core/components/tables';
import { h } from '../../../core/dom';
import { formatCount } from '../../../core/format';

export function practicesSection(network: NetworkDetail): Node[] {
  return [neighbourhoods(network), practicesTable(network)];
}

function neighbourhoods(network: NetworkDetail): HTMLElement {
  const section = h('div', { 'data-testid': 'neighbourhoods' }, h('h3', {}, 'Neighbourhoods'));
  if (!network.neighbourhoods.length) {
    section.append(h('p', {}, 'No neighbourhoods are set up for this network.'));
    return section;
  }
  const count = (id: number) => network.practices.filter((p) => p.neighbourhoodId === id).length;
  section.append(
    h(
      'ul',
      { className: 'nhsuk-list nhsuk-list--bullet' },
      network.neighbourhoods.map((n) => {
        const c = count(n.id);
        return h('li', {}, n.name, ` (${c} ${c === 1 ? 'practice' : 'practices'})`);
      }),
    ),
  );
  return section;
}

function practicesTable(network: NetworkDetail): HTMLElement {
  const known = network.practices.filter((p) => p.listSize !== null);
  const totalList = known.reduce((sum, p) => sum + (p.listSize ?? 0), 0);
  const unknown = network.practices.length - known.length;
  const n = network.practices.length;
  return table<Practice>({
    testId: 'practices',
    caption: `GP practices in ${network.name}`,
    columns: [
      { header: 'ODS code', cell: (p) => p.odsCode },
      { header: 'Practice', cell: (p) => p.name },
      { header: 'Postcode', cell: (p) => p.postcode },
      { header: 'List size', cell: (p) => formatCount(p.listSize), numeric: true },
      { header: 'Primary care network', cell: (p) => p.pcnName ?? 'None' },
    ],
    rows: network.practices,
    footer: [
      h(
        'th',
        { className: 'nhsuk-table__header', scope: 'row', colspan: '3' },
        `Total: ${formatCount(n)} ${n === 1 ? 'practice' : 'practices'}`,
      ),
      h('td', { className: 'nhsuk-table__cell app-numeric', 'data-testid': 'list-size-total' }, formatCount(totalList)),
      h(
        'td',
        { className: 'nhsuk-table__cell' },
        unknown ? `${unknown} list ${unknown === 1 ? 'size' : 'sizes'} not known` : '',
      ),
    ],
  });
}
