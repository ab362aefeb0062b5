// What the signed-in user may do, to decide which pages and forms to offer.
// The session names the user's permissions (GET /api/v1/session), read from
// the server's one role-to-permission table (src/auth/policy.cpp); the UI
// keeps no copy of it. The names are those of the server's permission table
// (x-permissions in /api/v1/openapi.json). The server still checks every call.

import { session } from './session';

export type Permission =
  | 'person:read'
  | 'person:write'
  | 'worklist:read'
  | 'counts:read'
  | 'register:import'
  | 'care:enrol'
  | 'care-team:write'
  | 'task:write'
  | 'assessment:write'
  | 'about-me:write'
  | 'care-plan:write'
  | 'note:write'
  | 'mdt:read'
  | 'mdt:write';

/** Every permission the UI knows of. */
export const ALL_PERMISSIONS: readonly Permission[] = [
  'person:read',
  'person:write',
  'worklist:read',
  'counts:read',
  'register:import',
  'care:enrol',
  'care-team:write',
  'task:write',
  'assessment:write',
  'about-me:write',
  'care-plan:write',
  'note:write',
  'mdt:read',
  'mdt:write',
];

/** Whether a user has the permission, as the server's session lists them (none listed: none). */
export function userHas(user: { role: string; permissions?: string[] }, permission: Permission): boolean {
  return user.permissions?.includes(permission) ?? false;
}

/** Whether the signed-in user has the permission. */
export function can(permission: Permission): boolean {
  const user = session()?.user;
  return user ? userHas(user, permission) : false;
}
