// Shapes of the care team API's JSON, API version 1.
// Hand-written until the server's OpenAPI document has schemas; then generated.

export type MemberKind = 'person' | 'team' | 'organisation';

export interface CareTeamMember {
  id: number;
  kind: MemberKind;
  name: string;
  organisation: string | null;
  role: string;
  lead: boolean;
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
  version: number;
  userId?: number;
  teamId?: number;
  organisationId?: number;
}

export interface CareTeam {
  personId: number;
  members: CareTeamMember[];
}

/** Exactly one of the three: a named member of staff, a team or an organisation. */
export type Assignee = { userId: number } | { teamId: number } | { organisationId: number };

export interface NewCareTeamMember {
  userId?: number;
  teamId?: number;
  organisationId?: number;
  role: string;
  lead?: boolean;
}
