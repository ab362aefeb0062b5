// Words for staff roles, used wherever staff are named and the server sent no
// roleLabel with them. The codes are the server's (Schemas['Role'], from
// src/domain/role.cpp), so a role the server adds fails to compile until it has
// words here; the words are a copy of that table's labels, as the server has
// no endpoint that lists them yet.

import type { Schemas } from './api/schemas';

export type StaffRole = Schemas['Role'];

const STAFF_ROLES: Record<StaffRole, string> = {
  gp: 'GP',
  practice_nurse: 'Practice nurse',
  care_coordinator: 'Care coordinator',
  network_manager: 'Network manager',
  social_worker: 'Social worker',
  community_nurse: 'Community nurse',
  care_navigator: 'Care navigator',
  link_worker: 'Social prescribing link worker',
  geriatrician: 'Geriatrician',
  pharmacist: 'Pharmacist',
  care_home_manager: 'Care home manager',
  paramedic: 'Paramedic',
  analyst: 'Analyst',
  privacy_officer: 'Privacy officer',
  administrator: 'Administrator',
};

export function staffRoleLabel(role: string | undefined): string {
  return role ? (STAFF_ROLES[role as StaffRole] ?? role.replace(/_/g, ' ')) : '';
}
