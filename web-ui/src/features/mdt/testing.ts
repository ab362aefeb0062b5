// A meeting for the MDT feature's unit tests.

import type { Meeting } from './types';

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
