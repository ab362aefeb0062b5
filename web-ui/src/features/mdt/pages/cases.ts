// A meeting's case list: each person with why they are discussed (and where
// the suggestion came from), a link to their record, and their outcome once
// recorded; taking someone off before the meeting is held. Below it, who the
// meeting might discuss (the server's suggestions: reviews due, open
// referrals, the area's worklist, each with its reasons), shown on request
// because looking at them is audited, and adding someone by hand with a reason.

import { addCase, getSuggestions, removeCase } from '../api';
import type { MdtCase, Suggestion } from '../types';
import { findPeople } from '../../people/api';
import { ApiError, type FieldError } from '../../../core/api/problem';
import { showApiError } from '../../../core/components/apiErrors';
import { textAreaField, textField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { headedForm } from '../../../core/components/headedForm';
import { problemPanel } from '../../../core/components/problemPanel';
import { table } from '../../../core/components/tables';
import { h, visuallyHidden, type Child } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { formatDate, formatNhsNumber, fullName, normaliseNhsNumber, sentence } from '../../../core/format';
import { navigate } from '../../../core/router';
import { inSection, mayTakePart, showDuplicate, type MeetingContext } from './context';
import { decisionLabel, sourceLabel } from '../words';

export function caseListSection(ctx: MeetingContext): HTMLElement {
  const m = ctx.meeting;
  const cases = m.cases ?? [];
  const takePart = mayTakePart(m);
  const open = m.state === 'scheduled' || m.state === 'held';
  const withheld = m.withheld ?? 0;

  const columns = [
    {
      header: 'Person',
      cell: (c: MdtCase) => [
        h('a', { href: `/people/${c.person.id}` }, fullName(c.person)),
        h('span', { className: 'app-secondary' }, `NHS number ${formatNhsNumber(c.person.nhsNumber)}`),
      ],
    },
    {
      header: 'Why',
      cell: (c: MdtCase) => [c.reason, h('span', { className: 'app-secondary' }, sourceLabel(c.source))],
    },
    { header: 'Outcome', cell: (c: MdtCase) => outcomeCell(c) },
    { header: 'Actions', cell: (c: MdtCase) => caseActions(ctx, c, takePart) },
  ];
  return h(
    'section',
    { 'aria-labelledby': 'cases-heading', 'data-testid': 'case-list' },
    h('h2', { id: 'cases-heading' }, 'Case list'),
    cases.length
      ? table<MdtCase>({ caption: `People to discuss (${cases.length})`, columns, rows: cases, testId: 'case-table' })
      : h('p', { 'data-testid': 'no-cases' }, 'Nobody is on the case list yet.'),
    withheld
      ? h(
          'p',
          { 'data-testid': 'cases-withheld' },
          `${withheld} ${withheld === 1 ? 'person on the list is' : 'people on the list are'} outside your care relationships, so not shown.`,
        )
      : '',
    m.state === 'scheduled' && takePart ? h('p', {}, 'Outcomes are recorded once the meeting is held.') : '',
    takePart && open ? suggestionsPanel(ctx) : '',
    takePart && open ? inSection(addByHandForm(ctx)) : '',
  );
}

function outcomeCell(c: MdtCase): Child {
  if (!c.outcome) return h('span', { 'data-testid': 'no-outcome' }, 'Not recorded yet');
  return [
    h('strong', {}, decisionLabel(c.outcome.decision)),
    c.outcome.nextReviewDate
      ? h('span', { className: 'app-secondary' }, `Next review ${formatDate(c.outcome.nextReviewDate)}`)
      : null,
    c.tasks.length
      ? h('span', { className: 'app-secondary' }, `${c.tasks.length} ${c.tasks.length === 1 ? 'action' : 'actions'}`)
      : null,
  ];
}

function caseActions(ctx: MeetingContext, c: MdtCase, takePart: boolean): Child {
  const m = ctx.meeting;
  const name = fullName(c.person);
  const link =
    m.state === 'held' && takePart
      ? h(
          'a',
          { href: `/mdt/${m.id}/cases/${c.id}` },
          c.outcome ? 'Change the outcome' : 'Record the outcome',
          visuallyHidden(` for ${name}`),
        )
      : h('a', { href: `/mdt/${m.id}/cases/${c.id}` }, 'View', visuallyHidden(` ${name}’s case`));
  if (m.state !== 'scheduled' || !takePart) return link;
  const remove = h(
    'button',
    {
      className:
        'nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0 nhsuk-u-margin-left-2',
      type: 'button',
    },
    'Remove',
    visuallyHidden(` ${name}`),
  );
  remove.addEventListener('click', async () => {
    remove.disabled = true;
    try {
      await removeCase(m.id, c.id);
      setFlash({ heading: `${name} taken off the case list`, testId: 'cases-saved' });
      ctx.reload();
    } catch (error) {
      showApiError(ctx.errorSlot, error, { thing: 'meeting', reload: ctx.reload });
      remove.disabled = false;
    }
  });
  return h('div', { className: 'app-nowrap' }, link, remove);
}

/** The server's suggestions, shown when asked for (?suggestions=show keeps them shown after adding one). */
function suggestionsPanel(ctx: MeetingContext): HTMLElement {
  const m = ctx.meeting;
  const panel = h('div', { 'data-testid': 'suggestions' });
  const here = new URL(ctx.url.href);
  const showing = here.searchParams.get('suggestions') === 'show';
  const intro = h(
    'p',
    {},
    'People registered at the area’s practices who are due a care plan or MDT review by the meeting’s day, have an open referral, or top its worklist. Looking at them is recorded in the audit log.',
  );
  const section = h(
    'section',
    { 'aria-labelledby': 'suggestions-heading' },
    h('h3', { id: 'suggestions-heading' }, 'Who to discuss: suggestions'),
    intro,
    panel,
  );
  if (!showing) {
    const button = h(
      'button',
      { className: 'nhsuk-button nhsuk-button--secondary', type: 'button' },
      'Show suggestions',
    );
    button.addEventListener('click', () => {
      here.searchParams.set('suggestions', 'show');
      navigate(here.pathname + here.search, { replace: true });
    });
    panel.append(button);
    return section;
  }
  panel.append(h('p', { className: 'app-loading' }, 'Loading suggestions…'));
  void getSuggestions(m.id).then(
    (s) => {
      const note = s.worklistAvailable
        ? null
        : h('p', {}, 'The worklist is still loading, so it is not among the suggestions yet.');
      if (!s.items.length) {
        panel.replaceChildren(
          h(
            'p',
            { 'data-testid': 'no-suggestions' },
            'There are no suggestions: nobody is due a review or has an open referral, and nobody else tops the worklist.',
          ),
          note ?? '',
        );
        return;
      }
      panel.replaceChildren(
        h(
          'p',
          { role: 'status' },
          `${s.items.length} ${s.items.length === 1 ? 'person' : 'people'} suggested, reviews due by ${formatDate(s.dueBy)} first.`,
        ),
        note ?? '',
        table<Suggestion>({
          caption: 'Suggested people',
          testId: 'suggestion-table',
          columns: [
            {
              header: 'Person',
              cell: (x) => [
                fullName(x.person),
                h('span', { className: 'app-secondary' }, `NHS number ${formatNhsNumber(x.person.nhsNumber)}`),
              ],
            },
            {
              header: 'Why',
              cell: (x) =>
                h(
                  'ul',
                  { className: 'nhsuk-list app-condition-list' },
                  x.reasons.map((r) =>
                    h('li', {}, h('span', { className: 'app-secondary' }, sourceLabel(r.source)), sentence(r.reason)),
                  ),
                ),
            },
            { header: 'Actions', cell: (x) => addSuggestionButton(ctx, x) },
          ],
          rows: s.items,
        }),
      );
    },
    (error) => {
      if (error instanceof ApiError && error.status === 403) {
        panel.replaceChildren(
          h(
            'p',
            {},
            sentence(error.problem.detail ?? 'Suggestions are for staff who work with every practice of the area.'),
          ),
        );
      } else {
        panel.replaceChildren(problemPanel(error, 'h2'));
      }
    },
  );
  return section;
}

function addSuggestionButton(ctx: MeetingContext, s: Suggestion): HTMLElement {
  const name = fullName(s.person);
  const button = h(
    'button',
    { className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0', type: 'button' },
    'Add',
    visuallyHidden(` ${name}`),
    ' to case list',
  );
  button.addEventListener('click', async () => {
    button.disabled = true;
    const reason = s.reasons.map((r) => sentence(r.reason)).join(' ');
    try {
      await addCase(ctx.meeting.id, { personId: s.person.id, reason, source: s.reasons[0]?.source ?? 'added_by_hand' });
      setFlash({ heading: `${name} added to the case list`, body: reason, testId: 'cases-saved' });
      ctx.reload();
    } catch (error) {
      showApiError(ctx.errorSlot, error, { thing: 'meeting', reload: ctx.reload });
      button.disabled = false;
    }
  });
  return button;
}

function addByHandForm(ctx: MeetingContext): HTMLFormElement {
  const nhsNumber = textField({
    id: 'caseNhsNumber',
    label: 'NHS number',
    hint: 'For example, 485 777 3456',
    widthClass: 'nhsuk-input--width-10',
    inputmode: 'numeric',
  });
  const reason = textAreaField({
    id: 'caseReason',
    label: 'Why discuss them',
    hint: 'What the meeting should know or decide, for example "Two falls this month; carer struggling"',
    rows: 3,
  });
  const fields = new FormErrors(ctx.errorSlot, { nhsNumber, personId: nhsNumber, reason });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Add to the case list');
  const form = headedForm(
    {
      id: 'add-case',
      heading: 'Add someone by hand',
      intro:
        'You need a relationship with them through their practice, your network role or their care team: the meeting’s chair and attendees can then see their record for the meeting.',
      testId: 'add-case',
    },
    nhsNumber.group,
    reason.group,
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const number = normaliseNhsNumber(nhsNumber.input.value);
    const why = reason.input.value.trim();
    const problems: FieldError[] = [];
    if (!number) problems.push({ field: 'nhsNumber', message: 'Enter their NHS number' });
    else if (!/^\d{10}$/.test(number)) problems.push({ field: 'nhsNumber', message: 'NHS number must be 10 digits' });
    if (!why) problems.push({ field: 'reason', message: 'Enter why the meeting should discuss them' });
    if (problems.length) {
      fields.show(problems);
      return;
    }
    button.disabled = true;
    try {
      const found = await findPeople({ nhsNumber: number });
      const person = found.items[0];
      if (!person) {
        fields.show([
          {
            field: 'nhsNumber',
            message: found.withheld
              ? 'This person is outside your care relationships, so you cannot add them'
              : 'No one with this NHS number is registered',
          },
        ]);
        return;
      }
      await addCase(ctx.meeting.id, { personId: person.id, reason: why, source: 'added_by_hand' });
      setFlash({ heading: `${fullName(person)} added to the case list`, body: why, testId: 'cases-saved' });
      ctx.reload();
    } catch (error) {
      if (!showDuplicate(error, fields, 'nhsNumber'))
        showApiError(ctx.errorSlot, error, { thing: 'meeting', reload: ctx.reload, fields });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
