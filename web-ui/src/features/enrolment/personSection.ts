// Enrolment: where the person is in care coordination, the change form and
// who changed what when.

import { ApiError } from '../../core/api/problem';
import { problemPanel } from '../../core/components/problemPanel';
import { h } from '../../core/dom';
import { lastWorklistPath } from '../casefinding/worklistView';
import { enrolmentPanel } from './components/enrolmentPanel';
import type { PersonSection } from '../people/section';
import { staffChoices } from '../care-team/components/staffChoices';

export const section: PersonSection = {
  slug: 'enrolment',
  title: 'Enrolment',
  order: 15,
  async render({ person, body, errorSlot, enrolment, reload, url }) {
    const loading = h('p', { className: 'app-loading' }, 'Loading the enrolment…');
    body.append(loading);
    const [current, staff] = await Promise.all([enrolment, staffChoices(person.id)]);
    if (!current) {
      loading.replaceWith(
        problemPanel(
          new ApiError({ type: 'about:blank', title: 'The enrolment could not be loaded', status: 500 }),
          'h2',
        ),
      );
      return;
    }
    const fromWorklist = url.searchParams.get('from') === 'worklist';
    loading.replaceWith(
      ...(fromWorklist ? [h('p', {}, h('a', { href: lastWorklistPath() }, 'Back to the worklist'))] : []),
      ...enrolmentPanel({
        personId: person.id,
        enrolment: current,
        staff,
        errorSlot,
        reload,
        returnPath: fromWorklist ? lastWorklistPath() : undefined,
      }),
    );
  },
};
