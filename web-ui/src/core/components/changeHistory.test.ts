import { describe, expect, it } from 'vitest';
import { mountMain, textOf } from '../testing/page';
import { changeHistory } from './changeHistory';

describe('changeHistory', () => {
  it('lists the changes newest first, with the note and who made each', () => {
    const main = mountMain();
    main.append(
      changeHistory({
        id: 'door-history',
        changes: [
          { at: '2026-01-01T09:00:00Z', by: 'Grace Hopper', to: 'open', why: null },
          { at: '2026-01-02T09:00:00Z', by: null, to: 'shut', why: 'The wind' },
        ],
        change: (c) => `Now ${c.to}`,
        note: { header: 'Reason', cell: (c) => c.why },
      }),
    );
    const rows = [...main.querySelectorAll('[data-testid="door-history"] tbody tr')].map(textOf);
    expect(textOf(main.querySelector('h2'))).toBe('History');
    expect(rows[0]).toContain('Now shut');
    expect(rows[0]).toContain('The wind');
    expect(rows[0]).toContain('Not known');
    expect(rows[1]).toContain('Now open');
    expect(rows[1]).toContain('Grace Hopper');
  });
});
