import { request } from '../../core/api/client';
import type { BreakGlassGrant, PeopleResult, Person, PersonQuery } from './types';

export function findPeople(query: PersonQuery): Promise<PeopleResult> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  return request<PeopleResult>('GET', `/people?${params.toString()}`);
}

export function getPerson(id: number): Promise<Person> {
  return request<Person>('GET', `/people/${encodeURIComponent(id)}`);
}

export function breakGlass(personId: number, reason: string): Promise<BreakGlassGrant> {
  return request<BreakGlassGrant>('POST', `/people/${encodeURIComponent(personId)}/break-glass`, {
    body: { reason },
  });
}
