// An in-memory ApiClient for unit tests: answers by method and path from
// replies the test sets, records every call, and throws ApiError for a
// problem reply or for a call nobody expected (so a test fails loudly).
// Only tests import this file; the build never reaches it.

import { useClient, type ApiClient, type Method, type RequestOptions } from '../api/client';
import { ApiError, type Problem } from '../api/problem';

type ReplyFn = (body: unknown, path: string) => unknown;
type Reply = ReplyFn | object | string | number | boolean | null | undefined;

interface Route {
  method: Method;
  path: string | RegExp;
  reply: Reply;
  problem?: Problem;
}

export interface Call {
  method: Method;
  path: string;
  body: unknown;
}

export class FakeClient implements ApiClient {
  readonly calls: Call[] = [];
  private routes: Route[] = [];

  /** Answers `method path` (the path after /api/v1, query included; or a RegExp) with a body or a function of the request body. */
  on(method: Method, path: string | RegExp, reply: Reply): this {
    this.routes.unshift({ method, path, reply });
    return this;
  }

  /** Like on(), but only when no other reply matches (a default a test may override, before or after). */
  otherwise(method: Method, path: string | RegExp, reply: Reply): this {
    this.routes.push({ method, path, reply });
    return this;
  }

  /** Answers `method path` with a problem (RFC 9457) of the given status. */
  fail(method: Method, path: string | RegExp, problem: Partial<Problem> & { status: number }): this {
    const full: Problem = { type: 'about:blank', title: `Error ${problem.status}`, ...problem };
    this.routes.unshift({ method, path, reply: undefined, problem: full });
    return this;
  }

  /** The calls made with this method to a path starting with `prefix`. */
  callsTo(method: Method, prefix: string): Call[] {
    return this.calls.filter((c) => c.method === method && c.path.startsWith(prefix));
  }

  async request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
    this.calls.push({ method, path, body: options.body });
    const route = this.routes.find(
      (r) => r.method === method && (typeof r.path === 'string' ? r.path === path : r.path.test(path)),
    );
    if (!route) {
      throw new ApiError({ type: '/problems/fake', title: `No fake reply for ${method} ${path}`, status: 404 });
    }
    if (route.problem) throw new ApiError(route.problem);
    const reply = typeof route.reply === 'function' ? (route.reply as ReplyFn)(options.body, path) : route.reply;
    return structuredClone(reply) as T;
  }
}

/** A new fake, installed as the client every API call goes through. */
export function installFakeClient(): FakeClient {
  const fake = new FakeClient();
  useClient(fake);
  return fake;
}
