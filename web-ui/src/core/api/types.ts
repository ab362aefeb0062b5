// Shapes of the LCN server's JSON used by the frame and by every feature: the
// signed-in user and their session, and a reference to a member of staff.

import type { Schemas } from './schemas';

export type StaffRef = Schemas['StaffRef'];

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
