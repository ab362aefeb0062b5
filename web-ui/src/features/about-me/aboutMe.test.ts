import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { byText, find, settle, signInAs, submit, textOf, type } from '../../core/testing/page';
import { openPersonPage } from '../people/testing';
import { vocabulary } from './testing';
import type { AboutMe } from './types';

function aboutMe(overrides: Partial<AboutMe> = {}): AboutMe {
  return {
    personId: 1,
    version: 2,
    latestVersion: 2,
    writtenBy: 'person',
    writtenWith: 'with her daughter Jane',
    note: null,
    recordedBy: { id: 7, displayName: 'Grace Hopper' },
    recordedAt: '2026-01-10T10:00:00Z',
    content: {
      whatMattersToMe: 'My garden and my cat',
      myStory: 'I was a teacher for forty years',
      peopleWhoSupportMe: 'Jane, my daughter',
      communicationNeeds: { formats: ['large_print'], interpreterNeeded: false, language: '', otherNeeds: '' },
      contacts: [
        {
          name: 'Jane Day',
          relationship: 'daughter',
          isCarer: true,
          isNextOfKin: true,
          phone: null,
          mayView: 'everything',
          notes: null,
        },
      ],
    },
    ...overrides,
  };
}

describe('About me', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/about-me/vocabulary', vocabulary);
    fake.on('GET', '/people/1/about-me/versions', { versions: [aboutMe()] });
  });

  it('shows the current version in their words, who wrote it, and their carers', async () => {
    fake.on('GET', '/people/1/about-me', aboutMe());
    const main = await openPersonPage(fake, '/people/1/about-me');
    const text = textOf(main);
    expect(text).toContain('My garden and my cat');
    expect(text).toContain('Written by Doris');
    expect(text).toContain('Jane Day');
    expect(text).toContain('Large print');
  });

  it('in the form, a missing answer shows the error summary and nothing is sent', async () => {
    fake.on('GET', '/people/1/about-me', aboutMe());
    const main = await openPersonPage(fake, '/people/1/about-me/edit');
    byText<HTMLButtonElement>(main, 'button', 'Add a carer or next of kin').click();
    submit(find<HTMLFormElement>(main, '[data-testid="about-me-form"]'));
    await settle();
    const summary = textOf(find(main, '.nhsuk-error-summary'));
    expect(summary).toContain('Choose who wrote this version');
    expect(summary).toContain('Enter the name of carer or next of kin 2');
    expect(fake.callsTo('PUT', '/people/1/about-me')).toHaveLength(0);
  });

  it('shows a problem body’s field errors against the contact they name', async () => {
    fake.on('GET', '/people/1/about-me', aboutMe());
    fake.fail('PUT', '/people/1/about-me', {
      status: 400,
      title: 'Invalid',
      detail: 'Check the contacts.',
      errors: [{ field: 'content.contacts[0].mayView', message: 'is not a known choice' }],
    });
    const main = await openPersonPage(fake, '/people/1/about-me/edit');
    find<HTMLInputElement>(main, 'input[name="writtenBy"][value="person"]').click();
    submit(find<HTMLFormElement>(main, '[data-testid="about-me-form"]'));
    await settle();
    const summary = textOf(find(main, '.nhsuk-error-summary'));
    expect(summary).toContain('About me was not saved. Check the contacts.');
    expect(summary).toContain('What carer or next of kin 1 may see is not a known choice');
  });

  it('on a conflict shows the current version and keeps the typed text', async () => {
    fake.on('GET', '/people/1/about-me', aboutMe());
    const main = await openPersonPage(fake, '/people/1/about-me/edit');
    find<HTMLInputElement>(main, 'input[name="writtenBy"][value="person"]').click();
    const story = find<HTMLTextAreaElement>(main, '#myStory');
    type(story, 'A new story');
    fake.fail('PUT', '/people/1/about-me', { status: 409, title: 'Conflict' });
    fake.on('GET', '/people/1/about-me', aboutMe({ version: 3, recordedBy: { id: 9, displayName: 'Ada' } }));
    submit(find<HTMLFormElement>(main, '[data-testid="about-me-form"]'));
    await settle();
    expect(textOf(find(main, '[data-testid="about-me-current"]'))).toContain('The current version: version 3');
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('Ada saved version 3');
    expect(textOf(find(main, '[data-testid="save-notice"]'))).toContain('Saving now replaces version 3');
    expect(story.value).toBe('A new story');
  });
});
