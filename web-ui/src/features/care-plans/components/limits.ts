// The server's limits on a plan (the vocabulary's `limits`): how many needs,
// goals and actions a plan may hold, and how long each text may be. The
// editor checks them before sending, with the words it uses for its other
// checks; the server refuses the same plans.

import type { CarePlanContentInput, CarePlanLimits } from '../types';
import type { FieldError } from '../../../core/api/problem';
import { formatCount } from '../../../core/format';

const encoder = new TextEncoder();

/** The problems with a plan (and its change note) that the server's limits refuse, by body path. */
export function limitProblems(content: CarePlanContentInput, changeNote: string, limits: CarePlanLimits): FieldError[] {
  const problems: FieldError[] = [];
  const { itemsPerSection, textLength } = limits;
  const needs = content.needs ?? [];
  const goals = content.goals ?? [];
  const actions = content.actions ?? [];
  const sections = [
    ['needs', needs.length],
    ['goals', goals.length],
    ['actions', actions.length],
  ] as const;
  for (const [section, count] of sections) {
    if (count > itemsPerSection)
      problems.push({
        field: `content.${section}`,
        message: `A plan can have up to ${formatCount(itemsPerSection)} ${section}: remove ${formatCount(count - itemsPerSection)}`,
      });
  }
  // The server counts the bytes of the UTF-8 text.
  const texts: Array<[string, string, string | null | undefined]> = [
    ...needs.map((n, i): [string, string, string] => [
      `content.needs[${i}].description`,
      `Need ${i + 1}`,
      n.description,
    ]),
    ...goals.flatMap((g, i): Array<[string, string, string | null | undefined]> => [
      [`content.goals[${i}].inOwnWords`, `Goal ${i + 1}`, g.inOwnWords],
      [`content.goals[${i}].measureOfSuccess`, `How success will be measured for goal ${i + 1}`, g.measureOfSuccess],
    ]),
    ...actions.flatMap((a, i): Array<[string, string, string | null | undefined]> => [
      [`content.actions[${i}].description`, `Action ${i + 1}`, a.description],
      [`content.actions[${i}].owner.name`, `The carer’s name for action ${i + 1}`, a.owner.name],
    ]),
    ['content.contingency.warningSigns', 'Warning signs', content.contingency?.warningSigns],
    ['content.contingency.whatToDo', 'What to do', content.contingency?.whatToDo],
    ['content.contingency.whoToContact', 'Who to contact', content.contingency?.whoToContact],
    ['changeNote', 'What changed and why', changeNote],
  ];
  for (const [field, name, text] of texts) {
    if (text && encoder.encode(text).length > textLength)
      problems.push({ field, message: `${name} must be ${formatCount(textLength)} characters or fewer` });
  }
  return problems;
}
