// Care plan: the person's personalised care and support plan (/people/{id}/care-plan),
// each version (/people/{id}/care-plan/versions/{n}), what changed between two
// (/people/{id}/care-plan/compare?from=&to=) and the editor (/people/{id}/care-plan/edit).
// The person's printable copy is the server's page, opened in a new tab.

import { can } from '../../core/permissions';
import { carePlanComparePage, carePlanEditPage, carePlanPage, carePlanVersionPage } from './pages/pages';
import type { PersonSection } from '../people/section';

export const section: PersonSection = {
  slug: 'care-plan',
  title: 'Care plan',
  order: 40,
  render(ctx) {
    const [first, second] = ctx.rest;
    if (first === 'edit' && can('care-plan:write')) return carePlanEditPage(ctx);
    if (first === 'versions' && second && /^\d+$/.test(second)) return carePlanVersionPage(ctx, Number(second));
    if (first === 'compare') return carePlanComparePage(ctx);
    return carePlanPage(ctx);
  },
};
