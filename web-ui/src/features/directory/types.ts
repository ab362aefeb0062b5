// Shapes of the directory's JSON (networks, organisations, teams, the staff
// directory): the server's (core/api/schemas.ts).

import type { Schemas } from '../../core/api/schemas';

export type PlaceRef = Schemas['PlaceRef'];
export type NetworkSummary = Schemas['NetworkSummary'];
export type Neighbourhood = Schemas['Neighbourhood'];
export type Practice = Schemas['NetworkPractice'];
export type NetworkDetail = Schemas['NetworkDetail'];

export type DirectoryOrganisation = Schemas['Organisation'];
export type OrganisationDetail = Schemas['OrganisationDetail'];
export type DirectoryTeam = Schemas['Team'];
export type TeamDetail = Schemas['TeamDetail'];
export type TeamMember = Schemas['TeamMember'];
/** A member of staff who cares for people, from the staff directory. */
export type StaffMember = Schemas['StaffMember'];
