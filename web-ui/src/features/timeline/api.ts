// The timeline (filtered and paged) and the care team's notes.

import { request } from '../../core/api/client';
import type { NewNote, Note, TimelinePage, TimelineQuery } from './types';

const person = (id: number) => `/people/${encodeURIComponent(id)}`;

export function getTimeline(personId: number, query: TimelineQuery = {}): Promise<TimelinePage> {
  const params = new URLSearchParams();
  if (query.types?.length) params.set('types', query.types.join(','));
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.offset) params.set('offset', String(query.offset));
  if (query.limit) params.set('limit', String(query.limit));
  const search = params.toString();
  return request<TimelinePage>('GET', `${person(personId)}/timeline${search ? `?${search}` : ''}`);
}

export function listNotes(personId: number): Promise<Note[]> {
  return request<{ notes: Note[] }>('GET', `${person(personId)}/notes`).then((r) => r.notes);
}

export function addNote(personId: number, note: NewNote): Promise<Note> {
  return request<Note>('POST', `${person(personId)}/notes`, { body: note });
}

export function markNoteInError(personId: number, noteId: number, reason: string): Promise<Note> {
  return request<Note>('POST', `${person(personId)}/notes/${encodeURIComponent(noteId)}/entered-in-error`, {
    body: { reason },
  });
}
