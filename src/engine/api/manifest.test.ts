import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest.ts';

describe('manifest parsing', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const r = parseManifest(text);
        return Array.isArray(r.docs) && Array.isArray(r.errors);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an alias bomb with a message instead of expanding it', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghij'
        .split('')
        .map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(',')}]`),
    ].join('\n');
    const r = parseManifest(bomb);
    expect(r.docs).toHaveLength(0);
    expect(r.errors[0]!.message).toMatch(/alias/i);
  });

  it('finds the line of a field inside a later document', () => {
    const r = parseManifest(
      'a: 1\n---\nkind: Service\nspec:\n  ports:\n  - port: 80\n    nodePort: 1\n',
    );
    expect(r.docs[1]!.lineOf('spec.ports[0].nodePort')).toBe(7);
    expect(r.docs[1]!.line).toBe(3);
  });
});
