// The places a worklist or count can cover, for a scope select: the user's
// own practice, then each care network with its neighbourhoods and GP
// practices (from the directory API). The server decides what is within the
// user's reach; this list only offers the choices.

import { getNetwork, listNetworks } from '../networksApi';
import type { User } from '../../../core/api/types';
import type { OptionGroup, SelectOption } from '../../../core/components/selectField';

/** Select values: '' (everything within reach), 'practice:ID' or 'area:ID'. */
export function scopeValue(scope: { practiceId?: string; areaId?: string }): string {
  if (scope.practiceId) return `practice:${scope.practiceId}`;
  if (scope.areaId) return `area:${scope.areaId}`;
  return '';
}

export function scopeFromValue(value: string): { practiceId?: string; areaId?: string } {
  const [kind, id] = value.split(':');
  if (kind === 'practice' && id) return { practiceId: id };
  if (kind === 'area' && id) return { areaId: id };
  return {};
}

let cached: { userId: number; groups: Promise<OptionGroup[]> } | null = null;

/** One option group per network; cached for the signed-in user (the directory changes rarely). */
export function networkScopeGroups(user: User): Promise<OptionGroup[]> {
  if (cached?.userId !== user.id) {
    const groups = loadGroups();
    groups.catch(() => {
      cached = null;
    });
    cached = { userId: user.id, groups };
  }
  return cached.groups;
}

async function loadGroups(): Promise<OptionGroup[]> {
  const networks = await listNetworks();
  const details = await Promise.all(networks.map((n) => getNetwork(n.id)));
  return details.map((network) => ({
    label: network.name,
    options: [
      { value: `area:${network.id}`, text: `${network.name} (whole network)` },
      ...network.neighbourhoods.map((n) => ({ value: `area:${n.id}`, text: `${n.name} neighbourhood` })),
      ...network.practices.map((p) => ({ value: `practice:${p.id}`, text: `${p.name} (${p.odsCode})` })),
    ],
  }));
}

/** The first options: everything within reach, and the user's own practice if they work at one. */
export function ownScopeOptions(user: User, everything: string): SelectOption[] {
  const own =
    user.organisation?.kind === 'gp_practice'
      ? [{ value: `practice:${user.organisation.id}`, text: `Your practice: ${user.organisation.name}` }]
      : [];
  return [{ value: '', text: everything }, ...own];
}
