// The EndpointSlice controller and the legacy Endpoints controller (reference §2.6, §2.7): for every
// Service with a selector, the matching pods' addresses, with named target ports resolved per pod.
import { podsSelected } from '../api/podIndex.ts';
import {
  compareNames,
  createObject,
  getObject,
  updateObject,
  type Cluster,
  type Ctx,
} from '../api/cluster.ts';
import {
  type Endpoint,
  type EndpointSlice,
  type KubeObject,
  type Pod,
  type Service,
  type ServicePort,
} from '../api/objects.ts';
import { NAME_SUFFIX_ALPHABET } from '../util/hash.ts';
import { randomString } from '../util/random.ts';
import { isPodReady, isTerminating } from './podLifecycle.ts';

export const endpointSliceVersion = (minor: number) =>
  minor >= 21 ? 'discovery.k8s.io/v1' : 'discovery.k8s.io/v1beta1';

/** The container port a Service port's targetPort means for this pod, or null if it names none. */
export function resolveTargetPort(pod: Pod, port: ServicePort): number | null {
  if (typeof port.targetPort === 'number') return port.targetPort;
  for (const c of pod.spec.containers) {
    for (const p of c.ports ?? []) {
      if (p.name === port.targetPort && (p.protocol ?? 'TCP') === port.protocol)
        return p.containerPort;
    }
  }
  return null;
}

function candidatePods(cluster: Cluster, svc: Service): Pod[] {
  return podsSelected(cluster, svc.metadata.namespace ?? 'default', {
    matchLabels: svc.spec.selector!,
  }).filter((p) => p.status.podIP && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
}

/**
 * One pod as an endpoint. Before v1.21 the API served discovery.k8s.io/v1beta1, where the node is
 * a `topology` label and only the `ready` condition exists (serving and terminating were alpha).
 */
function toEndpoint(pod: Pod, minor: number, service: string): Endpoint {
  const serving = isPodReady(pod);
  // A pod naming this Service as its subdomain is addressable by its hostname (§2.6, StatefulSets).
  const hostname =
    typeof pod.spec.hostname === 'string' && pod.spec.subdomain === service
      ? { hostname: pod.spec.hostname }
      : {};
  const terminating = isTerminating(pod);
  const where =
    minor >= 21
      ? { nodeName: pod.spec.nodeName! }
      : { topology: { 'kubernetes.io/hostname': pod.spec.nodeName! } };
  return {
    addresses: [pod.status.podIP!],
    ...hostname,
    conditions:
      minor >= 21
        ? { ready: serving && !terminating, serving, terminating }
        : { ready: serving && !terminating },
    ...where,
    targetRef: {
      kind: 'Pod',
      name: pod.metadata.name,
      namespace: pod.metadata.namespace!,
      uid: pod.metadata.uid,
    },
  };
}

const ownerRefTo = (svc: Service) => [
  {
    apiVersion: 'v1',
    blockOwnerDeletion: true,
    controller: true,
    kind: 'Service',
    name: svc.metadata.name,
    uid: svc.metadata.uid,
  },
];

function syncSlices(cluster: Cluster, ctx: Ctx, svc: Service): Cluster {
  const pods = candidatePods(cluster, svc);
  const ports = svc.spec.ports ?? [];
  // Pods whose target ports resolve to the same numbers share a slice.
  const groups = new Map<string, { ports: EndpointSlice['ports']; pods: Pod[] }>();
  // Numeric target ports resolve alike for every pod: worked out once for all of them.
  const sameForAll = ports.every((p) => typeof p.targetPort === 'number');
  let shared: { resolved: NonNullable<EndpointSlice['ports']>; key: string } | undefined;
  for (const pod of pods) {
    let resolved: NonNullable<EndpointSlice['ports']>;
    let key: string;
    if (shared) ({ resolved, key } = shared);
    else {
      resolved = ports
        .map((p) => ({
          name: p.name ?? '',
          port: resolveTargetPort(pod, p),
          protocol: p.protocol,
          // The controller copies the Service port's appProtocol onto the slice's port.
          ...(typeof p.appProtocol === 'string' ? { appProtocol: p.appProtocol } : {}),
        }))
        .filter((p): p is { name: string; port: number; protocol: string } => p.port !== null);
      key = JSON.stringify(resolved);
      if (sameForAll) shared = { resolved, key };
    }
    const group = groups.get(key) ?? { ports: resolved, pods: [] };
    group.pods.push(pod);
    groups.set(key, group);
  }
  if (groups.size === 0) groups.set('[]', { ports: null, pods: [] }); // the placeholder slice
  const existing = (
    [...cluster.objects.ownedBy('EndpointSlice', svc.metadata.uid)] as EndpointSlice[]
  ).sort((a, b) => compareNames(a.metadata.name, b.metadata.name));
  const labels = {
    ...svc.metadata.labels,
    'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
    'kubernetes.io/service-name': svc.metadata.name,
  };
  let i = 0;
  for (const group of groups.values()) {
    const endpoints = group.pods.length
      ? group.pods.map((p) => toEndpoint(p, cluster.preset.minor, svc.metadata.name))
      : null;
    const slice = existing[i++];
    if (slice) {
      [cluster] = updateObject(cluster, {
        ...slice,
        endpoints,
        ports: group.ports,
        metadata: { ...slice.metadata, labels },
      });
      continue;
    }
    let name: string;
    do
      name =
        `${svc.metadata.name}-`.slice(0, 58) + randomString(ctx.random, NAME_SUFFIX_ALPHABET, 5);
    while (cluster.objects.has(`EndpointSlice/${svc.metadata.namespace}/${name}`));
    [cluster] = createObject<EndpointSlice>(cluster, ctx, {
      apiVersion: endpointSliceVersion(cluster.preset.minor),
      kind: 'EndpointSlice',
      metadata: {
        name,
        generateName: `${svc.metadata.name}-`,
        namespace: svc.metadata.namespace,
        uid: '',
        resourceVersion: '',
        creationTimestamp: '',
        generation: 1,
        labels,
        ownerReferences: ownerRefTo(svc),
      },
      addressType: 'IPv4',
      endpoints,
      ports: group.ports,
    });
  }
  for (const extra of existing.slice(i)) {
    const objects = cluster.objects.without(
      `EndpointSlice/${extra.metadata.namespace}/${extra.metadata.name}`,
    );
    cluster = { ...cluster, objects };
  }
  return cluster;
}

/**
 * RepackSubsets sorts each subset's addresses by IP, compared as strings byte by byte
 * (LessEndpointAddress): 172.16.103.129 before 172.16.132.1 before 172.16.221.129.
 */
function byIP(a: unknown, b: unknown): number {
  const x = (a as { ip: string }).ip;
  const y = (b as { ip: string }).ip;
  return x < y ? -1 : x > y ? 1 : 0;
}

function syncEndpointsObject(cluster: Cluster, ctx: Ctx, svc: Service): Cluster {
  const ns = svc.metadata.namespace;
  const subsetsByPorts = new Map<
    string,
    { addresses: unknown[]; notReadyAddresses: unknown[]; ports: unknown[] }
  >();
  const servicePorts = svc.spec.ports ?? [];
  // Numeric target ports resolve alike for every pod: worked out once for all of them.
  const sameForAll = servicePorts.every((p) => typeof p.targetPort === 'number');
  let shared: { ports: unknown[]; key: string } | undefined;
  for (const pod of candidatePods(cluster, svc)) {
    let ports: unknown[];
    let key: string;
    if (shared) ({ ports, key } = shared);
    else {
      ports = servicePorts
        .map((p) => ({
          ...(p.name ? { name: p.name } : {}),
          port: resolveTargetPort(pod, p),
          protocol: p.protocol,
        }))
        .filter((p) => p.port !== null);
      key = JSON.stringify(ports);
      if (sameForAll) shared = { ports, key };
    }
    const subset = subsetsByPorts.get(key) ?? { addresses: [], notReadyAddresses: [], ports };
    const address = {
      ip: pod.status.podIP,
      nodeName: pod.spec.nodeName,
      targetRef: { kind: 'Pod', name: pod.metadata.name, namespace: ns, uid: pod.metadata.uid },
    };
    if (isTerminating(pod)) continue; // the Endpoints controller leaves terminating pods out
    (isPodReady(pod) ? subset.addresses : subset.notReadyAddresses).push(address);
    subsetsByPorts.set(key, subset);
  }
  const subsets = [...subsetsByPorts.values()].map((s) => ({
    ...(s.addresses.length ? { addresses: [...s.addresses].sort(byIP) } : {}),
    ...(s.notReadyAddresses.length
      ? { notReadyAddresses: [...s.notReadyAddresses].sort(byIP) }
      : {}),
    ports: s.ports,
  }));
  const current = getObject<KubeObject>(cluster, 'Endpoints', ns, svc.metadata.name);
  const body = { ...(subsets.length ? { subsets } : {}) };
  if (current) {
    const { subsets: _old, ...rest } = current as KubeObject & { subsets?: unknown };
    [cluster] = updateObject(cluster, { ...rest, ...body } as KubeObject);
    return cluster;
  }
  [cluster] = createObject<KubeObject>(cluster, ctx, {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: {
      name: svc.metadata.name,
      namespace: ns,
      uid: '',
      resourceVersion: '',
      creationTimestamp: '',
      ...(svc.metadata.labels ? { labels: svc.metadata.labels } : {}),
    },
    ...body,
  });
  return cluster;
}

export function syncServiceEndpoints(cluster: Cluster, ctx: Ctx, svc: Service): Cluster {
  if (!svc.spec.selector || svc.spec.type === 'ExternalName') return cluster;
  cluster = syncSlices(cluster, ctx, svc);
  return syncEndpointsObject(cluster, ctx, svc);
}
