// Route table and the sign-in guard.

import { configureClient } from './core/api/client';
import { renderLayout } from './core/layout';
import { renderCounts } from './features/casefinding/pages/counts';
import { renderFindPerson } from './features/people/pages/findPerson';
import { renderImports } from './features/casefinding/pages/imports';
import { renderCase } from './features/mdt/pages/casePage';
import { renderMeetings } from './features/mdt/pages/list';
import { renderMeeting } from './features/mdt/pages/meeting';
import { renderNewMeeting } from './features/mdt/pages/newMeeting';
import { renderNetworks } from './features/directory/pages/networks';
import { renderNotFound } from './core/notFound';
import { renderPersonPage } from './features/people/pages/personPage';
import { renderReviews } from './features/reviews/pages/reviews';
import { renderSignIn } from './features/session/pages/signIn';
import { renderInbox } from './features/tasks/pages/inbox';
import { renderTask } from './features/tasks/pages/task';
import { renderWhy } from './features/casefinding/pages/why';
import { renderWorklist } from './features/casefinding/pages/worklist';
import { currentPath, navigate, safeNext, startRouter, type Params } from './core/router';
import { csrfToken, loadSession, setSession } from './core/session';
import { loadStaffRoles } from './core/staffRoles';

type Page = (main: HTMLElement, params: Params, url: URL) => void | Promise<void>;

function signInPath(): string {
  const here = currentPath();
  return here === '/' || here.startsWith('/signin') ? '/signin' : `/signin?next=${encodeURIComponent(here)}`;
}

function signedIn(page: Page) {
  return async (params: Params, url: URL) => {
    if (!(await loadSession())) {
      navigate(signInPath(), { replace: true });
      return;
    }
    await loadStaffRoles();
    await page(renderLayout(url.pathname), params, url);
  };
}

export function startApp(): void {
  configureClient({
    csrfToken,
    onUnauthorised: () => {
      setSession(null);
      navigate(signInPath(), { replace: true });
    },
  });
  startRouter(
    [
      {
        pattern: '/signin',
        handler: async (_params, url) => {
          if (await loadSession()) navigate(safeNext(url), { replace: true });
          else renderSignIn(renderLayout(url.pathname), url);
        },
      },
      { pattern: '/', handler: signedIn((main) => renderNetworks(main, null)) },
      { pattern: '/networks/:id', handler: signedIn((main, p) => renderNetworks(main, Number(p.id))) },
      { pattern: '/people', handler: signedIn((main) => renderFindPerson(main)) },
      {
        pattern: '/people/:id',
        handler: signedIn((main, p, url) => renderPersonPage(main, Number(p.id), '', [], url)),
      },
      { pattern: '/people/:id/why', handler: signedIn((main, p) => renderWhy(main, Number(p.id))) },
      // The person page's sections (features/*/personSection.ts), with up to two further segments.
      {
        pattern: '/people/:id/:section',
        handler: signedIn((main, p, url) => renderPersonPage(main, Number(p.id), p.section!, [], url)),
      },
      {
        pattern: '/people/:id/:section/:a',
        handler: signedIn((main, p, url) => renderPersonPage(main, Number(p.id), p.section!, [p.a!], url)),
      },
      {
        pattern: '/people/:id/:section/:a/:b',
        handler: signedIn((main, p, url) => renderPersonPage(main, Number(p.id), p.section!, [p.a!, p.b!], url)),
      },
      { pattern: '/tasks', handler: signedIn((main, _p, url) => renderInbox(main, url)) },
      { pattern: '/tasks/:id', handler: signedIn((main, p) => renderTask(main, Number(p.id))) },
      { pattern: '/mdt', handler: signedIn((main, _p, url) => renderMeetings(main, url)) },
      { pattern: '/mdt/new', handler: signedIn((main, _p, url) => renderNewMeeting(main, url)) },
      { pattern: '/mdt/:id', handler: signedIn((main, p, url) => renderMeeting(main, Number(p.id), url)) },
      {
        pattern: '/mdt/:id/cases/:caseId',
        handler: signedIn((main, p, url) => renderCase(main, Number(p.id), Number(p.caseId), url)),
      },
      { pattern: '/reviews', handler: signedIn((main, _p, url) => renderReviews(main, url)) },
      { pattern: '/worklist', handler: signedIn((main, _p, url) => renderWorklist(main, url)) },
      { pattern: '/counts', handler: signedIn((main, _p, url) => renderCounts(main, url)) },
      { pattern: '/imports', handler: signedIn((main) => renderImports(main)) },
    ],
    signedIn((main) => renderNotFound(main)),
  );
}
