// Members of staff to choose as a person's lead professional or an action's
// owner: you, the named members of their care team, your organisation's staff
// and, by organisation, others in the staff directory (caring roles only,
// including staff in no team, such as GPs).

import { getCareTeam } from '../api';
import { findStaff, type StaffMember } from '../../directory/api';
import type { OptionGroup } from '../../../core/components/selectField';
import { staffRoleLabel } from '../../../core/staffRoles';
import { session } from '../../../core/session';

export interface StaffChoices {
  groups: OptionGroup[];
  /** Names by user id, for showing who a stored id is. */
  names: Map<number, string>;
}

export async function staffChoices(personId: number): Promise<StaffChoices> {
  const me = session()?.user;
  const names = new Map<number, string>();
  const groups: OptionGroup[] = [];
  const seen = new Set<number>();
  const option = (id: number, name: string, detail: string) => {
    names.set(id, name);
    if (seen.has(id)) return null;
    seen.add(id);
    return { value: String(id), text: detail ? `${name} (${detail})` : name };
  };
  if (me) {
    groups.push({ label: 'You', options: [option(me.id, me.displayName, me.roleLabel)!] });
  }
  const [team, colleagues, directory] = await Promise.all([
    getCareTeam(personId, false).catch(() => null),
    me?.organisation
      ? findStaff({ organisationId: me.organisation.id, limit: 100 }).catch(() => [])
      : Promise.resolve([]),
    findStaff({ limit: 100 }).catch(() => []),
  ]);
  const careTeam = (team?.members ?? [])
    .filter((m) => m.kind === 'person' && m.userId !== undefined)
    .map((m) => option(m.userId!, m.name, [m.role, m.organisation].filter(Boolean).join(', ')))
    .filter((o) => o !== null);
  if (careTeam.length) groups.push({ label: 'Their care team', options: careTeam });
  const roleOf = (m: StaffMember) => m.roleLabel || staffRoleLabel(m.role);
  const mine = colleagues.map((c) => option(c.id, c.displayName, roleOf(c))).filter((o) => o !== null);
  if (mine.length) groups.push({ label: 'Your organisation', options: mine });
  // Everyone else in the directory, an option group per organisation.
  const byOrganisation = new Map<string, StaffMember[]>();
  for (const m of directory) {
    if (m.organisationId === me?.organisation?.id) continue;
    byOrganisation.set(m.organisationName, [...(byOrganisation.get(m.organisationName) ?? []), m]);
  }
  for (const [organisation, members] of [...byOrganisation].sort(([a], [b]) => a.localeCompare(b))) {
    const options = members.map((m) => option(m.id, m.displayName, roleOf(m))).filter((o) => o !== null);
    if (options.length) groups.push({ label: organisation, options });
  }
  return { groups, names };
}
