// Words for staff roles (the server's role codes), used wherever staff are
// named. The labels are the server's (GET /api/v1/roles, from
// src/domain/role.cpp), loaded once after signing in; until then, and for a
// code the server does not list, the code itself is shown with spaces.

import { request } from './api/client';
import type { Schemas } from './api/schemas';

/** A staff role: its code, label and the permissions it holds. */
export type StaffRole = Schemas['StaffRole'];

let labels = new Map<string, string>();
let loading: Promise<void> | null = null;

/** Loads the roles' labels once; a failure is retried on the next call. */
export function loadStaffRoles(): Promise<void> {
  loading ??= request<Schemas['RoleList']>('GET', '/roles').then(
    (list) => {
      labels = new Map(list.items.map((role) => [role.code, role.label]));
    },
    () => {
      loading = null;
    },
  );
  return loading;
}

/** Forgets the loaded labels (for tests). */
export function resetStaffRoles(): void {
  labels = new Map();
  loading = null;
}

export function staffRoleLabel(role: string | undefined | null): string {
  return role ? (labels.get(role) ?? role.replace(/_/g, ' ')) : '';
}
