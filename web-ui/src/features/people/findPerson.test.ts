import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, mountMain, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { renderFindPerson } from './pages/findPerson';
import { aPerson, openPersonPage } from './testing';

describe('find a person', () => {
  let fake: FakeClient;
  let main: HTMLElement;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    main = mountMain();
    renderFindPerson(main);
  });

  it('a short NHS number is named before anything is sent', async () => {
    const form = main.querySelector<HTMLFormElement>('form')!;
    type(find<HTMLInputElement>(form, '#nhsNumber'), '123');
    submit(form);
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('NHS number must be 10 digits');
    expect(fake.calls).toHaveLength(0);
  });

  it('finds by NHS number (spaces allowed) and links to the person', async () => {
    fake.on('GET', '/people?nhsNumber=9990000026', { items: [aPerson()], withheld: 0 });
    const form = main.querySelector<HTMLFormElement>('form')!;
    type(find<HTMLInputElement>(form, '#nhsNumber'), '999 000 0026');
    submit(form);
    await settle();
    const results = find(main, '[data-testid="results"]');
    expect(textOf(results)).toContain('Doris Day');
    expect(textOf(results)).toContain('999 000 0026');
    expect(results.querySelector('a[href="/people/1"]')).not.toBeNull();
  });
});

describe('the person page', () => {
  it('shows who they are and offers break glass when outside the care relationship', async () => {
    const fake = installFakeClient();
    signInAs();
    fake.fail('GET', '/people/1', {
      status: 403,
      type: '/problems/no-legitimate-relationship',
      title: 'Forbidden',
      detail: 'you have no legitimate relationship with this person',
      personId: 1,
      breakGlassAvailable: true,
    });
    const main = await openPersonPage(fake, '/people/1');
    expect(textOf(find(main, 'h1'))).toBe('You cannot see this person');
    expect(textOf(main)).toContain('Emergency access (break glass)');
    expect(textOf(find(main, 'button[type="submit"]'))).toBe('Break glass');
    expect(textOf(find(main, '[data-testid="refusal"]'))).toContain(
      'You have no legitimate relationship with this person.',
    );
    type(find<HTMLTextAreaElement>(main, '#reason'), 'urgent');
    submit(find<HTMLFormElement>(main, '[data-testid="refusal"] form'));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('10 characters');
    expect(fake.callsTo('POST', '/people/1/break-glass')).toHaveLength(0);
  });
});
