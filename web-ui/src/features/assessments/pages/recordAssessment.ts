// Recording an assessment: the form built from the questionnaire (components/\n// questionnaireForm.ts), and the server's answers.<linkId> errors named\n// against their questions.

import { getQuestionnaire, recordAssessment as postAssessment } from '../api';
import type { QuestionnaireDetail, WrittenBy } from '../types';
import { ApiError } from '../../../core/api/problem';
import { showApiError } from '../../../core/components/apiErrors';
import { checkbox } from '../../../core/components/checkbox';
import { textAreaField } from '../../../core/components/fields';
import { problemPanel } from '../../../core/components/problemPanel';
import { radiosField } from '../../../core/components/radios';
import { h } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { navigate } from '../../../core/router';
import { questionnaireForm } from '../components/questionnaireForm';
import { sectionPath, type SectionContext } from '../../people/section';
import { WRITTEN_BY, bandText } from './assessmentPages';

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
