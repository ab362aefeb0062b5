// Shapes of the LCN server's JSON (camelCase), API version 1.

export interface Organisation {
  id: number;
  name: string;
  kind: string;
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: string;
  roleLabel: string;
  organisation: Organisation | null;
  /** The permissions of the user's role (src/auth/policy.cpp). */
  permissions?: string[];
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface PlaceRef {
  id: number;
  name: string;
}

export interface NetworkSummary {
  id: number;
  code: string;
  name: string;
  place: PlaceRef;
  practiceCount: number;
  registeredPatients: number;
}

export interface Neighbourhood {
  id: number;
  code: string;
  name: string;
}

export interface Practice {
  id: number;
  odsCode: string;
  name: string;
  postcode: string;
  listSize: number | null;
  pcnName: string | null;
  neighbourhoodId: number | null;
}

export interface NetworkDetail {
  id: number;
  code: string;
  name: string;
  place: PlaceRef;
  registeredPatients: number;
  neighbourhoods: Neighbourhood[];
  practices: Practice[];
}

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

export type PersonQuery =
  | { nhsNumber: string }
  | { familyName: string; birthDate: string; givenName?: string };
