// What a section of the person page is. Each feature with a section has one
// file, features/<feature>/personSection.ts, exporting `section`;
// pages/sections.ts finds them by itself, so adding a section (About me, care
// plan, timeline, ...) is adding one file. This is the people feature's
// contract for other features, like its api.ts and types.ts.

import type { Enrolment } from '../enrolment/types';
import type { Person } from './types';

export interface SectionContext {
  person: Person;
  /** The address's segments after the section's own: /people/7/assessments/12 gives ['12']. */
  rest: string[];
  url: URL;
  /** Where the section draws, below the person's header and the section navigation. */
  body: HTMLElement;
  /** The page's error summary goes here, at the top of the page. */
  errorSlot: HTMLElement;
  /** The person's enrolment, loaded once for the header (null when it could not be read). */
  enrolment: Promise<Enrolment | null>;
  /** Tells the header that the enrolment changed. */
  enrolmentChanged(enrolment: Enrolment): void;
  /** Draws the page again from the server's data (after a conflict, say). */
  reload(): void;
  /** Sets the browser title to "<text> - <person's name>". */
  setTitle(text: string): void;
}

export interface PersonSection {
  /** The address: '' for /people/{id}, 'assessments' for /people/{id}/assessments. */
  slug: string;
  /** The section navigation's words. */
  title: string;
  /** Place in the section navigation, lowest first (Summary 10, About me 20, ...). */
  order: number;
  /** Whether the signed-in user is offered the section (default: everyone who may see the person). */
  available?: () => boolean;
  render(context: SectionContext): void | Promise<void>;
}

/** The address of a section of a person's page, with optional further segments. */
export function sectionPath(personId: number, slug: string, ...rest: Array<string | number>): string {
  return [`/people/${personId}`, slug, ...rest.map(String)].filter(Boolean).join('/');
}
