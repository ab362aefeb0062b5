import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, signInAs, textOf } from '../../core/testing/page';
import { openPersonPage } from '../people/testing';
import { vocabulary } from './testing';
import type { AboutMe } from './types';

function aVersion(version: number, latestVersion = 3): AboutMe {
  return {
    personId: 1,
    version,
    latestVersion,
    writtenBy: 'carer',
    writtenWith: null,
    note: 'After her hip operation',
    recordedBy: { id: 9, displayName: 'Ada Lovelace' },
    recordedAt: '2026-01-08T10:00:00Z',
    content: {
      whatMattersToMe: 'Getting back into the garden',
      myStory: 'I was a teacher',
      peopleWhoSupportMe: 'Jane',
      communicationNeeds: { formats: [], interpreterNeeded: false, language: '', otherNeeds: '' },
      contacts: [],
    },
  };
}

describe('one version of About me', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
    fake.on('GET', '/about-me/vocabulary', vocabulary);
  });

  it('shows an earlier version as it was, who wrote it, and links to the versions either side', async () => {
    fake.on('GET', '/people/1/about-me/versions/2', aVersion(2));
    const main = await openPersonPage(fake, '/people/1/about-me/versions/2');
    expect(fake.callsTo('GET', '/people/1/about-me/versions/')).toHaveLength(1);
    expect(textOf(find(main, 'h2'))).toBe('About me, version 2 of 3');
    expect(textOf(find(main, '[data-testid="version-status"]'))).toBe(
      'This is an earlier version. See the current version.',
    );
    const version = textOf(find(main, '[data-testid="about-me-version"]'));
    expect(version).toContain('Getting back into the garden');
    expect(version).toContain('Written by their carer');
    expect(textOf(find(main, 'a[href="/people/1/about-me/versions/1"]'))).toBe('Version 1 (older)');
    expect(textOf(find(main, 'a[href="/people/1/about-me/versions/3"]'))).toBe('Version 3 (newer)');
    expect(document.title).toContain('About me, version 2');
  });

  it('says when the version shown is the current one, with no newer version to go to', async () => {
    fake.on('GET', '/people/1/about-me/versions/3', aVersion(3));
    const main = await openPersonPage(fake, '/people/1/about-me/versions/3');
    expect(textOf(find(main, '[data-testid="version-status"]'))).toBe('This is the current version.');
    expect(main.querySelector('a[href="/people/1/about-me/versions/4"]')).toBeNull();
  });

  it('a version that does not exist shows the server’s problem', async () => {
    fake.fail('GET', '/people/1/about-me/versions/9', {
      status: 404,
      title: 'Not found',
      detail: 'About me has no version 9',
    });
    const main = await openPersonPage(fake, '/people/1/about-me/versions/9');
    const problem = textOf(find(main, '[data-testid="problem"]'));
    expect(problem).toContain('Not found');
    expect(problem).toContain('About me has no version 9.');
    expect(find(main, 'a[href="/people/1/about-me"]')).toBeTruthy();
  });
});
