// Choose a member of staff from any organisation by part of their name or of
// their organisation's name (the staff directory, GET /staff): type, press
// "Find staff", then choose from the matches. Used for a meeting's chair and
// attendees. Pressing Enter in the search box searches rather than submitting
// the form around it.

import { findStaff, type StaffMember } from '../../directory/api';
import { ApiError } from '../../../core/api/problem';
import { textField, type Field } from '../../../core/components/fields';
import { selectField } from '../../../core/components/selectField';
import { staffRoleLabel } from '../../../core/staffRoles';
import { h } from '../../../core/dom';
import { sentence } from '../../../core/format';

export interface StaffSearch {
  element: HTMLElement;
  /** The choice, for error messages. */
  field: Field;
  /** The chosen member's user id, or 0. */
  value(): number;
  /** The chosen member's name. */
  label(): string;
}

export function staffSearch(o: {
  id: string;
  legend: string;
  hint?: string;
  /** Offered before any search, chosen at first (the signed-in user as chair, say). */
  initial?: { id: number; text: string };
}): StaffSearch {
  const query = textField({
    id: `${o.id}-q`,
    label: 'Name or organisation',
    hint: 'Part of their name or of their organisation’s name, for example "Okoye" or "district nursing"',
    widthClass: 'nhsuk-u-width-two-thirds',
  });
  query.input.type = 'search';
  const find = h(
    'button',
    { className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small', type: 'button' },
    'Find staff',
  );
  const status = h('p', { className: 'nhsuk-body-s', role: 'status', 'data-testid': `${o.id}-status` });
  const choice = selectField({
    id: o.id,
    label: 'Member of staff',
    options: o.initial
      ? [{ value: String(o.initial.id), text: o.initial.text }]
      : [{ value: '', text: 'Find someone first' }],
    value: o.initial ? String(o.initial.id) : '',
  });
  const names = new Map<number, string>();
  if (o.initial) names.set(o.initial.id, o.initial.text);

  let searches = 0;
  const search = async () => {
    const words = query.input.value.trim();
    if (!words) {
      status.textContent = 'Type part of a name first.';
      return;
    }
    const mine = ++searches;
    status.textContent = 'Searching…';
    find.disabled = true;
    let items: StaffMember[];
    try {
      items = await findStaff({ q: words, limit: 50 });
    } catch (error) {
      if (mine === searches) {
        status.textContent =
          error instanceof ApiError && error.status === 404
            ? 'This server has no staff directory to search.'
            : sentence(error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : 'The search failed');
      }
      return;
    } finally {
      find.disabled = false;
    }
    if (mine !== searches) return;
    const options: HTMLOptionElement[] = [];
    if (o.initial) options.push(h('option', { value: String(o.initial.id) }, o.initial.text));
    options.push(h('option', { value: '' }, items.length ? `Choose from ${items.length} found` : 'Nobody found'));
    for (const m of items) {
      if (o.initial && m.id === o.initial.id) continue;
      const text = `${m.displayName} (${[m.roleLabel || staffRoleLabel(m.role), m.organisationName].filter(Boolean).join(', ')})`;
      names.set(m.id, m.displayName);
      options.push(h('option', { value: String(m.id) }, text));
    }
    choice.input.replaceChildren(...options);
    choice.input.value = '';
    status.textContent = items.length ? `${items.length} found: choose one below.` : `Nobody found for “${words}”.`;
  };
  find.addEventListener('click', () => void search());
  query.input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void search();
    }
  });

  const hintId = `${o.id}-legend-hint`;
  const element = h(
    'fieldset',
    {
      className: 'nhsuk-fieldset nhsuk-u-margin-bottom-4',
      'aria-describedby': o.hint ? hintId : null,
      'data-testid': `${o.id}-search`,
    },
    h('legend', { className: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, o.legend),
    o.hint ? h('div', { className: 'nhsuk-hint', id: hintId }, o.hint) : null,
    query.group,
    h('div', { className: 'nhsuk-form-group' }, find, status),
    choice.group,
  );
  return {
    element,
    field: choice,
    value: () => Number(choice.input.value) || 0,
    label: () => names.get(Number(choice.input.value)) ?? choice.input.selectedOptions[0]?.text ?? '',
  };
}
