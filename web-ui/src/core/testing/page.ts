// Helpers for page tests: a signed-in user, an empty page to render into,
// waiting for the page's API calls, and reading what a user would see.
// Only tests import this file.

import type { Session, User } from '../api/types';
import { setSession } from '../session';
import { ALL_PERMISSIONS, type Permission } from '../permissions';

/** Signs in a user with these permissions (all of them by default). */
export function signInAs(overrides: Partial<User> & { permissions?: Permission[] } = {}): User {
  const user: User = {
    id: 7,
    username: 'grace',
    displayName: 'Grace Hopper',
    role: 'care_coordinator',
    roleLabel: 'Care coordinator',
    organisation: { id: 3, name: 'Riverside Surgery', kind: 'gp_practice' },
    permissions: [...ALL_PERMISSIONS],
    ...overrides,
  };
  const session: Session = { user, csrfToken: 'test-token' };
  setSession(session);
  return user;
}

/** A fresh <div id="app"> with a <main> inside, as the layout makes. */
export function mountMain(): HTMLElement {
  document.body.replaceChildren();
  const app = document.createElement('div');
  app.id = 'app';
  const main = document.createElement('main');
  app.append(main);
  document.body.append(app);
  return main;
}

/** Opens a page at an address as the router would (the address in the location bar), and waits for it to draw. */
export async function openPage(
  render: (main: HTMLElement, url: URL) => void | Promise<void>,
  address: string,
): Promise<HTMLElement> {
  const url = new URL(address, 'http://lcn.test');
  history.replaceState(null, '', url.pathname + url.search);
  const main = mountMain();
  await render(main, url);
  await settle();
  return main;
}

/** Lets pending promises (the fake's answers and what the page does with them) settle. */
export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** An element's text as a user reads it: whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element matching `selector`, or a failure naming it. */
export function find<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const el = root.querySelector<E>(selector);
  if (!el) throw new Error(`Nothing matches ${selector}`);
  return el;
}

/** The button or link whose text is `text`. */
export function byText<E extends HTMLElement = HTMLElement>(root: ParentNode, selector: string, text: string): E {
  const el = [...root.querySelectorAll<E>(selector)].find((e) => textOf(e) === text);
  if (!el) throw new Error(`No ${selector} reads "${text}"`);
  return el;
}

/** Types into an input or text area as a user would (value, then input and change events). */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Submits a form as pressing its submit button would. */
export function submit(form: HTMLFormElement): void {
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}
