// History-based routing. The server answers index.html for any path that is
// not /api or a file, so deep links and reloads work.

export type Params = Record<string, string>;

export interface Route {
  /** A path pattern such as "/people/:id". */
  pattern: string;
  handler: (params: Params, url: URL) => void | Promise<void>;
}

let routes: Route[] = [];
let fallback: Route['handler'] = () => undefined;

export function matchPath(pattern: string, path: string): Params | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    const value = got[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return null;
  }
  return params;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, location.origin);
  if (url.origin !== location.origin) {
    location.assign(url.href);
    return;
  }
  const target = url.pathname + url.search;
  if (options.replace) history.replaceState(null, '', target);
  else if (target !== location.pathname + location.search) history.pushState(null, '', target);
  void dispatch();
}

/** The current path and query, for returning here after signing in. */
export function currentPath(): string {
  return location.pathname + location.search;
}

let lastPath = '';

async function dispatch(): Promise<void> {
  lastPath = location.pathname + location.search;
  const url = new URL(location.href);
  for (const route of routes) {
    const params = matchPath(route.pattern, url.pathname);
    if (params) {
      await route.handler(params, url);
      return;
    }
  }
  await fallback({}, url);
}

function interceptLinks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a');
  if (!link || link.target || link.hasAttribute('download')) return;
  const href = link.getAttribute('href');
  if (!href || !href.startsWith('/') || href.startsWith('//')) return;
  event.preventDefault();
  navigate(href);
}

export function startRouter(table: Route[], notFound: Route['handler']): void {
  routes = table;
  fallback = notFound;
  document.addEventListener('click', interceptLinks);
  window.addEventListener('popstate', () => {
    // In-page fragment links fire popstate too; only re-render on a new page.
    if (location.pathname + location.search === lastPath) return;
    void dispatch();
  });
  void dispatch();
}

/** Where to go after signing in: a local path only, never another site. */
export function safeNext(url: URL): string {
  const next = url.searchParams.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/signin') ? next : '/';
}
