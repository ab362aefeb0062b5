// A record's history of changes as a table, newest first: when, what changed,
// the note or reason given, and by whom. Used by a task's page and an MDT
// meeting's page.

import { h } from '../dom';
import { formatDateTime } from '../format';
import { table } from './tables';

export interface Change {
  at: string;
  by: string | null;
}

export function changeHistory<C extends Change>(o: {
  /** The section's test id and heading id stem, e.g. "task-history". */
  id: string;
  /** Oldest first, as the server gives them. */
  changes: C[];
  /** What changed, in words ("Requested to Accepted"). */
  change: (c: C) => string;
  /** The note's column: its heading and its words. */
  note: { header: string; cell: (c: C) => string | null };
}): HTMLElement {
  const headingId = `${o.id}-heading`;
  return h(
    'section',
    { 'aria-labelledby': headingId, 'data-testid': o.id },
    h('h2', { id: headingId }, 'History'),
    table<C>({
      caption: 'Changes, newest first',
      columns: [
        { header: 'When', cell: (c) => formatDateTime(c.at) },
        { header: 'Change', cell: o.change },
        { header: o.note.header, cell: (c) => o.note.cell(c) ?? '' },
        { header: 'By', cell: (c) => c.by ?? 'Not known' },
      ],
      rows: [...o.changes].reverse(),
    }),
  );
}
