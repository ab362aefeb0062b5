import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { textField } from '../components/fields';
import { h } from '../dom';
import { mountMain, settle, textOf, type } from '../testing/page';
import { formState } from './formState';

describe('formState', () => {
  let main: HTMLElement;
  beforeEach(() => {
    main = mountMain();
  });

  function setUp(save: (value: string) => Promise<void>) {
    const name = textField({ id: 'name', label: 'Name' });
    const button = h('button', { type: 'submit' }, 'Save');
    const form = h('form', {}, name.group, button);
    const errorSlot = h('div');
    main.append(errorSlot, form);
    let conflicts = 0;
    const state = formState({
      form,
      button,
      errorSlot,
      read: () => {
        const value = name.input.value.trim();
        return { value, problems: value ? [] : [{ field: 'name', message: 'Enter a name' }] };
      },
      fields: () => ({ name }),
      save,
      onConflict: async () => {
        conflicts++;
      },
      notSaved: () => 'Not saved.',
      thing: 'thing',
      reload: () => undefined,
    });
    return { state, name, button, errorSlot, conflicts: () => conflicts };
  }

  it('is dirty once the user types, and clean again after saving', async () => {
    const { state, name } = setUp(async () => undefined);
    expect(state.dirty).toBe(false);
    type(name.input, 'Doris');
    expect(state.dirty).toBe(true);
    await state.submit();
    expect(state.dirty).toBe(false);
  });

  it('disables the button while the save is in flight, and sends once', async () => {
    let finish = () => undefined as void;
    let sent = 0;
    const { state, name, button } = setUp(() => {
      sent++;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    type(name.input, 'Doris');
    const first = state.submit();
    void state.submit();
    expect(state.submitting).toBe(true);
    expect(button.disabled).toBe(true);
    finish();
    await first;
    expect(button.disabled).toBe(false);
    expect(sent).toBe(1);
  });

  it('shows its own and the server’s field errors, and hands a conflict to the form', async () => {
    let reply: ApiError = new ApiError({
      type: 'about:blank',
      title: 'Invalid',
      status: 400,
      errors: [{ field: 'name', message: 'is too long' }],
    });
    const { state, name, errorSlot, conflicts } = setUp(() => Promise.reject(reply));
    await state.submit();
    expect(textOf(errorSlot)).toContain('Enter a name');
    type(name.input, 'Doris');
    await state.submit();
    expect(textOf(errorSlot)).toContain('Not saved.');
    expect(textOf(errorSlot)).toContain('Name is too long');
    reply = new ApiError({ type: 'about:blank', title: 'Conflict', status: 409 });
    await state.submit();
    await settle();
    expect(conflicts()).toBe(1);
    expect(textOf(errorSlot)).toBe('');
  });
});
