import { describe, expect, it } from 'vitest';
import { compareLessonIds, groupByNote, noteOf } from './order.ts';

describe('lesson order', () => {
  it('compares the numbers in ids as numbers', () => {
    const ids = [
      '002-10-external-traffic-policy',
      '002-2-sidecar',
      '001-1-why-services',
      '002-1-pods',
    ];
    expect([...ids].sort(compareLessonIds)).toEqual([
      '001-1-why-services',
      '002-1-pods',
      '002-2-sidecar',
      '002-10-external-traffic-policy',
    ]);
  });

  it('groups by study note in order', () => {
    const groups = groupByNote([
      { id: '004-1-a' },
      { id: '000-2-b' },
      { id: '000-10-c' },
      { id: '000-1-d' },
    ]);
    expect(groups.map((g) => [g.note, g.items.map((i) => i.id)])).toEqual([
      ['000', ['000-1-d', '000-2-b', '000-10-c']],
      ['004', ['004-1-a']],
    ]);
    expect(noteOf('003-4-node-down')).toBe('003');
  });
});
