// A person's care team: members, adding, changing and ending a membership.

import { request } from '../../core/api/client';
import type { CareTeam, CareTeamMember, CareTeamMemberEnd, CareTeamMemberUpdate, NewCareTeamMember } from './types';

const person = (id: number) => `/people/${encodeURIComponent(id)}`;

export function getCareTeam(personId: number, includeEnded = true): Promise<CareTeam> {
  return request<CareTeam>('GET', `${person(personId)}/care-team${includeEnded ? '?includeEnded=true' : ''}`);
}

export function addCareTeamMember(personId: number, member: NewCareTeamMember): Promise<CareTeamMember> {
  return request<CareTeamMember>('POST', `${person(personId)}/care-team`, { body: member });
}

export function updateCareTeamMember(
  personId: number,
  memberId: number,
  change: CareTeamMemberUpdate,
): Promise<CareTeamMember> {
  return request<CareTeamMember>('PUT', `${person(personId)}/care-team/${encodeURIComponent(memberId)}`, {
    body: change,
  });
}

export function endCareTeamMember(
  personId: number,
  memberId: number,
  change: CareTeamMemberEnd,
): Promise<CareTeamMember> {
  return request<CareTeamMember>('POST', `${person(personId)}/care-team/${encodeURIComponent(memberId)}/end`, {
    body: change,
  });
}
