// Shapes of the care team API's JSON: the server's (core/api/schemas.ts).

import type { Schemas } from '../../core/api/schemas';

export type CareTeamMember = Schemas['CareTeamMember'];
export type MemberKind = CareTeamMember['kind'];
/** A person's care team: active members first, then ended ones. */
export type CareTeam = Schemas['CareTeam'];
/** What POST /people/{id}/care-team takes: exactly one of userId, teamId, organisationId. */
export type NewCareTeamMember = Schemas['NewCareTeamMember'];
/** What PUT /people/{id}/care-team/{memberId} takes. */
export type CareTeamMemberUpdate = Schemas['CareTeamMemberUpdate'];
/** What POST /people/{id}/care-team/{memberId}/end takes. */
export type CareTeamMemberEnd = Schemas['CareTeamMemberEnd'];

/** The assignee picker's value: a named member of staff, a team or an organisation. */
export type Assignee = { userId: number } | { teamId: number } | { organisationId: number };
