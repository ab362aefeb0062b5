import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { openPersonPage } from '../people/testing';
import { answerVocabulary, relabelled, vocabulary } from './testing';
import type { CarePlan, CarePlanDiff, CarePlanVersions } from './types';

function aPlan(overrides: Partial<CarePlan> = {}): CarePlan {
  return {
    personId: 1,
    version: 3,
    status: 'agreed',
    content: {
      needs: [{ id: 'n1', domain: 'loneliness', description: 'Feels alone since her husband died' }],
      goals: [{ id: 'g1', inOwnWords: 'I want to see my friends again', needIds: ['n1'], measureOfSuccess: null }],
      actions: [
        {
          id: 'a1',
          description: 'Introduce Doris to the lunch club',
          goalId: 'g1',
          owner: { kind: 'person', name: null },
          dueDate: '2026-02-01',
          status: 'planned',
        },
      ],
      contingency: { warningSigns: 'Stops eating', whatToDo: 'Call her daughter', whoToContact: 'Jane' },
      agreement: { agreedWith: 'person', how: 'face_to_face', agreedOn: '2026-01-10' },
      reviewDate: '2026-06-01',
    },
    reviewDate: '2026-06-01',
    reviewDue: false,
    recordedBy: { id: 7, displayName: 'Grace Hopper' },
    recordedAt: '2026-01-10T10:00:00Z',
    changeNote: null,
    ...overrides,
  };
}

const versions: CarePlanVersions = {
  personId: 1,
  currentVersion: 3,
  versions: [
    {
      version: 3,
      status: 'agreed',
      agreedWith: 'person',
      agreedHow: 'face_to_face',
      agreedOn: '2026-01-10',
      reviewDate: '2026-06-01',
      recordedBy: { id: 7, displayName: 'Grace Hopper' },
      recordedAt: '2026-01-10T10:00:00Z',
      changeNote: 'Agreed at home',
    },
  ],
};

describe('care plan', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    answerVocabulary(fake);
  });

  it('shows the current plan: goals in the person’s own words, actions, crisis plan and versions', async () => {
    fake.on('GET', '/people/1/care-plan', aPlan()).on('GET', '/people/1/care-plan/versions', versions);
    const main = await openPersonPage(fake, '/people/1/care-plan');
    const text = textOf(main);
    expect(text).toContain('I want to see my friends again');
    expect(text).toContain('Introduce Doris to the lunch club');
    expect(text).toContain('Stops eating');
    expect(text).toContain('Agreed at home');
    expect(find(main, 'nav [aria-current="page"]').textContent).toContain('Care plan');
  });
});

describe('care plan editor', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    answerVocabulary(fake);
    fake.on('GET', '/people/1/care-team', { personId: 1, members: [] });
    fake.on('GET', /^\/staff/, { items: [] });
    fake.on('GET', '/organisations', { items: [] });
  });

  async function openEditor(plan: CarePlan): Promise<HTMLElement> {
    fake.on('GET', '/people/1/care-plan', plan);
    return openPersonPage(fake, '/people/1/care-plan/edit');
  }

  it('names a missing answer in the error summary and against its field, and sends nothing', async () => {
    const plan = aPlan();
    plan.content.needs[0]!.description = '';
    const main = await openEditor(plan);
    submit(find<HTMLFormElement>(main, 'form'));
    await settle();
    const summary = find(main, '.nhsuk-error-summary');
    expect(textOf(summary)).toContain('Describe need 1');
    expect(textOf(main.querySelector('.nhsuk-form-group--error'))).toContain('Describe need 1');
    expect(fake.callsTo('PUT', '/people/1/care-plan')).toHaveLength(0);
  });

  it('shows the server’s field errors from the problem body against the nearest field', async () => {
    const main = await openEditor(aPlan());
    fake.fail('PUT', '/people/1/care-plan', {
      status: 400,
      title: 'Invalid',
      errors: [{ field: 'content.goals[0].inOwnWords', message: 'is too long' }],
    });
    submit(find<HTMLFormElement>(main, 'form'));
    await settle();
    const summary = find(main, '.nhsuk-error-summary');
    expect(textOf(summary)).toContain('The plan was not saved.');
    expect(textOf(summary)).toContain('Goal 1 is too long');
    expect(fake.callsTo('PUT', '/people/1/care-plan')[0]!.body).toMatchObject({ version: 3 });
  });

  it('on a conflict shows the current version above the form and keeps what was typed', async () => {
    const main = await openEditor(aPlan());
    const firstGoal = find<HTMLTextAreaElement>(main, 'textarea');
    type(firstGoal, 'My own new words');
    fake.fail('PUT', '/people/1/care-plan', { status: 409, title: 'Conflict', type: '/problems/conflict' });
    fake.on('GET', '/people/1/care-plan', aPlan({ version: 4, recordedBy: { id: 9, displayName: 'Ada' } }));
    fake.on('GET', '/people/1/care-plan/diff?from=3&to=4', { sentences: ['Ada added a need.'] });
    submit(find<HTMLFormElement>(main, 'form'));
    await settle();
    expect(textOf(find(main, '[data-testid="care-plan-current"]'))).toContain('The current plan: version 4');
    expect(textOf(find(main, '[data-testid="conflict-changes"]'))).toBe('Ada added a need.');
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Ada saved version 4');
    expect(firstGoal.value).toBe('My own new words');
  });

  it('saves with the version it opened, then goes to the plan', async () => {
    const main = await openEditor(aPlan());
    fake.on('PUT', '/people/1/care-plan', (body) => ({
      ...aPlan({ version: 4 }),
      content: (body as CarePlan).content,
    }));
    fake.on('GET', '/people/1/care-plan/versions', versions);
    submit(find<HTMLFormElement>(main, 'form'));
    await settle();
    expect(fake.callsTo('PUT', '/people/1/care-plan')[0]!.body).toMatchObject({ version: 3 });
    expect(location.pathname).toBe('/people/1/care-plan');
  });
});

describe('comparing care plan versions', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    answerVocabulary(fake);
    fake.on('GET', '/people/1/care-plan/versions', versions);
    fake.on('GET', /^\/people\/1\/care-plan\/versions\/\d+$/, aPlan());
  });

  it('shows the server’s sentences of what changed', async () => {
    fake.on('GET', '/people/1/care-plan/diff?from=2&to=3', {
      personId: 1,
      from: 2,
      to: 3,
      needs: { added: [], removed: [], changed: [] },
      goals: { added: [], removed: [], changed: [] },
      actions: { added: [], removed: [], changed: [] },
      contingency: [],
      agreement: [],
      reviewDate: null,
      sentences: ['Grace Hopper agreed the plan with Doris.'],
      changed: true,
    });
    const main = await openPersonPage(fake, '/people/1/care-plan/compare?from=2&to=3');
    expect(textOf(main)).toContain('Grace Hopper agreed the plan with Doris.');
  });

  it('a version that does not exist is said in the error summary, with the form to choose again', async () => {
    fake.fail('GET', '/people/1/care-plan/diff?from=7&to=3', {
      status: 404,
      title: 'Not found',
      detail: 'there is no version 7',
    });
    const main = await openPersonPage(fake, '/people/1/care-plan/compare?from=7&to=3');
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('There is no version 7.');
    expect(main.querySelector('form')).not.toBeNull();
  });
});

describe('the care plan’s words are the server’s vocabulary', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/people/1/care-plan/versions', versions);
    fake.on('GET', '/people/1/care-team', { personId: 1, members: [] });
  });

  it('the plan shows the labels the server sends for its codes', async () => {
    answerVocabulary(fake);
    fake.on('GET', '/people/1/care-plan', aPlan());
    const main = await openPersonPage(fake, '/people/1/care-plan');
    expect(fake.callsTo('GET', '/care-plans/vocabulary')).toHaveLength(1);
    expect(textOf(find(main, '[data-testid="plan-status"]'))).toBe('Agreed');
    expect(textOf(find(main, '[data-testid="plan-needs-table"] tbody'))).toContain('Loneliness and isolation');
    expect(textOf(find(main, '[data-testid="plan-actions-table"] tbody'))).toContain('Planned');
    expect(textOf(find(main, '[data-testid="plan-agreement"]'))).toContain(
      'Agreed with Doris, face to face, on 10 January 2026.',
    );

    // The same plan, from a server that words a domain, a status and "how" differently.
    fake = installFakeClient();
    const changed = relabelled('needDomains', 'loneliness', 'Feeling lonely');
    changed.actionStatuses[0]!.label = 'Not started';
    changed.planStatuses[1]!.label = 'Agreed with them';
    changed.agreedHow[0]!.label = 'In person';
    answerVocabulary(fake, changed);
    fake.on('GET', '/people/1/care-plan', aPlan()).on('GET', '/people/1/care-plan/versions', versions);
    const again = await openPersonPage(fake, '/people/1/care-plan');
    expect(textOf(find(again, '[data-testid="plan-status"]'))).toBe('Agreed with them');
    expect(textOf(find(again, '[data-testid="plan-needs-table"] tbody'))).toContain('Feeling lonely');
    expect(textOf(again)).not.toContain('Loneliness and isolation');
    expect(textOf(find(again, '[data-testid="plan-actions-table"] tbody'))).toContain('Not started');
    expect(textOf(find(again, '[data-testid="care-plan-versions"] tbody'))).toContain('Agreed with them');
    expect(textOf(find(again, '[data-testid="plan-agreement"]'))).toContain('Agreed with Doris, in person, on');
  });

  it('without the vocabulary the plan is still shown, with its codes', async () => {
    fake.fail('GET', '/care-plans/vocabulary', { status: 503, title: 'Unavailable' });
    fake.on('GET', '/people/1/care-plan', aPlan());
    const main = await openPersonPage(fake, '/people/1/care-plan');
    expect(textOf(find(main, '[data-testid="plan-needs-table"] tbody'))).toContain('loneliness');
    expect(textOf(main)).toContain('Introduce Doris to the lunch club');
  });

  it('the editor offers the vocabulary’s choices, in its order and words', async () => {
    answerVocabulary(fake, relabelled('needDomains', 'housing', 'Somewhere to live'));
    fake.on('GET', '/people/1/care-plan', aPlan());
    const main = await openPersonPage(fake, '/people/1/care-plan/edit');
    const options = (selector: string) =>
      [...main.querySelectorAll<HTMLOptionElement>(`${selector} option`)].map((o) => o.textContent);
    expect(options('[data-testid="need-item"] select')).toEqual([
      'Physical health',
      'Emotional wellbeing',
      'Somewhere to live',
      'Money',
      'Work',
      'Loneliness and isolation',
      'Caring responsibilities',
      'Safety',
      'Mobility and daily living',
      'Other',
    ]);
    expect(options('[data-testid="action-item"] select[id$="-status"]')).toEqual([
      'Planned',
      'In progress',
      'Done',
      'Cancelled',
    ]);
    const radios = (name: string) =>
      [...main.querySelectorAll(`input[name="${name}"]`)].map((i) =>
        textOf(main.querySelector(`label[for="${i.id}"]`)),
      );
    expect(radios('agreedWith')).toEqual([
      'Not agreed yet (a draft)',
      'Doris',
      'Their carer',
      'The person and their carer',
    ]);
    expect(radios('agreedHow')).toEqual(['Face to face', 'By phone', 'By video call', 'By letter']);
  });

  it('the editor checks the vocabulary’s limits before sending', async () => {
    answerVocabulary(fake, { ...vocabulary, limits: { itemsPerSection: 100, textLength: 20 } });
    fake.on('GET', '/people/1/care-plan', aPlan());
    const main = await openPersonPage(fake, '/people/1/care-plan/edit');
    type(find<HTMLTextAreaElement>(main, '[data-testid="need-item"] textarea'), 'Feels alone since her husband died');
    submit(find<HTMLFormElement>(main, 'form'));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Need 1 must be 20 characters or fewer');
    expect(fake.callsTo('PUT', '/people/1/care-plan')).toHaveLength(0);
  });

  it('the editor says so when the vocabulary cannot be read', async () => {
    fake.fail('GET', '/care-plans/vocabulary', { status: 503, title: 'The service is unavailable' });
    fake.on('GET', '/people/1/care-plan', aPlan());
    const main = await openPersonPage(fake, '/people/1/care-plan/edit');
    expect(textOf(find(main, '[data-testid="problem"]'))).toContain('The service is unavailable');
    expect(main.querySelector('[data-testid="care-plan-form"]')).toBeNull();
  });

  it('what changed is said in the vocabulary’s words', async () => {
    answerVocabulary(fake, relabelled('agreedHow', 'video', 'On a video call'));
    fake.on('GET', /^\/people\/1\/care-plan\/versions\/\d+$/, aPlan());
    const diff: CarePlanDiff = {
      personId: 1,
      from: 2,
      to: 3,
      needs: {
        added: [{ id: 'n2', domain: 'mobility', description: 'Falls on the stairs' }],
        removed: [],
        changed: [],
      },
      goals: { added: [], removed: [], changed: [] },
      actions: {
        added: [],
        removed: [],
        changed: [{ id: 'a1', label: 'Action 1', fields: [{ field: 'status', from: 'planned', to: 'in_progress' }] }],
      },
      contingency: [],
      agreement: [
        { field: 'agreedWith', from: 'not_yet_agreed', to: 'person_and_carer' },
        { field: 'how', from: null, to: 'video' },
      ],
      reviewDate: null,
      sentences: ['Grace Hopper agreed the plan with Doris and her carer.'],
      changed: true,
    };
    fake.on('GET', '/people/1/care-plan/diff?from=2&to=3', diff);
    const main = await openPersonPage(fake, '/people/1/care-plan/compare?from=2&to=3');
    const detail = textOf(find(main, '[data-testid="care-plan-diff"]'));
    expect(detail).toContain('Mobility and daily living: Falls on the stairs');
    expect(detail).toContain('PlannedIn progress');
    expect(detail).toContain('Not agreed yet (a draft)The person and their carer');
    expect(detail).toContain('On a video call');
  });
});
