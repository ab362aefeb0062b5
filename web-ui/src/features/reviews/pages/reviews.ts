// Continual review: people whose care plan review or MDT review is due soon
// or overdue, most overdue first. "Mine" lists the people whose key worker
// (lead professional) is the signed-in user; "By area" everyone at an area's
// practices, for staff whose reach covers them (as its MDT would). Each
// person links to their care plan; someone who has left their practice is
// marked (leftPractice.ts). The list is the page's address:
// /reviews?areaId=12&withinDays=30.

import { getReviews } from '../../mdt/api';
import type { ReviewItem, Reviews } from '../../mdt/types';
import { problemPanel } from '../../../core/components/problemPanel';
import { selectField } from '../../../core/components/selectField';
import { table } from '../../../core/components/tables';
import { tag } from '../../../core/components/tag';
import { h, type Child } from '../../../core/dom';
import { formatDate, formatDay, formatNhsNumber, fullName } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { navigate } from '../../../core/router';
import { session } from '../../../core/session';
import { areaOptionGroups, reachableAreas } from '../../mdt/components/areas';
import { leftPracticeNote } from '../components/leftPractice';

const WITHIN = [14, 30, 60, 90];

export async function renderReviews(main: HTMLElement, url: URL): Promise<void> {
  const q = url.searchParams;
  const areaId = Number(q.get('areaId')) || 0;
  const byArea = q.get('view') === 'area' || areaId > 0;
  const within = WITHIN.includes(Number(q.get('withinDays'))) ? Number(q.get('withinDays')) : 14;
  setTitle(byArea ? 'Reviews due by area' : 'My reviews due');
  const user = session()?.user;
  const path = (o: { area?: boolean; areaId?: number; within?: number }) => {
    const params = new URLSearchParams();
    if (o.areaId) params.set('areaId', String(o.areaId));
    else if (o.area) params.set('view', 'area');
    if (o.within && o.within !== 14) params.set('withinDays', String(o.within));
    const query = params.toString();
    return `/reviews${query ? `?${query}` : ''}`;
  };

  const tab = (text: string, href: string, current: boolean) =>
    h(
      'li',
      { className: `app-subnav__item${current ? ' app-subnav__item--current' : ''}` },
      h('a', { className: 'app-subnav__link', href, 'aria-current': current ? 'page' : null }, text),
    );
  main.append(
    h('h1', {}, 'Reviews due'),
    h(
      'p',
      {},
      'People whose care plan review or MDT review is due soon or is overdue, most overdue first. Each name opens their care plan, to review it with them.',
    ),
    h(
      'nav',
      { className: 'app-subnav', 'aria-label': 'Review lists', 'data-testid': 'review-lists' },
      h(
        'ul',
        { className: 'app-subnav__list' },
        tab('Mine', path({ within }), !byArea),
        tab('By area', path({ area: true, within }), byArea),
      ),
    ),
  );

  const filters = h('div', { 'data-testid': 'review-filters' });
  const results = h(
    'div',
    { 'data-testid': 'review-results' },
    h('p', { className: 'app-loading' }, 'Loading reviews…'),
  );
  main.append(h('h2', {}, byArea ? 'By area' : 'People you are key worker for'), filters, results);

  const withinField = selectField({
    id: 'withinDays',
    label: 'Due within',
    options: WITHIN.map((d) => ({ value: String(d), text: `${d} days, or overdue` })),
    value: String(within),
  });
  const form = h('form', { className: 'app-inline-filters', novalidate: true, 'aria-label': 'Filter the list' });
  let areaSelect: HTMLSelectElement | null = null;
  if (byArea) {
    let groups;
    try {
      groups = areaOptionGroups(await reachableAreas(user?.id ?? 0));
    } catch (error) {
      results.replaceChildren(problemPanel(error, 'h2'));
      return;
    }
    if (!groups.length) {
      results.replaceChildren(
        h(
          'p',
          { 'data-testid': 'no-areas' },
          'You do not work with every GP practice of any network or neighbourhood, so you see the people you are key worker for under Mine.',
        ),
      );
      return;
    }
    const areaField = selectField({
      id: 'areaId',
      label: 'Network or neighbourhood',
      options: [{ value: '', text: 'Choose an area' }, ...groups],
      value: areaId ? String(areaId) : '',
    });
    areaSelect = areaField.input;
    form.append(areaField.group);
  }
  form.append(
    withinField.group,
    h('button', { className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small', type: 'submit' }, 'Show'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(
      path({
        area: byArea,
        areaId: areaSelect ? Number(areaSelect.value) || 0 : 0,
        within: Number(withinField.input.value),
      }),
    );
  });
  filters.append(form);
  if (byArea && !areaId) {
    results.replaceChildren(h('p', {}, 'Choose a network or neighbourhood to see who is due a review there.'));
    return;
  }

  let reviews: Reviews;
  try {
    reviews = await getReviews(areaId ? { areaId, withinDays: within } : { withinDays: within });
  } catch (error) {
    results.replaceChildren(problemPanel(error, 'h2'));
    return;
  }
  if (!results.isConnected) return;
  const n = reviews.items.length;
  const overdue = reviews.items.filter((r) => r.overdue).length;
  results.replaceChildren(
    h(
      'p',
      { role: 'status', 'data-testid': 'review-count' },
      n
        ? `${n} ${n === 1 ? 'person' : 'people'} due a review by ${formatDate(reviews.dueBy)}${overdue ? `, ${overdue} overdue` : ''}.`
        : `Nobody is due a review by ${formatDate(reviews.dueBy)}.`,
    ),
    reviews.withheld
      ? h(
          'p',
          { 'data-testid': 'reviews-withheld' },
          `${reviews.withheld} more ${reviews.withheld === 1 ? 'person is' : 'people are'} outside your care relationships, so not shown.`,
        )
      : '',
    n ? reviewTable(reviews.items, byArea) : '',
  );
}

function reviewTable(items: ReviewItem[], byArea: boolean): HTMLElement {
  return table<ReviewItem>({
    caption: 'Most overdue first',
    testId: 'reviews',
    columns: [
      {
        header: 'Person',
        cell: (r) => [
          h('a', { href: `/people/${r.person.id}/care-plan` }, fullName(r.person)),
          h('span', { className: 'app-secondary' }, `NHS number ${formatNhsNumber(r.person.nhsNumber)}`),
          leftPracticeNote(r),
        ],
      },
      { header: 'Practice', cell: (r) => r.practice ?? '' },
      ...(byArea ? [{ header: 'Key worker', cell: (r: ReviewItem) => r.keyWorker?.name ?? 'None' }] : []),
      { header: 'Due', cell: (r) => dueCell(r) },
      { header: 'What is due', cell: (r) => sources(r) },
      {
        header: 'Next MDT',
        cell: (r) =>
          r.nextMeeting
            ? h('a', { href: `/mdt/${r.nextMeeting.id}` }, formatDay(r.nextMeeting.startsAt))
            : 'Not on a case list',
      },
    ],
    rows: items,
  });
}

function dueCell(r: ReviewItem): Child {
  const when =
    r.days === 0
      ? 'today'
      : r.days > 0
        ? `in ${r.days} ${r.days === 1 ? 'day' : 'days'}`
        : `${-r.days} ${r.days === -1 ? 'day' : 'days'} ago`;
  return [
    h('span', { className: 'app-nowrap' }, formatDate(r.dueDate)),
    ' ',
    r.overdue ? tag('Overdue', 'red', 'overdue') : null,
    h('span', { className: 'app-secondary', 'data-testid': 'due-days' }, when),
  ];
}

function sources(r: ReviewItem): Child {
  return h(
    'ul',
    { className: 'nhsuk-list app-condition-list' },
    r.sources.map((s) =>
      h('li', {}, s.source === 'care_plan' ? 'Care plan review' : 'MDT review', ` by ${formatDate(s.dueDate)}`),
    ),
  );
}
