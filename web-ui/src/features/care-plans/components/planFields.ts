// The care-plan editor's crisis plan (warning signs, what to do, who to
// contact) and agreement (who agreed it, how and when; shown once someone
// agreed it) with the review date, filled from the plan being edited.

import type { CarePlan, CarePlanVocabulary } from '../types';
import type { Person } from '../../people/types';
import { dateField } from '../../../core/components/dateField';
import { textAreaField } from '../../../core/components/fields';
import { radiosField } from '../../../core/components/radios';
import { setDate } from '../../../core/components/recordFields';
import { h } from '../../../core/dom';
import { termChoices } from '../words';

export function contingencyFields(plan: CarePlan) {
  const warningSigns = textAreaField({
    id: 'warningSigns',
    label: 'Warning signs (optional)',
    hint: 'What tells them, or others, that things are getting worse',
    rows: 3,
  });
  const whatToDo = textAreaField({ id: 'whatToDo', label: 'What to do (optional)', rows: 3 });
  const whoToContact = textAreaField({
    id: 'whoToContact',
    label: 'Who to contact (optional)',
    hint: 'Names and phone numbers, in and out of hours',
    rows: 3,
  });
  warningSigns.input.value = plan.content.contingency.warningSigns;
  whatToDo.input.value = plan.content.contingency.whatToDo;
  whoToContact.input.value = plan.content.contingency.whoToContact;

  return { warningSigns, whatToDo, whoToContact };
}

/** Who agreed the plan and how: the vocabulary's choices in its order, the person named by their name. */
export function agreementFields(plan: CarePlan, person: Person, vocabulary: CarePlanVocabulary) {
  const agreedHow = radiosField({
    id: 'agreedHow',
    legend: 'How was it agreed?',
    inline: true,
    value: plan.content.agreement.how ?? undefined,
    items: termChoices(vocabulary.agreedHow),
  });
  const agreedOn = dateField({ id: 'agreedOn', legend: 'When was it agreed?', hint: 'For example, 10 6 2026' });
  setDate(agreedOn, plan.content.agreement.agreedOn);
  const agreedBox = h(
    'div',
    { className: 'app-agreed-details', 'data-testid': 'agreed-details' },
    agreedHow.group,
    agreedOn.group,
  );
  const agreedWith = radiosField({
    id: 'agreedWith',
    legend: `Who agreed this plan with you?`,
    hint: 'A plan is a draft until it is agreed; an agreed plan needs a review date',
    value: plan.content.agreement.agreedWith,
    items: termChoices(vocabulary.agreedWith).map((c) => (c.value === 'person' ? { ...c, text: person.givenName } : c)),
  });
  const syncAgreed = () => {
    agreedBox.hidden = !agreedWith.value() || agreedWith.value() === 'not_yet_agreed';
  };
  agreedWith.onChange(syncAgreed);
  syncAgreed();
  const reviewDate = dateField({
    id: 'reviewDate',
    legend: 'Review date',
    hint: 'When to look at the plan again with them. Needed once it is agreed. For example, 1 12 2026',
  });
  setDate(reviewDate, plan.content.reviewDate);
  return { agreedWith, agreedHow, agreedOn, agreedBox, reviewDate };
}
