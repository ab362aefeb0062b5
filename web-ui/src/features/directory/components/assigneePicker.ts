// Choose a member of staff, a team or a whole organisation, from any
// organisation: narrow the organisations by typing part of a name, choose one,
// then choose who there (the whole organisation, one of its teams, or a named
// member of its staff from the staff directory, in a team or not). Used to add
// to a care team and to assign tasks.

import type { Assignee } from '../../care-team/types';
import {
  findStaff,
  getOrganisation,
  getTeam,
  listOrganisations,
  listTeams,
  type DirectoryOrganisation,
  type StaffMember,
} from '../api';
import { textField, type Field } from '../../../core/components/fields';
import { selectField, type OptionGroup } from '../../../core/components/selectField';
import { staffRoleLabel } from '../../../core/staffRoles';
import { h } from '../../../core/dom';

const KIND_LABELS: Record<string, string> = {
  gp_practice: 'GP practices',
  gp_federation: 'GP federations and primary care networks',
  acute_trust: 'NHS hospital and community trusts',
  community_trust: 'NHS community trusts',
  mental_health_trust: 'NHS mental health trusts',
  adult_social_care: 'Councils (adult social care)',
  voluntary_organisation: 'Voluntary and community organisations',
  care_home: 'Care homes',
  pharmacy: 'Pharmacies',
  healthwatch: 'Healthwatch',
  ambulance_service: 'Ambulance services',
  integrated_care_board: 'Integrated care boards',
};
const KIND_ORDER = Object.keys(KIND_LABELS);

export interface AssigneePicker {
  element: HTMLElement;
  organisation: Field;
  who: Field;
  /** The choice, or null while incomplete. */
  value(): Assignee | null;
  /** The chosen organisation's id, or 0. */
  organisationId(): number;
  /** The chosen member's name, for messages. */
  label(): string;
  /** Resolves when the organisations have loaded. */
  ready: Promise<void>;
}

export function assigneePicker(o: { id: string; legend: string; hint?: string }): AssigneePicker {
  const filter = textField({
    id: `${o.id}-search`,
    label: 'Search for an organisation (optional)',
    hint: 'Type part of its name or of one of its teams’ names to shorten the list below, for example "Age UK" or "district nursing"',
    widthClass: 'nhsuk-u-width-two-thirds',
  });
  filter.input.type = 'search';
  const organisation = selectField({
    id: `${o.id}-organisation`,
    label: 'Organisation',
    options: [{ value: '', text: 'Loading organisations…' }],
  });
  const who = selectField({
    id: `${o.id}-who`,
    label: 'Who at this organisation',
    options: [{ value: '', text: 'Choose an organisation first' }],
  });
  who.input.disabled = true;
  const status = h('p', { className: 'nhsuk-u-visually-hidden', role: 'status', 'data-testid': `${o.id}-status` });

  let all: DirectoryOrganisation[] = [];
  /** Each organisation's name and its teams' names, lower case, to search. */
  const searchText = new Map<number, string>();
  const showOrganisations = () => {
    const words = filter.input.value.trim().toLowerCase();
    const matching = all.filter((org) => !words || (searchText.get(org.id) ?? '').includes(words));
    const chosen = organisation.input.value;
    organisation.input.replaceChildren(
      h(
        'option',
        { value: '' },
        matching.length ? `Choose an organisation (${matching.length})` : 'No organisation matches your search',
      ),
      ...groupByKind(matching).map((g) =>
        h(
          'optgroup',
          { label: g.label },
          g.options.map((opt) => h('option', { value: opt.value, selected: opt.value === chosen }, opt.text)),
        ),
      ),
    );
    status.textContent = `${matching.length} ${matching.length === 1 ? 'organisation matches' : 'organisations match'}`;
    if (organisation.input.value !== chosen) void showWho();
  };

  let loadCount = 0;
  const showWho = async () => {
    const id = Number(organisation.input.value);
    const mine = ++loadCount;
    if (!id) {
      who.input.replaceChildren(h('option', { value: '' }, 'Choose an organisation first'));
      who.input.disabled = true;
      return;
    }
    who.input.disabled = true;
    who.input.replaceChildren(h('option', { value: '' }, 'Loading its teams and staff…'));
    const [org, directory] = await Promise.all([
      getOrganisation(id),
      findStaff({ organisationId: id, limit: 100 }).catch((): StaffMember[] | null => null),
    ]);
    const teams = await Promise.all(org.teams.map((t) => getTeam(t.id)));
    if (mine !== loadCount) return; // another organisation was chosen meanwhile
    // The staff directory names everyone in a caring role, in a team or not;
    // each is shown with their first team. Without it, the teams' members.
    const teamOf = new Map<number, string>();
    for (const team of teams) for (const m of team.members) if (!teamOf.has(m.id)) teamOf.set(m.id, team.name);
    const members =
      directory ??
      teams.flatMap((t) =>
        t.members.map((m) => ({ id: m.id, displayName: m.displayName, role: m.role, roleLabel: '' })),
      );
    const staff = new Map<number, string>();
    for (const m of members) {
      if (!staff.has(m.id))
        staff.set(
          m.id,
          `${m.displayName} (${[m.roleLabel || staffRoleLabel(m.role), teamOf.get(m.id)].filter(Boolean).join(', ')})`,
        );
    }
    const groups: Array<HTMLOptionElement | HTMLOptGroupElement> = [
      h('option', { value: '' }, 'Choose who'),
      h('option', { value: `organisation:${org.id}` }, `The whole organisation: ${org.name}`),
    ];
    if (teams.length)
      groups.push(
        h(
          'optgroup',
          { label: 'Teams' },
          teams.map((t) => h('option', { value: `team:${t.id}` }, t.name)),
        ),
      );
    if (staff.size) {
      groups.push(
        h(
          'optgroup',
          { label: 'Named staff' },
          [...staff].map(([userId, text]) => h('option', { value: `user:${userId}` }, text)),
        ),
      );
    }
    who.input.replaceChildren(...groups);
    who.input.disabled = false;
  };

  filter.input.addEventListener('input', showOrganisations);
  organisation.input.addEventListener('change', () => void showWho());

  const ready = Promise.all([listOrganisations(), listTeams().catch(() => [])]).then(([orgs, teams]) => {
    all = [...orgs].sort((a, b) => a.name.localeCompare(b.name));
    for (const org of all) searchText.set(org.id, [org.name, org.odsCode ?? ''].join('\n').toLowerCase());
    for (const team of teams)
      searchText.set(team.organisationId, `${searchText.get(team.organisationId) ?? ''}\n${team.name.toLowerCase()}`);
    showOrganisations();
  });

  const hintId = `${o.id}-hint`;
  const element = h(
    'fieldset',
    {
      className: 'nhsuk-fieldset nhsuk-u-margin-bottom-4',
      'aria-describedby': o.hint ? hintId : null,
      'data-testid': `${o.id}-picker`,
    },
    h('legend', { className: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, o.legend),
    o.hint ? h('div', { className: 'nhsuk-hint', id: hintId }, o.hint) : null,
    filter.group,
    status,
    organisation.group,
    who.group,
  );

  return {
    element,
    organisation,
    who,
    ready,
    value() {
      const [kind, id] = who.input.value.split(':');
      const n = Number(id);
      if (!n) return null;
      if (kind === 'user') return { userId: n };
      if (kind === 'team') return { teamId: n };
      return { organisationId: n };
    },
    organisationId: () => Number(organisation.input.value) || 0,
    label() {
      return who.input.selectedOptions[0]?.text.replace(/^The whole organisation: /, '') ?? '';
    },
  };
}

function groupByKind(orgs: DirectoryOrganisation[]): OptionGroup[] {
  const byKind = new Map<string, DirectoryOrganisation[]>();
  for (const org of orgs) byKind.set(org.kind, [...(byKind.get(org.kind) ?? []), org]);
  const rank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);
  return [...byKind.keys()]
    .sort((a, b) => rank(a) - rank(b))
    .map((kind) => ({
      label: KIND_LABELS[kind] ?? kind.replace(/_/g, ' '),
      options: byKind
        .get(kind)!
        .map((org) => ({ value: String(org.id), text: org.odsCode ? `${org.name} (${org.odsCode})` : org.name })),
    }));
}
