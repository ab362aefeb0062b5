import { describe, expect, it } from 'vitest';
import {
  capitalise,
  fieldMessage,
  formatCount,
  formatDate,
  formatDateTime,
  formatDay,
  formatNhsNumber,
  formatTime,
  fullName,
  isoDate,
  normaliseNhsNumber,
  sentence,
} from './format';

describe('format', () => {
  it('shows NHS numbers as 3-3-4 and strips what people type between digits', () => {
    expect(formatNhsNumber('9990000026')).toBe('999 000 0026');
    expect(formatNhsNumber(null)).toBe('Not known');
    expect(formatNhsNumber('123')).toBe('123');
    expect(normaliseNhsNumber('999 000-0026')).toBe('9990000026');
  });

  it('writes dates the NHS way', () => {
    expect(formatDate('1938-04-12')).toBe('12 April 1938');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('shows server timestamps in UK time, summer and winter', () => {
    expect(formatTime('2026-07-01T09:05:00.123456Z')).toBe('10:05');
    expect(formatTime('2026-01-01T09:05:00Z')).toBe('09:05');
    expect(formatDateTime('2026-11-22T11:55:00Z')).toBe('22 November 2026 at 11:55');
    expect(formatDay('2026-06-30T23:30:00Z')).toBe('1 July 2026');
  });

  it('builds ISO dates from the date input, refusing impossible ones', () => {
    expect(isoDate('5', '1', '2024')).toBe('2024-01-05');
    expect(isoDate('31', '2', '2024')).toBeNull();
    expect(isoDate('1', '1', '24')).toBeNull();
  });

  it('turns server fragments into sentences and field messages', () => {
    expect(sentence('is required')).toBe('Is required.');
    expect(sentence('Done!')).toBe('Done!');
    expect(fieldMessage('Family name', 'is required')).toBe('Family name is required');
    expect(fieldMessage('Family name', 'Enter a name')).toBe('Enter a name');
    expect(capitalise('referral')).toBe('Referral');
    expect(fullName({ givenName: 'Doris', familyName: 'Day' })).toBe('Doris Day');
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount(null)).toBe('Not known');
  });
});
