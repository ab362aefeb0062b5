// A success message carried to the next page (after saving, the app moves to
// the saved thing and says so there). In memory: a reload does not repeat it.

import { notificationBanner } from './components/callouts';
import { h } from './dom';

interface Flash {
  heading: string;
  body?: string;
  testId: string;
}

let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

/** The pending message as a success banner, once; null when there is none. */
export function takeFlash(): HTMLElement | null {
  const flash = pending;
  pending = null;
  if (!flash) return null;
  return notificationBanner(
    { title: 'Success', heading: flash.heading, success: true, testId: flash.testId },
    flash.body ? h('p', {}, flash.body) : null,
  );
}
