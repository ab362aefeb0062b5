// Shapes of the LCN server's JSON used by the frame and by every feature: the
// signed-in user and their session, and a reference to a member of staff.

import type { Schemas } from './schemas';

export type StaffRef = Schemas['StaffRef'];

/** The signed-in user's organisation. */
export type Organisation = Schemas['UserOrganisation'];
/** The signed-in user, with the permissions of their role (src/auth/policy.cpp). */
export type User = Schemas['User'];
export type Session = Schemas['Session'];
