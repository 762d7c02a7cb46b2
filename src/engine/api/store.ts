// The object store: every stored object by key ("Kind/namespace/name"), as an immutable map that
// shares what did not change. Objects are grouped by kind, each kind a persistent ordered map
// (Immutable.js OrderedMap: a write costs O(log n) and keeps insertion order, as a JS Map would),
// so a cluster with thousands of pods and events can change one object without copying the rest,
// and listing a kind never scans the others. New events wait in a pending list until one is read
// (see PendingEvent).
import { Map as ImmutableMap, OrderedMap, Set as ImmutableSet } from 'immutable';
import type { KubeObject, Pod } from './objects.ts';

const kindOf = (key: string): string => key.slice(0, key.indexOf('/'));

/**
 * Store keys as numbers. Immutable.js hashes a string key of more than 16 characters through a
 * cache of 255 strings, which the thousands of keys of a busy cluster overflow: every write and
 * look hashed its key again, character by character, for each map it touched (a pod's kind map and
 * its four groups). A key is numbered once, through a JS Map (V8 keeps a string's hash in the
 * string), and a number hashes for free. The table keeps every key ever stored, as the group names'
 * table does; a key is a few dozen bytes.
 */
const keyIds = new Map<string, number>();
const keyNames: string[] = [];

/** The number of a key about to be stored. */
function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyNames.length;
    keyIds.set(key, id);
    keyNames.push(key);
  }
  return id;
}

/** The number of a key, if any object was ever stored under it (a look never adds one). */
const knownKey = (key: string): number | undefined => keyIds.get(key);

type Kind = OrderedMap<number, KubeObject>;

function* keysOf(kind: Kind): MapIterator<string> {
  for (const id of kind.keys()) yield keyNames[id]!;
}

function* entriesOf(kind: Kind): MapIterator<[string, KubeObject]> {
  for (const [id, obj] of kind.entries()) yield [keyNames[id]!, obj];
}

/** A kind's objects as a ReadonlyMap; one view per version of the kind, so identity means version. */
class KindView implements ReadonlyMap<string, KubeObject> {
  constructor(private readonly map: Kind) {}
  get size(): number {
    return this.map.size;
  }
  get(key: string): KubeObject | undefined {
    reading?.keys.push(key);
    const id = knownKey(key);
    return id === undefined ? undefined : this.map.get(id);
  }
  has(key: string): boolean {
    const id = knownKey(key);
    return id !== undefined && this.map.has(id);
  }
  entries(): MapIterator<[string, KubeObject]> {
    return entriesOf(this.map);
  }
  keys(): MapIterator<string> {
    return keysOf(this.map);
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
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}

const views = new WeakMap<Kind, KindView>();
const EMPTY_KIND: Kind = OrderedMap();

/**
 * A store's kinds in the order each was first stored (as a JS Map keeps keys): a short list of
 * names and one of maps, the maps copied on every write. A cluster holds a dozen or so kinds, so a
 * copy costs less than a path through a persistent map, and a look is a scan of a few names.
 */
class Kinds {
  private constructor(
    private readonly names: readonly string[],
    private readonly maps: readonly Kind[],
  ) {}

  static readonly empty = new Kinds([], []);

  get(kind: string): Kind | undefined {
    const i = this.names.indexOf(kind);
    return i < 0 ? undefined : this.maps[i];
  }

  has(kind: string): boolean {
    return this.names.includes(kind);
  }

  set(kind: string, map: Kind): Kinds {
    const i = this.names.indexOf(kind);
    if (i < 0) return new Kinds([...this.names, kind], [...this.maps, map]);
    const maps = this.maps.slice();
    maps[i] = map;
    return new Kinds(this.names, maps);
  }

  delete(kind: string): Kinds {
    const i = this.names.indexOf(kind);
    if (i < 0) return this;
    return new Kinds(
      this.names.filter((_, j) => j !== i),
      this.maps.filter((_, j) => j !== i),
    );
  }

  values(): readonly Kind[] {
    return this.maps;
  }
}

function viewOf(kind: Kind): KindView {
  let v = views.get(kind);
  if (!v) views.set(kind, (v = new KindView(kind)));
  return v;
}

/**
 * Objects grouped the way controllers look them up (their informers' indexers). Pods: by controller
 * owner uid (by namespace for the pods without one), by node (`''` for pods not yet bound) and by
 * label (a namespace's pods are read from the Pod kind). Other owned kinds (ReplicaSets,
 * EndpointSlices, ControllerRevisions...): by kind and first owner's uid. Kept up to date on every
 * write, each group a persistent map, so a group's identity changes exactly when a member does
 * (controllers compare identities to know whether anything they read changed).
 */
interface Groups {
  readonly podsByOwner: GroupMap<Pod>;
  readonly podsByNode: GroupMap<Pod>;
  readonly podsByLabel: GroupMap<Pod>;
  readonly owned: GroupMap<KubeObject>;
  /**
   * Services by the addresses they hold ("ip:<clusterIP>", "port:<nodePort or health check
   * port>"), as the API server's allocators know them, so admitting a Service does not read all.
   */
  readonly serviceValues: ImmutableMap<string, ImmutableSet<string>>;
  /** Some Event was ever stored with owners (so Event writes must regroup, not wait). */
  readonly ownedEvents?: true;
}

/**
 * Groups by number: see GroupIds. A group's members are in no particular order (an informer's
 * index is a Go map too): readers that need an order sort, and an ordered map would keep a second
 * list on every one of a pod's several groups.
 */
type GroupMap<T> = ImmutableMap<number, ImmutableMap<number, T>>;

const NO_GROUPS: Groups = {
  podsByOwner: ImmutableMap(),
  podsByNode: ImmutableMap(),
  podsByLabel: ImmutableMap(),
  owned: ImmutableMap(),
  serviceValues: ImmutableMap(),
};

/** What a Service holds of the allocators' ranges (see Groups.serviceValues). */
function serviceValues(obj: KubeObject | undefined): string[] {
  if (!obj) return [];
  const spec = (obj as { spec?: Record<string, unknown> }).spec ?? {};
  const out = [`ip:${typeof spec.clusterIP === 'string' ? spec.clusterIP : ''}`];
  if (Array.isArray(spec.ports))
    for (const p of spec.ports as { nodePort?: unknown }[])
      if (typeof p?.nodePort === 'number' && p.nodePort) out.push(`port:${p.nodePort}`);
  const hc = spec.healthCheckNodePort;
  if (typeof hc === 'number' && hc) out.push(`port:${hc}`);
  return out;
}

function reindexService(
  values: ImmutableMap<string, ImmutableSet<string>>,
  key: string,
  old: KubeObject | undefined,
  obj: KubeObject | undefined,
): ImmutableMap<string, ImmutableSet<string>> {
  const before = serviceValues(old);
  const after = serviceValues(obj);
  for (const v of before)
    if (!after.includes(v)) {
      const rest = values.get(v)?.delete(key);
      values = rest && rest.size ? values.set(v, rest) : values.delete(v);
    }
  for (const v of after)
    if (!before.includes(v)) values = values.set(v, (values.get(v) ?? ImmutableSet()).add(key));
  return values;
}

/**
 * A group's name is a few strings (a tag, then a uid, a node, a namespace, a label's key and value),
 * numbered here through a trie of Maps. Controllers look their groups up thousands of times a tick:
 * a name glued into one string was built, flattened and hashed again on every look, and Immutable.js
 * hashes a key of more than 16 characters through a cache of 255 entries that thousands of uids
 * overflow. A string already held (a uid in metadata) keeps its hash, and a number hashes for free.
 * Names are uids of owners, nodes, namespaces and labels, so the table stays small.
 */
interface Trie {
  id: number;
  readonly next: Map<string, Trie>;
}
const root: Trie = { id: -1, next: new Map() };
let groupCount = 0;

/** The number of a group's name, given one if it has none yet. */
function groupId(tag: string, a: string, b?: string, c?: string): number {
  let at = step(root, tag);
  at = step(at, a);
  if (b !== undefined) at = step(at, b);
  if (c !== undefined) at = step(at, c);
  if (at.id < 0) at.id = groupCount++;
  return at.id;
}

function step(at: Trie, part: string): Trie {
  let next = at.next.get(part);
  if (next === undefined) at.next.set(part, (next = { id: -1, next: new Map() }));
  return next;
}

/** The number of a group's name, or -1 if no object was ever put in such a group. */
function knownGroup(tag: string, a: string, b?: string, c?: string): number {
  let at = root.next.get(tag)?.next.get(a);
  if (b !== undefined) at = at?.next.get(b);
  if (c !== undefined) at = at?.next.get(c);
  return at === undefined ? -1 : at.id;
}

const ownerGroup = (pod: Pod): number => {
  const controller = pod.metadata.ownerReferences?.find((o) => o.controller);
  return controller
    ? groupId('owner', controller.uid)
    : groupId('orphan', pod.metadata.namespace ?? 'default');
};

/**
 * Nodes numbered from 0 as pods are first put on them, so pod counts per node fit an array: node
 * name -> number, and node group number -> node number.
 */
const nodeNumbers = new Map<string, number>();
const nodeOfGroup = new Map<number, number>();

function nodeGroup(pod: Pod): number {
  const node = pod.spec.nodeName ?? '';
  const id = groupId('node', node);
  if (!nodeOfGroup.has(id)) {
    let n = nodeNumbers.get(node);
    if (n === undefined) nodeNumbers.set(node, (n = nodeNumbers.size));
    nodeOfGroup.set(id, n);
  }
  return id;
}

/** How many pods each node runs, by name: see ObjectStore.podCountsByNode. */
export interface PodCounts {
  get(node: string): number;
}

class NodeCounts implements PodCounts {
  constructor(private readonly byNumber: Int32Array) {}
  get(node: string): number {
    const n = nodeNumbers.get(node);
    return n === undefined ? 0 : (this.byNumber[n] ?? 0);
  }
}

/** The counts made last, and the write of the store they were made for. */
let lastCounts: { readonly log: Change | null; readonly byNumber: Int32Array } | null = null;

/** How far back recount looks for the last counts before counting every node again. */
const RECOUNT_STEPS = 64;

/** Pod counts by node number, in one walk of the node groups (forEach: no entry pairs made). */
function countAll(groups: GroupMap<Pod>): Int32Array {
  const byNumber = new Int32Array(nodeNumbers.size);
  groups.forEach((pods, id) => void (byNumber[nodeOfGroup.get(id)!] = pods.size));
  return byNumber;
}

/** The last counts with the node groups written since `lastCounts.log` counted again, if near. */
function recount(groups: GroupMap<Pod>, log: Change | null): Int32Array | undefined {
  if (lastCounts === null || lastCounts.log === null || log === null) return undefined;
  let at: Change | null = log;
  for (let steps = 0; at !== lastCounts.log; at = at.prev)
    if (at === null || ++steps > RECOUNT_STEPS) return undefined;
  const byNumber = new Int32Array(nodeNumbers.size);
  byNumber.set(lastCounts.byNumber);
  for (at = log; at !== lastCounts.log; at = at!.prev)
    for (const id of at!.groups) {
      const n = nodeOfGroup.get(id);
      if (n !== undefined) byNumber[n] = groups.get(id)?.size ?? 0;
    }
  return byNumber;
}

/** Pod counts by node number, made once per version of the pods-per-node groups. */
const countsByNode = new WeakMap<object, PodCounts>();

/**
 * The label groups of a pod. The pods of a template share its labels object (and a pod keeps it
 * through its status writes), so the answer for the last labels object asked about is kept.
 */
function labelGroups(pod: Pod): readonly number[] {
  const ns = pod.metadata.namespace ?? 'default';
  const labels = pod.metadata.labels;
  if (!labels) return NOTHING;
  if (lastLabels.labels === labels && lastLabels.ns === ns) return lastLabels.ids;
  const ids: number[] = [];
  for (const k in labels) ids.push(groupId('label', ns, k, labels[k]!));
  lastLabels = { labels, ns, ids };
  return ids;
}

let lastLabels: { readonly labels: object; readonly ns: string; readonly ids: readonly number[] } =
  { labels: {}, ns: '', ids: [] };

function groupAdd<T>(groups: GroupMap<T>, id: number, key: number, obj: T): GroupMap<T> {
  return groups.set(id, (groups.get(id) ?? ImmutableMap<number, T>()).set(key, obj));
}

function groupRemove<T>(groups: GroupMap<T>, id: number, key: number): GroupMap<T> {
  const members = groups.get(id);
  if (!members) return groups;
  const rest = members.delete(key);
  return rest.size ? groups.set(id, rest) : groups.delete(id);
}

/** The groups a write changed (left, joined or updated a member of), collected as it regroups. */
let touched: number[] = [];

/**
 * The touched groups as the log keeps them, in an array of their own size: one grown by push has
 * room for a dozen more, and the log keeps thousands of writes.
 */
const kept = (groups: number[]): readonly number[] => (groups.length ? groups.slice() : NOTHING);

/** Moves the key numbered `key` from the groups of `old` to those of `now` (either may be absent). */
function regroup<T>(
  groups: GroupMap<T>,
  key: number,
  old: readonly number[],
  now: readonly number[],
  obj: T | undefined,
): GroupMap<T> {
  for (const g of old)
    if (!now.includes(g)) {
      groups = groupRemove(groups, g, key);
      touched.push(g);
    }
  if (obj !== undefined)
    for (const g of now) {
      groups = groupAdd(groups, g, key, obj);
      touched.push(g);
    }
  return groups;
}

/** The one group `f` puts a pod in, or none for no pod. */
const one = (p: Pod | undefined, f: (p: Pod) => number): number[] => (p ? [f(p)] : []);

function regroupPod(g: Groups, key: number, old: Pod | undefined, pod: Pod | undefined): Groups {
  return {
    ...g,
    podsByOwner: regroup(g.podsByOwner, key, one(old, ownerGroup), one(pod, ownerGroup), pod),
    podsByNode: regroup(g.podsByNode, key, one(old, nodeGroup), one(pod, nodeGroup), pod),
    podsByLabel: regroup(
      g.podsByLabel,
      key,
      old ? labelGroups(old) : [],
      pod ? labelGroups(pod) : [],
      pod,
    ),
  };
}

function ownedGroup(kind: string, obj: KubeObject | undefined): number[] {
  const uid = obj?.metadata.ownerReferences?.[0]?.uid;
  return uid ? [groupId('owned', kind, uid)] : [];
}

function regroupObject(
  g: Groups,
  kind: string,
  key: string,
  id: number,
  old: KubeObject | undefined,
  obj: KubeObject | undefined,
): Groups {
  if (kind === 'Pod') return regroupPod(g, id, old as Pod | undefined, obj as Pod | undefined);
  if (kind === 'Service') {
    const serviceValues = reindexService(g.serviceValues, key, old, obj);
    return serviceValues === g.serviceValues ? g : { ...g, serviceValues };
  }
  const before = ownedGroup(kind, old);
  const after = ownedGroup(kind, obj);
  if (before.length === 0 && after.length === 0) return g;
  return { ...g, owned: regroup(g.owned, id, before, after, obj) };
}

/**
 * One write, newest first, chained to the writes before it: what a controller's work queue would
 * be told (the key written, the groups it changed). A controller that remembers the write it last
 * saw reads only what came after (`changesSince`). The chain is cut every LOG_KEPT writes, so old
 * history does not stay in memory; a reader from before the cut looks at everything again.
 */
export interface Change {
  readonly key: string;
  /** The kind of `key` (its part before the first '/'). */
  readonly kind: string;
  readonly groups: readonly number[];
  readonly depth: number;
  prev: Change | null;
}

const LOG_KEPT = 20_000;

function logged(prev: Change | null, key: string, kind: string, groups: readonly number[]): Change {
  const change: Change = { key, kind, groups, depth: (prev?.depth ?? 0) + 1, prev };
  if (change.depth % LOG_KEPT === 0) {
    let at: Change | null = change;
    for (let i = 0; i < LOG_KEPT && at; i++) at = at.prev;
    if (at) at.prev = null;
  }
  return change;
}

/**
 * What a look at the store read, while `recordReads` runs: group ids, whole kinds, single keys.
 * Controllers record what they read for an object, so a write can wake exactly the objects that
 * read what it changed.
 */
export interface Reads {
  readonly groups: number[];
  readonly kinds: string[];
  readonly keys: string[];
}
let reading: Reads | null = null;

export function recordReads(fn: () => void): Reads {
  const outer = reading;
  const reads: Reads = { groups: [], kinds: [], keys: [] };
  reading = reads;
  try {
    fn();
  } finally {
    reading = outer;
  }
  return reads;
}

/** A group's number for a read: while recording, named even if empty, so its first member wakes it. */
function readGroup(tag: string, a: string, b?: string, c?: string): number {
  if (reading === null) return knownGroup(tag, a, b, c);
  const id = groupId(tag, a, b, c);
  reading.groups.push(id);
  return id;
}

/** A group's members (none when the name was never used). */
function members<T>(groups: GroupMap<T>, id: number): ImmutableMap<number, T> | undefined {
  return id < 0 ? undefined : groups.get(id);
}

const NOTHING: readonly never[] = [];

/**
 * A group's members as an array, gathered by forEach: an Immutable.js iterator allocates at every
 * step, and groups are read thousands of times a pass.
 */
function valuesOf<T>(group: ImmutableMap<number, T> | undefined): readonly T[] {
  if (!group) return NOTHING;
  const out: T[] = [];
  group.forEach(pushInto, out);
  return out;
}

function pushInto<T>(this: T[], value: T): void {
  this.push(value);
}

/**
 * Events written since the Event kind was last merged, newest first. Events are half of a busy
 * cluster's writes and controllers never read them, so a write only links its event here; the
 * kind's persistent map takes them all in one batch when something first reads an event.
 */
interface PendingEvent {
  readonly key: string;
  readonly obj: KubeObject;
  readonly prev: PendingEvent | null;
}

export class ObjectStore implements ReadonlyMap<string, KubeObject> {
  private constructor(
    /**
     * Kind name -> its objects; ordered as a JS Map would be, and shared between versions. The
     * Event kind lacks the `pending` events until they are merged (which only this store's own
     * reads do, and which changes nothing it answers).
     */
    private kinds: Kinds,
    /** The number of objects, the pending events not counted. */
    private counted: number,
    private readonly groups: Groups = NO_GROUPS,
    /** The write that made this store (null for the empty one, or past the log's cut). */
    readonly log: Change | null = null,
    private pending: PendingEvent | null = null,
    /** A value that is the same (===) as long as the Event kind is: see `version`. */
    private readonly eventsVersion: object = EMPTY_KIND,
  ) {}

  /** The number of objects. */
  get size(): number {
    this.mergeEvents();
    return this.counted;
  }

  /** Puts the pending events into the Event kind's map. */
  private mergeEvents(): void {
    if (this.pending === null) return;
    const newestFirst: PendingEvent[] = [];
    for (let at: PendingEvent | null = this.pending; at; at = at.prev) newestFirst.push(at);
    const before = this.kinds.get('Event') ?? EMPTY_KIND;
    const after = before.withMutations((m) => {
      for (let i = newestFirst.length - 1; i >= 0; i--)
        m.set(keyId(newestFirst[i]!.key), newestFirst[i]!.obj);
    });
    this.kinds = this.kinds.set('Event', after);
    this.counted += after.size - before.size;
    this.pending = null;
  }

  /**
   * A value that is the same (===) as long as the objects of `kind` are, without making a view of
   * them (for caches of what was computed from a kind).
   */
  version(kind: string): object {
    if (kind === 'Event') return this.eventsVersion;
    return this.kinds.get(kind) ?? EMPTY_KIND;
  }

  static readonly empty = new ObjectStore(Kinds.empty, 0);

  /** The pods whose controller is `uid`, in no particular order. */
  podsOwnedBy(uid: string): Iterable<Pod> {
    return valuesOf(members(this.groups.podsByOwner, readGroup('owner', uid)));
  }

  /** The pods of a namespace that have no controller. */
  orphanPods(namespace: string): Iterable<Pod> {
    return valuesOf(members(this.groups.podsByOwner, readGroup('orphan', namespace)));
  }

  /** The pods bound to a node (`''`: the pods not bound yet). */
  podsOnNode(node: string): Iterable<Pod> {
    return valuesOf(members(this.groups.podsByNode, readGroup('node', node)));
  }

  /**
   * How many pods are bound to each node (`''`: not bound yet) by node name, 0 for none, for the
   * scheduler, which weighs every node for every pod. From the counts last made, when this store
   * is a few writes after it: only the node groups those writes touched are counted again.
   */
  podCountsByNode(): PodCounts {
    // A recorded read would not name the empty nodes' groups: the whole Pod kind stands in.
    reading?.kinds.push('Pod');
    const groups = this.groups.podsByNode;
    let counts = countsByNode.get(groups);
    if (!counts) {
      const byNumber = recount(groups, this.log) ?? countAll(groups);
      countsByNode.set(groups, (counts = new NodeCounts(byNumber)));
      lastCounts = { log: this.log, byNumber };
    }
    return counts;
  }

  /** The pods of a namespace: read from the whole Pod kind (no group is kept for so rare a look). */
  *podsInNamespace(namespace: string): Iterable<Pod> {
    for (const p of this.ofKind('Pod').values())
      if ((p.metadata.namespace ?? 'default') === namespace) yield p as Pod;
  }

  /** The pods of a namespace carrying the label `key=value`, and how many there are. */
  podsLabelled(
    namespace: string,
    key: string,
    value: string,
  ): { pods: Iterable<Pod>; size: number } {
    const group = members(this.groups.podsByLabel, readGroup('label', namespace, key, value));
    return { pods: valuesOf(group), size: group?.size ?? 0 };
  }

  /** The keys of the Services holding a ClusterIP (`ip:ADDRESS`) or a node port (`port:N`). */
  servicesHolding(value: string): { has(key: string): boolean; readonly size: number } | undefined {
    return this.groups.serviceValues.get(value);
  }

  /** The objects of `kind` whose first owner is `uid`, in no particular order. */
  ownedBy(kind: string, uid: string): Iterable<KubeObject> {
    if (kind === 'Pod') return this.podsOwnedBy(uid);
    return valuesOf(members(this.groups.owned, readGroup('owned', kind, uid)));
  }

  /**
   * A value that is the same (===) as long as the group is: the pods of an owner uid
   * (`pods-owner`), the pods without an owner in a namespace (`pods-orphan`), the pods of a node
   * (`pods-node`), of a namespace (`pods-ns`), of a label (`pods-label`: namespace, key, value),
   * or the objects of a kind owned by a uid (`owned`: kind, uid).
   */
  groupVersion(
    ...[index, a, b, c]:
      | readonly ['pods-owner' | 'pods-orphan' | 'pods-node' | 'pods-ns', string]
      | readonly ['pods-label', string, string, string]
      | readonly ['owned', string, string]
  ): unknown {
    const g = this.groups;
    switch (index) {
      case 'pods-owner':
        return members(g.podsByOwner, readGroup('owner', a));
      case 'pods-orphan':
        return members(g.podsByOwner, readGroup('orphan', a));
      case 'pods-node':
        return members(g.podsByNode, readGroup('node', a));
      case 'pods-ns':
        // Rarely read (a selector without matchLabels): the whole Pod kind stands in for the
        // namespace, so a pod write anywhere wakes the reader, which then finds nothing new.
        return this.ofKind('Pod');
      case 'pods-label':
        return members(g.podsByLabel, readGroup('label', a, b, c));
      case 'owned':
        return members(g.owned, readGroup('owned', a, b));
    }
  }

  static from(entries: Iterable<readonly [string, KubeObject]>): ObjectStore {
    let store = ObjectStore.empty;
    for (const [key, obj] of entries) store = store.with(key, obj);
    return store;
  }

  /** A store with `obj` at `key`; everything else shared. */
  with(key: string, obj: KubeObject): ObjectStore {
    const kind = kindOf(key);
    if (kind === 'Event') {
      // An event without owners is in no group: it waits, linked, until an event is read.
      if (!obj.metadata.ownerReferences && !this.groups.ownedEvents) {
        const pending: PendingEvent = { key, obj, prev: this.pending };
        const log = logged(this.log, key, kind, NOTHING);
        // The kind keeps the place among kinds its first event gives it, as if it were stored now.
        const kinds = this.kinds.has(kind) ? this.kinds : this.kinds.set(kind, EMPTY_KIND);
        return new ObjectStore(kinds, this.counted, this.groups, log, pending, pending);
      }
      this.mergeEvents();
    }
    const old = this.kinds.get(kind) ?? EMPTY_KIND;
    const id = keyId(key);
    const next = old.set(id, obj);
    const kinds = this.kinds.set(kind, next);
    touched = [];
    let groups = regroupObject(this.groups, kind, key, id, old.get(id), obj);
    if (kind === 'Event' && obj.metadata.ownerReferences && !groups.ownedEvents)
      groups = { ...groups, ownedEvents: true };
    const log = logged(this.log, key, kind, kept(touched));
    return new ObjectStore(
      kinds,
      this.counted + next.size - old.size,
      groups,
      log,
      this.pending,
      kind === 'Event' ? next : this.eventsVersion,
    );
  }

  /** A store without `key`. */
  without(key: string): ObjectStore {
    const kind = kindOf(key);
    if (kind === 'Event') this.mergeEvents();
    const old = this.kinds.get(kind);
    const id = knownKey(key);
    if (id === undefined || !old?.has(id)) return this;
    const next = old.delete(id);
    const kinds = next.size ? this.kinds.set(kind, next) : this.kinds.delete(kind);
    touched = [];
    const groups = regroupObject(this.groups, kind, key, id, old.get(id), undefined);
    return new ObjectStore(
      kinds,
      this.counted - 1,
      groups,
      logged(this.log, key, kind, kept(touched)),
      this.pending,
      kind === 'Event' ? next : this.eventsVersion,
    );
  }

  /** The objects of one kind, by key (the same map value until that kind changes). */
  ofKind(kind: string): ReadonlyMap<string, KubeObject> {
    reading?.kinds.push(kind);
    if (kind === 'Event') this.mergeEvents();
    return viewOf(this.kinds.get(kind) ?? EMPTY_KIND);
  }

  /** How many objects of `kind` there are (ofKind(kind).size, without making a view). */
  countOf(kind: string): number {
    reading?.kinds.push(kind);
    if (kind === 'Event') this.mergeEvents();
    return this.kinds.get(kind)?.size ?? 0;
  }

  get(key: string): KubeObject | undefined {
    reading?.keys.push(key);
    const kind = kindOf(key);
    if (kind === 'Event') this.mergeEvents();
    const id = knownKey(key);
    return id === undefined ? undefined : this.kinds.get(kind)?.get(id);
  }

  has(key: string): boolean {
    reading?.keys.push(key);
    const kind = kindOf(key);
    if (kind === 'Event') this.mergeEvents();
    const id = knownKey(key);
    return id !== undefined && (this.kinds.get(kind)?.has(id) ?? false);
  }

  *entries(): MapIterator<[string, KubeObject]> {
    this.mergeEvents();
    for (const m of this.kinds.values()) yield* entriesOf(m);
  }

  *keys(): MapIterator<string> {
    this.mergeEvents();
    for (const m of this.kinds.values()) yield* keysOf(m);
  }

  *values(): MapIterator<KubeObject> {
    this.mergeEvents();
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
