// The signed-in user's session, held in memory only. The session cookie is
// HttpOnly; the CSRF token comes back from GET /api/v1/session after a reload.

import { currentSession } from './api/session';
import type { Session } from './api/types';

let current: Session | null = null;
let probed = false;

export function session(): Session | null {
  return current;
}

export function setSession(next: Session | null): void {
  current = next;
  probed = true;
}

/** Asks the server once whether the browser already has a session. */
export async function loadSession(): Promise<Session | null> {
  if (probed) return current;
  try {
    setSession(await currentSession());
  } catch {
    setSession(null);
  }
  return current;
}

export function csrfToken(): string | null {
  return current?.csrfToken ?? null;
}
