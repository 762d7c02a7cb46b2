import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nanosHex } from './events.ts';

describe('event names', () => {
  it('spell milliseconds * 10^6 + a revision in hex exactly, past 2^53', () => {
    // 2025-01-06T10:00:00Z and revision 4711: the product is far beyond a double's integers.
    expect(nanosHex(1736157600000, 4711)).toBe((1736157600000n * 1000000n + 4711n).toString(16));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4102444800000 }),
        fc.integer({ min: 0, max: 999999 }),
        (millis, extra) =>
          nanosHex(millis, extra) === (BigInt(millis) * 1000000n + BigInt(extra)).toString(16),
      ),
      { seed: 42, numRuns: 2000 },
    );
  });
});
