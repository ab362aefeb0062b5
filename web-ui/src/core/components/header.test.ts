import { describe, expect, it, vi } from 'vitest';
import type { User } from '../api/types';
import { textOf } from '../testing/page';
import { header, markCurrent } from './header';

const user: User = {
  id: 7,
  username: 'ana',
  displayName: 'Ana Analyst',
  role: 'analyst',
  roleLabel: 'Analyst',
  organisation: { id: 3, name: 'Borough Council', kind: 'adult_social_care' },
  permissions: ['counts:read'],
};

describe('header', () => {
  it('offers only the menu items the user’s permissions allow, and the design system’s More menu', () => {
    const el = header({ user, currentPath: '/counts', onSignOut: vi.fn() });
    const items = [...el.querySelectorAll('a.nhsuk-header__navigation-link')].map((a) => textOf(a));
    expect(items).toEqual(['Networks', 'Find a person', 'Counts']);
    expect(el.getAttribute('data-module')).toBe('nhsuk-header');
    expect(el.querySelector('li.nhsuk-header__menu[hidden] button.nhsuk-header__menu-toggle')).not.toBeNull();
    expect(textOf(el.querySelector('[data-testid="account-user"]'))).toBe('Ana Analyst, Analyst, Borough Council');
  });

  it('marks the current page, and moves the mark when the page changes', () => {
    const el = header({ user, currentPath: '/counts', onSignOut: vi.fn() });
    expect(textOf(el.querySelector('[aria-current="page"]'))).toBe('Counts');
    markCurrent(el, '/people/12');
    expect(textOf(el.querySelector('[aria-current="page"]'))).toBe('Find a person');
    expect(el.querySelectorAll('.nhsuk-header__navigation-item--current')).toHaveLength(1);
    expect(el.querySelector('a[href="/counts"] strong')).toBeNull();
  });
});
