// The object store: every stored object by key ("Kind/namespace/name"), as an immutable map that
// shares what did not change. Objects are grouped by kind, each kind a persistent ordered map
// (Immutable.js OrderedMap: a write costs O(log n) and keeps insertion order, as a JS Map would),
// so a cluster with thousands of pods and events can change one object without copying the rest,
// and listing a kind never scans the others.
import { Map as ImmutableMap, OrderedMap } from 'immutable';
import type { KubeObject, Pod } from './objects.ts';

const kindOf = (key: string): string => key.slice(0, key.indexOf('/'));

type Kind = OrderedMap<string, KubeObject>;

/** A kind's objects as a ReadonlyMap; one view per version of the kind, so identity means version. */
class KindView implements ReadonlyMap<string, KubeObject> {
  constructor(private readonly map: Kind) {}
  get size(): number {
    return this.map.size;
  }
  get(key: string): KubeObject | undefined {
    return this.map.get(key);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  entries(): MapIterator<[string, KubeObject]> {
    return this.map.entries() as MapIterator<[string, KubeObject]>;
  }
  keys(): MapIterator<string> {
    return this.map.keys() as MapIterator<string>;
  }
  values(): MapIterator<KubeObject> {
    return this.map.values() as MapIterator<KubeObject>;
  }
  [Symbol.iterator](): MapIterator<[string, KubeObject]> {
    return this.entries();
  }
  forEach(
    fn: (value: KubeObject, key: string, map: ReadonlyMap<string, KubeObject>) => void,
    thisArg?: unknown,
  ): void {
    for (const [k, v] of this.map.entries()) fn.call(thisArg, v, k, this);
  }
}

const views = new WeakMap<Kind, KindView>();
const EMPTY_KIND: Kind = OrderedMap();

function viewOf(kind: Kind): KindView {
  let v = views.get(kind);
  if (!v) views.set(kind, (v = new KindView(kind)));
  return v;
}

/**
 * Pods grouped the way controllers look them up (their informers' indexers): by controller owner
 * uid (`orphan/<namespace>` for pods without one) and by node. Kept up to date on every write.
 */
interface PodGroups {
  readonly byOwner: ImmutableMap<string, OrderedMap<string, Pod>>;
  readonly byNode: ImmutableMap<string, OrderedMap<string, Pod>>;
}

const NO_GROUPS: PodGroups = { byOwner: ImmutableMap(), byNode: ImmutableMap() };

function ownerGroup(pod: Pod): string {
  const controller = pod.metadata.ownerReferences?.find((o) => o.controller);
  return controller ? controller.uid : `orphan/${pod.metadata.namespace ?? 'default'}`;
}

type Groups = ImmutableMap<string, OrderedMap<string, Pod>>;

function groupAdd(groups: Groups, group: string, key: string, pod: Pod): Groups {
  return groups.set(group, (groups.get(group) ?? OrderedMap<string, Pod>()).set(key, pod));
}

function groupRemove(groups: Groups, group: string, key: string): Groups {
  const members = groups.get(group);
  if (!members) return groups;
  const rest = members.delete(key);
  return rest.size ? groups.set(group, rest) : groups.delete(group);
}

function regroup(g: PodGroups, key: string, old: Pod | undefined, pod: Pod | undefined): PodGroups {
  let { byOwner, byNode } = g;
  if (old) {
    byOwner = groupRemove(byOwner, ownerGroup(old), key);
    if (old.spec.nodeName) byNode = groupRemove(byNode, old.spec.nodeName, key);
  }
  if (pod) {
    byOwner = groupAdd(byOwner, ownerGroup(pod), key, pod);
    if (pod.spec.nodeName) byNode = groupAdd(byNode, pod.spec.nodeName, key, pod);
  }
  return { byOwner, byNode };
}

export class ObjectStore implements ReadonlyMap<string, KubeObject> {
  private constructor(
    private readonly kinds: ReadonlyMap<string, Kind>,
    readonly size: number,
    private readonly pods: PodGroups = NO_GROUPS,
  ) {}

  static readonly empty = new ObjectStore(new Map(), 0);

  /** The pods whose controller is `uid`, in the order they were stored. */
  podsOwnedBy(uid: string): Iterable<Pod> {
    return this.pods.byOwner.get(uid)?.values() ?? [];
  }

  /** The pods of a namespace that have no controller. */
  orphanPods(namespace: string): Iterable<Pod> {
    return this.pods.byOwner.get(`orphan/${namespace}`)?.values() ?? [];
  }

  /** The pods bound to a node. */
  podsOnNode(node: string): Iterable<Pod> {
    return this.pods.byNode.get(node)?.values() ?? [];
  }

  static from(entries: Iterable<readonly [string, KubeObject]>): ObjectStore {
    let store = ObjectStore.empty;
    for (const [key, obj] of entries) store = store.with(key, obj);
    return store;
  }

  /** A store with `obj` at `key`; everything else shared. */
  with(key: string, obj: KubeObject): ObjectStore {
    const kind = kindOf(key);
    const old = this.kinds.get(kind) ?? EMPTY_KIND;
    const kinds = new Map(this.kinds);
    kinds.set(kind, old.set(key, obj));
    const pods =
      kind === 'Pod'
        ? regroup(this.pods, key, old.get(key) as Pod | undefined, obj as Pod)
        : this.pods;
    return new ObjectStore(kinds, this.size + (old.has(key) ? 0 : 1), pods);
  }

  /** A store without `key`. */
  without(key: string): ObjectStore {
    const kind = kindOf(key);
    const old = this.kinds.get(kind);
    if (!old?.has(key)) return this;
    const kinds = new Map(this.kinds);
    const next = old.delete(key);
    if (next.size) kinds.set(kind, next);
    else kinds.delete(kind);
    const pods =
      kind === 'Pod' ? regroup(this.pods, key, old.get(key) as Pod, undefined) : this.pods;
    return new ObjectStore(kinds, this.size - 1, pods);
  }

  /** The objects of one kind, by key (the same map value until that kind changes). */
  ofKind(kind: string): ReadonlyMap<string, KubeObject> {
    return viewOf(this.kinds.get(kind) ?? EMPTY_KIND);
  }

  get(key: string): KubeObject | undefined {
    return this.kinds.get(kindOf(key))?.get(key);
  }

  has(key: string): boolean {
    return this.kinds.get(kindOf(key))?.has(key) ?? false;
  }

  *entries(): MapIterator<[string, KubeObject]> {
    for (const m of this.kinds.values()) yield* m.entries();
  }

  *keys(): MapIterator<string> {
    for (const m of this.kinds.values()) yield* m.keys();
  }

  *values(): MapIterator<KubeObject> {
    for (const m of this.kinds.values()) yield* m.values();
  }

  [Symbol.iterator](): MapIterator<[string, KubeObject]> {
    return this.entries();
  }

  forEach(
    fn: (value: KubeObject, key: string, map: ReadonlyMap<string, KubeObject>) => void,
    thisArg?: unknown,
  ): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}
