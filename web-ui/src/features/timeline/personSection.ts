// Timeline: everything that happened in the person's care, newest first, with
// filters by type and period in the address (/people/{id}/timeline?types=note&from=&to=),
// "Show more" paging, and the care team's notes (writing one; marking your own
// as written in error).

import type { PersonSection } from '../people/section';
import { timelinePage } from './pages/timelinePage';

export const section: PersonSection = {
  slug: 'timeline',
  title: 'Timeline',
  order: 70,
  render: timelinePage,
};
