// What changed between two versions of a plan, as the server says it: its
// plain-English sentences first, then each section's items added, removed and
// changed, with every changed field's old and new value.

import type {
  ActionOwner,
  CarePlanAction,
  CarePlanDiff,
  CarePlanGoal,
  CarePlanNeed,
  FieldChange,
  SectionChanges,
} from '../types';
import type { Person } from '../../people/types';
import { table } from '../../../core/components/tables';
import { h, type Child } from '../../../core/dom';
import { formatDate } from '../../../core/format';
import { actionStatusLabel, agreedHowLabel, agreedWithLabel, domainLabel, ownerText, type Vocabulary } from '../words';

const FIELD_WORDS: Record<string, string> = {
  description: 'What',
  domain: 'Area',
  inOwnWords: 'In their own words',
  measureOfSuccess: 'How success will be measured',
  needIds: 'The needs it meets',
  goalId: 'Goal',
  owner: 'Who',
  dueDate: 'Due date',
  status: 'Status',
  warningSigns: 'Warning signs',
  whatToDo: 'What to do',
  whoToContact: 'Who to contact',
  agreedWith: 'Agreed with',
  how: 'How it was agreed',
  agreedOn: 'Agreed on',
};

/** `labels` gives words for item ids (needs and goals), from the two versions. */
export function diffView(
  diff: CarePlanDiff,
  person: Person,
  vocabulary: Vocabulary,
  labels: Map<string, string> = new Map(),
): HTMLElement {
  const heading =
    diff.from === 0
      ? `What the first version (version ${diff.to}) holds`
      : `What changed from version ${diff.from} to version ${diff.to}`;
  const value = (field: string, v: unknown): string => valueText(field, v, person, vocabulary, labels);
  const parts: Child[] = [];
  const section = <T>(title: string, changes: SectionChanges<T>, words: (item: T) => string) => {
    if (!changes.added.length && !changes.removed.length && !changes.changed.length) return;
    parts.push(
      h(
        'section',
        { className: 'app-diff__part', 'data-testid': `diff-${title.toLowerCase()}` },
        h('h4', {}, title),
        changes.added.length
          ? [
              h('h5', {}, 'Added'),
              h(
                'ul',
                {},
                changes.added.map((i) => h('li', { className: 'app-diff__added' }, words(i))),
              ),
            ]
          : null,
        changes.removed.length
          ? [
              h('h5', {}, 'Removed'),
              h(
                'ul',
                {},
                changes.removed.map((i) => h('li', { className: 'app-diff__removed' }, words(i))),
              ),
            ]
          : null,
        changes.changed.map((c) => [h('h5', {}, `Changed: ${c.label}`), fieldsTable(c.fields, value)]),
      ),
    );
  };
  section<CarePlanNeed>('Needs', diff.needs, (n) => `${domainLabel(vocabulary, n.domain)}: ${n.description}`);
  section<CarePlanGoal>('Goals', diff.goals, (g) => `“${g.inOwnWords}”`);
  section<CarePlanAction>(
    'Actions',
    diff.actions,
    (a) => `${a.description}: ${ownerText(a.owner, person)}${a.dueDate ? `, by ${formatDate(a.dueDate)}` : ''}`,
  );
  if (diff.contingency.length)
    parts.push(
      h(
        'section',
        { className: 'app-diff__part' },
        h('h4', {}, 'If things get worse'),
        fieldsTable(diff.contingency, value),
      ),
    );
  if (diff.agreement.length)
    parts.push(
      h('section', { className: 'app-diff__part' }, h('h4', {}, 'Agreement'), fieldsTable(diff.agreement, value)),
    );
  if (diff.reviewDate) {
    parts.push(
      h(
        'section',
        { className: 'app-diff__part' },
        h('h4', {}, 'Review date'),
        fieldsTable([{ field: 'reviewDate', ...diff.reviewDate }], (_f, v) => (v ? formatDate(String(v)) : 'None')),
      ),
    );
  }
  return h(
    'section',
    { className: 'app-diff', 'aria-labelledby': 'diff-heading', 'data-testid': 'care-plan-diff' },
    h('h2', { id: 'diff-heading' }, heading),
    diff.changed
      ? h(
          'ul',
          { className: 'app-diff__sentences', 'data-testid': 'diff-sentences' },
          diff.sentences.map((s) => h('li', {}, s)),
        )
      : h('p', { 'data-testid': 'diff-sentences' }, 'Nothing changed between these versions.'),
    parts.length ? [h('h3', {}, 'In detail'), parts] : null,
  );
}

function fieldsTable(fields: FieldChange[], value: (field: string, v: unknown) => string): HTMLElement {
  return table<FieldChange>({
    columns: [
      { header: 'What', cell: (f) => FIELD_WORDS[f.field] ?? (f.field === 'reviewDate' ? 'Review date' : f.field) },
      { header: 'Was', cell: (f) => h('span', { className: 'app-multiline' }, value(f.field, f.from)) },
      { header: 'Now', cell: (f) => h('span', { className: 'app-multiline' }, value(f.field, f.to)) },
    ],
    rows: fields,
  });
}

function valueText(
  field: string,
  v: unknown,
  person: Person,
  vocabulary: Vocabulary,
  labels: Map<string, string>,
): string {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)) return 'Nothing';
  switch (field) {
    case 'owner':
      return ownerText(v as ActionOwner, person);
    case 'domain':
      return domainLabel(vocabulary, String(v));
    case 'status':
      return actionStatusLabel(vocabulary, String(v));
    case 'dueDate':
    case 'agreedOn':
    case 'reviewDate':
      return formatDate(String(v));
    case 'agreedWith':
      return agreedWithLabel(vocabulary, String(v));
    case 'how':
      return agreedHowLabel(vocabulary, String(v));
    case 'needIds':
      return (v as string[]).map((id) => labels.get(id) ?? id).join('; ');
    case 'goalId':
      return labels.get(String(v)) ?? String(v);
    default:
      return typeof v === 'string' ? v : JSON.stringify(v);
  }
}
