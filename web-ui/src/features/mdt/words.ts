// Words for the MDT vocabularies: meeting states (and the changes that lead
// to them), where a case came from, and the decisions an outcome records.

import type { CaseSource, MdtDecision, MeetingState } from './types';
import type { TagColour } from '../../core/components/tag';
import { tag } from '../../core/components/tag';
import { formatTime, formatDay } from '../../core/format';
import { LABELS } from '../../core/api/generated/labels';

export const MEETING_STATES: Record<MeetingState, { label: string; colour: TagColour }> = {
  scheduled: { label: LABELS.MdtMeetingState.scheduled, colour: 'blue' },
  held: { label: LABELS.MdtMeetingState.held, colour: 'purple' },
  closed: { label: LABELS.MdtMeetingState.closed, colour: 'green' },
  cancelled: { label: LABELS.MdtMeetingState.cancelled, colour: 'grey' },
};

export function stateTag(state: MeetingState, testId?: string): HTMLElement {
  const s = MEETING_STATES[state] ?? { label: state, colour: 'white' as TagColour };
  return tag(s.label, s.colour, testId);
}

/** What the user does to move a meeting to a state, as a choice. */
export const MEETING_ACTIONS: Record<MeetingState, { text: string; hint: string }> = {
  scheduled: { text: 'Schedule', hint: '' },
  held: {
    text: 'Hold the meeting',
    hint: 'It is taking place now: outcomes, minutes and attendance can be recorded, and people can still be added',
  },
  closed: { text: 'Close the meeting', hint: 'Everything is recorded: nothing more can change' },
  cancelled: { text: 'Cancel the meeting', hint: 'It will not take place. Attendees see why.' },
};

export function meetingActionLabel(state: string): string {
  return MEETING_ACTIONS[state as MeetingState]?.text.toLowerCase() ?? state;
}

export const SOURCES: Record<CaseSource, string> = LABELS.MdtCaseSource;

export function sourceLabel(source: string): string {
  return SOURCES[source as CaseSource] ?? source.replace(/_/g, ' ');
}

export const DECISIONS: Record<MdtDecision, { label: string; hint: string }> = {
  continue_plan: { label: LABELS.MdtDecision.continue_plan, hint: 'The care plan stays as it is and carries on' },
  update_plan: { label: LABELS.MdtDecision.update_plan, hint: 'The care plan needs changing' },
  refer: { label: LABELS.MdtDecision.refer, hint: 'Refer them to a service; add the referral as an action' },
  escalate: { label: LABELS.MdtDecision.escalate, hint: 'Their needs are beyond the team: escalate them' },
  discharge_from_mdt: {
    label: LABELS.MdtDecision.discharge_from_mdt,
    hint: 'No further MDT discussion is needed (no next review)',
  },
  no_change: { label: LABELS.MdtDecision.no_change, hint: 'Discussed; nothing changes' },
};

export function decisionLabel(decision: string | null | undefined): string {
  return decision ? (DECISIONS[decision as MdtDecision]?.label ?? decision.replace(/_/g, ' ')) : '';
}

/** "12 March 2027, 13:00 to 14:30" (UK time). */
export function meetingWhen(m: { startsAt: string; endsAt: string }): string {
  return `${formatDay(m.startsAt)}, ${formatTime(m.startsAt)} to ${formatTime(m.endsAt)}`;
}
