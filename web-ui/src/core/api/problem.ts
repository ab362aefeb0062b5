// RFC 9457 problem details, as returned by the LCN server for every error.

import type { Schemas } from './schemas';

/** One field's error in a problem's `errors`: its body path and what is wrong. */
export type FieldError = NonNullable<Schemas['Problem']['errors']>[number];

/**
 * The server's problem (Schemas['Problem']), with `detail` optional: the web UI
 * also makes problems itself (no network, a proxy's error page) and some have none.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const NO_LEGITIMATE_RELATIONSHIP = '/problems/no-legitimate-relationship';

/** Thrown by the API client for any non-2xx response. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The message for one field from the problem's `errors`, if any. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }

  is(type: string): boolean {
    return this.problem.type === type;
  }
}

/** Builds a Problem from a response body that may or may not be one. */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  if (body && typeof body === 'object' && 'title' in body) {
    const p = body as Partial<Problem>;
    return {
      ...p,
      type: typeof p.type === 'string' ? p.type : 'about:blank',
      title: String(p.title),
      status: typeof p.status === 'number' ? p.status : status,
      errors: Array.isArray(p.errors) ? p.errors : undefined,
    };
  }
  return { type: 'about:blank', title: statusText || `Error ${status}`, status };
}
