// The fuzz suite: random and mutated manifests (the lessons' manifests, a few written here, and the
// study notes' corpus at ../shared/corpus when it is there) go through parsing, the API server,
// the controllers (time passes) and traces to every Service created. Nothing may throw or report
// an internal error; every refusal names a line of the applied text; and the cluster keeps the
// invariants real Kubernetes keeps: ClusterIPs inside the service range and unique, nodePorts in
// range and unique, endpoints marked ready only for ready pods' addresses, traces that end.
//
// CI runs a bounded number of cases (a few seconds per property). FUZZ_RUNS=2000 runs that many
// per property for a longer local search; FUZZ_SEED replays a reported failure.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import { parseManifest } from '../api/manifest.ts';
import type { EndpointSlice, KubeObject, Pod, Service } from '../api/objects.ts';
import { isPodReady } from '../controllers/podLifecycle.ts';
import { createSession, type Session } from '../session.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus');

const LONG_RUNS = Number(process.env.FUZZ_RUNS ?? '') || 0;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** fast-check settings: CI's count (or FUZZ_RUNS), and a fixed seed in CI so a failure replays. */
function runs(ci: number): fc.Parameters<unknown> {
  return {
    numRuns: LONG_RUNS || ci,
    ...(SEED !== undefined ? { seed: SEED } : LONG_RUNS ? {} : { seed: 20261123 }),
  };
}
/** Vitest's limit for one property: generous in CI, none worth speaking of in a long run. */
const TIMEOUT = LONG_RUNS ? 24 * 3600_000 : 60_000;

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/.test(f) ? [p] : [];
    });
}

const BUILT_IN = [
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 80
    nodePort: 30080
`,
  `apiVersion: v1
kind: Service
metadata:
  name: lb
  annotations:
    note: "front door"
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  sessionAffinity: ClientIP
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: 80
  - name: https
    port: 443
    targetPort: 80
`,
  `apiVersion: v1
kind: Service
metadata:
  name: headless
spec:
  clusterIP: None
  selector:
    app: web
  ports:
  - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  type: ExternalName
  externalName: db.example.com
`,
  `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
  - host: web.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: web
            port:
              number: 80
`,
];

/** The lessons' manifests (not their lesson.yaml), YAML fixtures of the tests, the ones above. */
const FIXTURES = [
  ...BUILT_IN,
  ...[
    ...yamlFiles(join(ROOT, 'lessons')).filter((f) => !f.endsWith('/lesson.yaml')),
    ...yamlFiles(join(ROOT, 'src')).filter((f) => f.includes('/__fixtures__/')),
  ].map((f) => readFileSync(f, 'utf8')),
];
const CORPUS_SEEDS = existsSync(CORPUS)
  ? yamlFiles(CORPUS).map((f) => readFileSync(f, 'utf8'))
  : null;
if (!CORPUS_SEEDS) {
  console.warn(`fuzz: the corpus is absent (${CORPUS}); its properties are skipped`);
}

// ---------------------------------------------------------------------------------------------
// Generators

/** Values that have broken parsers and validators before: numbers out of range, odd strings. */
const HOSTILE_SCALARS = [
  '1e400',
  '-1',
  '0',
  '65536',
  '2147483648',
  '9007199254740992',
  '-9223372036854775809',
  '0x7fffffff',
  '0o777',
  '.nan',
  '-.inf',
  '80.5',
  '~',
  'null',
  'yes',
  'true',
  '""',
  "''",
  '[]',
  '{}',
  'a'.repeat(64),
  'a'.repeat(254),
  '서비스',
  'ÿ̸̡̛͎̙̈́',
  '"\\u202Eevil"',
  '"<img src=x onerror=window.__pwned=1>"',
  '"</script><script>window.__pwned=1</script>"',
  'javascript:alert(1)',
  '&a x',
  '*a',
  '!!binary AAAA',
  '!!str 1',
  '|\n  block',
  '"unterminated',
  "'it''s'",
];

const SNIPPETS = [
  ': ',
  '- ',
  '? ',
  '\t',
  '\n',
  '---\n',
  '...\n',
  '#',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '&anchor ',
  '*anchor',
  '%YAML 1.1\n',
  '\u0000',
  '\u0007',
  '\uFEFF',
  '\u2028',
  '\uD800',
  ...HOSTILE_SCALARS,
];

type Mutation =
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate-line'; line: number }
  | { op: 'swap-lines'; a: number; b: number }
  | { op: 'replace-value'; line: number; value: string }
  | { op: 'replace-key'; line: number; key: string }
  | { op: 'indent'; line: number; by: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 12, unit: 'binary' })),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({
    op: fc.constant('replace-value' as const),
    line: fc.nat(),
    value: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SCALARS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
      { weight: 1, arbitrary: fc.integer().map(String) },
      { weight: 1, arbitrary: fc.double().map(String) },
    ),
  }),
  fc.record({
    op: fc.constant('replace-key' as const),
    line: fc.nat(),
    // Names a plain object answers from Object.prototype, where tables are looked up by field.
    key: fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'prototype'),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    ),
  }),
  fc.record({
    op: fc.constant('indent' as const),
    line: fc.nat(),
    by: fc.integer({ min: -4, max: 4 }),
  }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const at = (n: number) => (text.length ? n % (text.length + 1) : 0);
  const line = (n: number) => n % lines.length;
  switch (m.op) {
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'duplicate-line': {
      const i = line(m.line);
      return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join('\n');
    }
    case 'swap-lines': {
      const out = [...lines];
      const [a, b] = [line(m.a), line(m.b)];
      [out[a], out[b]] = [out[b]!, out[a]!];
      return out.join('\n');
    }
    case 'replace-value': {
      const out = [...lines];
      const i = line(m.line);
      out[i] = out[i]!.replace(/^(\s*(?:- )?[^:#]+:\s).*$/, `$1${m.value}`);
      return out.join('\n');
    }
    case 'replace-key': {
      const out = [...lines];
      const i = line(m.line);
      out[i] = out[i]!.replace(/^(\s*(?:- )?)[^:#\s][^:#]*:/, `$1${m.key}:`);
      return out.join('\n');
    }
    case 'indent': {
      const out = [...lines];
      const i = line(m.line);
      out[i] =
        m.by >= 0 ? ' '.repeat(m.by) + out[i] : out[i]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return out.join('\n');
    }
  }
}

const mutated = (seeds: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([seed, ms]) => ms.reduce(mutate, seed));

// ---------------------------------------------------------------------------------------------
// What must hold

function checkRefusal(text: string, r: ReturnType<Session['apply']>): void {
  expect(r.stderr).not.toMatch(/internal error/);
  expect([0, 1]).toContain(r.exitCode);
  if (r.exitCode === 0) return;
  // Every refusal says something, and says where: a line of the applied text.
  expect(r.stderr.trim()).not.toBe('');
  expect(r.errors.length).toBeGreaterThan(0);
  const lines = text.split('\n').length;
  for (const e of r.errors) {
    expect(e.message.trim()).not.toBe('');
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.line).toBeLessThanOrEqual(lines + 1);
  }
}

const NODE_PORTS = [30000, 32767] as const;

function checkInvariants(s: Session): void {
  const cluster = s.cluster();
  const range = ipaddr.parseCIDR(cluster.preset.serviceCIDR);
  const services = listObjects<Service>(cluster, 'Service');
  const clusterIPs = new Map<string, string>();
  const nodePorts = new Map<number, string>();
  for (const svc of services) {
    const key = `${svc.metadata.namespace}/${svc.metadata.name}`;
    const ip = svc.spec.clusterIP;
    if (svc.spec.type === 'ExternalName') {
      expect(ip ?? '').toBe('');
    } else if (ip && ip !== 'None') {
      expect(ipaddr.isValid(ip), `${key} clusterIP ${ip}`).toBe(true);
      expect(
        ipaddr.parse(ip).match(range),
        `${key} clusterIP ${ip} in ${cluster.preset.serviceCIDR}`,
      ).toBe(true);
      expect(clusterIPs.get(ip), `${key} shares clusterIP ${ip}`).toBeUndefined();
      clusterIPs.set(ip, key);
    }
    const mine = new Set<number>();
    for (const p of svc.spec.ports ?? []) {
      if (p.nodePort === undefined || p.nodePort === null) continue;
      expect(Number.isInteger(p.nodePort)).toBe(true);
      expect(p.nodePort).toBeGreaterThanOrEqual(NODE_PORTS[0]);
      expect(p.nodePort).toBeLessThanOrEqual(NODE_PORTS[1]);
      mine.add(p.nodePort);
    }
    const hc = (svc.spec as { healthCheckNodePort?: number }).healthCheckNodePort;
    if (hc) mine.add(hc);
    for (const port of mine) {
      expect(nodePorts.get(port), `${key} shares nodePort ${port}`).toBeUndefined();
      nodePorts.set(port, key);
    }
  }
  // Endpoints marked ready belong to ready pods, at those pods' addresses.
  const pods = new Map(
    listObjects<Pod>(cluster, 'Pod').map((p) => [`${p.metadata.namespace}/${p.metadata.name}`, p]),
  );
  const notReadyPublished = new Set(
    services
      .filter(
        (svc) => (svc.spec as { publishNotReadyAddresses?: boolean }).publishNotReadyAddresses,
      )
      .map((svc) => `${svc.metadata.namespace}/${svc.metadata.name}`),
  );
  for (const slice of listObjects<EndpointSlice>(cluster, 'EndpointSlice')) {
    const owner = slice.metadata.labels?.['kubernetes.io/service-name'];
    if (owner && notReadyPublished.has(`${slice.metadata.namespace}/${owner}`)) continue;
    for (const ep of slice.endpoints ?? []) {
      if (!ep.conditions.ready || ep.targetRef?.kind !== 'Pod') continue;
      const pod = pods.get(`${ep.targetRef.namespace}/${ep.targetRef.name}`);
      expect(pod, `slice ${slice.metadata.name} names a pod that is gone`).toBeDefined();
      expect(
        isPodReady(pod!),
        `slice ${slice.metadata.name}: ${pod!.metadata.name} is not ready`,
      ).toBe(true);
      expect(ep.addresses).toEqual([pod!.status.podIP]);
    }
  }
}

/** `lab trace` to every Service the text created: from a node to its ClusterIP, from outside to a nodePort. */
function traceServices(s: Session, before: ReadonlySet<KubeObject>): number {
  const cluster = s.cluster();
  const node = cluster.preset.nodes.find((n) => !n.controlPlane) ?? cluster.preset.nodes[0]!;
  let traced = 0;
  for (const svc of listObjects<Service>(cluster, 'Service')) {
    if (before.has(svc)) continue;
    const port = svc.spec.ports?.[0];
    if (!port) continue;
    const targets: string[] = [];
    const ip = svc.spec.clusterIP;
    if (ip && ip !== 'None')
      targets.push(`ssh ${node.name} curl -s -m 5 http://${ip}:${port.port}/`);
    if (port.nodePort) targets.push(`curl -s -m 5 http://${node.ip}:${port.nodePort}/`);
    for (const t of targets) {
      const r = s.run(`lab trace ${t}`);
      expect(r.stderr).not.toMatch(/internal error/);
      if (!r.trace) continue;
      traced++;
      // A trace ends: a bounded number of hops and one of the verdicts a packet can have.
      expect(r.trace.hops.length).toBeGreaterThan(0);
      expect(r.trace.hops.length).toBeLessThan(200);
      expect(['delivered', 'refused', 'timeout', 'dns-error', 'unreachable']).toContain(
        r.trace.verdict,
      );
    }
  }
  return traced;
}

/** What the generators reached, so a property that tests nothing is noticed. */
const reached = { applied: 0, refused: 0, traced: 0 };

function applyAndRun(text: string, preset = 'lab', seconds = 30): Session {
  const s = createSession({ preset, seed: 3 });
  const before = new Set(listObjects<Service>(s.cluster(), 'Service'));
  const r = s.apply(text);
  checkRefusal(text, r);
  if (r.exitCode === 0) reached.applied++;
  else reached.refused++;
  s.advance(seconds);
  checkInvariants(s);
  reached.traced += traceServices(s, before);
  return s;
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('fuzz: parsing', () => {
  it(
    'never throws, and every error has a line, a column and a message',
    () => {
      const text = fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 300, unit: 'binary' }),
        fc.string({ maxLength: 300, unit: fc.constantFrom(...SNIPPETS, 'a', '1', ' ', '\n') }),
        mutated(FIXTURES),
      );
      fc.assert(
        fc.property(text, (t) => {
          const r = parseManifest(t);
          for (const e of r.errors) {
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.column).toBeGreaterThanOrEqual(1);
            expect(e.message.trim()).not.toBe('');
          }
          for (const d of r.docs) expect(d.line).toBeGreaterThanOrEqual(1);
        }),
        runs(600),
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: apply, controllers, traces', () => {
  it(
    'mutated fixtures: no internal error, refusals name a line, the cluster stays consistent',
    () => {
      fc.assert(
        fc.property(mutated(FIXTURES), fc.constantFrom('lab', 'k8sinfra'), (text, preset) => {
          applyAndRun(text, preset);
        }),
        runs(40),
      );
      // Mutations must leave some manifests whole, refuse others, and reach some traces.
      expect(reached.applied).toBeGreaterThan(0);
      expect(reached.refused).toBeGreaterThan(0);
      expect(reached.traced).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'fixtures with hostile values at random fields: same guarantees',
    () => {
      // Object-level mutation reaches validation and the controllers, past the YAML syntax.
      const docs = FIXTURES.flatMap((t) => parseManifest(t).docs.map((d) => d.value));
      const paths = (v: unknown, at: string[] = []): string[][] =>
        typeof v === 'object' && v !== null
          ? [at, ...Object.entries(v).flatMap(([k, c]) => paths(c, [...at, k]))]
          : [at];
      const value = fc.oneof(
        fc.constantFrom(
          Number.MAX_VALUE,
          -1,
          0,
          65536,
          2 ** 31,
          2 ** 53,
          80.5,
          NaN,
          null,
          true,
          '',
          'a'.repeat(64),
          'a'.repeat(254),
          '서비스',
          '<img src=x onerror=window.__pwned=1>',
          [],
          {},
          { nested: { deeper: [1, 'x', null] } },
        ),
        fc.string({ maxLength: 20 }),
        fc.integer(),
      );
      const edit = fc.tuple(fc.nat(), value, fc.boolean());
      fc.assert(
        fc.property(
          fc.constantFrom(...docs),
          fc.array(edit, { minLength: 1, maxLength: 3 }),
          (doc, edits) => {
            const copy = structuredClone(doc) as Record<string, unknown>;
            for (const [n, v, remove] of edits) {
              const all = paths(copy).filter((p) => p.length > 0);
              if (!all.length) break;
              const path = all[n % all.length]!;
              let parent = copy as Record<string, unknown>;
              for (const k of path.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
              const last = path[path.length - 1]!;
              if (remove && !Array.isArray(parent)) delete parent[last];
              else parent[last] = v;
            }
            // JSON is YAML: non-finite numbers become null, as JSON.stringify writes them.
            applyAndRun(JSON.stringify(copy));
          },
        ),
        runs(60),
      );
    },
    TIMEOUT,
  );

  it.skipIf(!CORPUS_SEEDS)(
    'mutated corpus manifests: same guarantees',
    () => {
      fc.assert(
        fc.property(mutated(CORPUS_SEEDS ?? ['']), (text) => {
          applyAndRun(text);
        }),
        runs(30),
      );
    },
    TIMEOUT,
  );
});
