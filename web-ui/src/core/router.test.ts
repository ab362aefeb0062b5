import { describe, expect, it } from 'vitest';
import { matchPath, safeNext } from './router';

describe('router', () => {
  it('matches path patterns and decodes parameters', () => {
    expect(matchPath('/people/:id/:section', '/people/12/care-plan')).toEqual({ id: '12', section: 'care-plan' });
    expect(matchPath('/people/:id', '/people/12/care-plan')).toBeNull();
    expect(matchPath('/mdt/new', '/mdt/7')).toBeNull();
    expect(matchPath('/tasks/:id', '/tasks/a%20b')).toEqual({ id: 'a b' });
  });

  it('returns after sign-in only to a local page', () => {
    expect(safeNext(new URL('http://x/signin?next=/worklist?page=2'))).toBe('/worklist?page=2');
    expect(safeNext(new URL('http://x/signin?next=//evil.example'))).toBe('/');
    expect(safeNext(new URL('http://x/signin?next=https://evil.example'))).toBe('/');
    expect(safeNext(new URL('http://x/signin?next=/signin'))).toBe('/');
  });
});
