// The EndpointSlice mirroring controller (kube-controller-manager, v1.19+;
// pkg/controller/endpointslicemirroring): for a Service without a selector, the Endpoints object a
// user wrote by hand is mirrored into EndpointSlices, which is what kube-proxy reads. One slice per
// address type and port set, named `<endpoints>-<5 random chars>`, labelled with the Service name
// and `endpointslice.kubernetes.io/managed-by: endpointslicemirroring-controller.k8s.io`, owned by
// the Endpoints. Skipped: Endpoints whose Service is missing or has a selector, Endpoints labelled
// `endpointslice.kubernetes.io/skip-mirror: "true"` (the API server's own `kubernetes` Endpoints),
// Endpoints carrying a leader-election record annotation.
import {
  createObject,
  deleteObject,
  getObject,
  listObjects,
  updateObject,
  type Cluster,
  type Ctx,
} from '../api/cluster.ts';
import type { Endpoint, EndpointSlice, KubeObject, Service } from '../api/objects.ts';
import { NAME_SUFFIX_ALPHABET } from '../util/hash.ts';
import { randomString } from '../util/random.ts';
import { endpointSliceVersion } from './endpoints.ts';

export const MIRRORING_CONTROLLER = 'endpointslicemirroring-controller.k8s.io';
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
const SERVICE_NAME = 'kubernetes.io/service-name';
const SKIP_MIRROR = 'endpointslice.kubernetes.io/skip-mirror';
const LEADER = 'control-plane.alpha.kubernetes.io/leader';
/** The controller's default --mirroring-max-endpoints-per-subset. */
const MAX_PER_SUBSET = 1000;
/** Annotations not carried over (utils.go newEndpointSlice). */
const DROPPED_ANNOTATIONS = [
  'endpoints.kubernetes.io/last-change-trigger-time',
  'kubectl.kubernetes.io/last-applied-configuration',
];

interface EndpointsAddress {
  ip?: string;
  hostname?: string;
  nodeName?: string;
  targetRef?: Endpoint['targetRef'];
}
interface EndpointsPort {
  name?: string;
  port?: number;
  protocol?: string;
  appProtocol?: string;
}
interface EndpointsSubset {
  addresses?: EndpointsAddress[];
  notReadyAddresses?: EndpointsAddress[];
  ports?: EndpointsPort[];
}
type EndpointsObject = KubeObject & { subsets?: EndpointsSubset[] };
type SlicePort = { name: string; port: number; protocol: string; appProtocol?: string };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The address restringified as the controller does (net.ParseIP), with its family, or null. */
function parseAddress(ip: string | undefined): { ip: string; family: 'IPv4' | 'IPv6' } | null {
  if (!ip) return null;
  const m = IPV4.exec(ip);
  if (m) {
    const octets = m.slice(1).map(Number);
    return octets.every((o) => o <= 255) ? { ip: octets.join('.'), family: 'IPv4' } : null;
  }
  // IPv6: kept as written (the simulated networks are IPv4 only).
  return ip.includes(':') && /^[0-9a-fA-F:.]+$/.test(ip) ? { ip, family: 'IPv6' } : null;
}

/** Does the controller mirror this Endpoints object (controller.go syncEndpoints, shouldMirror)? */
export function shouldMirror(cluster: Cluster, endpoints: KubeObject): boolean {
  if (endpoints.metadata.labels?.[SKIP_MIRROR] === 'true') return false;
  if (endpoints.metadata.annotations?.[LEADER] !== undefined) return false;
  const svc = getObject<Service>(
    cluster,
    'Service',
    endpoints.metadata.namespace,
    endpoints.metadata.name,
  );
  return svc !== undefined && svc.spec.selector === undefined;
}

interface Desired {
  readonly family: 'IPv4' | 'IPv6';
  readonly ports: SlicePort[];
  readonly endpoints: Endpoint[];
}

/** The slices an Endpoints object maps to: one per address family and port set (reconciler.go). */
function desiredSlices(endpoints: EndpointsObject, minor: number): Desired[] {
  const groups = new Map<string, Desired & { seen: Set<string> }>();
  for (const subset of endpoints.subsets ?? []) {
    const ports = (subset.ports ?? []).map((p) => ({
      name: p.name ?? '',
      port: p.port ?? 0,
      protocol: p.protocol ?? 'TCP',
      ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}),
    }));
    let added = 0;
    const add = (address: EndpointsAddress, ready: boolean) => {
      if (added >= MAX_PER_SUBSET) return;
      const parsed = parseAddress(address.ip);
      if (!parsed) return;
      const key = `${parsed.family}${JSON.stringify(ports)}`;
      const group = groups.get(key) ?? {
        family: parsed.family,
        ports,
        endpoints: [],
        seen: new Set<string>(),
      };
      groups.set(key, group);
      if (group.seen.has(parsed.ip)) return;
      group.seen.add(parsed.ip);
      added++;
      // Before v1.21 (discovery.k8s.io/v1beta1) the node is the kubernetes.io/hostname topology key.
      const node = address.nodeName
        ? minor >= 21
          ? { nodeName: address.nodeName }
          : { topology: { 'kubernetes.io/hostname': address.nodeName } }
        : {};
      group.endpoints.push({
        addresses: [parsed.ip],
        ...(address.hostname ? { hostname: address.hostname } : {}),
        conditions: { ready },
        ...node,
        ...(address.targetRef ? { targetRef: address.targetRef } : {}),
      });
    };
    for (const a of subset.addresses ?? []) add(a, true);
    for (const a of subset.notReadyAddresses ?? []) add(a, false);
  }
  return [...groups.values()].map(({ family, ports, endpoints }) => ({
    family,
    ports,
    endpoints,
  }));
}

const mirroredBy = (slice: EndpointSlice) =>
  slice.metadata.labels?.[MANAGED_BY] === MIRRORING_CONTROLLER;

function sliceMeta(endpoints: KubeObject): {
  labels: Record<string, string>;
  annotations?: Record<string, string>;
} {
  const annotations = Object.fromEntries(
    Object.entries(endpoints.metadata.annotations ?? {}).filter(
      ([k]) => !DROPPED_ANNOTATIONS.includes(k),
    ),
  );
  return {
    labels: {
      ...endpoints.metadata.labels,
      [SERVICE_NAME]: endpoints.metadata.name,
      [MANAGED_BY]: MIRRORING_CONTROLLER,
    },
    ...(Object.keys(annotations).length ? { annotations } : {}),
  };
}

function syncOne(
  cluster: Cluster,
  ctx: Ctx,
  endpoints: EndpointsObject,
  existing: EndpointSlice[],
): Cluster {
  const desired = desiredSlices(endpoints, cluster.preset.minor);
  const { labels, annotations } = sliceMeta(endpoints);
  const unused = [...existing];
  for (const want of desired) {
    // Reuse the slice that already carries these ports and family, or any left over.
    let i = unused.findIndex(
      (s) =>
        s.addressType === want.family && JSON.stringify(s.ports) === JSON.stringify(want.ports),
    );
    if (i < 0 && unused.length) i = 0;
    const slice = i >= 0 ? unused.splice(i, 1)[0] : undefined;
    const body = {
      addressType: want.family as EndpointSlice['addressType'],
      endpoints: want.endpoints.length ? want.endpoints : null,
      ports: want.ports,
    };
    if (slice) {
      const { annotations: _a, ...metadata } = slice.metadata;
      [cluster] = updateObject(cluster, {
        ...slice,
        ...body,
        metadata: { ...metadata, labels, ...(annotations ? { annotations } : {}) },
      });
      continue;
    }
    const prefix = `${endpoints.metadata.name}-`.slice(0, 58);
    const ns = endpoints.metadata.namespace;
    let name: string;
    do name = prefix + randomString(ctx.random, NAME_SUFFIX_ALPHABET, 5);
    while (cluster.objects.has(`EndpointSlice/${ns}/${name}`));
    [cluster] = createObject<EndpointSlice>(cluster, ctx, {
      apiVersion: endpointSliceVersion(cluster.preset.minor),
      kind: 'EndpointSlice',
      metadata: {
        name,
        generateName: `${endpoints.metadata.name}-`,
        namespace: ns,
        uid: '',
        resourceVersion: '',
        creationTimestamp: '',
        generation: 1,
        labels,
        ...(annotations ? { annotations } : {}),
        ownerReferences: [
          {
            apiVersion: 'v1',
            blockOwnerDeletion: true,
            controller: true,
            kind: 'Endpoints',
            name: endpoints.metadata.name,
            uid: endpoints.metadata.uid,
          },
        ],
      },
      ...body,
    });
  }
  for (const extra of unused) cluster = deleteObject(cluster, extra);
  return cluster;
}

/**
 * What the controller last left behind, per Endpoints store: the Service and EndpointSlice stores.
 * While none of the three changed, a sync would change nothing (no informer event wakes it).
 */
const settled = new WeakMap<object, readonly [object, object]>();

/** Mirrors every eligible Endpoints object, and removes mirrored slices that lost their reason. */
export function syncEndpointSliceMirroring(cluster: Cluster, ctx: Ctx): Cluster {
  const before = settled.get(cluster.objects.ofKind('Endpoints'));
  if (
    before?.[0] === cluster.objects.ofKind('Service') &&
    before[1] === cluster.objects.ofKind('EndpointSlice')
  )
    return cluster;
  const mirrored = new Map<string, EndpointSlice[]>();
  for (const s of listObjects<EndpointSlice>(cluster, 'EndpointSlice')) {
    if (!mirroredBy(s)) continue;
    const key = `${s.metadata.namespace}/${s.metadata.labels?.[SERVICE_NAME] ?? ''}`;
    mirrored.set(key, [...(mirrored.get(key) ?? []), s]);
  }
  for (const ep of listObjects<EndpointsObject>(cluster, 'Endpoints')) {
    const key = `${ep.metadata.namespace}/${ep.metadata.name}`;
    const existing = mirrored.get(key) ?? [];
    mirrored.delete(key);
    if (!shouldMirror(cluster, ep)) {
      for (const s of existing) cluster = deleteObject(cluster, s);
      continue;
    }
    cluster = syncOne(cluster, ctx, ep, existing);
  }
  // Slices whose Endpoints object is gone.
  for (const slices of mirrored.values())
    for (const s of slices) cluster = deleteObject(cluster, s);
  settled.set(cluster.objects.ofKind('Endpoints'), [
    cluster.objects.ofKind('Service'),
    cluster.objects.ofKind('EndpointSlice'),
  ]);
  return cluster;
}
