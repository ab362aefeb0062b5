// The networks and neighbourhoods whose MDT meetings the signed-in user may
// see and schedule: those whose every GP practice is within their worklist
// reach. The server has no "areas within my reach" call, so each network is
// asked for its meetings (403 outside reach); a network within reach brings
// its neighbourhoods, and the neighbourhoods of the others are asked in turn.

import { listMeetings } from '../api';
import { getNetwork, listNetworks } from '../../directory/networksApi';
import { ApiError } from '../../../core/api/problem';
import type { OptionGroup } from '../../../core/components/selectField';

export interface ReachableArea {
  id: number;
  name: string;
  kind: 'network' | 'neighbourhood';
  network: string;
}

let cached: { userId: number; areas: Promise<ReachableArea[]> } | null = null;

/** The areas within reach, networks first, each followed by its neighbourhoods; cached per user. */
export function reachableAreas(userId: number): Promise<ReachableArea[]> {
  if (cached?.userId !== userId) {
    const areas = load();
    areas.catch(() => {
      cached = null;
    });
    cached = { userId, areas };
  }
  return cached.areas;
}

async function reaches(areaId: number): Promise<boolean> {
  try {
    await listMeetings({ areaId, state: 'scheduled', from: '9999-12-31' });
    return true;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return false;
    throw error;
  }
}

async function load(): Promise<ReachableArea[]> {
  const networks = await Promise.all((await listNetworks()).map((n) => getNetwork(n.id)));
  const perNetwork = await Promise.all(
    networks.map(async (network) => {
      const neighbourhoods = network.neighbourhoods.map((n) => ({
        id: n.id,
        name: `${n.name} neighbourhood`,
        kind: 'neighbourhood' as const,
        network: network.name,
      }));
      if (await reaches(network.id)) {
        return [
          { id: network.id, name: network.name, kind: 'network' as const, network: network.name },
          ...neighbourhoods,
        ];
      }
      const within = await Promise.all(neighbourhoods.map(async (n) => ((await reaches(n.id)) ? n : null)));
      return within.filter((n): n is NonNullable<typeof n> => n !== null);
    }),
  );
  return perNetwork.flat();
}

/** Select options, one group per network. */
export function areaOptionGroups(areas: ReachableArea[]): OptionGroup[] {
  const groups = new Map<string, OptionGroup>();
  for (const a of areas) {
    const group = groups.get(a.network) ?? { label: a.network, options: [] };
    group.options.push({ value: String(a.id), text: a.kind === 'network' ? `${a.name} (whole network)` : a.name });
    groups.set(a.network, group);
  }
  return [...groups.values()];
}
