// The care-plan editor's needs, goals and actions by the server's body paths
// (content.actions[2].owner.id), so that the server's errors are shown
// against the right input, named by the item's number.

import type { Field } from '../../../core/components/fields';
import { renamed } from '../../../core/components/recordFields';
import type { ActionItem, GoalItem, NeedItem } from './items';

export function itemFields(needs: NeedItem[], goals: GoalItem[], actions: ActionItem[]): Record<string, Field> {
  const map: Record<string, Field> = {};
  needs.forEach((n, i) => {
    const at = `content.needs[${i}]`;
    map[at] = renamed(n.description, `Need ${i + 1}`);
    map[`${at}.description`] = renamed(n.description, `Need ${i + 1}`);
    map[`${at}.domain`] = renamed(n.domain, `The area of need ${i + 1}`);
  });
  goals.forEach((g, i) => {
    const at = `content.goals[${i}]`;
    map[at] = renamed(g.words, `Goal ${i + 1}`);
    map[`${at}.inOwnWords`] = renamed(g.words, `Goal ${i + 1}`);
    map[`${at}.measureOfSuccess`] = renamed(g.measure, `How success will be measured for goal ${i + 1}`);
    if (g.needs) map[`${at}.needIds`] = renamed(g.needs, `The needs goal ${i + 1} meets`);
  });
  actions.forEach((a, i) => {
    const at = `content.actions[${i}]`;
    const picker = a.pickerMade();
    const ownerField = renamed(a.owner, `Who will do action ${i + 1}`);
    map[at] = renamed(a.description, `Action ${i + 1}`);
    map[`${at}.description`] = renamed(a.description, `Action ${i + 1}`);
    map[`${at}.goalId`] = renamed(a.goal, `The goal of action ${i + 1}`);
    map[`${at}.owner`] = ownerField;
    map[`${at}.owner.kind`] = ownerField;
    map[`${at}.owner.name`] =
      a.owner.value() === 'carer' ? renamed(a.carerName, `The carer’s name for action ${i + 1}`) : ownerField;
    map[`${at}.owner.id`] =
      a.owner.value() === 'other' && picker
        ? renamed(picker.who, `Who will do action ${i + 1}`)
        : a.owner.value() === 'known'
          ? renamed(a.known, `Who will do action ${i + 1}`)
          : ownerField;
    map[`${at}.dueDate`] = renamed(a.due, `The due date of action ${i + 1}`);
    map[`${at}.status`] = renamed(a.status, `The status of action ${i + 1}`);
  });
  return map;
}
