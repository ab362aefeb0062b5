// The Assessments section's pages: the list with each instrument's trend,
// the recording form (built from the questionnaire), and one result.

import {
  getAssessment,
  getQuestionnaire,
  getTrend,
  listAssessments,
  listQuestionnaires,
  recordAssessment as postAssessment,
} from '../api';
import type { Assessment, QuestionnaireDetail, QuestionnaireSummary, Trend, WrittenBy } from '../types';
import { ApiError } from '../../../core/api/problem';
import { showApiError } from '../../../core/components/apiErrors';
import { warningCallout } from '../../../core/components/callouts';
import { checkbox } from '../../../core/components/checkbox';
import { showErrorSummary } from '../../../core/components/errorSummary';
import { textAreaField } from '../../../core/components/fields';
import { headedForm } from '../../../core/components/headedForm';
import { problemPanel } from '../../../core/components/problemPanel';
import { radiosField } from '../../../core/components/radios';
import { sparkline } from '../components/sparkline';
import { summaryList, table } from '../../../core/components/tables';
import { tag } from '../../../core/components/tag';
import { h, type Child } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { capitalise, formatDateTime, formatDay, fullName } from '../../../core/format';
import { can } from '../../../core/permissions';
import { navigate } from '../../../core/router';
import { answerableItems, answerText, questionnaireForm } from '../components/questionnaireForm';
import { sectionPath, type SectionContext } from '../../people/section';

const WRITTEN_BY: Record<WrittenBy, string> = {
  professional: 'A professional, asking the questions',
  person: 'The person themselves',
  carer: 'Their carer',
};

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
  const scores = definition?.scoring.scores ?? [];
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
  const primary = definition?.scoring.primary;
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

function bandText(band: string | null | undefined): string {
  return band ? ` (${band})` : '';
}

function flagTags(a: Assessment): Child {
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

function statusTag(a: Assessment): Child {
  return a.status && a.status !== 'current' ? [' ', tag(capitalise(a.status.replace(/[-_]/g, ' ')), 'grey')] : null;
}

// ---- Recording: the form built from the questionnaire ----

export async function recordAssessment(ctx: SectionContext): Promise<void> {
  const { person, body, errorSlot, url, reload } = ctx;
  const id = url.searchParams.get('questionnaire') ?? '';
  const back = h('p', {}, h('a', { href: sectionPath(person.id, 'assessments') }, 'Back to assessments'));
  const loading = h('p', { className: 'app-loading' }, 'Loading the questionnaire…');
  body.append(back, loading);
  let q: QuestionnaireDetail;
  try {
    q = await getQuestionnaire(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      loading.replaceWith(
        h('h2', {}, 'No such questionnaire'),
        h('p', {}, 'Go back to assessments and choose one from the list.'),
      );
    } else {
      loading.replaceWith(problemPanel(error, 'h2'));
    }
    return;
  }
  ctx.setTitle(q.title);
  const questions = questionnaireForm(q.questionnaire.item);
  const writtenBy = radiosField({
    id: 'writtenBy',
    legend: 'Who gave the answers?',
    value: 'professional',
    items: (Object.keys(WRITTEN_BY) as WrittenBy[]).map((w) => ({ value: w, text: WRITTEN_BY[w] })),
  });
  const withPerson = checkbox({
    id: 'completedWithPerson',
    label: 'Completed with the person',
    hint: 'Untick if you completed it without them, for example from your notes',
    checked: true,
  });
  const notes = textAreaField({ id: 'notes', label: 'Notes (optional)', rows: 3 });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Save assessment');
  const form = h(
    'form',
    {
      novalidate: true,
      'aria-labelledby': 'record-heading',
      'data-testid': 'record-assessment',
      'data-questionnaire': q.id,
    },
    h('h2', { id: 'record-heading' }, q.title),
    q.description ? h('p', {}, q.description) : null,
    questions.nodes,
    h('h3', {}, 'About this assessment'),
    writtenBy.group,
    withPerson.group,
    notes.group,
    button,
    q.questionnaire.copyright ? h('p', { className: 'app-secondary' }, q.questionnaire.copyright) : null,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const saved = await postAssessment(person.id, {
        questionnaire: q.id,
        answers: questions.answers(),
        writtenBy: (writtenBy.value() || 'professional') as WrittenBy,
        completedWithPerson: withPerson.input.checked,
        ...(notes.input.value.trim() ? { notes: notes.input.value.trim() } : {}),
      });
      questions.clearErrors();
      setFlash({
        heading: `${q.title} saved${saved.total !== null ? `: score ${saved.total}${bandText(saved.band)}` : ''}`,
        body: saved.flags.length ? `Flags: ${saved.flags.map((f) => f.message).join('; ')}.` : undefined,
        testId: 'assessment-saved',
      });
      navigate(sectionPath(person.id, 'assessments', saved.id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
        const missing = error.problem.errors.some((e) => /^is missing/.test(e.message));
        questions.showErrors(
          errorSlot,
          error.problem.errors,
          `The assessment was not saved.${missing ? ' Answer every question that is not marked optional.' : ''}`,
        );
      } else {
        showApiError(errorSlot, error, { thing: 'assessment', reload });
      }
    } finally {
      button.disabled = false;
    }
  });
  loading.replaceWith(form);
}

// ---- One result ----

export async function assessmentDetail(ctx: SectionContext, assessmentId: number): Promise<void> {
  const { person, body } = ctx;
  const back = h('p', {}, h('a', { href: sectionPath(person.id, 'assessments') }, 'Back to assessments'));
  const loading = h('p', { className: 'app-loading' }, 'Loading the assessment…');
  body.append(back, loading);
  let a: Assessment;
  let q: QuestionnaireDetail | null;
  try {
    a = await getAssessment(person.id, assessmentId);
    q = await getQuestionnaire(a.questionnaire.id).catch(() => null);
  } catch (error) {
    loading.replaceWith(problemPanel(error, 'h2'));
    return;
  }
  ctx.setTitle(a.questionnaire.title);
  const nodes: Node[] = [h('h2', {}, a.questionnaire.title, statusTag(a))];
  const urgent = a.flags.filter((f) => f.severity === 'urgent');
  if (urgent.length) {
    nodes.push(
      warningCallout('Needs action today', ...urgent.map((f) => h('p', { 'data-testid': 'urgent-flag' }, f.message))),
    );
  }
  const rows: Array<[string, Child]> = [
    ['Completed', `${formatDateTime(a.completedAt)}${a.completedBy ? `, by ${a.completedBy.displayName}` : ''}`],
    ['Answers given by', WRITTEN_BY[a.writtenBy] ?? a.writtenBy],
    ['With the person', a.completedWithPerson ? 'Yes' : 'No'],
  ];
  if (a.total !== null)
    rows.push(['Score', h('span', { 'data-testid': 'assessment-score' }, `${a.total}${bandText(a.band)}`)]);
  if (a.scores.length > 1 || (a.total === null && a.scores.length)) {
    for (const s of a.scores) rows.push([s.name, `${s.value}${bandText(s.band)}`]);
  }
  rows.push(['Flags', flagTags(a)]);
  if (a.notes) rows.push(['Notes', a.notes]);
  nodes.push(summaryList(rows, 'assessment-summary'));

  const items = q ? answerableItems(q.questionnaire.item) : [];
  const answered = items.length
    ? items.map(({ item, group }) => ({
        question: `${group ? `${group}: ` : ''}${item.prefix ? `${item.prefix}. ` : ''}${item.text ?? item.linkId}`,
        answer: answerText(item, a.answers[item.linkId] ?? null),
      }))
    : Object.entries(a.answers).map(([linkId, answer]) => ({
        question: linkId,
        answer: answerText(undefined, answer),
      }));
  nodes.push(
    h('h3', {}, 'Answers'),
    table({
      columns: [
        { header: 'Question', cell: (r) => r.question },
        { header: 'Answer', cell: (r) => r.answer },
      ],
      rows: answered,
      testId: 'assessment-answers',
    }),
    h(
      'p',
      { className: 'app-secondary' },
      `Recorded on ${formatDay(a.completedAt)} with version ${a.questionnaire.version} of the questionnaire. Later versions do not change this result.`,
    ),
  );
  loading.replaceWith(...nodes);
}
