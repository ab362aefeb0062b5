// The care plan: the current version, saving a new one, the versions, the
// difference between two, the address of the person's printable copy, and
// the vocabulary (the codes a plan holds, with their words, and its limits).

import { API_BASE, request, requestOnce } from '../../core/api/client';
import type { CarePlan, CarePlanContentInput, CarePlanDiff, CarePlanVersions, CarePlanVocabulary } from './types';

const person = (id: number) => `/people/${encodeURIComponent(id)}`;

/** The vocabulary changes only with the server; asked for once per page load. */
export function getCarePlanVocabulary(): Promise<CarePlanVocabulary> {
  return requestOnce<CarePlanVocabulary>('/care-plans/vocabulary');
}

export function getCarePlan(personId: number): Promise<CarePlan> {
  return request<CarePlan>('GET', `${person(personId)}/care-plan`);
}

export function saveCarePlan(
  personId: number,
  body: { content: CarePlanContentInput; version: number; changeNote?: string },
): Promise<CarePlan> {
  return request<CarePlan>('PUT', `${person(personId)}/care-plan`, { body });
}

export function listCarePlanVersions(personId: number): Promise<CarePlanVersions> {
  return request<CarePlanVersions>('GET', `${person(personId)}/care-plan/versions`);
}

export function getCarePlanVersion(personId: number, version: number): Promise<CarePlan> {
  return request<CarePlan>('GET', `${person(personId)}/care-plan/versions/${encodeURIComponent(version)}`);
}

export function diffCarePlan(personId: number, from: number, to: number): Promise<CarePlanDiff> {
  return request<CarePlanDiff>(
    'GET',
    `${person(personId)}/care-plan/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
  );
}

/** The printable copy for the person (an HTML page of the server's), for a link. */
export function carePlanPrintUrl(personId: number, version?: number): string {
  return `${API_BASE}${person(personId)}/care-plan/print${version ? `?version=${encodeURIComponent(version)}` : ''}`;
}
