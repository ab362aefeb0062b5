import { beforeEach, describe, expect, it } from 'vitest';
import { setSession } from '../../core/session';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, mountMain, settle, submit, textOf, type } from '../../core/testing/page';
import { renderSignIn } from './pages/signIn';

describe('sign in', () => {
  let fake: FakeClient;
  let main: HTMLElement;
  beforeEach(() => {
    fake = installFakeClient();
    setSession(null);
    main = mountMain();
    renderSignIn(main, new URL('http://lcn.test/signin?next=/worklist'));
  });

  it('asks for both answers before sending anything', async () => {
    submit(find<HTMLFormElement>(main, 'form'));
    await settle();
    const summary = textOf(find(main, '.nhsuk-error-summary'));
    expect(summary).toContain('Enter your username');
    expect(summary).toContain('Enter your password');
    expect(fake.calls).toHaveLength(0);
  });

  it('shows the server’s refusal from its problem body', async () => {
    fake.fail('POST', '/session', { status: 401, title: 'Unauthorised', detail: 'the username or password is wrong' });
    type(find<HTMLInputElement>(main, '#username'), 'grace');
    type(find<HTMLInputElement>(main, '#password'), 'nope');
    submit(find<HTMLFormElement>(main, 'form'));
    await settle();
    expect(textOf(find(main, '.nhsuk-error-summary'))).toContain('The username or password is wrong');
    expect(fake.callsTo('POST', '/session')[0]!.body).toEqual({ username: 'grace', password: 'nope' });
  });
});
