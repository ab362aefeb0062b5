import { request } from '../../core/api/client';
import type { ExtractFile, ImportRecord, ImportResult } from './registerTypes';

export async function listImports(): Promise<ImportRecord[]> {
  const page = await request<{ items: ImportRecord[] }>('GET', '/register/imports');
  return page.items;
}

/** Uploads an extract's CSV files; `partial` keeps people missing from it on their practice. */
export function uploadExtract(files: Partial<Record<ExtractFile, File>>, partial: boolean): Promise<ImportResult> {
  const form = new FormData();
  for (const [name, file] of Object.entries(files)) {
    if (file) form.append(name, file, file.name);
  }
  return request<ImportResult>('POST', `/register/imports?partial=${partial ? 'true' : 'false'}`, { body: form });
}
