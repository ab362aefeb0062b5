// About me: the current version, its versions, writing the next one, and the
// fixed vocabularies (communication needs, what a contact may see).

import type { AboutMe, AboutMeAttribution, AboutMeUpdate, AboutMeVocabulary } from './types';
import { request, requestOnce } from '../../core/api/client';

const person = (id: number) => `/people/${encodeURIComponent(id)}`;

/** The vocabularies change only with the server; asked for once per page load. */
export function getAboutMeVocabulary(): Promise<AboutMeVocabulary> {
  return requestOnce<AboutMeVocabulary>('/about-me/vocabulary');
}

export function getAboutMe(personId: number): Promise<AboutMe> {
  return request<AboutMe>('GET', `${person(personId)}/about-me`);
}

export function saveAboutMe(personId: number, update: AboutMeUpdate): Promise<AboutMe> {
  return request<AboutMe>('PUT', `${person(personId)}/about-me`, { body: update });
}

export function listAboutMeVersions(personId: number): Promise<AboutMeAttribution[]> {
  return request<{ versions: AboutMeAttribution[] }>('GET', `${person(personId)}/about-me/versions`).then(
    (r) => r.versions,
  );
}

export function getAboutMeVersion(personId: number, version: number): Promise<AboutMe> {
  return request<AboutMe>('GET', `${person(personId)}/about-me/versions/${encodeURIComponent(version)}`);
}
