// Showing one version of a care plan: its status and review date (overdue
// highlighted), the person's goals in their own words as quotes, their needs,
// who does what by when, the crisis plan and how it was agreed.

import type { CarePlan, CarePlanAction, CarePlanContent, CarePlanGoal, CarePlanNeed } from '../types';
import type { Person } from '../../people/types';
import { table } from '../../../core/components/tables';
import { tag } from '../../../core/components/tag';
import { h, type Child } from '../../../core/dom';
import { formatDate, formatDateTime, todayIso } from '../../../core/format';
import {
  actionStatusTag,
  agreementText,
  domainLabel,
  ownerKindText,
  ownerText,
  planStatusTag,
  type Vocabulary,
} from '../words';

/** Who saved the version, when, and why; the status; the review date. */
export function planHeader(plan: CarePlan, vocabulary: Vocabulary): HTMLElement {
  return h(
    'div',
    { className: 'app-attribution', 'data-testid': 'care-plan-header' },
    h(
      'p',
      { className: 'nhsuk-u-margin-bottom-1' },
      plan.status ? planStatusTag(vocabulary, plan.status, 'plan-status') : null,
      ' ',
      `Version ${plan.version}`,
      plan.recordedBy ? `, saved by ${plan.recordedBy.displayName}` : '',
      plan.recordedAt ? ` on ${formatDateTime(plan.recordedAt)}` : '',
    ),
    plan.changeNote
      ? h('p', { className: 'app-secondary', 'data-testid': 'change-note' }, 'What changed: ', plan.changeNote)
      : null,
  );
}

/** The review date, highlighted when it is today or past. */
export function reviewLine(reviewDate: string | null, reviewDue: boolean): HTMLElement {
  if (!reviewDate) return h('p', { 'data-testid': 'review-date' }, 'No review date set.');
  const today = todayIso();
  if (reviewDue || reviewDate <= today) {
    const overdue = reviewDate < today;
    return h(
      'div',
      { className: 'app-review-due', 'data-testid': 'review-date', 'data-overdue': overdue ? 'true' : 'false' },
      tag(overdue ? 'Review overdue' : 'Review due today', 'red'),
      ' ',
      h('strong', {}, `Review date: ${formatDate(reviewDate)}`),
      h(
        'span',
        { className: 'app-secondary' },
        overdue
          ? 'The plan should have been looked at again with them by now.'
          : 'Look at the plan again with them today.',
      ),
    );
  }
  return h('p', { 'data-testid': 'review-date' }, 'Review by ', h('strong', {}, formatDate(reviewDate)));
}

export function planContent(
  content: CarePlanContent,
  person: Person,
  vocabulary: Vocabulary,
  level: 'h3' | 'h4' = 'h3',
): Node[] {
  const needs = new Map(content.needs.map((n) => [n.id, n]));
  const goals = new Map(content.goals.map((g) => [g.id, g]));
  return [
    h(
      'section',
      { className: 'app-plan__part', 'data-testid': 'plan-goals' },
      h(level, {}, `${person.givenName}’s goals, in their own words`),
      content.goals.length
        ? content.goals.map((g) => goalQuote(g, needs, vocabulary))
        : h('p', { className: 'app-secondary' }, 'No goals yet.'),
    ),
    h(
      'section',
      { className: 'app-plan__part', 'data-testid': 'plan-needs' },
      h(level, {}, 'What they would like help with'),
      content.needs.length
        ? table<CarePlanNeed>({
            testId: 'plan-needs-table',
            columns: [
              { header: 'Area', cell: (n) => domainLabel(vocabulary, n.domain) },
              { header: 'Need', cell: (n) => h('span', { className: 'app-multiline' }, n.description) },
            ],
            rows: content.needs,
          })
        : h('p', { className: 'app-secondary' }, 'No needs recorded.'),
    ),
    h(
      'section',
      { className: 'app-plan__part', 'data-testid': 'plan-actions' },
      h(level, {}, 'Who does what, by when'),
      content.actions.length
        ? actionsTable(content.actions, goals, person, vocabulary)
        : h('p', { className: 'app-secondary' }, 'No actions yet.'),
    ),
    h(
      'section',
      { className: 'app-plan__part', 'data-testid': 'plan-contingency' },
      h(level, {}, 'If things get worse'),
      contingencyList(content),
    ),
    h(
      'section',
      { className: 'app-plan__part', 'data-testid': 'plan-agreement' },
      h(level, {}, 'Agreement'),
      h('p', {}, agreementText(content.agreement, person, vocabulary)),
    ),
  ];
}

function goalQuote(g: CarePlanGoal, needs: Map<string, CarePlanNeed>, vocabulary: Vocabulary): HTMLElement {
  const linked = g.needIds.map((id) => needs.get(id)).filter((n): n is CarePlanNeed => Boolean(n));
  return h(
    'figure',
    { className: 'app-goal', 'data-testid': 'goal', 'data-id': g.id },
    h('blockquote', { className: 'app-goal__words' }, h('p', {}, `“${g.inOwnWords}”`)),
    g.measureOfSuccess || linked.length
      ? h(
          'figcaption',
          { className: 'app-goal__about' },
          g.measureOfSuccess
            ? h('p', { className: 'nhsuk-u-margin-bottom-1' }, 'How we will know: ', g.measureOfSuccess)
            : null,
          linked.length
            ? h(
                'p',
                { className: 'app-secondary nhsuk-u-margin-bottom-0' },
                `Meets: ${linked.map((n) => `${domainLabel(vocabulary, n.domain)} (${n.description})`).join('; ')}`,
              )
            : null,
        )
      : null,
  );
}

function actionsTable(
  actions: CarePlanAction[],
  goals: Map<string, CarePlanGoal>,
  person: Person,
  vocabulary: Vocabulary,
): HTMLElement {
  const today = todayIso();
  return table<CarePlanAction>({
    testId: 'plan-actions-table',
    columns: [
      {
        header: 'What',
        cell: (a) => [
          h('span', { className: 'app-multiline' }, a.description),
          a.goalId && goals.get(a.goalId)
            ? h('span', { className: 'app-secondary' }, `Towards: “${goals.get(a.goalId)!.inOwnWords}”`)
            : null,
        ],
      },
      {
        header: 'Who',
        cell: (a) => [
          ownerText(a.owner, person),
          h('span', { className: 'app-secondary' }, ownerKindText(a.owner, vocabulary)),
        ],
      },
      {
        header: 'By when',
        cell: (a): Child => {
          if (!a.dueDate) return 'No date';
          const late = a.dueDate < today && (a.status === 'planned' || a.status === 'in_progress');
          return h(
            'span',
            { className: `app-nowrap${late ? ' app-overdue' : ''}`, 'data-overdue': late ? 'true' : null },
            formatDate(a.dueDate),
            late ? [' ', tag('Overdue', 'red')] : null,
          );
        },
      },
      {
        header: 'Status',
        cell: (a) => actionStatusTag(vocabulary, a.status),
      },
    ],
    rows: actions,
  });
}

function contingencyList(content: CarePlanContent): Child {
  const c = content.contingency;
  const rows: Array<[string, string]> = [
    ['Warning signs', c.warningSigns],
    ['What to do', c.whatToDo],
    ['Who to contact', c.whoToContact],
  ];
  if (!rows.some(([, v]) => v.trim())) return h('p', { className: 'app-secondary' }, 'No crisis plan written yet.');
  return h(
    'dl',
    { className: 'nhsuk-summary-list' },
    rows.map(([key, value]) =>
      h(
        'div',
        { className: 'nhsuk-summary-list__row' },
        h('dt', { className: 'nhsuk-summary-list__key' }, key),
        h('dd', { className: 'nhsuk-summary-list__value app-multiline' }, value.trim() || 'Not written'),
      ),
    ),
  );
}

/** A whole version: header, review date, then the plan. */
export function planView(plan: CarePlan, person: Person, vocabulary: Vocabulary, level: 'h3' | 'h4' = 'h3'): Node[] {
  return [
    planHeader(plan, vocabulary),
    reviewLine(plan.reviewDate, plan.reviewDue),
    ...planContent(plan.content, person, vocabulary, level),
  ];
}
