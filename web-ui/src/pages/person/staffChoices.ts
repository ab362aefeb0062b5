// Members of staff to choose as a person's lead professional: you, the named
// members of their care team, and the members of your organisation's teams.
// (The directory has no staff search for clinical roles; see docs/web-ui.md.)

import { getCareTeam } from '../../api/care';
import { getOrganisation, getTeam } from '../../api/directory';
import type { OptionGroup } from '../../components/selectField';
import { staffRoleLabel } from '../../careFormat';
import { session } from '../../session';

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
  const [team, colleagues] = await Promise.all([
    getCareTeam(personId, false).catch(() => null),
    me?.organisation ? organisationStaff(me.organisation.id).catch(() => []) : Promise.resolve([]),
  ]);
  const careTeam = (team?.members ?? [])
    .filter((m) => m.kind === 'person' && m.userId !== undefined)
    .map((m) => option(m.userId!, m.name, [m.role, m.organisation].filter(Boolean).join(', ')))
    .filter((o) => o !== null);
  if (careTeam.length) groups.push({ label: 'Their care team', options: careTeam });
  const others = colleagues.map((c) => option(c.id, c.displayName, staffRoleLabel(c.role))).filter((o) => o !== null);
  if (others.length) groups.push({ label: 'Your organisation’s teams', options: others });
  return { groups, names };
}

async function organisationStaff(organisationId: number): Promise<Array<{ id: number; displayName: string; role: string }>> {
  const org = await getOrganisation(organisationId);
  const teams = await Promise.all(org.teams.map((t) => getTeam(t.id)));
  return teams.flatMap((t) => t.members);
}
