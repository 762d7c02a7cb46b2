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

describe('lineOf, read again from the document when first asked', () => {
  it('finds fields in every document of a stream: directives, end markers, CRLF, flow maps', () => {
    const text =
      '%YAML 1.1\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  k: v\n...\n' +
      '---\r\napiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n  containers:\r\n  - name: x\r\n    image: y\r\n' +
      '---\n  # indented comment\nkind: Pod\napiVersion: v1\nmetadata: {name: q, labels: {a: b}}\nspec:\n  containers: [{name: z, image: w}]\n';
    const docs = parseManifest(text).docs;
    expect(docs.map((d) => d.line)).toEqual([3, 11, 21]);
    expect(docs[0]!.lineOf('data.k')).toBe(8);
    expect(docs[1]!.lineOf('spec.containers[0].image')).toBe(18);
    expect(docs[1]!.lineOf('metadata.name')).toBe(14);
    expect(docs[2]!.lineOf('metadata.labels')).toBe(23);
    expect(docs[2]!.lineOf('spec.containers[0].image')).toBe(25);
    // A path that is not there: the nearest parent found, or the document's first line.
    expect(docs[2]!.lineOf('spec.nothing')).toBe(24);
    expect(docs[0]!.lineOf('nothing')).toBe(3);
  });
});
