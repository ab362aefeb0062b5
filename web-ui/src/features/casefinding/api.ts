import { API_BASE, request } from '../../core/api/client';
import type {
  CountsReport,
  Definitions,
  NewEvent,
  PersonFindings,
  RecordedEvent,
  WorklistFilters,
  WorklistPage,
} from './types';

export function getDefinitions(): Promise<Definitions> {
  return request<Definitions>('GET', '/casefinding/definitions');
}

/** The filters as a query string, leaving out the empty ones. */
export function worklistParams(filters: WorklistFilters, page?: { offset: number; limit: number }): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  if (page) {
    params.set('offset', String(page.offset));
    params.set('limit', String(page.limit));
  }
  return params;
}

export function getWorklist(filters: WorklistFilters, offset: number, limit: number): Promise<WorklistPage> {
  return request<WorklistPage>('GET', `/worklist?${worklistParams(filters, { offset, limit }).toString()}`);
}

/** Where the browser downloads the whole worklist as CSV (same filters, no paging). */
export function worklistExportUrl(filters: WorklistFilters): string {
  const query = worklistParams(filters).toString();
  return `${API_BASE}/worklist/export${query ? `?${query}` : ''}`;
}

export function getCounts(scope: { areaId?: string; practiceId?: string } = {}): Promise<CountsReport> {
  const query = worklistParams(scope).toString();
  return request<CountsReport>('GET', `/casefinding/counts${query ? `?${query}` : ''}`);
}

export function getFindings(personId: number): Promise<PersonFindings> {
  return request<PersonFindings>('GET', `/people/${encodeURIComponent(personId)}/findings`);
}

export function recordEvent(personId: number, event: NewEvent): Promise<RecordedEvent> {
  return request('POST', `/people/${encodeURIComponent(personId)}/events`, { body: event });
}
