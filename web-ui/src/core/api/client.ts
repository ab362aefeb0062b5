// The one place that talks HTTP to the LCN server.
// - same-origin cookies carry the session;
// - every state-changing request carries the X-CSRF-Token header;
// - every error becomes an ApiError holding the server's problem body;
// - a 401 (session ended) calls the unauthorised hook, which goes to sign-in.
// Every feature's api.ts calls request() (or requestOnce() for what changes
// only with the server), which goes through the active ApiClient: the HTTP
// one here, or a fake in the unit tests (useClient).

import { ApiError, toProblem } from './problem';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** Set false where a 401 is an expected answer (signing in, session probe). */
  handleUnauthorised?: boolean;
}

interface ClientHooks {
  csrfToken: () => string | null;
  onUnauthorised: () => void;
}

let hooks: ClientHooks = { csrfToken: () => null, onUnauthorised: () => undefined };

export function configureClient(next: ClientHooks): void {
  hooks = next;
}

export const API_BASE = '/api/v1';

/** What the features' API calls need of a client: the seam the unit tests replace. */
export interface ApiClient {
  request<T>(method: Method, path: string, options?: RequestOptions): Promise<T>;
}

/** The real client, over fetch. */
export const httpClient: ApiClient = { request: httpRequest };

let active: ApiClient = httpClient;

/** Sets the client every API call goes through (tests install a fake). */
export function useClient(client: ApiClient): void {
  active = client;
}

export function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  return active.request<T>(method, path, options);
}

const kept = new WeakMap<ApiClient, Map<string, Promise<unknown>>>();

/**
 * A GET whose answer changes only with the server (a vocabulary): asked once
 * per client, so once per page load; a failed answer is not kept, so the next
 * call asks again. Each test's fake client asks for itself.
 */
export function requestOnce<T>(path: string): Promise<T> {
  const client = active;
  const answers = kept.get(client) ?? new Map<string, Promise<unknown>>();
  kept.set(client, answers);
  let answer = answers.get(path) as Promise<T> | undefined;
  if (!answer) {
    answer = client.request<T>('GET', path).catch((error: unknown) => {
      answers.delete(path);
      throw error;
    });
    answers.set(path, answer);
  }
  return answer;
}

async function httpRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A FormData body (file uploads) gets its multipart Content-Type from fetch.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = hooks.csrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: isForm ? (options.body as FormData) : options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({
      type: '/problems/network',
      title: 'Cannot reach the server',
      status: 0,
      detail: 'Check your connection and try again.',
    });
  }

  const body = await readBody(response);
  if (response.ok) return body as T;

  const retryAfter = Number(response.headers.get('Retry-After'));
  const error = new ApiError(
    toProblem(response.status, response.statusText, body),
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
  if (response.status === 401 && options.handleUnauthorised !== false) hooks.onUnauthorised();
  throw error;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
