// Words for staff roles (the server's role codes), used wherever staff are named.

const STAFF_ROLES: Record<string, string> = {
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
  return role ? (STAFF_ROLES[role] ?? role.replace(/_/g, ' ')) : '';
}
