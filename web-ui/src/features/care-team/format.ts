// Words for care-team roles.

import type { ReferralService } from '../tasks/types';
import { SERVICES } from '../tasks/format';

/** A care-team role as written, or a referral service's name for a service code (older accepted referrals; the server now writes the name). */
export function roleLabel(role: string): string {
  return SERVICES[role as ReferralService] ?? role;
}

/** Roles offered as suggestions when adding a care-team member; any words may be used. */
export const ROLE_SUGGESTIONS = [
  'GP',
  'Practice nurse',
  'Care coordinator',
  'District nurse',
  'Community matron',
  'Social worker',
  'Care navigator',
  'Social prescribing link worker',
  'Community mental health nurse',
  'Pharmacist',
  'Geriatrician',
  'Care home manager',
  'Carer support worker',
];
