import { describe, expect, it } from 'vitest';
import { firstOf } from './firstOf.ts';

describe('firstOf', () => {
  it('keeps a short list as it is', () => {
    expect(firstOf([1, 2, 3], () => false, 3)).toEqual({ shown: [1, 2, 3], more: 0 });
  });

  it('shows the first entries and counts the rest, keeping the chosen one in its place', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(firstOf(items, () => false, 4)).toEqual({ shown: [0, 1, 2, 3], more: 6 });
    expect(firstOf(items, (i) => i === 8, 4)).toEqual({ shown: [0, 1, 2, 3, 8], more: 5 });
  });
});
