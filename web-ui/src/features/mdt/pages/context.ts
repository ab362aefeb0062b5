// What the parts of a meeting's page share: the meeting as the server gave
// it, the page's error summary slot, and how to draw the page again.

import { ApiError } from '../../../core/api/problem';
import type { MeetingDetail } from '../types';
import { CONFLICT } from '../../../core/components/apiErrors';
import type { FormErrors } from '../../../core/components/formErrors';
import { sentence } from '../../../core/format';
import { can } from '../../../core/permissions';

export interface MeetingContext {
  meeting: MeetingDetail;
  errorSlot: HTMLElement;
  /** Draws the page again from the server's data. */
  reload(): void;
  url: URL;
}

/** Whether the user may change the meeting itself: its state and attendees. */
export function mayOrganise(m: MeetingDetail): boolean {
  return can('mdt:write') && m.you.organiser;
}

/** Whether the user may work on the case list, outcomes and minutes. */
export function mayTakePart(m: MeetingDetail): boolean {
  return can('mdt:write') && (m.you.participant || m.you.organiser);
}

/**
 * A 409 conflict from adding something (an attendee or a case) means it is
 * already there, not that the page is stale: shown against the field.
 */
export function showDuplicate(error: unknown, fields: FormErrors, field: string): boolean {
  if (error instanceof ApiError && error.status === 409 && error.is(CONFLICT)) {
    fields.show([{ field, message: sentence(error.problem.detail ?? 'It is already on the list') }]);
    return true;
  }
  return false;
}

/** A form inside a section of the page: its heading one level down (h3), under the section's h2. */
export function inSection<T extends HTMLElement>(form: T): T {
  const heading = form.querySelector('h2');
  if (heading) {
    const h3 = document.createElement('h3');
    h3.id = heading.id;
    h3.textContent = heading.textContent;
    heading.replaceWith(h3);
  }
  return form;
}
