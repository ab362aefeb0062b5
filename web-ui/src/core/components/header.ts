// The NHS header: logo and service name, the signed-in account with a
// Sign out button, and the service navigation. nhsuk-frontend's Header
// (core/nhsComponents.ts) moves the items that do not fit into its "More" menu.

import type { User } from '../api/types';
import { h } from '../dom';
import { userHas, type Permission } from '../permissions';
import { nhsLogo } from './nhsLogo';

export const SERVICE_NAME = 'Local care network';

export interface HeaderOptions {
  user: User | null;
  currentPath: string;
  onSignOut: () => void;
}

interface NavItem {
  href: string;
  text: string;
  matches: (path: string) => boolean;
  /** Shown only to roles with this permission. */
  permission?: Permission;
}

const NAV_ITEMS: NavItem[] = [
  { href: '/', text: 'Networks', matches: (p) => p === '/' || p.startsWith('/networks') },
  { href: '/people', text: 'Find a person', matches: (p) => p.startsWith('/people') },
  { href: '/tasks', text: 'Tasks', matches: (p) => p.startsWith('/tasks'), permission: 'person:read' },
  { href: '/worklist', text: 'Worklist', matches: (p) => p.startsWith('/worklist'), permission: 'worklist:read' },
  { href: '/reviews', text: 'Reviews', matches: (p) => p.startsWith('/reviews'), permission: 'mdt:read' },
  { href: '/mdt', text: 'MDT', matches: (p) => p === '/mdt' || p.startsWith('/mdt/'), permission: 'mdt:read' },
  { href: '/counts', text: 'Counts', matches: (p) => p.startsWith('/counts'), permission: 'counts:read' },
  { href: '/imports', text: 'Imports', matches: (p) => p.startsWith('/imports'), permission: 'register:import' },
];

export function header({ user, currentPath, onSignOut }: HeaderOptions): HTMLElement {
  const service = h(
    'div',
    { className: 'nhsuk-header__service' },
    h(
      'a',
      { className: 'nhsuk-header__service-logo', href: '/', 'aria-label': `NHS ${SERVICE_NAME} homepage` },
      nhsLogo(),
      h('span', { className: 'nhsuk-header__service-name' }, SERVICE_NAME),
    ),
  );

  const container = h('div', { className: 'nhsuk-header__container nhsuk-width-container' }, service);
  if (user) container.append(account(user, onSignOut));

  const el = h('header', { className: 'nhsuk-header', role: 'banner', 'data-module': 'nhsuk-header' }, container);
  if (user)
    el.append(
      navigation(
        currentPath,
        NAV_ITEMS.filter((item) => !item.permission || userHas(user, item.permission)),
      ),
    );
  return el;
}

function account(user: User, onSignOut: () => void): HTMLElement {
  const who = [user.displayName, user.roleLabel, user.organisation.name].filter(Boolean).join(', ');
  const signOut = h(
    'button',
    { className: 'nhsuk-header__account-button', type: 'button', 'data-testid': 'sign-out' },
    'Sign out',
  );
  signOut.addEventListener('click', onSignOut);
  return h(
    'nav',
    { className: 'nhsuk-header__account', 'aria-label': 'Account' },
    h(
      'ul',
      { className: 'nhsuk-header__account-list' },
      h('li', { className: 'nhsuk-header__account-item', 'data-testid': 'account-user' }, who),
      h('li', { className: 'nhsuk-header__account-item' }, signOut),
    ),
  );
}

function navigation(currentPath: string, navItems: NavItem[]): HTMLElement {
  const items = navItems.map((item) => {
    const link = h('a', { className: 'nhsuk-header__navigation-link', href: item.href });
    const li = h('li', { className: 'nhsuk-header__navigation-item' }, link);
    showCurrent(li, link, item, item.matches(currentPath));
    return li;
  });
  return h(
    'nav',
    { className: 'nhsuk-header__navigation', 'aria-label': 'Menu' },
    h(
      'div',
      { className: 'nhsuk-header__navigation-container nhsuk-width-container' },
      h(
        'ul',
        { className: 'nhsuk-header__navigation-list' },
        items,
        h(
          'li',
          { className: 'nhsuk-header__menu', hidden: true },
          h(
            'button',
            {
              className: 'nhsuk-header__menu-toggle nhsuk-header__navigation-link',
              id: 'toggle-menu',
              'aria-expanded': 'false',
            },
            h('span', { className: 'nhsuk-u-visually-hidden' }, 'Browse '),
            'More',
          ),
        ),
      ),
    ),
  );
}

function showCurrent(li: HTMLElement, link: HTMLAnchorElement, item: NavItem, current: boolean): void {
  li.classList.toggle('nhsuk-header__navigation-item--current', current);
  if (current) link.setAttribute('aria-current', 'page');
  else link.removeAttribute('aria-current');
  link.replaceChildren(
    current ? h('strong', { className: 'nhsuk-header__navigation-item-current-fallback' }, item.text) : item.text,
  );
}

/**
 * Marks the menu item of the page at `currentPath` in a header already drawn
 * (wherever the design system's Header moved it: the bar or its "More" menu),
 * so that the header, and its Header component, stay from page to page.
 */
export function markCurrent(header: HTMLElement, currentPath: string): void {
  for (const link of header.querySelectorAll<HTMLAnchorElement>('a.nhsuk-header__navigation-link')) {
    const item = NAV_ITEMS.find((i) => i.href === link.getAttribute('href'));
    const li = link.closest('li');
    if (item && li) showCurrent(li, link, item, item.matches(currentPath));
  }
}
