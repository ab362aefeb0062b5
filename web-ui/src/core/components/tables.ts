// NHS table and summary list.

import { h, type Child } from '../dom';

export interface Column<T> {
  header: string;
  cell: (row: T) => Child;
  numeric?: boolean;
}

export function table<T>(o: {
  caption?: string;
  columns: Column<T>[];
  rows: T[];
  footer?: Child[];
  testId?: string;
}): HTMLElement {
  const numericClass = (c: Column<T>) => (c.numeric ? ' app-numeric' : '');
  return h(
    'table',
    { className: 'nhsuk-table', 'data-testid': o.testId },
    o.caption ? h('caption', { className: 'nhsuk-table__caption nhsuk-table__caption--m' }, o.caption) : null,
    h(
      'thead',
      { className: 'nhsuk-table__head' },
      h(
        'tr',
        { className: 'nhsuk-table__row' },
        o.columns.map((c) => h('th', { className: `nhsuk-table__header${numericClass(c)}`, scope: 'col' }, c.header)),
      ),
    ),
    h(
      'tbody',
      { className: 'nhsuk-table__body' },
      o.rows.map((row) =>
        h(
          'tr',
          { className: 'nhsuk-table__row' },
          o.columns.map((c) => h('td', { className: `nhsuk-table__cell${numericClass(c)}` }, c.cell(row))),
        ),
      ),
    ),
    o.footer
      ? h('tfoot', { className: 'app-table-total' }, h('tr', { className: 'nhsuk-table__row' }, o.footer))
      : null,
  );
}

export function summaryList(rows: Array<[string, Child]>, testId?: string): HTMLElement {
  return h(
    'dl',
    { className: 'nhsuk-summary-list', 'data-testid': testId },
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
