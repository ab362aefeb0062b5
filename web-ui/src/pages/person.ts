// One person's details and how case finding found them, with a form to record
// an event for those who may write. A refusal offers break glass; emergency
// access shows a banner with the time it ends.

import { accessLabel, isEmergencyAccess } from '../access';
import { getPerson } from '../api/people';
import { ApiError, NO_LEGITIMATE_RELATIONSHIP } from '../api/problem';
import type { Person } from '../api/types';
import { notificationBanner } from '../components/callouts';
import { problemPanel } from '../components/problemPanel';
import { summaryList } from '../components/tables';
import { h } from '../dom';
import { formatDate, formatNhsNumber, formatTime, fullName } from '../format';
import { setTitle } from '../layout';
import { can } from '../permissions';
import { breakGlassPanel } from './breakGlass';
import { recordEventForm } from './recordEvent';
import { whyPanel } from './whyPanel';

export async function renderPerson(main: HTMLElement, id: number): Promise<void> {
  setTitle('Person');
  const loading = h('p', { className: 'app-loading' }, 'Loading…');
  main.replaceChildren(backLink(), loading);
  try {
    const person = await getPerson(id);
    setTitle(fullName(person));
    const errorSlot = h('div');
    const why = whyPanel(id, 'Case finding');
    main.replaceChildren(backLink(), errorSlot, ...personDetails(person), why.element);
    if (can('person:write')) main.append(recordEventForm(id, errorSlot, why.refresh));
  } catch (error) {
    if (error instanceof ApiError && error.status === 403 && error.is(NO_LEGITIMATE_RELATIONSHIP)) {
      setTitle('Outside your care relationship');
      const errorSlot = h('div');
      main.replaceChildren(
        backLink(),
        errorSlot,
        h('h1', {}, 'You cannot see this person'),
        breakGlassPanel({ problem: error.problem, errorSlot, onGranted: () => void renderPerson(main, id) }),
      );
    } else if (!(error instanceof ApiError && error.status === 401)) {
      main.replaceChildren(backLink(), problemPanel(error));
    }
  }
}

function backLink(): HTMLElement {
  return h(
    'div',
    { className: 'nhsuk-back-link' },
    h('a', { className: 'nhsuk-back-link__link', href: '/people' }, 'Find a person'),
  );
}

export function personDetails(person: Person): Node[] {
  const nodes: Node[] = [];
  if (isEmergencyAccess(person)) {
    const until = person.access.expiresAt ? ` until ${formatTime(person.access.expiresAt)}` : '';
    nodes.push(
      notificationBanner(
        { title: 'Important', heading: `Emergency access${until}`, testId: 'emergency-access' },
        h('p', {}, 'You broke the glass to see this record. Your reason and what you look at are recorded and reviewed by the privacy officer.'),
      ),
    );
  }
  nodes.push(
    h(
      'h1',
      {},
      person.nhsNumber
        ? h('span', { className: 'nhsuk-caption-l' }, `NHS number ${formatNhsNumber(person.nhsNumber)}`, h('span', { className: 'nhsuk-u-visually-hidden' }, ' – '))
        : null,
      fullName(person),
    ),
    summaryList(
      [
        ['Name', fullName(person)],
        ['NHS number', formatNhsNumber(person.nhsNumber)],
        ['Date of birth', formatDate(person.birthDate)],
        ['Sex', sexLabel(person.sex)],
        ['Postcode', person.postcode ?? 'Not known'],
        ['GP practice', person.practice ? `${person.practice.name} (${person.practice.odsCode})` : 'Not registered'],
        ['Access', accessLabel(person.access)],
      ],
      'person-details',
    ),
  );
  return nodes;
}

function sexLabel(sex: string): string {
  return sex ? sex.charAt(0).toUpperCase() + sex.slice(1) : 'Not known';
}
