// The directory: organisations and their teams, teams and their members.
// The staff directory finds staff in caring roles by name or organisation.
// Every signed-in role may read it (directory:read).

import { request } from '../../core/api/client';
import type { DirectoryOrganisation, DirectoryTeam, OrganisationDetail, StaffMember, TeamDetail } from './types';

export type { DirectoryOrganisation, DirectoryTeam, StaffMember, TeamMember } from './types';

let organisations: Promise<DirectoryOrganisation[]> | null = null;

/** All organisations, loaded once per page load (the directory changes rarely). */
export function listOrganisations(): Promise<DirectoryOrganisation[]> {
  organisations ??= request<{ items: DirectoryOrganisation[] }>('GET', '/organisations').then((r) => r.items);
  organisations.catch(() => {
    organisations = null;
  });
  return organisations;
}

export function getOrganisation(id: number): Promise<OrganisationDetail> {
  return request('GET', `/organisations/${encodeURIComponent(id)}`);
}

export function getTeam(id: number): Promise<TeamDetail> {
  return request('GET', `/teams/${encodeURIComponent(id)}`);
}

let teams: Promise<DirectoryTeam[]> | null = null;

/** All teams (without members), loaded once per page load. */
export function listTeams(): Promise<DirectoryTeam[]> {
  teams ??= request<{ items: DirectoryTeam[] }>('GET', '/teams').then((r) => r.items);
  teams.catch(() => {
    teams = null;
  });
  return teams;
}

/**
 * The staff directory: active staff in caring roles, by part of their name or
 * their organisation's name, or one organisation's staff; at most `limit` (1-100).
 */
export function findStaff(query: { q?: string; organisationId?: number; limit?: number } = {}): Promise<StaffMember[]> {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.organisationId) params.set('organisationId', String(query.organisationId));
  if (query.limit) params.set('limit', String(query.limit));
  const search = params.toString();
  return request<{ items: StaffMember[] }>('GET', `/staff${search ? `?${search}` : ''}`).then((r) => r.items);
}
