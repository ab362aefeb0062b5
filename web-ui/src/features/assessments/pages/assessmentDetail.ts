// One assessment's result: score, band, flags and answers.

import { getAssessment, getQuestionnaire } from '../api';
import type { Assessment, QuestionnaireDetail } from '../types';
import { warningCallout } from '../../../core/components/callouts';
import { problemPanel } from '../../../core/components/problemPanel';
import { summaryList, table } from '../../../core/components/tables';
import { h, type Child } from '../../../core/dom';
import { formatDateTime, formatDay } from '../../../core/format';
import { answerableItems, answerText } from '../components/questionnaireForm';
import { sectionPath, type SectionContext } from '../../people/section';
import { WRITTEN_BY, bandText, flagTags, statusTag } from './assessmentPages';

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
  // The title is null when LCN no longer has the questionnaire.
  const title = a.questionnaire.title ?? a.questionnaire.id;
  ctx.setTitle(title);
  const nodes: Node[] = [h('h2', {}, title, statusTag(a))];
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
