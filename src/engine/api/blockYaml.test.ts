// readBlockYaml against the `yaml` package: whatever text the one-pass reader accepts must give the
// values, the key order and the lines that the package's parser and composer give (and no error
// there); everything else it must leave alone. Random values printed in several styles, random
// lines of block YAML, and the repo's and corpus's manifests with random edits are all compared.
// FUZZ_RUNS=2000 runs that many cases per property; FUZZ_SEED replays a reported failure.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, stringify } from 'yaml';
import { deploymentsWithServices } from '../testing/scale.ts';
import { readBlockYaml } from './blockYaml.ts';
import { COMPOSE_OPTIONS, composeManifest, parseManifest } from './manifest.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus');
const LONG_RUNS = Number(process.env.FUZZ_RUNS ?? '') || 0;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Of `runs(ci)` cases, the share a property must see the reader accept to say anything. */
const atLeast = (ci: number, share: number) => (LONG_RUNS || ci) * share;
const runs = (ci: number): fc.Parameters<unknown> => ({
  numRuns: LONG_RUNS || ci,
  ...(SEED !== undefined ? { seed: SEED } : LONG_RUNS ? {} : { seed: 20261207 }),
});
const TIMEOUT = LONG_RUNS ? 24 * 3600_000 : 60_000;

const composing = new Document(undefined, COMPOSE_OPTIONS);
const read = (text: string) => readBlockYaml(text, composing);

/** Every path lineOf can be asked for in `value` ("a.b[0].c"). */
function paths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => [`${prefix}[${i}]`, ...paths(v, `${prefix}[${i}]`)]);
  if (value && typeof value === 'object')
    return Object.keys(value).flatMap((k) => {
      if (k.includes('.') || k.includes('[')) return [];
      const p = prefix ? `${prefix}.${k}` : k;
      return [p, ...paths((value as Record<string, unknown>)[k], p)];
    });
  return [];
}

/**
 * Whether the one-pass reader took `text`; when it did, the `yaml` package must agree on every
 * document's value (deeply, key order, -0 and NaN included), its line, and the line of each path.
 */
function agrees(text: string): boolean {
  const fast = read(text);
  if (fast === null) return false;
  const slow = composeManifest(text, null);
  expect(slow.errors, text).toEqual([]);
  const values = fast.map((d) => d.value);
  const expected = slow.docs.map((d) => d.value);
  expect(isDeepStrictEqual(values, expected), text).toBe(true);
  expect(JSON.stringify(values), text).toBe(JSON.stringify(expected));
  expect(
    fast.map((d) => d.line),
    text,
  ).toEqual(slow.docs.map((d) => d.line));
  const parsed = parseManifest(text);
  parsed.docs.forEach((d, i) => {
    for (const p of paths(d.value))
      expect(d.lineOf(p), `${p} in\n${text}`).toBe(slow.docs[i]!.lineOf(p));
  });
  return true;
}

/** Scalars whose meaning YAML 1.1, go-yaml and the `yaml` package make interesting. */
const TRICKY = [
  ...['yes', 'No', 'ON', 'off', 'y', 'n', 'true', 'False', '~', 'null', 'Null', ''],
  ...['0x1F', '0o17', '017', '0b101', '1_000', '+12', '-3', '1e3', '.5', '-.inf', '.NaN', '1:30'],
  ...['2024-01-01', '3.0', '-0', '0', '08', '12e', '1.2.3', '10.96.0.10', '80/TCP', 'nginx:1.25'],
  ...[' a', 'a ', 'a #b', 'a#b', 'a: b', 'a:b', '- a', '-a', '--flag=1', "it's", '"q"', "'"],
  ...['#', ':', '?', '?x', '[a]', '{a}', 'a,b', '<<', '&x', '*x', '!t', '|', '>', '%', '@', '`'],
  ...['\\', 'a\\nb', '__proto__', 'toString', 'constructor', 'hasOwnProperty', 'é', '한국어', '💡'],
  ...['http://x:80/y', 'a b', '---', '...', 'a  b', 'x'.repeat(1100)],
];
const scalar = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 }), fc.integer());
/** Manifest-like words, with a tricky one now and then. */
const WORD = /^[a-z][a-zA-Z0-9./-]{0,12}$/;
const plainScalar = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(WORD) },
  { weight: 2, arbitrary: fc.integer({ min: -1, max: 70000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: scalar },
);
const plainKey = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(WORD) },
  { weight: 1, arbitrary: key.map(String) },
);

/** Nested mappings and sequences; `full` allows empty ones (printed in flow style). */
function trees(leaf: fc.Arbitrary<unknown>, keys: fc.Arbitrary<string>, full: boolean) {
  return fc.letrec<{ tree: unknown }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('tree'), { minLength: full ? 0 : 1, maxLength: 4 }),
      fc.dictionary(keys, tie('tree'), { minKeys: full ? 0 : 1, maxKeys: 4 }),
    ),
  })).tree;
}
const anyTree = trees(scalar, key.map(String), true);
const plainTree = trees(plainScalar, plainKey, false);

const LINE_FORMS = [
  ...['k: v', 'k: v', 'k:', 'k:', '- v', '- k: v', '- k: v', '- k:', '-', '# c', '', '---', 'v'],
  ...[
    'k: v # c',
    'k:   v',
    '-   k: v',
    'k :',
    '- - v',
    '-v',
    'k: - v',
    'k: v#c',
    '-  # c',
    '--- # c',
  ],
];
/** A line of block YAML: an indentation, a form, and scalars put in it. */
const line = fc
  .tuple(
    fc.constantFrom(0, 0, 2, 2, 4, 4, 6, 1, 3),
    fc.constantFrom(...LINE_FORMS),
    fc.constantFrom(...TRICKY.slice(0, -1), 'name', 'app', 'port', '80'),
    fc.constantFrom(...TRICKY.slice(0, -1), 'web', 'TCP', '80', '"x y"', "'x''y'"),
  )
  .map(([indent, form, k, v]) =>
    form === '---'
      ? '---'
      : ' '.repeat(indent) + form.replace('k', () => k).replace(/v(?= #|$)/, () => v),
  );

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return f === 'node_modules' ? [] : yamlFiles(p);
      return /\.ya?ml$/.test(f) ? [p] : [];
    });
}
const OWN = [...yamlFiles(join(ROOT, 'lessons')), ...yamlFiles(join(ROOT, 'src'))];
const FROM_CORPUS = yamlFiles(CORPUS);
const EDIT_CHARS = [' ', '  ', '-', '- ', ':', ': ', '#', ' #', '\n', '"', "'", 'a', '[', '&', '!'];

describe('readBlockYaml', () => {
  it('reads a manifest as kubectl prints and people write it, as the yaml package does', () => {
    const text = deploymentsWithServices(3);
    expect(agrees(text)).toBe(true);
    expect(read(text)).toHaveLength(6);
  });

  it('resolves plain scalars as go-yaml v2 does through the yaml-1.1 schema', () => {
    const [doc] = read(
      'a: yes\nb: 0x1F\nc: 1_000\nd: ~\ne: 2024-01-01\nf: 1:30\ng: "yes"\nh:\nyes: 1\n',
    )!;
    expect(doc!.value).toEqual({
      a: true,
      b: 31,
      c: 1000,
      d: null,
      e: '2024-01-01',
      f: '1:30',
      g: 'yes',
      h: null,
      true: 1,
    });
  });

  it('keeps a repeated key where it first stood, with its last value, as kubectl does', () => {
    const [doc] = read('a: 1\nb: 2\na: 3\n')!;
    expect(Object.entries(doc!.value)).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });

  it('reads compact sequences, items that are mappings, comments and document markers', () => {
    const docs = read(
      '# head\n---\nkind: A\nitems:\n- name: a\n  port: 80 # http\n-\n  - x\n- - p\n  - q\n- # empty\nz: "q # r"\n---\n---\n  m: 1\n',
    )!;
    expect(docs.map((d) => [d.value, d.line])).toEqual([
      [{ kind: 'A', items: [{ name: 'a', port: 80 }, ['x'], ['p', 'q'], null], z: 'q # r' }, 3],
      [{ m: 1 }, 15],
    ]);
  });

  it.each([
    ['a flow collection', 'a: [1, 2]\n'],
    ["a sequence on a key's line (an error)", 'a: - 1\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a double-quoted escape', 'a: "x\\ty"\n'],
    ['a tab', 'a:\t1\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a merge key', 'a: 1\n<<: {}\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a nested mapping on one line (an error)', 'a: b: c\n'],
    ['a key at an indentation no mapping has (an error)', 'a:\n    b: 1\n  c: 2\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['a top-level scalar', 'hello\n'],
  ])('leaves %s to the yaml package', (_, text) => {
    expect(read(text)).toBeNull();
  });

  it(
    'agrees with the yaml package on random values printed in several styles',
    () => {
      let taken = 0;
      fc.assert(
        fc.property(
          fc.oneof(
            fc.array(anyTree, { minLength: 1, maxLength: 3 }),
            fc.array(plainTree, { minLength: 1, maxLength: 3 }),
          ),
          fc.boolean(),
          fc.constantFrom(2, 3, 4),
          (docs, indentSeq, indent) => {
            const text = docs
              .map((d) => stringify(d, { indentSeq, indent, lineWidth: 0 }))
              .join('---\n');
            if (agrees(text)) taken++;
          },
        ),
        runs(300),
      );
      expect(taken).toBeGreaterThan(atLeast(300, 0.15));
    },
    TIMEOUT,
  );

  it(
    'agrees with the yaml package on random lines of block YAML',
    () => {
      let taken = 0;
      fc.assert(
        fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
          if (agrees(lines.join('\n') + '\n')) taken++;
        }),
        runs(1500),
      );
      // The lines must reach the reader's accepting paths, or this property says nothing.
      expect(taken).toBeGreaterThan(atLeast(1500, 0.07));
    },
    TIMEOUT,
  );

  it(
    'agrees with the yaml package on every manifest of the repo (and the corpus, when present)',
    () => {
      if (!FROM_CORPUS.length) console.warn(`skipped ${CORPUS}: not present (CI has it)`);
      let taken = 0;
      for (const file of [...OWN, ...FROM_CORPUS]) {
        const text = readFileSync(file, 'utf8');
        if (text.length < 3 * 1024 * 1024 && agrees(text)) taken++;
      }
      // Most lesson manifests are plain block YAML.
      expect(taken).toBeGreaterThan(OWN.length / 3);
    },
    TIMEOUT,
  );

  it(
    'agrees with the yaml package on manifests with random edits',
    () => {
      const texts = [...OWN, ...FROM_CORPUS]
        .map((f) => readFileSync(f, 'utf8'))
        .filter((t) => t.length < 20_000);
      let taken = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(...texts),
          fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...EDIT_CHARS)), {
            minLength: 1,
            maxLength: 4,
          }),
          (text, edits) => {
            let t = text;
            for (const [at, cut, put] of edits) {
              const i = at % (t.length + 1);
              t = t.slice(0, i) + put + t.slice(i + cut);
            }
            if (agrees(t)) taken++;
          },
        ),
        runs(400),
      );
      expect(taken).toBeGreaterThan(atLeast(400, 0.1));
    },
    TIMEOUT,
  );
});
