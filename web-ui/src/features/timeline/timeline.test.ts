import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, settle, signInAs, submit, textOf } from '../../core/testing/page';
import { openPersonPage } from '../people/testing';
import type { TimelineEntry, TimelinePage } from './types';

function anEntry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    at: '2026-01-05T10:00:00Z',
    type: 'note',
    event: 'written',
    refId: 3,
    title: 'Phone call',
    detail: 'Spoke to Jane about the lunch club',
    by: 'Grace Hopper',
    inError: false,
    ...overrides,
  };
}

function aPage(entries: TimelineEntry[], hasMore = false): TimelinePage {
  return {
    personId: 1,
    entries,
    offset: 0,
    limit: 20,
    hasMore,
    types: [
      { code: 'note', label: 'Note', plural: 'Notes' },
      { code: 'task', label: 'Task', plural: 'Tasks' },
      { code: 'care_plan', label: 'Care plan', plural: 'Care plan' },
    ],
  };
}

describe('timeline', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/people/1/notes', { notes: [] });
  });

  it('shows everything in the person’s care, newest first, with who and what', async () => {
    fake.on(
      'GET',
      /^\/people\/1\/timeline/,
      aPage([
        anEntry(),
        anEntry({ type: 'task', title: 'Task created: Check her blood pressure', detail: null, refId: 11 }),
      ]),
    );
    const main = await openPersonPage(fake, '/people/1/timeline');
    const text = textOf(main);
    expect(text).toContain('Spoke to Jane about the lunch club');
    expect(text).toContain('Task created: Check her blood pressure');
    expect(text).toContain('Grace Hopper');
  });

  it('names entry types in the server’s words: filters by the plural, each entry by the singular', async () => {
    fake.on(
      'GET',
      /^\/people\/1\/timeline/,
      aPage([anEntry({ type: 'task', title: 'Check her blood pressure', refId: 11 })]),
    );
    const main = await openPersonPage(fake, '/people/1/timeline');
    const text = textOf(main);
    expect(text).toContain('Notes');
    expect(text).toContain('Tasks');
    expect(main.querySelector('.app-timeline__when')?.textContent).toMatch(/· Task$/);
  });

  it('keeps the filters in the address it asks the server with', async () => {
    fake.on('GET', /^\/people\/1\/timeline/, aPage([]));
    await openPersonPage(fake, '/people/1/timeline?types=note&from=2026-01-01');
    const asked = fake.callsTo('GET', '/people/1/timeline').map((c) => c.path);
    expect(asked.some((p) => p.includes('types=note') && p.includes('from=2026-01-01'))).toBe(true);
  });

  it('a note needs its words before it is sent', async () => {
    fake.on('GET', /^\/people\/1\/timeline/, aPage([anEntry()]));
    const main = await openPersonPage(fake, '/people/1/timeline');
    submit(find<HTMLFormElement>(main, '[data-testid="new-note"]'));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Enter the note');
    expect(fake.callsTo('POST', '/people/1/notes')).toHaveLength(0);
  });
});
