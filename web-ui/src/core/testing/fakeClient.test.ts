import { describe, expect, it } from 'vitest';
import { request } from '../api/client';
import { ApiError } from '../api/problem';
import { installFakeClient } from './fakeClient';

describe('FakeClient', () => {
  it('answers the API calls of the features through the one seam, and records them', async () => {
    const fake = installFakeClient().on('GET', '/people/1', { id: 1 });
    await expect(request('GET', '/people/1')).resolves.toEqual({ id: 1 });
    fake.on('PUT', /\/care-plan$/, (body) => ({ saved: body }));
    await expect(request('PUT', '/people/1/care-plan', { body: { v: 2 } })).resolves.toEqual({ saved: { v: 2 } });
    expect(fake.callsTo('PUT', '/people/1').map((c) => c.body)).toEqual([{ v: 2 }]);
  });

  it('throws the problem it was given, and fails loudly for an unexpected call', async () => {
    installFakeClient().fail('GET', '/x', { status: 409, title: 'Conflict' });
    await expect(request('GET', '/x')).rejects.toMatchObject({ status: 409 });
    const error = await request('GET', '/nowhere').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.title).toBe('No fake reply for GET /nowhere');
  });
});
