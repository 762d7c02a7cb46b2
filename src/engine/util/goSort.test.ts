import { describe, expect, it } from 'vitest';
import { goSortArray } from './goSort.ts';
import { naturalLess } from './naturalLess.ts';
// Written by Go's own sort.Sort and sortorder.NaturalLess (scripts/reference/goSortVectors.go).
import vectors from './goSort.vectors.json' with { type: 'json' };

describe("Go's sort.Sort", () => {
  it('leaves equal keys in the order Go leaves them (sorted, reversed, sawtooth, random, missing)', () => {
    expect(vectors.sort.length).toBeGreaterThan(100);
    for (const { keys, order } of vectors.sort) {
      const items = keys.map((key, origin) => ({ key, origin }));
      // kubectl's Less: an item without the field (-1 here) sorts before anything.
      goSortArray(items, (a, b) => a.key < 0 || (b.key >= 0 && a.key < b.key));
      expect(items.map((i) => i.origin)).toEqual(order);
    }
  });
});

describe('sortorder.NaturalLess', () => {
  it('orders digit runs by value, digits before other characters, bytes otherwise', () => {
    for (const { strings, sorted } of vectors.natural)
      expect(
        [...strings].sort((a, b) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0)),
      ).toEqual(sorted);
  });
});
