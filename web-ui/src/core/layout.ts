// The page frame: NHS header, width container and <main>.

import { signOut } from './api/session';
import type { User } from './api/types';
import { header, markCurrent, SERVICE_NAME } from './components/header';
import { h } from './dom';
import { navigate } from './router';
import { session, setSession } from './session';

let firstRender = true;

/** The header drawn for this user, kept from page to page (its design-system Header has no teardown). */
let drawn: { key: string; element: HTMLElement } | null = null;

function headerFor(user: User | null, path: string): HTMLElement {
  const key = JSON.stringify(user);
  if (drawn?.key === key) {
    markCurrent(drawn.element, path);
    return drawn.element;
  }
  drawn = { key, element: header({ user, currentPath: path, onSignOut: () => void doSignOut() }) };
  return drawn.element;
}

/** Replaces the page with an empty frame and returns its <main> to fill. */
export function renderLayout(path: string): HTMLElement {
  const main = h('main', { className: 'nhsuk-main-wrapper', id: 'maincontent', role: 'main', tabindex: '-1' });
  const app = document.getElementById('app')!;
  app.replaceChildren(headerFor(session()?.user ?? null, path), h('div', { className: 'nhsuk-width-container' }, main));
  // On moving to a new page, start screen readers and keyboards at its content.
  if (!firstRender) main.focus({ preventScroll: true });
  firstRender = false;
  window.scrollTo(0, 0);
  return main;
}

export function setTitle(text: string): void {
  document.title = `${text} - ${SERVICE_NAME}`;
}

async function doSignOut(): Promise<void> {
  try {
    await signOut();
  } catch {
    // The session may already have ended; either way we are signed out here.
  }
  setSession(null);
  navigate('/signin', { replace: true });
}
