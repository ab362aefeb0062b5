// Words for the enrolment vocabularies, and the colour of each state's tag.

import type { AgreementMethod, ClosureReason, EnrolmentState } from './types';
import type { TagColour } from '../../core/components/tag';
import { LABELS } from '../../core/api/generated/labels';

export const ENROLMENT_STATES: Record<EnrolmentState, { label: string; hint: string; colour: TagColour }> = {
  identified: {
    label: LABELS.EnrolmentState.identified,
    hint: 'May benefit from care coordination; not asked yet',
    colour: 'blue',
  },
  invited: {
    label: LABELS.EnrolmentState.invited,
    hint: 'Asked to take part; waiting for their answer',
    colour: 'purple',
  },
  enrolled: { label: LABELS.EnrolmentState.enrolled, hint: 'Agreed to take part', colour: 'green' },
  declined: {
    label: LABELS.EnrolmentState.declined,
    hint: 'Does not want to take part; record their reason',
    colour: 'orange',
  },
  closed: { label: LABELS.EnrolmentState.closed, hint: 'Care coordination has ended', colour: 'grey' },
};

export function enrolmentLabel(state: EnrolmentState | null): string {
  return state ? ENROLMENT_STATES[state].label : 'Not started';
}

export const AGREEMENTS: Record<AgreementMethod, string> = LABELS.AgreementMethod;

export const CLOSURE_REASONS: Record<ClosureReason, string> = LABELS.ClosureReason;

export function closureLabel(reason: string | null | undefined): string {
  return reason ? (CLOSURE_REASONS[reason as ClosureReason] ?? reason) : '';
}
