// The object store against a model: a JS Map per kind, kinds in the order they were first stored.
// Random writes and deletes (events among them, which wait in a pending list until read), with
// every version kept: each one must answer as the model did when it was made, whatever was read
// or written after it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from './objects.ts';
import { ObjectStore } from './store.ts';

type Model = Map<string, Map<string, KubeObject>>;

const obj = (kind: string, name: string, n: number, owner?: string): KubeObject =>
  ({
    apiVersion: 'v1',
    kind,
    metadata: {
      name,
      namespace: 'default',
      uid: `u${n}`,
      ...(owner ? { ownerReferences: [{ uid: owner, controller: true }] } : {}),
    },
    spec: {},
    status: {},
  }) as unknown as KubeObject;

const op = fc.record({
  kind: fc.constantFrom('Event', 'Event', 'Event', 'Pod', 'Service'),
  name: fc.constantFrom('a', 'b', 'c', 'd'),
  remove: fc.boolean(),
  owner: fc.option(fc.constantFrom('o1', 'o2'), { freq: 4 }),
  read: fc.boolean(),
});

function snapshot(store: ObjectStore) {
  return {
    entries: [...store.entries()].map(([k, v]) => [k, v.metadata.uid]),
    size: store.size,
    events: [...store.ofKind('Event').keys()],
    // A group keeps the order its members joined it in; the model only knows who is in it.
    owned: ['o1', 'o2'].map((o) =>
      [...store.ownedBy('Event', o)].map((e) => e.metadata.uid).sort(),
    ),
  };
}

function modelSnapshot(model: Model) {
  const entries = [...model.values()].flatMap((m) => [...m].map(([k, v]) => [k, v.metadata.uid]));
  const events = [...(model.get('Event') ?? new Map()).values()];
  return {
    entries,
    size: entries.length,
    events: [...(model.get('Event') ?? new Map()).keys()],
    owned: ['o1', 'o2'].map((o) =>
      events
        .filter((e) => e.metadata.ownerReferences?.[0]?.uid === o)
        .map((e) => e.metadata.uid)
        .sort(),
    ),
  };
}

describe('ObjectStore', () => {
  it('answers as a map of maps for every version kept, events pending or merged', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let store = ObjectStore.empty;
        const model: Model = new Map();
        const kept: [ObjectStore, ReturnType<typeof modelSnapshot>, object][] = [];
        ops.forEach((o, n) => {
          const key = `${o.kind}/default/${o.name}`;
          const before = store.version('Event');
          if (o.remove) {
            store = store.without(key);
            const m = model.get(o.kind);
            m?.delete(key);
            if (m && m.size === 0) model.delete(o.kind);
          } else {
            store = store.with(key, obj(o.kind, o.name, n, o.owner ?? undefined));
            if (!model.has(o.kind)) model.set(o.kind, new Map());
            model.get(o.kind)!.set(key, obj(o.kind, o.name, n, o.owner ?? undefined));
          }
          // A write to an event changes the Event kind's version; any other write does not.
          if (o.kind === 'Event' && !o.remove) expect(store.version('Event')).not.toBe(before);
          if (o.kind !== 'Event') expect(store.version('Event')).toBe(before);
          const version = store.version('Event');
          if (o.read)
            expect(store.get(key)?.metadata.uid).toBe(model.get(o.kind)?.get(key)?.metadata.uid);
          // Reading merges pending events; the version stays what it was.
          expect(store.version('Event')).toBe(version);
          kept.push([store, modelSnapshot(model), version]);
        });
        for (const [s, expected, version] of kept) {
          expect(snapshot(s)).toEqual(expected);
          expect(s.version('Event')).toBe(version);
        }
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });
});

describe('ObjectStore.podCountsByNode', () => {
  const pod = (name: string, node: string, n: number): KubeObject =>
    ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'default', uid: `p${n}` },
      spec: node ? { nodeName: node } : {},
      status: {},
    }) as unknown as KubeObject;

  const write = fc.record({
    name: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    node: fc.constantFrom('', 'n1', 'n2', 'n3'),
    remove: fc.boolean(),
    event: fc.boolean(),
    ask: fc.boolean(),
  });

  it('counts each node of every version, asked in any order, as a recount would', () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 60 }), (writes) => {
        let store = ObjectStore.empty;
        const model = new Map<string, string>();
        const kept: [ObjectStore, Map<string, string>][] = [];
        writes.forEach((w, i) => {
          const key = `Pod/default/${w.name}`;
          if (w.remove) {
            store = store.without(key);
            model.delete(key);
          } else {
            store = store.with(key, pod(w.name, w.node, i));
            model.set(key, w.node);
          }
          if (w.event) store = store.with(`Event/default/e${i}`, obj('Event', `e${i}`, i));
          kept.push([store, new Map(model)]);
          if (w.ask) expectCounts(store, model);
        });
        // Older versions asked after newer ones: never from counts made for another version.
        for (const [s, m] of kept.reverse()) expectCounts(s, m);
      }),
      { numRuns: 300 },
    );
  });

  function expectCounts(store: ObjectStore, model: Map<string, string>) {
    const counts = store.podCountsByNode();
    for (const node of ['', 'n1', 'n2', 'n3', 'n4'])
      expect(counts.get(node)).toBe([...model.values()].filter((n) => n === node).length);
  }
});
