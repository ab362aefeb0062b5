// Enrolment in care coordination: read and change a person's enrolment.

import { request } from '../../core/api/client';
import type { Enrolment, EnrolmentUpdate } from './types';

const person = (id: number) => `/people/${encodeURIComponent(id)}`;

export function getEnrolment(personId: number): Promise<Enrolment> {
  return request<Enrolment>('GET', `${person(personId)}/enrolment`);
}

export function changeEnrolment(personId: number, change: EnrolmentUpdate): Promise<Enrolment> {
  return request<Enrolment>('PUT', `${person(personId)}/enrolment`, { body: change });
}
