// Sign in: username and password. 401 shows the server's problem detail in
// the error summary; 429 shows the lock-out message.

import { ApiError } from '../../../core/api/problem';
import { signIn } from '../../../core/api/session';
import { showErrorSummary } from '../../../core/components/errorSummary';
import { textField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { h } from '../../../core/dom';
import { sentence } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { navigate, safeNext } from '../../../core/router';
import { setSession } from '../../../core/session';

export function renderSignIn(main: HTMLElement, url: URL): void {
  setTitle('Sign in');
  const username = textField({
    id: 'username',
    label: 'Username',
    autocomplete: 'username',
    widthClass: 'nhsuk-u-width-two-thirds',
  });
  const password = textField({
    id: 'password',
    label: 'Password',
    type: 'password',
    autocomplete: 'current-password',
    widthClass: 'nhsuk-u-width-two-thirds',
  });
  const slot = h('div');
  const errors = new FormErrors(slot, { username, password });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Sign in');
  const form = h('form', { novalidate: true, 'aria-label': 'Sign in' }, username.group, password.group, button);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const missing = [
      !username.input.value.trim() && { field: 'username', message: 'Enter your username' },
      !password.input.value && { field: 'password', message: 'Enter your password' },
    ].filter((e): e is { field: string; message: string } => Boolean(e));
    if (missing.length) {
      errors.show(missing);
      return;
    }
    button.disabled = true;
    try {
      setSession(await signIn(username.input.value.trim(), password.input.value));
      navigate(safeNext(url), { replace: true });
    } catch (error) {
      password.input.value = '';
      showSignInError(error, slot, errors);
    } finally {
      button.disabled = false;
    }
  });

  main.append(
    h(
      'div',
      { className: 'nhsuk-grid-row' },
      h(
        'div',
        { className: 'nhsuk-grid-column-two-thirds' },
        slot,
        h('h1', {}, 'Sign in'),
        h('p', {}, 'Sign in with the account your organisation gave you for the local care network.'),
        form,
      ),
    ),
  );
}

function showSignInError(error: unknown, slot: HTMLElement, errors: FormErrors): void {
  errors.clear();
  if (!(error instanceof ApiError)) throw error;
  const problem = error.problem;
  if (error.status === 429) {
    const wait = error.retryAfterSeconds
      ? ` Try again in ${Math.ceil(error.retryAfterSeconds / 60)} minutes.`
      : ' Try again later.';
    showErrorSummary(slot, {
      heading: 'Your account is locked',
      description: `There have been too many failed attempts to sign in, so signing in is locked for now.${wait}`,
      items: problem.detail ? [{ text: sentence(problem.detail) }] : [],
    });
  } else if (error.status === 400 && problem.errors?.length) {
    errors.show(problem.errors);
  } else {
    showErrorSummary(slot, {
      items: [
        { text: sentence(problem.detail ?? problem.title), targetId: error.status === 401 ? 'username' : undefined },
      ],
    });
  }
}
