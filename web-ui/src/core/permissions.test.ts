import { describe, expect, it } from 'vitest';
import openapi from '../../openapi.json?raw';
import { ALL_PERMISSIONS } from './permissions';

describe('permissions', () => {
  it('every permission the web UI asks about is one the server declares (x-permissions of its document)', () => {
    const document = JSON.parse(openapi) as { 'x-permissions': Array<{ name: string }> };
    const declared = document['x-permissions'].map((p) => p.name);
    expect(declared.length).toBeGreaterThan(0);
    expect(ALL_PERMISSIONS.filter((p) => !declared.includes(p))).toEqual([]);
  });
});
