// Events (core/v1) as controllers and the kubelet record them: `kubectl describe` prints them and
// `kubectl get events` lists them. The same reason and message on the same object is counted, not
// repeated, as the client-go event recorder aggregates.
import {
  createBuilt,
  listObjects,
  timestamp,
  updateObject,
  type Cluster,
  type Ctx,
} from './cluster.ts';
import { Map as ImmutableMap } from 'immutable';
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
  const index = eventIndex(cluster);
  const same = sameEvent(cluster, index.get(aggregate), ns, uid, reason, message);
  if (same) {
    [cluster] = updateObject(cluster, {
      ...same,
      count: same.count + 1,
      lastTimestamp: timestamp(cluster),
    });
    indexes.set(cluster.objects.version('Event'), index);
    return cluster;
  }
  // The recorder names an event <object>.<unix nanoseconds in hex>; the store's revision stands in
  // for the nanoseconds, so events of one millisecond keep their order.
  const name = `${about.metadata.name}.${nanosHex(cluster.now, cluster.revision % 1000000)}`;
  const key = `Event/${ns}/${name}`;
  // Built here for this call alone, so stamped in place (createBuilt), not copied.
  [cluster] = createBuilt<KubeEvent>(cluster, ctx, {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: ns, uid: '', resourceVersion: '', creationTimestamp: '' },
    involvedObject: involved(about),
    reason,
    message,
    type,
    source,
    count: 1,
    firstTimestamp: timestamp(cluster),
    lastTimestamp: timestamp(cluster),
  });
  const bucket = index.get(aggregate);
  indexes.set(
    cluster.objects.version('Event'),
    index.set(aggregate, bucket ? [...bucket, key] : [key]),
  );
  return cluster;
}

/**
 * The event's reference to its object. Two literals, not a spread in the middle of one: in V8
 * before v12 a property after a spread gave every event's reference a hidden class of its own.
 */
function involved(about: KubeObject): KubeEvent['involvedObject'] {
  const { apiVersion, kind } = about;
  const { name, namespace, uid } = about.metadata;
  return namespace ? { apiVersion, kind, name, namespace, uid } : { apiVersion, kind, name, uid };
}

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
 * The aggregation key (namespace, object uid, reason, message) as a 32-bit FNV-1a number over its
 * UTF-16 code units: a number is hashed for free by the index, where a long string key is hashed
 * again on each look (Immutable.js caches only 255 of them). Keys that collide share a bucket.
 */
function aggregationHash(ns: string, uid: string, reason: string, message: string): number {
  let h = 0x811c9dc5;
  for (const part of [ns, uid, reason, message]) {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193);
  }
  return h >>> 0;
}

/** The event of the bucket that aggregates exactly this (namespace, uid, reason, message). */
function sameEvent(
  cluster: Cluster,
  bucket: readonly string[] | undefined,
  ns: string,
  uid: string,
  reason: string,
  message: string,
): KubeEvent | undefined {
  if (!bucket) return undefined;
  for (const key of bucket) {
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
 * Which events aggregate which (object, reason, message), by aggregation hash, per version of the
 * Event kind. Carried forward by recordEvent (a persistent map, so each event costs O(log n));
 * rebuilt when events changed some other way.
 */
const indexes = new WeakMap<object, ImmutableMap<number, readonly string[]>>();

function eventIndex(cluster: Cluster): ImmutableMap<number, readonly string[]> {
  const version = cluster.objects.version('Event');
  const hit = indexes.get(version);
  if (hit) return hit;
  const index = ImmutableMap<number, readonly string[]>().withMutations((m) => {
    for (const [key, o] of cluster.objects.ofKind('Event')) {
      const e = o as KubeEvent;
      const h = aggregationHash(
        e.metadata.namespace ?? 'default',
        e.involvedObject.uid,
        e.reason,
        e.message,
      );
      m.set(h, [...(m.get(h) ?? []), key]);
    }
  });
  indexes.set(version, index);
  return index;
}

/** The events about one object, oldest first. */
export function eventsFor(cluster: Cluster, about: KubeObject): KubeEvent[] {
  return listObjects<KubeEvent>(cluster, 'Event', about.metadata.namespace ?? 'default')
    .filter((e) => e.involvedObject.uid === about.metadata.uid)
    .sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion));
}
