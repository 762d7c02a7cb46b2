import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedJson } from './sortedJson.ts';

/**
 * The plain definition, mapped and joined (a sorted copy through JSON.stringify would not do: an
 * object lists integer-like keys first whatever order they were added in).
 */
function plain(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(plain).join(',')}]`;
  if (typeof v !== 'object' || v === null) return JSON.stringify(v);
  const o = v as Record<string, unknown>;
  const fields = Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${plain(o[k])}`);
  return `{${fields.join(',')}}`;
}

describe('sortedJson', () => {
  it('is JSON with its keys sorted at every level', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(sortedJson(v)).toBe(plain(v));
        expect(JSON.parse(sortedJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts by UTF-16 code units, as Go sorts map keys byte by byte for ASCII', () => {
    expect(sortedJson({ b: 1, B: 2, a: [{ z: null, y: 'x' }], '10': 0, '9': 0, '': 0 })).toBe(
      '{"":0,"10":0,"9":0,"B":2,"a":[{"y":"x","z":null}],"b":1}',
    );
  });
});
