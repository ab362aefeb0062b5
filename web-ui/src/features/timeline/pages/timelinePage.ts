// The timeline page (/people/{id}/timeline?types=note,task&from=YYYY-MM-DD&to=YYYY-MM-DD):
// writing a note; filters by type and period, kept in the address so that a
// view can be bookmarked; the entries newest first, each linking to its record
// where LCN has a page for it, entries written in error struck through;
// "Show more" for the next page; and marking your own note as written in error.

import { getTimeline, listNotes } from '../api';
import type { Note, TimelineEntry, TimelinePage, TimelineQuery, TimelineType } from '../types';
import { ApiError, type FieldError } from '../../../core/api/problem';
import { showApiError } from '../../../core/components/apiErrors';
import { dateField } from '../../../core/components/dateField';
import { showErrorSummary } from '../../../core/components/errorSummary';
import { FormErrors } from '../../../core/components/formErrors';
import { problemPanel } from '../../../core/components/problemPanel';
import { tag } from '../../../core/components/tag';
import { h } from '../../../core/dom';
import { fieldMessage, formatDateTime, sentence } from '../../../core/format';
import { can } from '../../../core/permissions';
import { navigate } from '../../../core/router';
import { session } from '../../../core/session';
import { checkboxesField, readDate, setDate } from '../../../core/components/recordFields';
import { sectionPath, type SectionContext } from '../../people/section';
import { entryHref, typeWords } from '../words';
import { inErrorForm, noteForm } from './noteForms';

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
  const words = typeWords(page.types);
  const show = (p: TimelinePage) => {
    list.append(...p.entries.map((e) => entryItem(ctx, e, notes, words)));
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

function filterForm(ctx: SectionContext, types: TimelineType[], query: TimelineQuery): HTMLFormElement {
  const { person, errorSlot } = ctx;
  const chosen = query.types?.length ? query.types : types.map((t) => t.code);
  const typeBoxes = checkboxesField({
    id: 'types',
    legend: 'Show',
    small: true,
    items: types.map((t) => ({ value: t.code, text: t.plural })),
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

function entryItem(
  ctx: SectionContext,
  e: TimelineEntry,
  notes: Map<number, Note>,
  words: Map<string, TimelineType>,
  justMarked = false,
): HTMLElement {
  const { person } = ctx;
  const href = entryHref(person.id, e);
  const note = e.type === 'note' ? notes.get(e.refId) : undefined;
  const mine = note && !note.inError && note.writtenByUserId === session()?.user.id;
  const when = h('time', { dateTime: e.at }, formatDateTime(e.at));
  // Marked in error here: the entry is drawn again in its place, so the user keeps their place in the list.
  const marked = (saved: Note) => {
    notes.set(saved.id, saved);
    const fresh = entryItem(ctx, { ...e, inError: true }, notes, words, true);
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
    h('p', { className: 'app-timeline__when' }, when, ' · ', words.get(e.type)?.label ?? e.type),
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
