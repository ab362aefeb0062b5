import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureClient, httpClient, requestOnce, useClient, type ApiClient } from './client';
import { ApiError } from './problem';

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
}

describe('httpClient', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    useClient(httpClient);
  });

  it('sends the CSRF token on state-changing requests only, under /api/v1', async () => {
    const fetch = vi.fn(async () => reply(200, { ok: true }));
    vi.stubGlobal('fetch', fetch);
    configureClient({ csrfToken: () => 'tok', onUnauthorised: () => undefined });
    await httpClient.request('GET', '/people/1');
    await httpClient.request('PUT', '/people/1/care-plan', { body: { a: 1 } });
    const [getUrl, get] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    const [, put] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(getUrl).toBe('/api/v1/people/1');
    expect((get.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
    expect((put.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
    expect(put.body).toBe('{"a":1}');
  });

  it('turns a problem body into an ApiError with its field errors and Retry-After', async () => {
    const problem = {
      type: '/problems/validation',
      title: 'Invalid',
      status: 400,
      errors: [{ field: 'x', message: 'is required' }],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => reply(400, problem, { 'Retry-After': '3' })),
    );
    const error = await httpClient.request('POST', '/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldError('x')).toBe('is required');
    expect((error as ApiError).retryAfterSeconds).toBe(3);
  });

  it('calls the unauthorised hook on a 401 unless told not to', async () => {
    const onUnauthorised = vi.fn();
    configureClient({ csrfToken: () => null, onUnauthorised });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => reply(401, { title: 'Unauthorised', status: 401 })),
    );
    await httpClient.request('GET', '/a').catch(() => undefined);
    await httpClient.request('GET', '/session', { handleUnauthorised: false }).catch(() => undefined);
    expect(onUnauthorised).toHaveBeenCalledTimes(1);
  });

  it('says the server cannot be reached when fetch fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    const error = (await httpClient.request('GET', '/a').catch((e: unknown) => e)) as ApiError;
    expect(error.problem.title).toBe('Cannot reach the server');
    expect(error.status).toBe(0);
  });
});

describe('requestOnce', () => {
  afterEach(() => useClient(httpClient));

  it('asks a client once per path, asks again after a failure, and asks a new client itself', async () => {
    let answer = 0;
    const ask = vi.fn(async () => ++answer);
    const first = { request: ask } as unknown as ApiClient;
    useClient(first);
    expect(await requestOnce('/things/vocabulary')).toBe(1);
    expect(await requestOnce('/things/vocabulary')).toBe(1);
    expect(ask).toHaveBeenCalledTimes(1);

    const fail = vi.fn(async () => Promise.reject(new Error('down')));
    useClient({ request: fail } as unknown as ApiClient);
    await expect(requestOnce('/things/vocabulary')).rejects.toThrow('down');
    await expect(requestOnce('/things/vocabulary')).rejects.toThrow('down');
    expect(fail).toHaveBeenCalledTimes(2);

    useClient(first);
    expect(await requestOnce('/things/vocabulary')).toBe(1);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
