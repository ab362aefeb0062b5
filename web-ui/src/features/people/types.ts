// Shapes of the people API's JSON (a person, search results, break-glass), API version 1.
// Hand-written until the server's OpenAPI document has schemas; then generated.

export type AccessBasis = 'registered-practice' | 'network-role' | 'break-glass';

export interface Person {
  id: number;
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: string;
  postcode: string | null;
  practice: { id: number; odsCode: string; name: string } | null;
  version: number;
  access: { basis: AccessBasis | string; expiresAt: string | null };
}

export interface PeopleResult {
  items: Person[];
  withheld: number;
}

export interface BreakGlassGrant {
  grantId: number;
  personId: number;
  expiresAt: string;
}

export type PersonQuery = { nhsNumber: string } | { familyName: string; birthDate: string; givenName?: string };
