// MDT meetings: those the signed-in user chairs or attends ("My meetings"),
// or an area's ("By area", for staff whose reach covers every practice of a
// network or neighbourhood). Upcoming ones first, soonest first; then past
// ones, latest first. The list is the page's address: /mdt?areaId=12.

import { listMeetings } from '../api';
import type { Meeting } from '../types';
import { problemPanel } from '../../../core/components/problemPanel';
import { selectField } from '../../../core/components/selectField';
import { table } from '../../../core/components/tables';
import { h } from '../../../core/dom';
import { takeFlash } from '../../../core/flash';
import { parseTimestamp } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { can } from '../../../core/permissions';
import { navigate } from '../../../core/router';
import { session } from '../../../core/session';
import { areaOptionGroups, reachableAreas } from '../components/areas';
import { meetingWhen, stateTag } from '../words';

export async function renderMeetings(main: HTMLElement, url: URL): Promise<void> {
  const areaId = Number(url.searchParams.get('areaId')) || 0;
  const byArea = url.searchParams.get('view') === 'area' || areaId > 0;
  setTitle(byArea ? 'MDT meetings by area' : 'My MDT meetings');
  const user = session()?.user;

  const tab = (text: string, href: string, current: boolean) =>
    h(
      'li',
      { className: `app-subnav__item${current ? ' app-subnav__item--current' : ''}` },
      h('a', { className: 'app-subnav__link', href, 'aria-current': current ? 'page' : null }, text),
    );
  const tabs = h(
    'nav',
    { className: 'app-subnav', 'aria-label': 'Meeting lists', 'data-testid': 'meeting-lists' },
    h(
      'ul',
      { className: 'app-subnav__list' },
      tab('My meetings', '/mdt', !byArea),
      tab('By area', '/mdt?view=area', byArea),
    ),
  );
  const results = h(
    'div',
    { 'data-testid': 'meeting-results' },
    h('p', { className: 'app-loading' }, 'Loading meetings…'),
  );
  const schedule = can('mdt:write')
    ? h(
        'a',
        {
          className: 'nhsuk-button',
          href: areaId ? `/mdt/new?areaId=${areaId}` : '/mdt/new',
          role: 'button',
          draggable: 'false',
          'data-testid': 'schedule-link',
        },
        'Schedule a meeting',
      )
    : '';
  main.append(
    takeFlash() ?? '',
    h('h1', {}, 'MDT meetings'),
    h(
      'p',
      {},
      'Multidisciplinary team meetings of your care networks and neighbourhoods: who is discussed, what was decided, and the actions that became tasks.',
    ),
    schedule,
    tabs,
  );

  if (byArea) {
    const picker = h(
      'div',
      { 'data-testid': 'area-picker' },
      h('p', { className: 'app-loading' }, 'Finding the areas you work with…'),
    );
    main.append(h('h2', {}, 'By area'), picker, results);
    let options;
    try {
      options = areaOptionGroups(await reachableAreas(user?.id ?? 0));
    } catch (error) {
      picker.replaceChildren(problemPanel(error, 'h2'));
      results.replaceChildren();
      return;
    }
    if (!options.length) {
      picker.replaceChildren(
        h(
          'p',
          { 'data-testid': 'no-areas' },
          'You do not work with every GP practice of any network or neighbourhood, so you see the meetings you chair or attend under My meetings.',
        ),
      );
      results.replaceChildren();
      return;
    }
    const area = selectField({
      id: 'areaId',
      label: 'Network or neighbourhood',
      options: [{ value: '', text: 'Choose an area' }, ...options],
      value: areaId ? String(areaId) : '',
    });
    const form = h(
      'form',
      { className: 'app-inline-filters', novalidate: true, 'aria-label': 'Choose an area' },
      area.group,
      h(
        'button',
        { className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small', type: 'submit' },
        'Show meetings',
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      navigate(area.input.value ? `/mdt?areaId=${encodeURIComponent(area.input.value)}` : '/mdt?view=area');
    });
    picker.replaceChildren(form);
    if (!areaId) {
      results.replaceChildren(h('p', {}, 'Choose a network or neighbourhood to see its meetings.'));
      return;
    }
  } else {
    main.append(h('h2', {}, 'Meetings you chair or attend'), results);
  }

  try {
    const { items } = await listMeetings(areaId ? { areaId } : {});
    if (!results.isConnected) return;
    results.replaceChildren(...meetingTables(items));
  } catch (error) {
    results.replaceChildren(problemPanel(error, 'h2'));
  }
}

function meetingTables(items: Meeting[]): Node[] {
  if (!items.length)
    return [h('p', { role: 'status', 'data-testid': 'meeting-count' }, 'There are no meetings in this list.')];
  const now = Date.now();
  const isPast = (m: Meeting) =>
    m.state === 'closed' || m.state === 'cancelled' || (parseTimestamp(m.endsAt)?.getTime() ?? 0) < now;
  const upcoming = items.filter((m) => !isPast(m));
  const past = items.filter(isPast).reverse();
  const count = h(
    'p',
    { role: 'status', 'data-testid': 'meeting-count' },
    `${upcoming.length} upcoming ${upcoming.length === 1 ? 'meeting' : 'meetings'}, ${past.length} past.`,
  );
  return [
    count,
    upcoming.length ? meetingTable(upcoming, 'Upcoming, soonest first', 'meetings-upcoming') : '',
    past.length ? meetingTable(past, 'Past, latest first', 'meetings-past') : '',
  ].filter((n): n is HTMLElement => n !== '');
}

function meetingTable(rows: Meeting[], caption: string, testId: string): HTMLElement {
  return table<Meeting>({
    caption,
    testId,
    columns: [
      {
        header: 'Meeting',
        cell: (m) => [
          h('a', { href: `/mdt/${m.id}` }, m.title),
          h('span', { className: 'app-secondary' }, m.area.name),
        ],
      },
      { header: 'When', cell: (m) => meetingWhen(m) },
      {
        header: 'Where',
        cell: (m) => [m.location, m.videoLink ? 'Video call' : null].filter(Boolean).join(', ') || 'Not given',
      },
      { header: 'Chair', cell: (m) => m.chair.name },
      { header: 'People', cell: (m) => String(m.caseCount), numeric: true },
      { header: 'Status', cell: (m) => stateTag(m.state) },
    ],
    rows,
  });
}
