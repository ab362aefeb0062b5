import { describe, expect, it } from 'vitest';
import { efiScore, evidenceText, excludedReason, frailtyLabel } from './format';

describe('case-finding words', () => {
  it('names frailty categories, and under-65s as not assessed', () => {
    expect(frailtyLabel('moderate')).toBe('Moderate frailty');
    expect(frailtyLabel(null)).toBe('Not assessed (under 65)');
    expect(efiScore(0.3055)).toBe('0.31');
    expect(efiScore(null)).toBeNull();
  });

  it('says why someone is excluded', () => {
    expect(excludedReason('died')).toBe('they have died');
    expect(excludedReason('something new')).toBe('something new');
    expect(excludedReason(null)).toBe('they are excluded');
  });

  it('writes evidence as a sentence', () => {
    expect(evidenceText({ source: 'event', code: '38341003', date: '2008-01-14' } as never)).toBe(
      'Coded record 38341003 on 14 January 2008',
    );
    expect(
      evidenceText({ source: 'medication', code: '35936511000001108', date: '2026-10-02', count: 4 } as never),
    ).toBe('Medication issue 35936511000001108 on 2 October 2026, 4 issues in the period');
    expect(evidenceText({ source: 'demographic', note: 'aged 85', date: '1941-03-09' } as never)).toBe(
      'Aged 85 (9 March 1941)',
    );
  });
});
