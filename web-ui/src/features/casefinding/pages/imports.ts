// Imports (administrators): upload a GP or hospital extract into the register
// and see the latest imports with their counts.

import { listImports } from '../registerApi';
import type { ImportRecord, ImportResult } from '../registerTypes';
import { notificationBanner } from '../../../core/components/callouts';
import { problemPanel } from '../../../core/components/problemPanel';
import { summaryList, table } from '../../../core/components/tables';
import { h } from '../../../core/dom';
import { formatCount, formatTime, parseTimestamp } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { importForm } from './importForm';

export async function renderImports(main: HTMLElement): Promise<void> {
  setTitle('Imports');
  const errorSlot = h('div');
  const outcome = h('div', { 'data-testid': 'import-outcome' });
  const recent = h('section', { 'data-testid': 'recent-imports', 'aria-labelledby': 'recent-heading' });
  const refresh = async () => {
    try {
      recent.replaceChildren(h('h2', { id: 'recent-heading' }, 'Recent imports'), importsTable(await listImports()));
    } catch (error) {
      recent.replaceChildren(problemPanel(error, 'h2'));
    }
  };
  const onImported = (record: ImportResult) => {
    outcome.replaceChildren(importedBanner(record));
    outcome.scrollIntoView();
    void refresh();
  };
  main.append(
    errorSlot,
    h('h1', {}, 'Imports'),
    h(
      'p',
      {},
      'GP and hospital extracts feed the register that case finding reads. An extract is a set of CSV files: patients.csv and events.csv, and optionally medications.csv and encounters.csv.',
    ),
    outcome,
    h(
      'div',
      { className: 'nhsuk-grid-row' },
      h('div', { className: 'nhsuk-grid-column-two-thirds' }, importForm(errorSlot, onImported)),
    ),
    recent,
  );
  await refresh();
}

function importedBanner(r: ImportResult): HTMLElement {
  const sample = r.unknownCodeSample?.length ? ` (for example ${r.unknownCodeSample.join(', ')})` : '';
  return notificationBanner(
    { title: 'Success', heading: `Import ${r.id} complete`, success: true, testId: 'import-done' },
    summaryList(
      [
        ['New people', formatCount(r.patientsNew)],
        ['Updated people', formatCount(r.patientsUpdated)],
        ['Unchanged people', formatCount(r.patientsUnchanged)],
        ['People who left', formatCount(r.patientsLeft)],
        ['Events', formatCount(r.events)],
        ['Medication issues', formatCount(r.medications)],
        ['Hospital encounters', formatCount(r.encounters)],
        ['Rows with codes no list uses', `${formatCount(r.unknownCodeRows)}${sample}`],
      ],
      'import-counts',
    ),
  );
}

function importsTable(items: ImportRecord[]): HTMLElement {
  if (!items.length) return h('p', {}, 'Nothing has been imported yet.');
  return table<ImportRecord>({
    testId: 'imports',
    columns: [
      { header: 'Import', cell: (r) => r.id, numeric: true },
      { header: 'Finished', cell: (r) => finished(r.finishedAt) },
      { header: 'Source', cell: (r) => h('span', { className: 'app-break-anywhere' }, r.source) },
      {
        header: 'People',
        cell: (r) =>
          `${formatCount(r.patientsNew)} new, ${formatCount(r.patientsUpdated)} updated, ${formatCount(r.patientsUnchanged)} unchanged, ${formatCount(r.patientsLeft)} left`,
      },
      {
        header: 'Records',
        cell: (r) =>
          `${formatCount(r.events)} events, ${formatCount(r.medications)} medication issues, ${formatCount(r.encounters)} encounters`,
      },
    ],
    rows: items,
  });
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/London',
});

function finished(timestamp: string): string {
  const when = parseTimestamp(timestamp);
  return when ? `${dayFormat.format(when)} ${formatTime(timestamp)}` : timestamp;
}
