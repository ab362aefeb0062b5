import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { textField } from '../components/fields';
import { h } from '../dom';
import { find, mountMain, settle, submit, textOf, type } from '../testing/page';
import { versionedForm, type Version } from './versionedForm';

describe('versionedForm', () => {
  let main: HTMLElement;
  beforeEach(() => {
    main = mountMain();
  });

  /** A one-field editor opened on version 2, whose saves and reads the test answers. */
  function setUp(answers: { save: (version: number) => Promise<void>; current: () => Promise<Version> }) {
    const name = textField({ id: 'name', label: 'Name' });
    const button = h('button', { type: 'submit' }, 'Save');
    const saveNotice = h('div', { 'data-testid': 'save-notice' });
    const form = h('form', {}, name.group, saveNotice, button);
    const errorSlot = h('div');
    const sent: Array<{ value: string; version: number }> = [];
    main.append(
      errorSlot,
      versionedForm({
        form,
        button,
        errorSlot,
        conflictSlot: h('div'),
        saveNotice,
        version: 2,
        read: () => ({ value: name.input.value, problems: [] }),
        fields: () => ({ name }),
        save: (value, version) => {
          sent.push({ value, version });
          return answers.save(version);
        },
        current: answers.current,
        conflict: (current, { edited, who }) => ({
          name: 'thing',
          heading: `The current thing: version ${current.version}`,
          body: [h('p', {}, `Replaces ${edited}`)],
          summaryHeading: 'Someone else changed this thing',
          description: `${who} saved version ${current.version}.`,
          linkText: `Read version ${current.version}`,
        }),
        notSaved: () => 'Not saved.',
        thing: 'thing',
        reload: () => undefined,
      }),
    );
    return { form, name, errorSlot, sent };
  }

  const conflict = () => Promise.reject(new ApiError({ type: '/problems/conflict', title: 'Conflict', status: 409 }));

  it('sends the version it opened; after a conflict shows the current one and then saves over it', async () => {
    let saves = 0;
    const { form, name, errorSlot, sent } = setUp({
      save: () => (++saves === 1 ? conflict() : Promise.resolve()),
      current: async () => ({ version: 3, recordedBy: { displayName: 'Ada' } }),
    });
    type(name.input, 'Doris');
    submit(form);
    await settle();
    expect(textOf(find(main, '[data-testid="thing-current"]'))).toContain('The current thing: version 3');
    expect(textOf(find(main, '[data-testid="thing-current"]'))).toContain('Replaces 2');
    expect(textOf(errorSlot)).toContain('Ada saved version 3.');
    expect(textOf(find(main, '[data-testid="save-notice"]'))).toContain('Saving now replaces version 3');
    expect(name.input.value).toBe('Doris');
    submit(form);
    await settle();
    expect(sent).toEqual([
      { value: 'Doris', version: 2 },
      { value: 'Doris', version: 3 },
    ]);
  });

  it('when the current version cannot be read either, says so and keeps the version it edits', async () => {
    const { form, errorSlot, sent } = setUp({
      save: conflict,
      current: () =>
        Promise.reject(new ApiError({ type: 'about:blank', title: 'Gone', status: 503, detail: 'try later' })),
    });
    submit(form);
    await settle();
    expect(textOf(errorSlot)).toContain('Try later.');
    expect(main.querySelector('[data-testid="thing-current"]')).toBeNull();
    submit(form);
    await settle();
    expect(sent.map((s) => s.version)).toEqual([2, 2]);
  });
});
