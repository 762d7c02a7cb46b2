// Which nodes can take a LoadBalancer Service's traffic (reference §7.1, §3.8): nodes that run a
// ready endpoint of it, read from its EndpointSlices, and nodes whose kube-proxy is up. Load
// balancers' health checks and MetalLB's speakers both ask these questions.
import { listObjects, type Cluster } from '../api/cluster.ts';
import type { Endpoint, EndpointSlice, Node, Pod, Service } from '../api/objects.ts';

/** The node of an endpoint: nodeName (v1), or the kubernetes.io/hostname topology key (v1beta1). */
function endpointNode(e: Endpoint): string | undefined {
  return e.nodeName ?? e.topology?.['kubernetes.io/hostname'];
}

/** An endpoint that can take traffic: ready (a missing condition counts as ready, as in the API). */
const canServe = (e: Endpoint) => e.conditions.ready !== false;

export interface ReadyEndpoints {
  /** Whether the Service has any ready endpoint at all. */
  readonly any: boolean;
  /** Nodes with at least one ready endpoint, sorted. */
  readonly nodes: readonly string[];
}

export function readyEndpoints(cluster: Cluster, svc: Service): ReadyEndpoints {
  const ns = svc.metadata.namespace!;
  const nodes = new Set<string>();
  let any = false;
  for (const slice of listObjects<EndpointSlice>(cluster, 'EndpointSlice', ns)) {
    if (slice.metadata.labels?.['kubernetes.io/service-name'] !== svc.metadata.name) continue;
    for (const e of slice.endpoints ?? []) {
      if (!canServe(e)) continue;
      any = true;
      const node = endpointNode(e);
      if (node) nodes.add(node);
    }
  }
  return { any, nodes: [...nodes].sort() };
}

/** Whether a node is on and its kubelet reports Ready. */
export function nodeUp(cluster: Cluster, node: Node): boolean {
  if (cluster.poweredOff.has(node.metadata.name)) return false;
  const conditions = (node.status.conditions ?? []) as readonly { type: string; status: string }[];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

/** Nodes that are up and run a Running kube-proxy pod (its nodePorts answer), sorted. */
export function kubeProxyNodes(cluster: Cluster): string[] {
  const proxied = new Set(
    listObjects<Pod>(cluster, 'Pod', 'kube-system')
      .filter(
        (p) => p.metadata.labels?.['k8s-app'] === 'kube-proxy' && p.status.phase === 'Running',
      )
      .map((p) => p.spec.nodeName ?? ''),
  );
  return listObjects<Node>(cluster, 'Node')
    .filter((n) => nodeUp(cluster, n) && proxied.has(n.metadata.name))
    .map((n) => n.metadata.name)
    .sort();
}

/**
 * Nodes a cloud load balancer's health check passes on. ETP=Cluster: it probes the traffic
 * nodePort, which every node with kube-proxy answers. ETP=Local: it probes healthCheckNodePort,
 * where kube-proxy answers 200 only with a local ready endpoint (computed here from the
 * EndpointSlices, as kube-proxy's health server counts them).
 */
export function healthyNodes(cluster: Cluster, svc: Service): string[] {
  const proxied = kubeProxyNodes(cluster);
  if (svc.spec.externalTrafficPolicy !== 'Local') return proxied;
  const local = new Set(readyEndpoints(cluster, svc).nodes);
  return proxied.filter((n) => local.has(n));
}
