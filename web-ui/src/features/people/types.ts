// Shapes of the people API's JSON (a person, search results, break-glass): the
// server's (core/api/schemas.ts).

import type { Schemas } from '../../core/api/schemas';

/** How the signed-in user's access to a person's record is granted. */
export type AccessBasis = Schemas['AccessBasis'];
export type Person = Schemas['Person'];
export type PeopleResult = Schemas['PeopleResult'];
export type BreakGlassGrant = Schemas['BreakGlassGrant'];

export type PersonQuery = { nhsNumber: string } | { familyName: string; birthDate: string; givenName?: string };
