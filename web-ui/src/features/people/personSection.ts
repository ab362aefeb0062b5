// Summary: the person's details, their enrolment at a glance, how case
// finding found them, and recording an event for those who may write.

import { accessLabel } from './access';
import type { Person } from './types';
import { summaryList } from '../../core/components/tables';
import { h } from '../../core/dom';
import { formatDate, formatNhsNumber, fullName } from '../../core/format';
import { can } from '../../core/permissions';
import { recordEventForm } from './components/recordEvent';
import { whyPanel } from '../casefinding/components/whyPanel';
import { enrolmentAtAGlance } from '../enrolment/components/enrolmentPanel';
import type { PersonSection } from './section';

export const section: PersonSection = {
  slug: '',
  title: 'Summary',
  order: 10,
  render({ person, body, errorSlot, enrolment }) {
    const glance = h('section', { 'aria-labelledby': 'glance-heading', 'data-testid': 'enrolment-glance' });
    void enrolment.then((e) => {
      if (e) glance.replaceChildren(...enrolmentAtAGlance(person.id, e));
    });
    const why = whyPanel(person.id, 'Case finding');
    body.append(h('h2', {}, 'Details'), personDetails(person), glance, why.element);
    if (can('person:write')) body.append(recordEventForm(person.id, errorSlot, why.refresh));
  },
};

export function personDetails(person: Person): HTMLElement {
  return summaryList(
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
  );
}

function sexLabel(sex: string): string {
  return sex ? sex.charAt(0).toUpperCase() + sex.slice(1) : 'Not known';
}
