// Care team: everyone working with the person (named staff, teams, whole
// organisations, from any organisation), each with their role and when they
// joined; the lead; past members; adding a member; and, on a member's own
// page (/people/{id}/care-team/{memberId}), changing their role or lead flag
// and ending their membership.

import { getCareTeam } from './api';
import type { CareTeamMember } from './types';
import { roleLabel } from './format';
import { problemPanel } from '../../core/components/problemPanel';
import { table } from '../../core/components/tables';
import { tag } from '../../core/components/tag';
import { h, visuallyHidden } from '../../core/dom';
import { formatDay } from '../../core/format';
import { can } from '../../core/permissions';
import { addMemberForm, memberPage } from './pages/careTeamForms';
import type { PersonSection } from '../people/section';
import { sectionPath } from '../people/section';

export const section: PersonSection = {
  slug: 'care-team',
  title: 'Care team',
  order: 50,
  async render(ctx) {
    const { person, body, rest } = ctx;
    const loading = h('p', { className: 'app-loading' }, 'Loading the care team…');
    body.append(loading);
    let members: CareTeamMember[];
    try {
      members = (await getCareTeam(person.id, true)).members;
    } catch (error) {
      loading.replaceWith(problemPanel(error, 'h2'));
      return;
    }
    if (rest.length) {
      const member = members.find((m) => String(m.id) === rest[0]);
      if (!member) {
        loading.replaceWith(h('h2', {}, 'Not found'), h('p', {}, 'This person’s care team has no such member.'));
        return;
      }
      ctx.setTitle(`${member.name} in the care team`);
      loading.replaceWith(...memberPage(ctx, member));
      return;
    }
    const current = members.filter((m) => !m.endedAt);
    const past = members.filter((m) => m.endedAt);
    const mayChange = can('care-team:write');
    loading.replaceWith(
      h('h2', {}, 'Care team'),
      h('p', {}, 'Everyone in the care team can open this person’s record while they are in it.'),
      current.length
        ? table<CareTeamMember>({
            testId: 'care-team',
            caption: `Current members (${current.length})`,
            columns: [
              { header: 'Member', cell: (m) => [m.name, h('span', { className: 'app-secondary' }, kindText(m))] },
              { header: 'Organisation', cell: (m) => m.organisation ?? '' },
              { header: 'Role', cell: (m) => [roleLabel(m.role), m.lead ? [' ', tag('Lead', 'green', 'lead')] : null] },
              { header: 'Since', cell: (m) => h('span', { className: 'app-nowrap' }, formatDay(m.startedAt)) },
              ...(mayChange
                ? [
                    {
                      header: 'Actions',
                      cell: (m: CareTeamMember) =>
                        h(
                          'a',
                          { href: sectionPath(person.id, 'care-team', m.id) },
                          'Change',
                          visuallyHidden(` ${m.name}`),
                        ),
                    },
                  ]
                : []),
            ],
            rows: current,
          })
        : h('p', { 'data-testid': 'care-team-empty' }, 'Nobody is in this person’s care team yet.'),
      past.length
        ? table<CareTeamMember>({
            testId: 'care-team-past',
            caption: `Past members (${past.length})`,
            columns: [
              { header: 'Member', cell: (m) => [m.name, h('span', { className: 'app-secondary' }, kindText(m))] },
              { header: 'Role', cell: (m) => roleLabel(m.role) },
              { header: 'From', cell: (m) => h('span', { className: 'app-nowrap' }, formatDay(m.startedAt)) },
              {
                header: 'To',
                cell: (m) => h('span', { className: 'app-nowrap' }, m.endedAt ? formatDay(m.endedAt) : ''),
              },
              { header: 'Why it ended', cell: (m) => m.endReason ?? 'Not given' },
            ],
            rows: past,
          })
        : '',
      mayChange ? addMemberForm(ctx) : '',
    );
  },
};

export function kindText(m: CareTeamMember): string {
  return m.kind === 'team' ? 'Team' : m.kind === 'organisation' ? 'Whole organisation' : 'Member of staff';
}
