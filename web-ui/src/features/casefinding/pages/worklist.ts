// Worklist: the people found by case finding in the practices within the
// user's reach, filtered, sorted and paged, with a CSV download. The filters
// live in the address (see worklistView.ts).

import { getDefinitions, getWorklist, worklistExportUrl } from '../api';
import type { Definitions, WorklistPage } from '../types';
import { ApiError } from '../../../core/api/problem';
import { problemPanel } from '../../../core/components/problemPanel';
import type { OptionGroup } from '../../../core/components/selectField';
import { h, replaceChildren, visuallyHidden } from '../../../core/dom';
import { formatCount, formatDate } from '../../../core/format';
import { takeFlash } from '../../../core/flash';
import { setTitle } from '../../../core/layout';
import { can } from '../../../core/permissions';
import { navigate } from '../../../core/router';
import { networkScopeGroups } from '../../directory/components/scopeOptions';
import { session } from '../../../core/session';
import { apiFilters, readView, rememberWorklist, viewPath, type WorklistView } from '../worklistView';
import { loadingRetry, noAccessPanel, outsideReachCallout } from './worklistStates';
import { worklistFilters } from './worklistFilters';
import { worklistPaging } from './worklistPaging';
import { enrolmentCells } from './worklistEnrolment';
import { worklistTable } from './worklistTable';

export async function renderWorklist(main: HTMLElement, url: URL): Promise<void> {
  setTitle('Worklist');
  const view = readView(url);
  rememberWorklist(url.pathname + url.search);
  const errorSlot = h('div');
  const results = h('section', { 'aria-label': 'Worklist results', 'data-testid': 'worklist-results' });
  results.append(h('p', { className: 'app-loading' }, 'Loading the worklist…'));
  main.append(
    errorSlot,
    takeFlash() ?? '',
    h('h1', {}, 'Worklist'),
    h(
      'p',
      {},
      'People found by case finding who may benefit from joined-up care, in the practices you work with. People already enrolled, who declined, who died or who left their practice are not listed; people identified or invited stay until their answer is recorded.',
    ),
  );

  const pageLoad = loadPage(view);
  let definitions: Definitions;
  let groups: OptionGroup[];
  try {
    [definitions, groups] = await Promise.all([getDefinitions(), networkScopeGroups(session()!.user)]);
  } catch (error) {
    main.append(problemPanel(error, 'h2'));
    return;
  }
  const first = await pageLoad;
  if (first instanceof ApiError && first.status === 403 && !can('worklist:read')) {
    setTitle('No access to worklists');
    main.replaceChildren(noAccessPanel(first));
    return;
  }

  const { form, errors } = worklistFilters({
    view,
    definitions,
    scopeGroups: groups,
    user: session()!.user,
    errorSlot,
    onSubmit: (next) => navigate(viewPath(next)),
  });
  main.append(form, results);

  const show = (outcome: WorklistPage | ApiError) => {
    if (!results.isConnected) return; // the user has moved on
    if (!(outcome instanceof ApiError)) {
      replaceChildren(results, ...resultNodes(outcome, view, definitions));
    } else if (outcome.status === 503) {
      results.replaceChildren(loadingRetry(outcome, () => void loadPage(view).then(show)));
    } else if (outcome.status === 403) {
      results.replaceChildren(outsideReachCallout(outcome));
    } else if (outcome.status === 400 && outcome.problem.errors?.length) {
      results.replaceChildren();
      errors.show(outcome.problem.errors, outcome.problem.detail);
    } else if (outcome.status !== 401) {
      results.replaceChildren(problemPanel(outcome, 'h2'));
    }
  };
  show(first);
}

async function loadPage(view: WorklistView): Promise<WorklistPage | ApiError> {
  try {
    return await getWorklist(apiFilters(view), (view.page - 1) * view.pageSize, view.pageSize);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

function resultNodes(page: WorklistPage, view: WorklistView, definitions: Definitions): Array<Node | null> {
  const asOf = page.asOf ? ` (as of ${formatDate(page.asOf)})` : '';
  const count = h(
    'p',
    { role: 'status', 'data-testid': 'worklist-total' },
    `${formatCount(page.total)} ${page.total === 1 ? 'person' : 'people'} found${asOf}.`,
  );
  if (page.total === 0) {
    return [
      count,
      h(
        'p',
        { 'data-testid': 'worklist-empty' },
        'No one matches these filters. Try another cohort, a wider age range or fewer filters.',
      ),
    ];
  }
  if (!page.items.length) {
    return [
      count,
      h(
        'p',
        {},
        'There are no more people on this worklist. ',
        h('a', { href: viewPath({ ...view, page: 1 }) }, 'Go to the first page'),
      ),
    ];
  }
  const from = (view.page - 1) * view.pageSize + 1;
  const to = from + page.items.length - 1;
  const download = h(
    'a',
    {
      className: 'nhsuk-link',
      href: worklistExportUrl(apiFilters(view)),
      download: 'worklist.csv',
      'data-testid': 'worklist-download',
    },
    'Download CSV',
    visuallyHidden(` of all ${formatCount(page.total)} people on this worklist`),
  );
  return [
    count,
    h('p', {}, download),
    worklistTable(
      page.items,
      definitions.conditions,
      `People ${from} to ${to} of ${formatCount(page.total)}`,
      enrolmentCells(),
    ),
    worklistPaging(view, page.total),
  ];
}
