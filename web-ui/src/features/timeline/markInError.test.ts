import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { openPersonPage } from '../people/testing';
import type { Note, TimelineEntry } from './types';

function aNote(overrides: Partial<Note> = {}): Note {
  return {
    id: 3,
    kind: 'phone_call',
    text: 'Spoke to Jane about the lunch club',
    writtenBy: 'Grace Hopper',
    writtenByUserId: 7,
    writtenAt: '2026-01-05T10:00:00Z',
    inError: false,
    ...overrides,
  };
}

const entry: TimelineEntry = {
  at: '2026-01-05T10:00:00Z',
  type: 'note',
  event: 'written',
  refId: 3,
  title: 'Phone call',
  detail: 'Spoke to Jane about the lunch club',
  by: 'Grace Hopper',
  inError: false,
};

describe('marking a note on the timeline as written in error', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs(); // user 7, who wrote note 3
    fake.on('GET', /^\/people\/1\/timeline/, {
      personId: 1,
      entries: [entry],
      offset: 0,
      limit: 20,
      hasMore: false,
      types: [{ code: 'note', label: 'Note', plural: 'Notes' }],
    });
  });

  const form = (main: HTMLElement) => find<HTMLFormElement>(main, '[data-testid="in-error-form"]');

  it('sends the reason for your own note, and draws the entry again struck through with it', async () => {
    fake.on('GET', '/people/1/notes', { notes: [aNote()] });
    fake.on(
      'POST',
      '/people/1/notes/3/entered-in-error',
      aNote({
        inError: true,
        enteredInError: { by: 'Grace Hopper', at: '2026-01-06T09:00:00Z', reason: 'Wrong person’s record' },
      }),
    );
    const main = await openPersonPage(fake, '/people/1/timeline');
    type(find<HTMLTextAreaElement>(main, '#in-error-3-reason'), 'Wrong person’s record');
    submit(form(main));
    await settle();
    expect(fake.callsTo('POST', '/people/1/notes/3/entered-in-error')[0]!.body).toEqual({
      reason: 'Wrong person’s record',
    });
    const item = find(main, '[data-testid="timeline-entry"][data-ref="3"]');
    expect(item.classList.contains('app-timeline__entry--in-error')).toBe(true);
    expect(textOf(find(item, '[data-testid="in-error"]'))).toBe('Written in error');
    expect(textOf(find(item, '[data-testid="in-error-reason"]'))).toContain(
      'Marked as written in error by Grace Hopper on 6 January 2026',
    );
    expect(textOf(find(item, '[data-testid="in-error-reason"]'))).toContain(': Wrong person’s record');
    expect(item.querySelector('[data-testid="in-error-form"]')).toBeNull();
  });

  it('needs a reason before anything is sent', async () => {
    fake.on('GET', '/people/1/notes', { notes: [aNote()] });
    const main = await openPersonPage(fake, '/people/1/timeline');
    submit(form(main));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Enter why the note was written in error');
    expect(fake.callsTo('POST', '/people/1/notes/3/entered-in-error')).toHaveLength(0);
  });

  it('shows the server’s refusal from its problem body', async () => {
    fake.on('GET', '/people/1/notes', { notes: [aNote()] });
    fake.fail('POST', '/people/1/notes/3/entered-in-error', {
      status: 403,
      title: 'Forbidden',
      detail: 'only the author may mark a note as written in error',
    });
    const main = await openPersonPage(fake, '/people/1/timeline');
    type(find<HTMLTextAreaElement>(main, '#in-error-3-reason'), 'Typo');
    submit(form(main));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain(
      'Only the author may mark a note as written in error.',
    );
    expect(main.querySelector('[data-testid="in-error-reason"]')).toBeNull();
  });

  it('is not offered for someone else’s note', async () => {
    fake.on('GET', '/people/1/notes', { notes: [aNote({ writtenByUserId: 9, writtenBy: 'Ada Lovelace' })] });
    const main = await openPersonPage(fake, '/people/1/timeline');
    expect(main.querySelector('[data-testid="in-error-form"]')).toBeNull();
  });
});
