// The cluster value: every stored object plus the little state around them (clock, counters,
// IPAM). Changes return a new Cluster; untouched objects keep their identity.
import { Map as ImmutableMap } from 'immutable';
import type { Random } from '../util/random.ts';
import type { Preset } from '../presets/presets.ts';
import { keyOf, objectKey, type KubeObject } from './objects.ts';
import type { ObjectStore } from './store.ts';

export interface Cluster {
  readonly preset: Preset;
  readonly objects: ObjectStore;
  /** The last resourceVersion handed out (etcd's revision). */
  readonly revision: number;
  /** Simulated wall clock, in milliseconds since the epoch. */
  readonly now: number;
  /** Next pod address per node, as an offset from the node's first pod IP (host-local IPAM). */
  readonly ipam: Ipam;
  /** Things due at a simulated time (a container starting, a terminated pod going away). */
  readonly timers: Timers;
  /** Images each node's container runtime already holds. */
  readonly images: ReadonlyMap<string, ReadonlySet<string>>;
  /** Nodes switched off with `lab node down`: no kubelet, no kube-proxy, no answer on the wire. */
  readonly poweredOff: ReadonlySet<string>;
  /**
   * CPU demand set with `lab cpu`, per workload store key ("Deployment/default/web"): the steps in
   * time order, so metrics can report the demand as it was at metrics-server's last scrape.
   */
  readonly cpuDemand: ReadonlyMap<string, readonly CpuDemandStep[]>;
  /**
   * The HPA controller's memory per HPA store key: its recent recommendations, kept in the
   * controller process upstream (not in the object), for the 300 s scale-down stabilization.
   */
  readonly hpaRecommendations: ReadonlyMap<string, readonly HpaRecommendation[]>;
}

/** Host-local IPAM's counters: a persistent map, as one is bumped for every pod bound. */
export type Ipam = ImmutableMap<string, number>;

export const NO_IPAM: Ipam = ImmutableMap();

/** From `at` (ms since the epoch) on, the workload's pods together want `millicores`. */
export interface CpuDemandStep {
  readonly at: number;
  readonly millicores: number;
}

export interface HpaRecommendation {
  readonly at: number;
  readonly replicas: number;
}

/** Something due at `at` (ms since the epoch): the kubelet's work on a pod, or the node controller's on a node. */
export interface Timer {
  readonly at: number;
  readonly kind:
    | 'start'
    | 'ready'
    | 'remove'
    | 'exit'
    | 'backoff'
    | 'restart'
    | 'node-unreachable'
    | 'node-evict'
    | 'hpa-sync';
  /** The store key of the pod, node or HorizontalPodAutoscaler. */
  readonly key: string;
}

/**
 * The timers by their (kind, key), numbered: a persistent map, so setting one does not copy the
 * others. Numbers, not "kind:key" strings, for the reason the store numbers its keys (Immutable.js
 * hashes long strings again once its cache of 255 overflows, and a cluster has thousands of pods).
 */
export type Timers = ImmutableMap<number, Timer>;

export const NO_TIMERS: Timers = ImmutableMap();

const timerIds = new Map<Timer['kind'], Map<string, number>>();
let timerCount = 0;

/** The number of a timer's (kind, key); with `add` false, undefined if it never had one. */
function timerId(kind: Timer['kind'], key: string, add: boolean): number | undefined {
  let byKey = timerIds.get(kind);
  if (!byKey) {
    if (!add) return undefined;
    timerIds.set(kind, (byKey = new Map()));
  }
  let id = byKey.get(key);
  if (id === undefined && add) byKey.set(key, (id = timerCount++));
  return id;
}

export function setTimer(cluster: Cluster, timer: Timer): Cluster {
  const id = timerId(timer.kind, timer.key, true)!;
  return { ...cluster, timers: cluster.timers.set(id, timer) };
}

/**
 * The order timers run in: by time, then by key and kind, so timers due together run in the same
 * order in every session (the map's own order follows the numbers, which depend on what the
 * process numbered before).
 */
export function timerOrder(a: Timer, b: Timer): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}

/** The timer of this kind for `key`, if one is set. */
export function timerOf(cluster: Cluster, kind: Timer['kind'], key: string): Timer | undefined {
  const id = timerId(kind, key, false);
  return id === undefined ? undefined : cluster.timers.get(id);
}

export function clearTimer(cluster: Cluster, kind: Timer['kind'], key: string): Cluster {
  const id = timerId(kind, key, false);
  if (id === undefined || !cluster.timers.has(id)) return cluster;
  return { ...cluster, timers: cluster.timers.delete(id) };
}

/** What every engine function that chooses or stamps anything takes. */
export interface Ctx {
  readonly random: Random;
}

export function getObject<T extends KubeObject>(
  cluster: Cluster,
  kind: T['kind'],
  namespace: string | undefined,
  name: string,
): T | undefined {
  return cluster.objects.get(objectKey(kind, namespace, name)) as T | undefined;
}

export function listObjects<T extends KubeObject>(
  cluster: Cluster,
  kind: T['kind'],
  namespace?: string,
): T[] {
  const sorted = sortedObjects<T>(cluster, kind);
  // A fresh array each call: callers may sort or filter it.
  return namespace === undefined
    ? [...sorted]
    : sorted.filter((o) => o.metadata.namespace === namespace);
}

/** listObjects of all namespaces, not copied: the array is shared, never to be changed. */
export function sortedObjects<T extends KubeObject>(
  cluster: Cluster,
  kind: T['kind'],
): readonly T[] {
  const ofKind = cluster.objects.ofKind(kind);
  let sorted = sortedKinds.get(ofKind);
  if (!sorted) {
    const byName = [...ofKind.values()].map(
      (o) => [`${o.metadata.namespace}/${o.metadata.name}`, o] as const,
    );
    byName.sort(([a], [b]) => compareNames(a, b));
    sorted = byName.map(([, o]) => o);
    sortedKinds.set(ofKind, sorted);
  }
  return sorted as readonly T[];
}

/** One kind's objects in namespace/name order, computed once per version of that kind. */
const sortedKinds = new WeakMap<ReadonlyMap<string, KubeObject>, readonly KubeObject[]>();
/**
 * The API server's list order: etcd keys compared byte by byte (names are ASCII: lowercase
 * letters, digits, '-' and '.').
 */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let lastStamp = { now: NaN, text: '' };

export function timestamp(cluster: Cluster): string {
  // Thousands of objects share a simulated second: the last one printed is kept.
  if (lastStamp.now !== cluster.now)
    lastStamp = {
      now: cluster.now,
      text: new Date(cluster.now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
  return lastStamp.text;
}

/** Where a v4 UUID has fixed characters: its dashes, the version 4, the variant digit (drawn). */
const UUID_SHAPE = 'xxxxxxxx-xxxx-4xxx-vxxx-xxxxxxxxxxxx';

/**
 * The shape as numbers: 16 draws a hex digit, 4 draws the variant digit (8, 9, a or b), any other
 * value is the character code itself (negated).
 */
const DRAWS = Array.from(UUID_SHAPE, (c) => (c === 'x' ? 16 : c === 'v' ? 4 : -c.charCodeAt(0)));
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const VARIANT_CODES = Array.from('89ab', (c) => c.charCodeAt(0));

/** The character codes of the UUID being drawn (one buffer for all: thousands are drawn). */
const uuidCodes: number[] = Array.from(UUID_SHAPE, () => 0);

/** A random version-4 UUID, as the API server stamps in metadata.uid. */
export function newUid(ctx: Ctx): string {
  // One draw per hex digit, in order (the same draws as ever, so seeded runs keep their names),
  // gathered as character codes: one flat string, not a chain of 36 concatenations.
  const random = ctx.random;
  for (let i = 0; i < DRAWS.length; i++) {
    const draw = DRAWS[i]!;
    uuidCodes[i] =
      draw === 16 ? HEX_CODES[random.int(16)]! : draw === 4 ? VARIANT_CODES[random.int(4)]! : -draw;
  }
  return String.fromCharCode(...uuidCodes);
}

/** Stores a new object: stamps uid, resourceVersion and creationTimestamp on a copy of it. */
export function createObject<T extends KubeObject>(
  cluster: Cluster,
  ctx: Ctx,
  obj: T,
): [Cluster, T] {
  return createBuilt(cluster, ctx, keyOf(obj), { ...obj, metadata: { ...obj.metadata } });
}

/**
 * createObject for an object built for this call alone (no one else holds it or its metadata): its
 * metadata is stamped in place rather than copied, for the objects made by the thousand (pods).
 * `key` is its key (keyOf), which the caller has made already.
 */
export function createBuilt<T extends KubeObject>(
  cluster: Cluster,
  ctx: Ctx,
  key: string,
  obj: T,
): [Cluster, T] {
  const metadata = obj.metadata as {
    uid: string;
    resourceVersion: string;
    creationTimestamp: string;
  };
  metadata.uid = newUid(ctx);
  metadata.resourceVersion = String(cluster.revision + 1);
  metadata.creationTimestamp = timestamp(cluster);
  return storeStamped(cluster, key, obj);
}

/**
 * Stores a new object already stamped (uid, creationTimestamp, and the next revision as its
 * resourceVersion), at `key`: its key (keyOf).
 */
export function storeStamped<T extends KubeObject>(
  cluster: Cluster,
  key: string,
  obj: T,
): [Cluster, T] {
  const objects = cluster.objects.with(key, obj);
  return [{ ...cluster, objects, revision: cluster.revision + 1 }, obj];
}

/** Deep equality of two JSON values, ignoring key order. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameContent((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Replaces a stored object; a new resourceVersion is stamped only if something changed. */
export function updateObject<T extends KubeObject>(cluster: Cluster, obj: T): [Cluster, T] {
  const key = keyOf(obj);
  const old = cluster.objects.get(key);
  if (old && sameContent(old, obj)) return [cluster, old as T];
  const revision = cluster.revision + 1;
  const stored = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(revision) } } as T;
  const objects = cluster.objects.with(key, stored);
  return [{ ...cluster, objects, revision }, stored];
}

export function deleteObject(cluster: Cluster, obj: KubeObject): Cluster {
  const objects = cluster.objects.without(keyOf(obj));
  return { ...cluster, objects, revision: cluster.revision + 1 };
}
