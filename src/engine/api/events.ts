// Events (core/v1) as controllers and the kubelet record them: `kubectl describe` prints them and
// `kubectl get events` lists them. The same reason and message on the same object is counted, not
// repeated, as the client-go event recorder aggregates.
import {
  createObject,
  listObjects,
  timestamp,
  updateObject,
  type Cluster,
  type Ctx,
} from './cluster.ts';
import { Map as ImmutableMap } from 'immutable';
import { keyOf, type KubeObject } from './objects.ts';

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
  const aggregate = aggregationKey(ns, about.metadata.uid, reason, message);
  const index = eventIndex(cluster);
  const key = index.get(aggregate);
  const same = key === undefined ? undefined : (cluster.objects.get(key) as KubeEvent | undefined);
  if (same) {
    [cluster] = updateObject(cluster, {
      ...same,
      count: same.count + 1,
      lastTimestamp: timestamp(cluster),
    });
    indexes.set(cluster.objects.ofKind('Event'), index);
    return cluster;
  }
  // The recorder names an event <object>.<unix nanoseconds in hex>; the store's revision stands in
  // for the nanoseconds, so events of one millisecond keep their order.
  const name = `${about.metadata.name}.${(BigInt(cluster.now) * 1000000n + BigInt(cluster.revision % 1000000)).toString(16)}`;
  let created: KubeEvent;
  [cluster, created] = createObject<KubeEvent>(cluster, ctx, {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: ns, uid: '', resourceVersion: '', creationTimestamp: '' },
    involvedObject: {
      apiVersion: about.apiVersion,
      kind: about.kind,
      name: about.metadata.name,
      ...(about.metadata.namespace ? { namespace: about.metadata.namespace } : {}),
      uid: about.metadata.uid,
    },
    reason,
    message,
    type,
    source,
    count: 1,
    firstTimestamp: timestamp(cluster),
    lastTimestamp: timestamp(cluster),
  });
  indexes.set(cluster.objects.ofKind('Event'), index.set(aggregate, keyOf(created)));
  return cluster;
}

const aggregationKey = (ns: string, uid: string, reason: string, message: string) =>
  JSON.stringify([ns, uid, reason, message]);

/**
 * Which event aggregates which (object, reason, message), per version of the Event kind. Carried
 * forward by recordEvent (a persistent map, so each event costs O(log n)); rebuilt when events
 * changed some other way.
 */
const indexes = new WeakMap<object, ImmutableMap<string, string>>();

function eventIndex(cluster: Cluster): ImmutableMap<string, string> {
  const events = cluster.objects.ofKind('Event');
  const hit = indexes.get(events);
  if (hit) return hit;
  const index = ImmutableMap<string, string>().withMutations((m) => {
    for (const [key, o] of events) {
      const e = o as KubeEvent;
      const agg = aggregationKey(
        e.metadata.namespace ?? 'default',
        e.involvedObject.uid,
        e.reason,
        e.message,
      );
      if (!m.has(agg)) m.set(agg, key);
    }
  });
  indexes.set(events, index);
  return index;
}

/** The events about one object, oldest first. */
export function eventsFor(cluster: Cluster, about: KubeObject): KubeEvent[] {
  return listObjects<KubeEvent>(cluster, 'Event', about.metadata.namespace ?? 'default')
    .filter((e) => e.involvedObject.uid === about.metadata.uid)
    .sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion));
}
