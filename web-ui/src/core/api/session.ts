import { request } from './client';
import type { Session } from './types';

export function signIn(username: string, password: string): Promise<Session> {
  return request<Session>('POST', '/session', {
    body: { username, password },
    handleUnauthorised: false,
  });
}

export function currentSession(): Promise<Session> {
  return request<Session>('GET', '/session', { handleUnauthorised: false });
}

export function signOut(): Promise<void> {
  return request<void>('DELETE', '/session', { handleUnauthorised: false });
}
