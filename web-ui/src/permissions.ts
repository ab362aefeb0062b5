// What the signed-in user's role may do, to decide which pages and forms to
// offer. It mirrors the server's one role-to-permission table
// (src/auth/policy.cpp, docs/security.md); the server still checks every call.

import { session } from './session';

export type Permission = 'person:write' | 'worklist:read' | 'counts:read' | 'register:import';

const REGISTERING: Permission[] = ['person:write', 'worklist:read'];

const BY_ROLE: Record<string, Permission[]> = {
  gp: REGISTERING,
  practice_nurse: REGISTERING,
  care_coordinator: REGISTERING,
  network_manager: ['worklist:read', 'counts:read'],
  analyst: ['counts:read'],
  administrator: ['counts:read', 'register:import'],
};

export function roleHas(role: string, permission: Permission): boolean {
  return BY_ROLE[role]?.includes(permission) ?? false;
}

/** Whether the signed-in user's role has the permission. */
export function can(permission: Permission): boolean {
  const user = session()?.user;
  return user ? roleHas(user.role, permission) : false;
}
