// The Assessments section's pages: the list with each instrument's trend,
// the recording form (built from the questionnaire), and one result.

import { getTrend, listAssessments, listQuestionnaires } from '../api';
import type { Assessment, QuestionnaireSummary, Trend, WrittenBy } from '../types';
import { showErrorSummary } from '../../../core/components/errorSummary';
import { headedForm } from '../../../core/components/headedForm';
import { problemPanel } from '../../../core/components/problemPanel';
import { radiosField } from '../../../core/components/radios';
import { sparkline } from '../components/sparkline';
import { table } from '../../../core/components/tables';
import { tag } from '../../../core/components/tag';
import { h, type Child } from '../../../core/dom';
import { capitalise, formatDateTime, fullName } from '../../../core/format';
import { can } from '../../../core/permissions';
import { navigate } from '../../../core/router';
import { sectionPath, type SectionContext } from '../../people/section';
import { LABELS } from '../../../core/api/generated/labels';

export const WRITTEN_BY: Record<WrittenBy, string> = LABELS.AssessmentAuthor;

// ---- The list: record a new one, and each instrument's results over time ----

export async function assessmentList({ person, body, errorSlot }: SectionContext): Promise<void> {
  const loading = h('p', { className: 'app-loading' }, 'Loading assessments…');
  body.append(h('h2', {}, 'Assessments'), loading);
  let assessments: Assessment[];
  let questionnaires: QuestionnaireSummary[];
  try {
    [assessments, questionnaires] = await Promise.all([listAssessments(person.id), listQuestionnaires()]);
  } catch (error) {
    loading.replaceWith(problemPanel(error, 'h2'));
    return;
  }
  const nodes: Node[] = [];
  if (can('assessment:write')) nodes.push(chooseForm(person.id, questionnaires, errorSlot));
  if (!assessments.length) {
    nodes.push(
      h('p', { 'data-testid': 'no-assessments' }, `No assessments have been recorded for ${fullName(person)} yet.`),
    );
    loading.replaceWith(...nodes);
    return;
  }
  // One part per instrument, the most recently used first; each with its trend and its results.
  const byQuestionnaire = new Map<string, Assessment[]>();
  for (const a of assessments)
    byQuestionnaire.set(a.questionnaire.id, [...(byQuestionnaire.get(a.questionnaire.id) ?? []), a]);
  const trends = await Promise.all([...byQuestionnaire.keys()].map((id) => getTrend(person.id, id).catch(() => null)));
  const parts = [...byQuestionnaire.entries()].map(([id, list], i) =>
    instrumentPart(person.id, id, list, trends[i] ?? null, questionnaires),
  );
  nodes.push(h('h2', {}, 'Results'), ...parts);
  loading.replaceWith(...nodes);
}

function chooseForm(personId: number, questionnaires: QuestionnaireSummary[], errorSlot: HTMLElement): HTMLFormElement {
  const active = questionnaires.filter((q) => q.status === 'active');
  const choice = radiosField({
    id: 'questionnaire',
    legend: 'Which assessment?',
    items: active.map((q) => ({ value: q.id, text: q.title, hint: q.description })),
  });
  const form = headedForm(
    {
      id: 'choose-assessment',
      heading: 'Record an assessment',
      intro: 'Scored questionnaires are scored by LCN when you save them.',
      testId: 'choose-assessment',
    },
    choice.group,
    h('button', { className: 'nhsuk-button', type: 'submit' }, 'Start'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!choice.value()) {
      choice.setError('Choose an assessment');
      showErrorSummary(errorSlot, { items: [{ text: 'Choose an assessment', targetId: choice.focusId }] });
      return;
    }
    navigate(`${sectionPath(personId, 'assessments', 'new')}?questionnaire=${encodeURIComponent(choice.value())}`);
  });
  return form;
}

function instrumentPart(
  personId: number,
  id: string,
  list: Assessment[],
  trend: Trend | null,
  questionnaires: QuestionnaireSummary[],
): HTMLElement {
  const title = list[0]!.questionnaire.title;
  const definition = questionnaires.find((q) => q.id === id) ?? trend?.questionnaire;
  const scores = definition?.scoring?.scores ?? [];
  const part = h(
    'section',
    { className: 'app-instrument', 'aria-labelledby': `instrument-${id}`, 'data-testid': `instrument-${id}` },
    h('h3', { id: `instrument-${id}` }, title),
  );
  const series = (trend?.series ?? []).filter((s) => s.points.length);
  if (series.length) {
    part.append(
      h(
        'div',
        { className: 'app-trends', 'data-testid': `trend-${id}` },
        series.map((s) =>
          h(
            'figure',
            { className: 'app-trend' },
            sparkline({ name: s.name, points: s.points, bands: s.bands }),
            h(
              'figcaption',
              { className: 'app-secondary' },
              `${s.name}: latest ${s.points[s.points.length - 1]!.value}${bandText(s.points[s.points.length - 1]!.band)}`,
            ),
          ),
        ),
      ),
    );
  }
  // Columns: the date, then the primary score (or each score, when there is no primary), flags, who.
  const primary = definition?.scoring?.primary;
  const shown = primary ? scores.filter((s) => s.id === primary) : scores;
  const columns = [
    {
      header: 'Date',
      cell: (a: Assessment) =>
        h('a', { href: sectionPath(personId, 'assessments', a.id) }, formatDateTime(a.completedAt)),
    },
    ...shown.map((s) => ({
      header: shown.length === 1 ? 'Score' : s.name,
      cell: (a: Assessment) => {
        const score = a.scores.find((x) => x.id === s.id);
        return score
          ? `${score.value}${s.max !== undefined && shown.length === 1 ? ` of ${s.max}` : ''}${bandText(score.band)}`
          : '';
      },
    })),
    { header: 'Flags', cell: (a: Assessment) => flagTags(a) },
    { header: 'By', cell: (a: Assessment) => [a.completedBy?.displayName ?? 'Not known', statusTag(a)] },
  ];
  part.append(
    table<Assessment>({
      caption: `${title}: every result, newest first`,
      columns,
      rows: list,
      testId: `assessments-${id}`,
    }),
  );
  return part;
}

export function bandText(band: string | null | undefined): string {
  return band ? ` (${band})` : '';
}

export function flagTags(a: Assessment): Child {
  if (!a.flags.length) return 'None';
  return h(
    'ul',
    { className: 'nhsuk-list app-flag-list' },
    a.flags.map((f) =>
      h(
        'li',
        {},
        tag(
          f.severity === 'urgent' ? 'Urgent' : f.severity === 'warning' ? 'Warning' : 'Note',
          f.severity === 'urgent' ? 'red' : f.severity === 'warning' ? 'orange' : 'blue',
        ),
        ' ',
        f.message,
      ),
    ),
  );
}

export function statusTag(a: Assessment): Child {
  return a.status && a.status !== 'current' ? [' ', tag(capitalise(a.status.replace(/[-_]/g, ' ')), 'grey')] : null;
}
