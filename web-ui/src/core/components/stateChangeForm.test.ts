import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { h } from '../dom';
import { find, mountMain, settle, submit, textOf, type } from '../testing/page';
import { textAreaField } from './fields';
import { stateChangeForm } from './stateChangeForm';

describe('stateChangeForm', () => {
  let main: HTMLElement;
  let errorSlot: HTMLElement;
  let sent: Array<{ state: string; note: string }>;
  let reply: () => Promise<void>;
  beforeEach(() => {
    main = mountMain();
    errorSlot = h('div');
    sent = [];
    reply = () => Promise.resolve();
    const reason = textAreaField({ id: 'why', label: 'Why?' });
    main.append(
      errorSlot,
      stateChangeForm<'open' | 'shut'>({
        id: 'door-change',
        radiosId: 'doorChange',
        heading: 'Move the door on',
        intro: 'Everyone sees it.',
        items: [
          { value: 'open', text: 'Open it' },
          { value: 'shut', text: 'Shut it', note: reason },
        ],
        errorSlot,
        fields: () => ({ reason }),
        check: (state, note) => (state === 'shut' && !note ? [{ field: 'reason', message: 'Enter why' }] : []),
        save: (state, note) => {
          sent.push({ state, note });
          return reply();
        },
        refused: { thing: 'door', reload: () => undefined, allowedLabel: (s) => `${s} it` },
      }),
    );
  });

  const form = () => find<HTMLFormElement>(main, 'form[data-testid="door-change"]');

  it('offers the allowed changes; asks for a choice and the note it needs, then sends them', async () => {
    expect(textOf(form())).toContain('Open it');
    submit(form());
    await settle();
    expect(textOf(errorSlot)).toContain('Choose what you want to do');
    find<HTMLInputElement>(main, 'input[value="shut"]').click();
    submit(form());
    await settle();
    expect(textOf(errorSlot)).toContain('Enter why');
    type(find<HTMLTextAreaElement>(main, '#why'), ' The wind ');
    submit(form());
    await settle();
    expect(sent).toEqual([{ state: 'shut', note: 'The wind' }]);
  });

  it('a change no longer allowed is shown with the changes allowed now', async () => {
    reply = () =>
      Promise.reject(
        new ApiError({
          type: '/problems/illegal-change',
          title: 'Illegal change',
          status: 409,
          detail: 'it is already open',
          allowed: ['shut'],
        }),
      );
    find<HTMLInputElement>(main, 'input[value="open"]').click();
    submit(form());
    await settle();
    const summary = textOf(errorSlot);
    expect(summary).toContain('This change is not allowed');
    expect(summary).toContain('It is already open.');
    expect(summary).toContain('Changes allowed now: shut it.');
  });
});
