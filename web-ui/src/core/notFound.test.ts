import { describe, expect, it } from 'vitest';
import { renderNotFound } from './notFound';
import { installFakeClient } from './testing/fakeClient';
import { find, mountMain, textOf } from './testing/page';

describe('the not-found page', () => {
  it('says the page was not found, what to check, and links to the user’s networks, asking the server nothing', () => {
    const fake = installFakeClient();
    const main = mountMain();
    renderNotFound(main);
    expect(textOf(find(main, 'h1'))).toBe('Page not found');
    expect(textOf(main)).toContain('If you typed the web address, check it is correct.');
    expect(textOf(find(main, 'a[href="/"]'))).toBe('Go to your networks');
    expect(document.title).toMatch(/^Page not found - /);
    expect(fake.calls).toHaveLength(0);
  });
});
