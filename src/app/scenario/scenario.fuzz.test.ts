// Fuzzing what comes into the lab from outside the editor: share links (cut, edited, random),
// saved scenarios in browser storage (damaged, replaced by anything, refused writes) and imported
// YAML files. Nothing throws; every refusal is a sentence; a good copy is never lost. The named
// cases (a truncated link, a link from a newer lab, a damaged or full storage) are in
// shareLink.test.ts and storage.test.ts; these properties look for what those did not think of.
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { fromListYaml, toListYaml } from './exportYaml.ts';
import type { Scenario } from './model.ts';
import { decodeScenario, encodeScenario } from './shareLink.ts';
import { loadScenario, saveScenario, type KeyValueStore } from './storage.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? '') || 0;
const runs = (ci: number) => ({ numRuns: RUNS || ci, ...(RUNS ? {} : { seed: 20261123 }) });
/** Vitest's limit per property: generous in CI, a day for a long FUZZ_RUNS search. */
const TIMEOUT = RUNS ? 24 * 3600_000 : 60_000;

const HOSTILE = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '__proto__',
  'constructor',
  '\u0000',
  '\u202E',
  '서비스',
];

const action = fc.oneof(
  fc.record({
    kind: fc.constant('apply' as const),
    text: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 })),
  }),
  fc.record({
    kind: fc.constant('run' as const),
    line: fc
      .oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }))
      .map((s) => s.replace(/[\r\n]/g, ' ')),
  }),
  fc.record({ kind: fc.constant('wait' as const), seconds: fc.integer({ min: 1, max: 600 }) }),
);

const scenario: fc.Arbitrary<Scenario> = fc.record({
  version: fc.constant(1 as const),
  preset: fc.constantFrom('lab', 'k8sinfra', 'minikube', 'gke', 'aws'),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  actions: fc.array(action, { maxLength: 6 }),
  editorText: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 60 })),
}) as fc.Arbitrary<Scenario>;

const sentence = (message: string) => {
  expect(typeof message).toBe('string');
  expect(message.trim().length).toBeGreaterThan(10);
};

describe('fuzz: share links', () => {
  it(
    'any text as a link: a scenario or a sentence, never an exception',
    () => {
      const link = fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 200, unit: 'binary' }),
        fc.jsonValue().map((v) => compressToEncodedURIComponent(JSON.stringify(v))),
      );
      fc.assert(
        fc.property(link, (text) => {
          const r = decodeScenario(text);
          if (!r.ok) sentence(r.message);
        }),
        runs(300),
      );
    },
    TIMEOUT,
  );

  it(
    'a real link cut anywhere or with a character changed is refused or still whole',
    () => {
      fc.assert(
        fc.property(scenario, fc.nat(), fc.nat(), fc.boolean(), (sc, cut, at, change) => {
          const encoded = encodeScenario(sc);
          if (!encoded.ok) return;
          const link = encoded.value;
          const damaged = change
            ? link.slice(0, at % link.length) + 'A' + link.slice((at % link.length) + 1)
            : link.slice(0, cut % link.length);
          const r = decodeScenario(damaged);
          if (!r.ok) sentence(r.message);
          // A decoded link is a scenario the lab can hold: hostile text stays data.
          else expect(r.value.version).toBe(1);
        }),
        runs(300),
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: browser storage', () => {
  it(
    'whatever the stored text, loading gives a scenario or a sentence, keeping the backup',
    () => {
      fc.assert(
        fc.property(
          scenario,
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.jsonValue().map((v) => JSON.stringify(v)),
          ),
          (good, garbage) => {
            const data = new Map<string, string>();
            const store: KeyValueStore = {
              getItem: (k) => data.get(k) ?? null,
              setItem: (k, v) => void data.set(k, v),
              removeItem: (k) => void data.delete(k),
            };
            // The copy saved before the last one is the backup a damaged copy falls back to.
            const latest: Scenario = { ...good, seed: good.seed + 1 };
            expect(saveScenario(store, 'k', good)).toBeNull();
            expect(saveScenario(store, 'k', latest)).toBeNull();
            data.set('k', garbage);
            const loaded = loadScenario(store, 'k');
            if (loaded.message === null) {
              // The garbage happened to be a well-formed scenario: it is read as one.
              expect(loaded.scenario).not.toBeNull();
            } else {
              sentence(loaded.message);
              expect(loaded.scenario).toEqual(good);
            }
          },
        ),
        runs(300),
      );
    },
    TIMEOUT,
  );

  it(
    'a store that throws on every call never takes the page down',
    () => {
      const broken: KeyValueStore = {
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
        removeItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      };
      fc.assert(
        fc.property(scenario, (sc) => {
          const saved = saveScenario(broken, 'k', sc);
          expect(saved).not.toBeNull();
          sentence(saved!);
          const loaded = loadScenario(broken, 'k');
          if (loaded.message !== null) sentence(loaded.message);
        }),
        runs(50),
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: imported files', () => {
  it(
    'an exported file, mutated, imports as a scenario or is refused with a sentence',
    () => {
      fc.assert(
        fc.property(
          scenario,
          fc.nat(),
          fc.oneof(fc.constantFrom(...HOSTILE, '\n---\n', ': ', '- '), fc.string({ maxLength: 8 })),
          (sc, at, insert) => {
            const text = toListYaml(sc);
            const i = at % (text.length + 1);
            const r = fromListYaml(text.slice(0, i) + insert + text.slice(i), {
              preset: 'lab',
              seed: 1,
            });
            if (!r.ok) sentence(r.message);
          },
        ),
        runs(200),
      );
    },
    TIMEOUT,
  );
});
