// What the signed-in user may do, to decide which pages and forms to offer.
// The session names the user's permissions (GET /api/v1/session); for an
// older server without them, the table below mirrors the server's
// role-to-permission table (src/auth/policy.cpp, docs/security.md). The
// server still checks every call.

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

const REGISTERING: Permission[] = [
  'person:read',
  'person:write',
  'worklist:read',
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

const BY_ROLE: Record<string, Permission[]> = {
  gp: REGISTERING,
  practice_nurse: REGISTERING,
  care_coordinator: REGISTERING,
  network_manager: ['worklist:read', 'counts:read', 'mdt:read', 'mdt:write'],
  analyst: ['counts:read'],
  administrator: ['counts:read', 'register:import'],
};

export function roleHas(role: string, permission: Permission): boolean {
  return BY_ROLE[role]?.includes(permission) ?? false;
}

/** Whether a user has the permission: from the session's list when the server sends one. */
export function userHas(user: { role: string; permissions?: string[] }, permission: Permission): boolean {
  return user.permissions ? user.permissions.includes(permission) : roleHas(user.role, permission);
}

/** Whether the signed-in user's role has the permission. */
export function can(permission: Permission): boolean {
  const user = session()?.user;
  return user ? userHas(user, permission) : false;
}
