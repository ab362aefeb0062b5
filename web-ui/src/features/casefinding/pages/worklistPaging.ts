// Previous and next pages of the worklist.

import { pagination } from '../../../core/components/pagination';
import { viewPath, type WorklistView } from '../worklistView';

export function worklistPaging(view: WorklistView, total: number): HTMLElement | null {
  const pages = Math.max(1, Math.ceil(total / view.pageSize));
  if (pages === 1) return null;
  const link = (page: number) => ({ href: viewPath({ ...view, page }), label: `Page ${page} of ${pages}` });
  return pagination({
    label: 'Worklist pages',
    previous: view.page > 1 ? link(Math.min(view.page - 1, pages)) : null,
    next: view.page < pages ? link(view.page + 1) : null,
  });
}
