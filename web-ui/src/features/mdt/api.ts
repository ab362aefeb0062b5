// MDT meetings, their attendees, case lists, suggestions, outcomes and
// minutes; a person's MDT history; the continual review lists.

import { request } from '../../core/api/client';
import type {
  Attendee,
  CaseDetail,
  MdtCase,
  Meeting,
  MeetingDetail,
  MeetingState,
  MeetingStateChange,
  NewAttendee,
  NewCase,
  NewMeeting,
  NewOutcome,
  PersonMdtCase,
  Reviews,
  Suggestions,
} from './types';

const meeting = (id: number) => `/mdt/meetings/${encodeURIComponent(id)}`;

export function listMeetings(
  filter: { areaId?: number; from?: string; to?: string; state?: MeetingState } = {},
): Promise<{ items: Meeting[] }> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return request('GET', `/mdt/meetings${query ? `?${query}` : ''}`);
}

export function createMeeting(body: NewMeeting): Promise<MeetingDetail> {
  return request('POST', '/mdt/meetings', { body });
}

export function getMeeting(id: number): Promise<MeetingDetail> {
  return request('GET', meeting(id));
}

export function changeMeetingState(id: number, body: MeetingStateChange): Promise<MeetingDetail> {
  return request('POST', `${meeting(id)}/state`, { body });
}

export function saveMinutes(id: number, body: { text: string; version: number }): Promise<MeetingDetail> {
  return request('PUT', `${meeting(id)}/minutes`, { body });
}

export function addAttendee(id: number, body: NewAttendee): Promise<{ items: Attendee[] }> {
  return request('POST', `${meeting(id)}/attendees`, { body });
}

export function setAttended(id: number, attendeeId: number, attended: boolean): Promise<{ items: Attendee[] }> {
  return request('PUT', `${meeting(id)}/attendees/${encodeURIComponent(attendeeId)}`, { body: { attended } });
}

export function removeAttendee(id: number, attendeeId: number): Promise<void> {
  return request('DELETE', `${meeting(id)}/attendees/${encodeURIComponent(attendeeId)}`);
}

export function getSuggestions(id: number): Promise<Suggestions> {
  return request('GET', `${meeting(id)}/suggestions`);
}

export function addCase(id: number, body: NewCase): Promise<MdtCase> {
  return request('POST', `${meeting(id)}/cases`, { body });
}

export function getCase(id: number, caseId: number): Promise<CaseDetail> {
  return request('GET', `${meeting(id)}/cases/${encodeURIComponent(caseId)}`);
}

export function removeCase(id: number, caseId: number): Promise<void> {
  return request('DELETE', `${meeting(id)}/cases/${encodeURIComponent(caseId)}`);
}

export function recordOutcome(id: number, caseId: number, body: NewOutcome): Promise<MdtCase> {
  return request('PUT', `${meeting(id)}/cases/${encodeURIComponent(caseId)}/outcome`, { body });
}

export function getPersonMdt(personId: number): Promise<{ items: PersonMdtCase[] }> {
  return request('GET', `/people/${encodeURIComponent(personId)}/mdt`);
}

export function getReviews(scope: { areaId?: number; withinDays?: number } = {}): Promise<Reviews> {
  const params = new URLSearchParams();
  if (scope.areaId) params.set('areaId', String(scope.areaId));
  else params.set('box', 'mine');
  if (scope.withinDays !== undefined) params.set('withinDays', String(scope.withinDays));
  return request('GET', `/reviews?${params.toString()}`);
}
