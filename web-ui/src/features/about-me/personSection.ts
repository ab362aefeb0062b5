// About me: what the person wants everyone who supports them to know, told
// once: the current version with who wrote it (/people/{id}/about-me), each
// earlier version (/people/{id}/about-me/versions/{n}) and writing the next
// one (/people/{id}/about-me/edit).

import { can } from '../../core/permissions';
import { aboutMeEditPage, aboutMePage, aboutMeVersionPage } from './pages/pages';
import type { PersonSection } from '../people/section';

export const section: PersonSection = {
  slug: 'about-me',
  title: 'About me',
  order: 20,
  render(ctx) {
    const [first, second] = ctx.rest;
    if (first === 'edit' && can('about-me:write')) return aboutMeEditPage(ctx);
    if (first === 'versions' && second && /^\d+$/.test(second)) return aboutMeVersionPage(ctx, Number(second));
    return aboutMePage(ctx);
  },
};
