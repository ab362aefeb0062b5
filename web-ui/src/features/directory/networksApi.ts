import { request } from '../../core/api/client';
import type { NetworkDetail, NetworkSummary } from './types';

export async function listNetworks(): Promise<NetworkSummary[]> {
  const page = await request<{ items: NetworkSummary[] }>('GET', '/networks');
  return page.items;
}

export function getNetwork(id: number): Promise<NetworkDetail> {
  return request<NetworkDetail>('GET', `/networks/${encodeURIComponent(id)}`);
}
