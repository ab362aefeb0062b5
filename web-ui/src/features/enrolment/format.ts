// Words for the enrolment vocabularies, and the colour of each state's tag.

import type { AgreementMethod, ClosureReason, EnrolmentState } from './types';
import type { TagColour } from '../../core/components/tag';

export const ENROLMENT_STATES: Record<EnrolmentState, { label: string; hint: string; colour: TagColour }> = {
  identified: { label: 'Identified', hint: 'May benefit from care coordination; not asked yet', colour: 'blue' },
  invited: { label: 'Invited', hint: 'Asked to take part; waiting for their answer', colour: 'purple' },
  enrolled: { label: 'Enrolled', hint: 'Agreed to take part', colour: 'green' },
  declined: { label: 'Declined', hint: 'Does not want to take part; record their reason', colour: 'orange' },
  closed: { label: 'Closed', hint: 'Care coordination has ended', colour: 'grey' },
};

export function enrolmentLabel(state: EnrolmentState | null): string {
  return state ? ENROLMENT_STATES[state].label : 'Not started';
}

export const AGREEMENTS: Record<AgreementMethod, string> = {
  verbal: 'Verbally',
  written: 'In writing',
  by_carer: 'By their carer',
};

export const CLOSURE_REASONS: Record<ClosureReason, string> = {
  moved: 'Moved away',
  died: 'Died',
  no_longer_needed: 'No longer needed',
  other: 'Other',
};

export function closureLabel(reason: string | null | undefined): string {
  return reason ? (CLOSURE_REASONS[reason as ClosureReason] ?? reason) : '';
}
