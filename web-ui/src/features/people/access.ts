// How the signed-in user came to see a person: the legitimate relationship.

import type { Person } from './types';
import { formatTime } from '../../core/format';

export function accessLabel(access: Person['access']): string {
  switch (access.basis) {
    case 'registered-practice':
      return 'Registered at your practice';
    case 'network-role':
      return 'Your role in their care network';
    case 'break-glass':
      return access.expiresAt ? `Emergency access until ${formatTime(access.expiresAt)}` : 'Emergency access';
    default:
      return access.basis;
  }
}

export function isEmergencyAccess(person: Person): boolean {
  return person.access.basis === 'break-glass';
}
