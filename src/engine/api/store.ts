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
 * Objects grouped the way controllers look them up (their informers' indexers). Pods: by controller
 * owner uid (`orphan/<namespace>` for pods without one), by node (`''` for pods not yet bound), by
 * namespace and by label (`<namespace>\u0000key=value`). Other owned kinds (ReplicaSets,
 * EndpointSlices, ControllerRevisions...): by their first owner's uid. Kept up to date on every
 * write, each group a persistent map, so a group's identity changes exactly when a member does
 * (controllers compare identities to know whether anything they read changed).
 */
interface Groups {
  readonly podsByOwner: GroupMap<Pod>;
  readonly podsByNode: GroupMap<Pod>;
  readonly podsByNamespace: GroupMap<Pod>;
  readonly podsByLabel: GroupMap<Pod>;
  /** kind + "/" + owner uid -> the owned objects of that kind. */
  readonly owned: GroupMap<KubeObject>;
}

type GroupMap<T> = ImmutableMap<string, OrderedMap<string, T>>;

const NO_GROUPS: Groups = {
  podsByOwner: ImmutableMap(),
  podsByNode: ImmutableMap(),
  podsByNamespace: ImmutableMap(),
  podsByLabel: ImmutableMap(),
  owned: ImmutableMap(),
};

function ownerGroup(pod: Pod): string {
  const controller = pod.metadata.ownerReferences?.find((o) => o.controller);
  return controller ? controller.uid : `orphan/${pod.metadata.namespace ?? 'default'}`;
}

function labelGroups(pod: Pod): string[] {
  const ns = pod.metadata.namespace ?? 'default';
  return Object.entries(pod.metadata.labels ?? {}).map(([k, v]) => `${ns}\u0000${k}=${v}`);
}

function groupAdd<T>(groups: GroupMap<T>, group: string, key: string, obj: T): GroupMap<T> {
  return groups.set(group, (groups.get(group) ?? OrderedMap<string, T>()).set(key, obj));
}

function groupRemove<T>(groups: GroupMap<T>, group: string, key: string): GroupMap<T> {
  const members = groups.get(group);
  if (!members) return groups;
  const rest = members.delete(key);
  return rest.size ? groups.set(group, rest) : groups.delete(group);
}

/** Moves `key` from the groups of `old` to those of `now` (either may be absent). */
function regroup<T>(
  groups: GroupMap<T>,
  key: string,
  old: readonly string[],
  now: readonly string[],
  obj: T | undefined,
): GroupMap<T> {
  for (const g of old) if (!now.includes(g)) groups = groupRemove(groups, g, key);
  if (obj !== undefined) for (const g of now) groups = groupAdd(groups, g, key, obj);
  return groups;
}

function regroupPod(g: Groups, key: string, old: Pod | undefined, pod: Pod | undefined): Groups {
  const one = (p: Pod | undefined, f: (p: Pod) => string) => (p ? [f(p)] : []);
  const node = (p: Pod) => p.spec.nodeName ?? '';
  const ns = (p: Pod) => p.metadata.namespace ?? 'default';
  return {
    ...g,
    podsByOwner: regroup(g.podsByOwner, key, one(old, ownerGroup), one(pod, ownerGroup), pod),
    podsByNode: regroup(g.podsByNode, key, one(old, node), one(pod, node), pod),
    podsByNamespace: regroup(g.podsByNamespace, key, one(old, ns), one(pod, ns), pod),
    podsByLabel: regroup(
      g.podsByLabel,
      key,
      old ? labelGroups(old) : [],
      pod ? labelGroups(pod) : [],
      pod,
    ),
  };
}

function ownedGroup(kind: string, obj: KubeObject | undefined): string[] {
  const uid = obj?.metadata.ownerReferences?.[0]?.uid;
  return uid ? [`${kind}/${uid}`] : [];
}

function regroupObject(
  g: Groups,
  kind: string,
  key: string,
  old: KubeObject | undefined,
  obj: KubeObject | undefined,
): Groups {
  if (kind === 'Pod') return regroupPod(g, key, old as Pod | undefined, obj as Pod | undefined);
  const before = ownedGroup(kind, old);
  const after = ownedGroup(kind, obj);
  if (before.length === 0 && after.length === 0) return g;
  return { ...g, owned: regroup(g.owned, key, before, after, obj) };
}

const NOTHING: readonly never[] = [];

export class ObjectStore implements ReadonlyMap<string, KubeObject> {
  private constructor(
    private readonly kinds: ReadonlyMap<string, Kind>,
    readonly size: number,
    private readonly groups: Groups = NO_GROUPS,
  ) {}

  static readonly empty = new ObjectStore(new Map(), 0);

  /** The pods whose controller is `uid`, in the order they were stored. */
  podsOwnedBy(uid: string): Iterable<Pod> {
    return this.groups.podsByOwner.get(uid)?.values() ?? NOTHING;
  }

  /** The pods of a namespace that have no controller. */
  orphanPods(namespace: string): Iterable<Pod> {
    return this.groups.podsByOwner.get(`orphan/${namespace}`)?.values() ?? NOTHING;
  }

  /** The pods bound to a node (`''`: the pods not bound yet). */
  podsOnNode(node: string): Iterable<Pod> {
    return this.groups.podsByNode.get(node)?.values() ?? NOTHING;
  }

  /** How many pods are bound to a node. */
  podCountOnNode(node: string): number {
    return this.groups.podsByNode.get(node)?.size ?? 0;
  }

  /** The pods of a namespace. */
  podsInNamespace(namespace: string): Iterable<Pod> {
    return this.groups.podsByNamespace.get(namespace)?.values() ?? NOTHING;
  }

  /** The pods of a namespace carrying the label `key=value`, and how many there are. */
  podsLabelled(
    namespace: string,
    key: string,
    value: string,
  ): { pods: Iterable<Pod>; size: number } {
    const group = this.groups.podsByLabel.get(`${namespace}\u0000${key}=${value}`);
    return { pods: group?.values() ?? NOTHING, size: group?.size ?? 0 };
  }

  /** The objects of `kind` whose first owner is `uid`, in the order they were stored. */
  ownedBy(kind: string, uid: string): Iterable<KubeObject> {
    if (kind === 'Pod') return this.podsOwnedBy(uid);
    return this.groups.owned.get(`${kind}/${uid}`)?.values() ?? NOTHING;
  }

  /**
   * A value that is the same (===) as long as the group is: the pods of an owner
   * (`pods-owner`), of a node (`pods-node`), of a namespace (`pods-ns`), of a label
   * (`pods-label`, "namespace\u0000key=value"), or the owned objects of a kind ("Kind/uid").
   */
  groupVersion(
    index: 'pods-owner' | 'pods-node' | 'pods-ns' | 'pods-label' | 'owned',
    group: string,
  ): unknown {
    const g = this.groups;
    const map =
      index === 'pods-owner'
        ? g.podsByOwner
        : index === 'pods-node'
          ? g.podsByNode
          : index === 'pods-ns'
            ? g.podsByNamespace
            : index === 'pods-label'
              ? g.podsByLabel
              : g.owned;
    return map.get(group);
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
    const groups = regroupObject(this.groups, kind, key, old.get(key), obj);
    return new ObjectStore(kinds, this.size + (old.has(key) ? 0 : 1), groups);
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
    const groups = regroupObject(this.groups, kind, key, old.get(key), undefined);
    return new ObjectStore(kinds, this.size - 1, groups);
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
