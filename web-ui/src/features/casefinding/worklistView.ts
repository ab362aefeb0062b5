// The worklist page's state lives in its address (/worklist?cohort=...&page=2),
// so that filters survive a reload, the back button works and a view can be
// shared. This module reads and writes that address.

import type { WorklistFilters, WorklistSort } from './types';

export const DEFAULT_COHORT = 'ltc3';
/** The cohort value meaning "people in any cohort". */
export const ANY_COHORT = 'any';
export const PAGE_SIZES = [10, 25, 50, 100];
const DEFAULT_PAGE_SIZE = 25;
const SORTS: WorklistSort[] = ['conditions', 'frailty', 'admissions', 'age'];
const TEXT_FILTERS = ['practiceId', 'areaId', 'minAge', 'maxAge', 'condition', 'frailty', 'minAdmissions'] as const;

export interface WorklistView {
  /** Scope, cohort and filters as the page shows them (cohort may be ANY_COHORT). */
  filters: WorklistFilters;
  page: number;
  pageSize: number;
}

export function readView(url: URL): WorklistView {
  const q = url.searchParams;
  const filters: WorklistFilters = { cohort: q.get('cohort') || DEFAULT_COHORT };
  for (const key of TEXT_FILTERS) {
    const value = q.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = q.get('sort') as WorklistSort | null;
  filters.sort = sort && SORTS.includes(sort) ? sort : 'conditions';
  filters.order = q.get('order') === 'asc' ? 'asc' : 'desc';
  const size = Number(q.get('pageSize'));
  const page = Number(q.get('page'));
  return {
    filters,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The filters to send to the API: "any cohort" is no cohort. */
export function apiFilters(view: WorklistView): WorklistFilters {
  const { cohort, ...rest } = view.filters;
  return cohort === ANY_COHORT ? rest : { ...rest, cohort };
}

export function viewPath(view: WorklistView): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(view.filters)) {
    if (typeof value === 'string' && value !== '') q.set(key, value);
  }
  if (view.page > 1) q.set('page', String(view.page));
  if (view.pageSize !== DEFAULT_PAGE_SIZE) q.set('pageSize', String(view.pageSize));
  return `/worklist?${q.toString()}`;
}

let lastPath = '/worklist';

/** Remembers the worklist the user last saw, for "Back to the worklist" links. */
export function rememberWorklist(path: string): void {
  lastPath = path;
}

export function lastWorklistPath(): string {
  return lastPath;
}
