// The "why" page for one person, opened from a worklist row: who they are and
// how case finding found them, with a way back to the same worklist page.

import { getPerson } from '../../people/api';
import { ApiError, NO_LEGITIMATE_RELATIONSHIP } from '../../../core/api/problem';
import { problemPanel } from '../../../core/components/problemPanel';
import { h } from '../../../core/dom';
import { formatNhsNumber, fullName } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { lastWorklistPath } from '../worklistView';
import { refusalCallout } from '../../people/components/breakGlass';
import { whyPanel } from '../components/whyPanel';

export async function renderWhy(main: HTMLElement, id: number): Promise<void> {
  setTitle('Why this person was found');
  const back = h(
    'div',
    { className: 'nhsuk-back-link' },
    h('a', { className: 'nhsuk-back-link__link', href: lastWorklistPath() }, 'Back to the worklist'),
  );
  const loading = h('p', { className: 'app-loading' }, 'Loading…');
  main.replaceChildren(back, loading);
  try {
    const person = await getPerson(id);
    setTitle(`Why ${fullName(person)} was found`);
    const caption = person.nhsNumber ? `NHS number ${formatNhsNumber(person.nhsNumber)}` : 'Case finding';
    loading.replaceWith(
      h(
        'h1',
        {},
        h(
          'span',
          { className: 'nhsuk-caption-l' },
          caption,
          h('span', { className: 'nhsuk-u-visually-hidden' }, ' – '),
        ),
        `Why ${fullName(person)} was found`,
      ),
      h('p', {}, h('a', { href: `/people/${id}` }, `See ${fullName(person)}’s details`)),
      whyPanel(id, 'What case finding found').element,
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 403 && error.is(NO_LEGITIMATE_RELATIONSHIP)) {
      loading.replaceWith(
        h('h1', {}, 'You cannot see this person'),
        refusalCallout(error.problem),
        h('p', {}, h('a', { href: `/people/${id}` }, 'Emergency access')),
      );
    } else if (!(error instanceof ApiError && error.status === 401)) {
      loading.replaceWith(problemPanel(error));
    }
  }
}
