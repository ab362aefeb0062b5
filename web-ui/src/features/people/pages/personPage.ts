// The person page: who the person is (name, NHS number, practice, their
// enrolment in care coordination), the section navigation (Summary,
// Enrolment, Assessments, Care team, Tasks, ...) and the chosen section below.
// A refusal offers break glass; emergency access shows a banner with the time
// it ends, on every section.

import { isEmergencyAccess } from '../access';
import { getEnrolment } from '../../enrolment/api';
import type { Enrolment } from '../../enrolment/types';
import { getPerson } from '../api';
import { ApiError, NO_LEGITIMATE_RELATIONSHIP } from '../../../core/api/problem';
import type { Person } from '../types';
import { ENROLMENT_STATES } from '../../enrolment/format';
import { notificationBanner } from '../../../core/components/callouts';
import { problemPanel } from '../../../core/components/problemPanel';
import { tag } from '../../../core/components/tag';
import { h, visuallyHidden } from '../../../core/dom';
import { takeFlash } from '../../../core/flash';
import { formatDate, formatNhsNumber, formatTime, fullName } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { navigate } from '../../../core/router';
import { breakGlassPanel } from '../components/breakGlass';
import { renderNotFound } from '../../../core/notFound';
import type { PersonSection } from '../section';
import { sectionPath } from '../section';
import { findSection, SECTIONS } from './sections';

export async function renderPersonPage(
  main: HTMLElement,
  id: number,
  slug: string,
  rest: string[],
  url: URL,
): Promise<void> {
  const section = findSection(slug);
  if (!section || !Number.isInteger(id) || (section.available && !section.available())) {
    renderNotFound(main);
    return;
  }
  setTitle(section.title);
  const flash = takeFlash();
  const loading = h('p', { className: 'app-loading' }, 'Loading…');
  main.replaceChildren(backLink(), loading);
  let person: Person;
  try {
    person = await getPerson(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 403 && error.is(NO_LEGITIMATE_RELATIONSHIP)) {
      setTitle('Outside your care relationship');
      const errorSlot = h('div');
      main.replaceChildren(
        backLink(),
        errorSlot,
        h('h1', {}, 'You cannot see this person'),
        breakGlassPanel({
          problem: error.problem,
          errorSlot,
          onGranted: () => void renderPersonPage(main, id, slug, rest, url),
        }),
      );
    } else if (!(error instanceof ApiError && error.status === 401)) {
      main.replaceChildren(backLink(), problemPanel(error));
    }
    return;
  }

  const errorSlot = h('div');
  const body = h('div', { className: 'app-person-section', 'data-testid': `section-${section.slug || 'summary'}` });
  const enrolmentLine = h('div', { className: 'app-person-enrolment', 'data-testid': 'person-enrolment' });
  const enrolment = getEnrolment(id).catch(() => null);
  const showEnrolment = (e: Enrolment | null) => enrolmentLine.replaceChildren(...enrolmentSummary(e));
  void enrolment.then(showEnrolment);

  main.replaceChildren(
    backLink(),
    errorSlot,
    flash ?? '',
    ...personHeader(person),
    enrolmentLine,
    sectionNav(person, section, rest),
    body,
  );
  const title = (text: string) => setTitle(`${text} - ${fullName(person)}`);
  title(section.title);
  await section.render({
    person,
    rest,
    url,
    body,
    errorSlot,
    enrolment,
    enrolmentChanged: showEnrolment,
    reload: () => navigate(url.pathname + url.search, { replace: true }),
    setTitle: title,
  });
}

function backLink(): HTMLElement {
  return h(
    'div',
    { className: 'nhsuk-back-link' },
    h('a', { className: 'nhsuk-back-link__link', href: '/people' }, 'Find a person'),
  );
}

function personHeader(person: Person): Node[] {
  const nodes: Node[] = [];
  if (isEmergencyAccess(person)) {
    const until = person.access.expiresAt ? ` until ${formatTime(person.access.expiresAt)}` : '';
    nodes.push(
      notificationBanner(
        { title: 'Important', heading: `Emergency access${until}`, testId: 'emergency-access' },
        h(
          'p',
          {},
          'You broke the glass to see this record. Your reason and what you look at are recorded and reviewed by the privacy officer.',
        ),
      ),
    );
  }
  const meta = [
    `Born ${formatDate(person.birthDate)}`,
    person.practice ? person.practice.name : 'Not registered with a GP practice',
  ];
  nodes.push(
    h(
      'h1',
      { className: 'nhsuk-u-margin-bottom-2' },
      person.nhsNumber
        ? h(
            'span',
            { className: 'nhsuk-caption-l' },
            `NHS number ${formatNhsNumber(person.nhsNumber)}`,
            visuallyHidden(' – '),
          )
        : null,
      fullName(person),
    ),
    h('p', { className: 'app-person-meta' }, meta.join(' · ')),
  );
  return nodes;
}

function enrolmentSummary(e: Enrolment | null): Node[] {
  if (!e) return [];
  const state = e.state
    ? tag(ENROLMENT_STATES[e.state].label, ENROLMENT_STATES[e.state].colour)
    : tag('Not started', 'white');
  return [
    h('span', { className: 'app-person-enrolment__item' }, 'Care coordination: ', state),
    e.lead?.displayName
      ? h(
          'span',
          { className: 'app-person-enrolment__item' },
          'Lead professional: ',
          h('strong', {}, e.lead.displayName),
        )
      : null,
  ].filter((n): n is HTMLElement => n !== null);
}

function sectionNav(person: Person, current: PersonSection, rest: string[]): HTMLElement {
  const items = SECTIONS.filter((s) => !s.available || s.available()).map((s) => {
    const isCurrent = s === current;
    return h(
      'li',
      { className: `app-subnav__item${isCurrent ? ' app-subnav__item--current' : ''}` },
      h(
        'a',
        {
          className: 'app-subnav__link',
          href: sectionPath(person.id, s.slug),
          // The section's own page is "page"; a page inside it (a form, one record) is "true".
          'aria-current': isCurrent ? (rest.length ? 'true' : 'page') : null,
        },
        s.title,
      ),
    );
  });
  return h(
    'nav',
    { className: 'app-subnav', 'aria-label': `${fullName(person)}’s record`, 'data-testid': 'person-sections' },
    h('ul', { className: 'app-subnav__list' }, items),
  );
}
