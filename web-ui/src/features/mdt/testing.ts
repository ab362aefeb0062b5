// Meetings and cases for the MDT feature's unit tests, and opening a
// meeting's page at an address. Only tests import this file.

import { openPage } from '../../core/testing/page';
import { renderMeeting } from './pages/meeting';
import type { CaseDetail, MdtCase, Meeting, MeetingDetail } from './types';

export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 4,
    area: { id: 12, name: 'Riverside neighbourhood' },
    title: 'Riverside frailty MDT',
    startsAt: '2026-03-02T13:30:00Z',
    durationMinutes: 90,
    endsAt: '2026-03-02T15:00:00Z',
    location: 'Riverside Surgery, room 2',
    videoLink: null,
    chair: { userId: 7, name: 'Grace Hopper' },
    state: 'scheduled',
    caseCount: 3,
    minutes: null,
    minutesAt: null,
    createdAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-01-01T09:00:00Z',
    version: 1,
    ...overrides,
  };
}

/** Doris Day on meeting 4's case list, as case 9, with no outcome yet. */
export function aCase(overrides: Partial<MdtCase> = {}): MdtCase {
  return {
    id: 9,
    meetingId: 4,
    person: { id: 1, givenName: 'Doris', familyName: 'Day', nhsNumber: '9990000026', birthDate: '1938-04-12' },
    source: 'worklist',
    reason: 'Moderate frailty, two admissions',
    position: 1,
    addedBy: { userId: 7, name: 'Grace Hopper' },
    addedAt: '2026-01-05T10:00:00Z',
    outcome: null,
    tasks: [],
    version: 1,
    ...overrides,
  };
}

/** Meeting 4 as its page reads it: the signed-in user (7) chairs it, no attendees, Doris on the case list. */
export function aMeetingDetail(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    ...aMeeting(),
    attendees: [],
    history: [],
    allowed: ['held', 'cancelled'],
    you: { organiser: true, participant: true },
    cases: [aCase()],
    withheld: 0,
    ...overrides,
  };
}

/** Case 9 as the case page reads it, at meeting 4 in the given state. */
export function aCaseDetail(state: Meeting['state'], overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    ...aCase(),
    meeting: aMeeting({ state }),
    decisions: ['continue_plan', 'update_plan', 'discharge_from_mdt'],
    ...overrides,
  };
}

/** Opens a meeting's page at an address (e.g. "/mdt/4?suggestions=show") and waits for it to draw. */
export function openMeeting(address: string): Promise<HTMLElement> {
  return openPage((main, url) => renderMeeting(main, Number(url.pathname.split('/')[2]), url), address);
}
