// Events (core/v1) as controllers and the kubelet record them: `kubectl describe` prints them and
// `kubectl get events` lists them. The same reason and message on the same object is counted, not
// repeated, as the client-go event recorder aggregates.
import {
  listObjects,
  newUid,
  storeStamped,
  timestamp,
  updateObject,
  type Cluster,
  type Ctx,
} from './cluster.ts';
import type { KubeObject } from './objects.ts';

export interface EventSource {
  readonly component: string;
  readonly host?: string;
}

export interface KubeEvent extends KubeObject {
  readonly kind: 'Event';
  readonly involvedObject: {
    readonly apiVersion: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
    readonly uid: string;
  };
  readonly reason: string;
  readonly message: string;
  readonly type: 'Normal' | 'Warning';
  readonly source: EventSource;
  readonly count: number;
  readonly firstTimestamp: string;
  readonly lastTimestamp: string;
}

export function recordEvent(
  cluster: Cluster,
  ctx: Ctx,
  about: KubeObject,
  type: 'Normal' | 'Warning',
  reason: string,
  message: string,
  source: EventSource,
): Cluster {
  const ns = about.metadata.namespace ?? 'default';
  const uid = about.metadata.uid;
  const aggregate = aggregationHash(ns, uid, reason, message);
  const index = eventIndex(cluster, ctx);
  const same = sameEvent(cluster, index.buckets.get(aggregate), ns, uid, reason, message);
  if (same) {
    [cluster] = updateObject(cluster, {
      ...same,
      count: same.count + 1,
      lastTimestamp: timestamp(cluster),
    });
    index.latest = cluster.objects.version('Event');
    return cluster;
  }
  // The recorder names an event <object>.<unix nanoseconds in hex>; the store's revision stands in
  // for the nanoseconds, so events of one millisecond keep their order.
  // Joined, not glued with `+`: V8 keeps a glued string as a tree of its pieces, and thousands of
  // events keep their names and keys.
  const name = [about.metadata.name, '.', nanosHex(cluster.now, cluster.revision % 1000000)].join(
    '',
  );
  const key = ['Event/', ns, '/', name].join('');
  // Stamped as it is built (the uid drawn as createObject would draw it): one shape of metadata.
  const stamp = timestamp(cluster);
  [cluster] = storeStamped<KubeEvent>(cluster, key, {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name,
      namespace: ns,
      uid: newUid(ctx),
      resourceVersion: String(cluster.revision + 1),
      creationTimestamp: stamp,
    },
    involvedObject: involved(about),
    reason,
    message,
    type,
    source,
    count: 1,
    firstTimestamp: stamp,
    lastTimestamp: stamp,
  });
  file(index, aggregate, key);
  index.latest = cluster.objects.version('Event');
  return cluster;
}

/** The event's reference to its object: with its namespace, or without for a cluster-scoped one. */
function involved(about: KubeObject): KubeEvent['involvedObject'] {
  // An object's events come in runs (a pod's Scheduled and Pulling, a ReplicaSet's creations
  // between its pods'): the last two references made are shared (stored objects are never changed).
  const { apiVersion, kind, metadata } = about;
  if (newest.metadata === metadata && newest.apiVersion === apiVersion && newest.kind === kind)
    return newest.ref;
  if (older.metadata === metadata && older.apiVersion === apiVersion && older.kind === kind)
    return older.ref;
  const { name, namespace, uid } = metadata;
  const ref = Object.freeze(
    namespace ? { apiVersion, kind, name, namespace, uid } : { apiVersion, kind, name, uid },
  );
  older = newest;
  newest = { metadata, apiVersion, kind, ref };
  return ref;
}

interface Involved {
  readonly metadata: object;
  readonly apiVersion: string;
  readonly kind: string;
  readonly ref: KubeEvent['involvedObject'];
}
const NOBODY: Involved = {
  metadata: {},
  apiVersion: '',
  kind: '',
  ref: { apiVersion: '', kind: '', name: '', uid: '' },
};
let newest = NOBODY;
let older = NOBODY;

/**
 * `millis` * 10^6 + `extra` in hex, exactly (the product passes 2^53): the milliseconds split at
 * bit 20, each part times 10^6 kept below 2^53, the low 20 bits carried into the high part.
 */
export function nanosHex(millis: number, extra: number): string {
  const high = Math.floor(millis / 0x100000);
  const low = (millis % 0x100000) * 1_000_000 + extra;
  const top = high * 1_000_000 + Math.floor(low / 0x100000);
  const bottom = (low % 0x100000).toString(16).padStart(5, '0');
  return top > 0 ? top.toString(16) + bottom : (low % 0x100000).toString(16);
}

/**
 * The aggregation key (namespace, object uid, reason, message) as FNV-1a over its UTF-16 code
 * units, cut to 30 bits: a small number is hashed for free by the index, where a long string key
 * is hashed again on each look. Keys that collide share a bucket.
 */
function aggregationHash(ns: string, uid: string, reason: string, message: string): number {
  // 30 bits: a small integer to V8, where a larger one is a heap number kept for every bucket.
  return fnvPart(fnvPart(fnvPart(fnvPart(0x811c9dc5, ns), uid), reason), message) & 0x3fffffff;
}

/** FNV-1a over one part's code units, then a separator no code unit equals. */
function fnvPart(h: number, part: string): number {
  for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xffff, 0x01000193);
}

/** The event of the bucket that aggregates exactly this (namespace, uid, reason, message). */
function sameEvent(
  cluster: Cluster,
  bucket: Bucket | undefined,
  ns: string,
  uid: string,
  reason: string,
  message: string,
): KubeEvent | undefined {
  if (bucket === undefined) return undefined;
  for (const key of typeof bucket === 'string' ? [bucket] : bucket) {
    const e = cluster.objects.get(key) as KubeEvent | undefined;
    if (
      e &&
      (e.metadata.namespace ?? 'default') === ns &&
      e.involvedObject.uid === uid &&
      e.reason === reason &&
      e.message === message
    )
      return e;
  }
  return undefined;
}

/**
 * Which events aggregate which (object, reason, message): event keys by aggregation hash, one
 * index per session (its Ctx), added to as events are recorded. It may hold keys a given cluster
 * value does not have (deleted events, another history after an undo): sameEvent reads each one
 * from the store and compares, so a key too many is skipped. What it must not miss is an event of
 * the value asked about: `latest` is the version the last recorded event made and `covers` the
 * versions indexed in full; any other version (events imported, applied or removed some other way,
 * or an older value returned to) is indexed first. Only a full indexing adds to `covers`: a weak
 * set's entry per event cost more than the look it saved.
 */
interface AggregationIndex {
  readonly buckets: Map<number, Bucket>;
  readonly covers: WeakSet<object>;
  /** The Event kind's version after the last event recorded through this index. */
  latest: object | null;
}

const indexes = new WeakMap<Ctx, AggregationIndex>();

function eventIndex(cluster: Cluster, ctx: Ctx): AggregationIndex {
  let index = indexes.get(ctx);
  if (!index)
    indexes.set(ctx, (index = { buckets: new Map(), covers: new WeakSet(), latest: null }));
  const version = cluster.objects.version('Event');
  if (version !== index.latest && !index.covers.has(version)) {
    for (const [key, o] of cluster.objects.ofKind('Event')) {
      const e = o as KubeEvent;
      const ns = e.metadata.namespace ?? 'default';
      file(index, aggregationHash(ns, e.involvedObject.uid, e.reason, e.message), key);
    }
    index.covers.add(version);
  }
  return index;
}

/**
 * The keys of the events of one aggregation hash: almost always one, kept as the key itself
 * rather than in an array of its own (thousands of events, each with a bucket).
 */
type Bucket = string | string[];

/** Puts an event's key in its bucket, once. */
function file(index: AggregationIndex, hash: number, key: string): void {
  const bucket = index.buckets.get(hash);
  if (bucket === undefined) index.buckets.set(hash, key);
  else if (typeof bucket === 'string') {
    if (bucket !== key) index.buckets.set(hash, [bucket, key]);
  } else if (!bucket.includes(key)) bucket.push(key);
}

/** The events about one object, oldest first. */
export function eventsFor(cluster: Cluster, about: KubeObject): KubeEvent[] {
  return listObjects<KubeEvent>(cluster, 'Event', about.metadata.namespace ?? 'default')
    .filter((e) => e.involvedObject.uid === about.metadata.uid)
    .sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion));
}
