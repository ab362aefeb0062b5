// The sections of the person page, found in each feature's personSection.ts
// (features/*/personSection.ts, each exports `section`), in their navigation order. Planned, with their order: Summary 10,
// Enrolment 15, About me 20, Assessments 30, Care plan 40, Care team 50,
// Tasks 60, MDT 65, Timeline 70.

import type { PersonSection } from '../section';

const modules = import.meta.glob<{ section: PersonSection }>('../../*/personSection.ts', { eager: true });

export const SECTIONS: PersonSection[] = Object.values(modules)
  .map((m) => m.section)
  .sort((a, b) => a.order - b.order);

export function findSection(slug: string): PersonSection | undefined {
  return SECTIONS.find((s) => s.slug === slug);
}
