// The timeline page (/people/{id}/timeline?types=note,task&from=YYYY-MM-DD&to=YYYY-MM-DD):
// writing a note; filters by type and period, kept in the address so that a
// view can be bookmarked; the entries newest first, each linking to its record
// where LCN has a page for it, entries written in error struck through;
// "Show more" for the next page; and marking your own note as written in error.

import { addNote, getTimeline, listNotes, markNoteInError } from '../api';
import type { Note, NoteKind, TimelineEntry, TimelinePage, TimelineQuery } from '../types';
import { ApiError, type FieldError } from '../../../core/api/problem';
import { showApiError } from '../../../core/components/apiErrors';
import { dateField } from '../../../core/components/dateField';
import { showErrorSummary } from '../../../core/components/errorSummary';
import { textAreaField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { headedForm } from '../../../core/components/headedForm';
import { problemPanel } from '../../../core/components/problemPanel';
import { selectField } from '../../../core/components/selectField';
import { tag } from '../../../core/components/tag';
import { h } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { fieldMessage, formatDate, formatDateTime, sentence, todayIso } from '../../../core/format';
import { can } from '../../../core/permissions';
import { navigate } from '../../../core/router';
import { session } from '../../../core/session';
import { checkboxesField, readDate, setDate } from '../../../core/components/recordFields';
import { sectionPath, type SectionContext } from '../../people/section';
import { NOTE_KINDS, entryHref, typeLabel, typeSingular } from '../words';

const PAGE_SIZE = 20;

/** The filter in the address. */
function queryOf(url: URL): TimelineQuery {
  const types = (url.searchParams.get('types') ?? '').split(',').filter(Boolean);
  return {
    ...(types.length ? { types } : {}),
    ...(url.searchParams.get('from') ? { from: url.searchParams.get('from')! } : {}),
    ...(url.searchParams.get('to') ? { to: url.searchParams.get('to')! } : {}),
  };
}

export async function timelinePage(ctx: SectionContext): Promise<void> {
  const { person, body, url, errorSlot } = ctx;
  const query = queryOf(url);
  const filtered = Boolean(query.types || query.from || query.to);
  body.append(h('h2', {}, 'Timeline'));
  if (can('note:write')) body.append(noteForm(ctx));
  const loading = h('p', { className: 'app-loading' }, 'Loading the timeline…');
  body.append(loading);

  let page: TimelinePage;
  let notes: Map<number, Note>;
  try {
    const [p, n] = await Promise.all([
      getTimeline(person.id, { ...query, limit: PAGE_SIZE }),
      listNotes(person.id).catch(() => [] as Note[]),
    ]);
    page = p;
    notes = new Map(n.map((note) => [note.id, note]));
  } catch (error) {
    // A bad filter in the address: say what is wrong, and offer the filters again.
    if (error instanceof ApiError && error.status === 400) {
      const types = await getTimeline(person.id, { limit: 1 }).then(
        (p) => p.types,
        () => null,
      );
      if (types) {
        const problems = error.problem.errors ?? [];
        showErrorSummary(errorSlot, {
          heading: 'The filter in the address is not valid',
          items: problems.length
            ? problems.map((p) => ({ text: sentence(fieldMessage(filterName(p.field), p.message)) }))
            : [{ text: sentence(error.problem.detail ?? error.problem.title) }],
        });
        loading.replaceWith(filterForm(ctx, types, {}));
        return;
      }
    }
    loading.replaceWith(problemPanel(error, 'h2'));
    return;
  }

  const list = h('ol', { className: 'app-timeline', 'data-testid': 'timeline' });
  const status = h('p', { className: 'app-secondary', role: 'status', 'data-testid': 'timeline-count' });
  const more = h(
    'button',
    { className: 'nhsuk-button nhsuk-button--secondary', type: 'button', 'data-testid': 'show-more' },
    'Show more',
  );
  let shown = 0;
  const show = (p: TimelinePage) => {
    list.append(...p.entries.map((e) => entryItem(ctx, e, notes)));
    shown += p.entries.length;
    more.hidden = !p.hasMore;
    status.textContent = shown
      ? `Showing ${shown} ${shown === 1 ? 'entry' : 'entries'}${p.hasMore ? '; there are more' : ''}, newest first.`
      : '';
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const next = await getTimeline(person.id, { ...query, offset: shown, limit: PAGE_SIZE });
      const first = list.children.length;
      show(next);
      // Move to the first new entry, so keyboard users carry on from there.
      const title = list.children[first]?.querySelector<HTMLElement>('.app-timeline__title');
      if (title) {
        title.tabIndex = -1;
        title.focus();
      }
    } catch (error) {
      showApiError(errorSlot, error, { thing: 'timeline', reload: ctx.reload });
    } finally {
      more.disabled = false;
    }
  });
  show(page);
  loading.replaceWith(
    filterForm(ctx, page.types, query),
    page.entries.length
      ? h('div', {}, status, list, more)
      : h(
          'p',
          { 'data-testid': 'timeline-empty' },
          filtered
            ? 'Nothing matches these filters.'
            : `Nothing has happened in ${person.givenName}’s care in LCN yet.`,
        ),
  );
}

function filterName(field: string): string {
  return field === 'types' ? 'Type' : field === 'from' ? 'From' : field === 'to' ? 'To' : field;
}

function filterForm(ctx: SectionContext, types: string[], query: TimelineQuery): HTMLFormElement {
  const { person, errorSlot } = ctx;
  const chosen = query.types?.length ? query.types : types;
  const typeBoxes = checkboxesField({
    id: 'types',
    legend: 'Show',
    small: true,
    items: types.map((t) => ({ value: t, text: typeLabel(t) })),
    values: chosen,
  });
  const from = dateField({ id: 'from', legend: 'From (optional)', hint: 'For example, 1 4 2026' });
  const to = dateField({ id: 'to', legend: 'To (optional)' });
  setDate(from, query.from);
  setDate(to, query.to);
  const fields = new FormErrors(errorSlot, { types: typeBoxes, from, to });
  const filtered = Boolean(query.types || query.from || query.to);
  const form = h(
    'form',
    {
      novalidate: true,
      className: 'app-timeline-filters',
      'aria-labelledby': 'timeline-filters-heading',
      'data-testid': 'timeline-filters',
    },
    h('h3', { id: 'timeline-filters-heading' }, 'Filter the timeline'),
    typeBoxes.group,
    h('div', { className: 'app-inline-filters' }, from.group, to.group),
    h(
      'div',
      { className: 'nhsuk-button-group' },
      h('button', { className: 'nhsuk-button nhsuk-button--secondary', type: 'submit' }, 'Apply filters'),
      filtered
        ? h(
            'a',
            { className: 'nhsuk-link', href: sectionPath(person.id, 'timeline'), 'data-testid': 'clear-filters' },
            'Clear filters',
          )
        : null,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    const picked = typeBoxes.values();
    if (!picked.length) problems.push({ field: 'types', message: 'Choose at least one kind of entry to show' });
    const f = readDate(from);
    const t = readDate(to);
    if (!f.empty && !f.iso) problems.push({ field: 'from', message: 'The from date must be a real date' });
    if (!t.empty && !t.iso) problems.push({ field: 'to', message: 'The to date must be a real date' });
    if (f.iso && t.iso && t.iso < f.iso)
      problems.push({ field: 'to', message: 'The to date must be the same as or after the from date' });
    if (problems.length) {
      fields.show(problems);
      return;
    }
    const params = new URLSearchParams();
    if (picked.length < types.length) params.set('types', picked.join(','));
    if (f.iso) params.set('from', f.iso);
    if (t.iso) params.set('to', t.iso);
    const search = params.toString();
    navigate(`${sectionPath(person.id, 'timeline')}${search ? `?${search.replace(/%2C/g, ',')}` : ''}`);
  });
  return form;
}

function entryItem(ctx: SectionContext, e: TimelineEntry, notes: Map<number, Note>, justMarked = false): HTMLElement {
  const { person } = ctx;
  const href = entryHref(person.id, e);
  const note = e.type === 'note' ? notes.get(e.refId) : undefined;
  const mine = note && !note.inError && note.writtenByUserId === session()?.user.id;
  const when = h('time', { dateTime: e.at }, formatDateTime(e.at));
  // Marked in error here: the entry is drawn again in its place, so the user keeps their place in the list.
  const marked = (saved: Note) => {
    notes.set(saved.id, saved);
    const fresh = entryItem(ctx, { ...e, inError: true }, notes, true);
    item.replaceWith(fresh);
    fresh.querySelector<HTMLElement>('[data-testid="in-error-reason"]')?.focus();
  };
  const item = h(
    'li',
    {
      className: `app-timeline__entry${e.inError ? ' app-timeline__entry--in-error' : ''}`,
      'data-testid': 'timeline-entry',
      'data-type': e.type,
      'data-ref': String(e.refId),
    },
    h('p', { className: 'app-timeline__when' }, when, ' · ', typeSingular(e.type)),
    h(
      'h3',
      { className: 'app-timeline__title' },
      href ? h('a', { href }, e.title) : e.title,
      e.inError ? [' ', tag('Written in error', 'red', 'in-error')] : null,
    ),
    e.detail ? h('p', { className: 'app-timeline__detail app-multiline' }, e.detail) : null,
    e.by ? h('p', { className: 'app-secondary app-timeline__by' }, `By ${e.by}`) : null,
    note?.enteredInError
      ? h(
          'p',
          {
            className: 'app-timeline__in-error',
            'data-testid': 'in-error-reason',
            tabindex: justMarked ? '-1' : null,
            role: justMarked ? 'status' : null,
          },
          `Marked as written in error${note.enteredInError.by ? ` by ${note.enteredInError.by}` : ''} on ${formatDateTime(note.enteredInError.at)}${note.enteredInError.reason ? `: ${note.enteredInError.reason}` : ''}`,
        )
      : null,
    mine && can('note:write') ? inErrorForm(ctx, note, marked) : null,
  );
  return item;
}

function inErrorForm(
  { person, errorSlot, reload }: SectionContext,
  note: Note,
  marked: (saved: Note) => void,
): HTMLElement {
  const id = `in-error-${note.id}`;
  const reason = textAreaField({
    id: `${id}-reason`,
    label: 'Why was it written in error?',
    hint: 'For example, "Written in the wrong person’s record". The note stays, struck through, with your reason.',
    rows: 2,
  });
  const fields = new FormErrors(errorSlot, { reason });
  const button = h(
    'button',
    { className: 'nhsuk-button nhsuk-button--warning nhsuk-button--small', type: 'submit' },
    'Mark as written in error',
  );
  const form = h('form', { novalidate: true, 'data-testid': 'in-error-form' }, reason.group, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = reason.input.value.trim();
    if (!text) {
      fields.show([{ field: 'reason', message: 'Enter why the note was written in error' }]);
      return;
    }
    button.disabled = true;
    try {
      const saved = await markNoteInError(person.id, note.id, text);
      fields.clear();
      marked(saved);
    } catch (error) {
      showApiError(errorSlot, error, { thing: 'note', reload, fields });
    } finally {
      button.disabled = false;
    }
  });
  return h(
    'details',
    { className: 'nhsuk-details app-timeline__details' },
    h(
      'summary',
      { className: 'nhsuk-details__summary' },
      h('span', { className: 'nhsuk-details__summary-text' }, 'Mark this note as written in error'),
    ),
    h('div', { className: 'nhsuk-details__text' }, form),
  );
}

function noteForm({ person, errorSlot, reload }: SectionContext): HTMLFormElement {
  const kind = selectField({
    id: 'noteKind',
    label: 'What kind of note?',
    options: (Object.keys(NOTE_KINDS) as NoteKind[]).map((k) => ({ value: k, text: NOTE_KINDS[k] })),
    value: 'note',
  });
  const text = textAreaField({
    id: 'noteText',
    label: 'Note',
    hint: 'What happened, and anything the rest of the care team should know',
    rows: 4,
  });
  const fields = new FormErrors(errorSlot, { kind, text });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Save note');
  const form = headedForm(
    {
      id: 'new-note',
      heading: 'Write a note',
      intro: `The whole care team sees it on ${person.givenName}’s timeline. Notes are never deleted: you can mark your own as written in error.`,
      testId: 'new-note',
    },
    kind.group,
    text.group,
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const words = text.input.value.trim();
    if (!words) {
      fields.show([{ field: 'text', message: 'Enter the note' }]);
      return;
    }
    button.disabled = true;
    try {
      const saved = await addNote(person.id, { kind: kind.input.value as NoteKind, text: words });
      setFlash({
        heading: `${NOTE_KINDS[saved.kind] ?? 'Note'} saved`,
        body: `Written ${formatDate(todayIso())}; it is at the top of the timeline.`,
        testId: 'note-saved',
      });
      reload();
    } catch (error) {
      showApiError(errorSlot, error, { thing: 'note', reload, fields });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
