// What the signed-in user may do, to decide which pages and forms to offer.
// The session names the user's permissions (GET /api/v1/session), read from
// the server's one role-to-permission table (src/auth/policy.cpp); the UI
// keeps no copy of it. The names are generated from the server's permission
// table (x-permissions in openapi.json; scripts/gen-permissions.mjs). The
// server still checks every call.

import { PERMISSION_TABLE, type ServerPermission } from './api/generated/permissions';
import { session } from './session';

/** A permission a signed-in user may hold: the server's table (generated from
 * x-permissions), without the two that are not held by roles. */
export type Permission = Exclude<ServerPermission, 'public' | 'signed-in'>;

/** Every permission a role may hold, in the server's order. */
export const ALL_PERMISSIONS: readonly Permission[] = PERMISSION_TABLE.map((p) => p.name).filter(
  (name): name is Permission => name !== 'public' && name !== 'signed-in',
);

/** Whether a user has the permission, as the server's session lists them (none listed: none). */
export function userHas(user: { role: string; permissions?: string[] }, permission: Permission): boolean {
  return user.permissions?.includes(permission) ?? false;
}

/** Whether the signed-in user has the permission. */
export function can(permission: Permission): boolean {
  const user = session()?.user;
  return user ? userHas(user, permission) : false;
}
