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

  it('prints an own __proto__ key, an undefined field and an undefined item as ever', () => {
    const hostile = JSON.parse('{"b":{"d":1,"c":2},"__proto__":{"x":1},"a":2}') as object;
    expect(sortedJson(hostile)).toBe('{"__proto__":{"x":1},"a":2,"b":{"c":2,"d":1}}');
    expect(sortedJson({ b: 1, a: undefined })).toBe('{"a":undefined,"b":1}');
    expect(sortedJson({ a: [1, undefined, 2] })).toBe('{"a":[1,,2]}');
  });

  it('sorts by UTF-16 code units, as Go sorts map keys byte by byte for ASCII', () => {
    expect(sortedJson({ b: 1, B: 2, a: [{ z: null, y: 'x' }], '10': 0, '9': 0, '': 0 })).toBe(
      '{"":0,"10":0,"9":0,"B":2,"a":[{"y":"x","z":null}],"b":1}',
    );
  });
});
