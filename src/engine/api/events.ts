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
  const same = listObjects<KubeEvent>(cluster, 'Event', ns).find(
    (e) =>
      e.involvedObject.uid === about.metadata.uid && e.reason === reason && e.message === message,
  );
  if (same) {
    [cluster] = updateObject(cluster, {
      ...same,
      count: same.count + 1,
      lastTimestamp: timestamp(cluster),
    });
    return cluster;
  }
  // The recorder names an event <object>.<unix nanoseconds in hex>; the store's revision stands in
  // for the nanoseconds, so events of one millisecond keep their order.
  const name = `${about.metadata.name}.${(BigInt(cluster.now) * 1000000n + BigInt(cluster.revision % 1000000)).toString(16)}`;
  [cluster] = createObject<KubeEvent>(cluster, ctx, {
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
  return cluster;
}

/** The events about one object, oldest first. */
export function eventsFor(cluster: Cluster, about: KubeObject): KubeEvent[] {
  return listObjects<KubeEvent>(cluster, 'Event', about.metadata.namespace ?? 'default')
    .filter((e) => e.involvedObject.uid === about.metadata.uid)
    .sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion));
}
