// A person the register found gone from their practice (its latest extract no
// longer lists them) stays on their key worker's review list until their
// enrolment is closed. Their row says so, since when, and what to do: close
// the enrolment if they have moved (the link opens the Enrolment section).

import type { ReviewItem } from '../../mdt/types';
import { tag } from '../../../core/components/tag';
import { h, visuallyHidden } from '../../../core/dom';
import { formatDate, fullName } from '../../../core/format';
import { can } from '../../../core/permissions';

export function leftPracticeNote(r: ReviewItem): HTMLElement | null {
  if (!r.leftPractice) return null;
  const enrolment = (text: string) =>
    h('a', { href: `/people/${r.person.id}/enrolment` }, text, visuallyHidden(` (${fullName(r.person)})`));
  return h(
    'div',
    { className: 'nhsuk-u-margin-top-1', 'data-testid': 'left-practice' },
    tag('Left their practice', 'orange'),
    h(
      'span',
      { className: 'app-secondary' },
      `Not on their practice’s list since ${formatDate(r.leftPractice)}. If they have moved, `,
      can('care:enrol')
        ? [enrolment('close their enrolment'), '.']
        : ['their ', enrolment('enrolment'), ' should be closed.'],
    ),
  );
}
