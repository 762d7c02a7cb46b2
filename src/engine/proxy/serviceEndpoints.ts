// What kube-proxy knows of each Service port: its addresses, policies and endpoints, read from
// Services and EndpointSlices (pkg/proxy/service.go, endpointslicecache.go, topology.go; reference
// §1.8-§1.10, §3.5).
import { listObjects, type Cluster } from '../api/cluster.ts';
import type { EndpointSlice, Service } from '../api/objects.ts';
import { intToIp, parseCidr } from '../net/ipv4.ts';
import { servicePortName } from './chainNames.ts';

export interface ProxyEndpoint {
  /** "ip:port" */
  readonly address: string;
  readonly ip: string;
  readonly nodeName: string | null;
  readonly ready: boolean;
  readonly serving: boolean;
  readonly terminating: boolean;
}

export interface ProxyServicePort {
  readonly namespace: string;
  readonly name: string;
  /** "ns/name:port" as in rule comments */
  readonly servicePort: string;
  readonly protocol: 'tcp' | 'udp' | 'sctp';
  readonly clusterIP: string;
  readonly port: number;
  readonly nodePort: number | null;
  readonly externalIPs: readonly string[];
  /** status.loadBalancer.ingress[].ip (ingress entries with only a hostname have none). */
  readonly loadBalancerIPs: readonly string[];
  /** spec.loadBalancerSourceRanges, as network addresses ("10.0.0.0/8"). */
  readonly sourceRanges: readonly string[];
  readonly externalTrafficPolicy: 'Cluster' | 'Local';
  readonly internalTrafficPolicy: 'Cluster' | 'Local';
  /** NodePort, an externalIP or a load-balancer IP (kube-proxy's ExternallyAccessible). */
  readonly external: boolean;
  /** sessionAffinity ClientIP: the timeout in seconds; null without affinity. */
  readonly affinitySeconds: number | null;
  readonly healthCheckNodePort: number | null;
  /** Endpoints sorted as strings by "ip:port" and de-duplicated. */
  readonly endpoints: readonly ProxyEndpoint[];
}

/** Ready endpoints, or (only when none is ready) serving and terminating ones (§3.5). */
export function usableEndpoints(endpoints: readonly ProxyEndpoint[]): ProxyEndpoint[] {
  const ready = endpoints.filter((e) => e.ready);
  return ready.length ? ready : endpoints.filter((e) => e.serving && e.terminating);
}

/** "10.1.2.3/8" -> "10.0.0.0/8": what iptables stores (and prints) for a source range. */
function networkOf(cidr: string): string {
  const c = parseCidr(cidr.trim());
  return `${intToIp(c.base)}/${c.bits}`;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

function ingressIPs(svc: Service, minor: number): string[] {
  const ingress = svc.status.loadBalancer['ingress'];
  if (!Array.isArray(ingress)) return [];
  const out: string[] = [];
  for (const entry of ingress as { ip?: unknown; ipMode?: unknown }[]) {
    if (typeof entry?.ip !== 'string' || entry.ip === '') continue;
    // LoadBalancerIPMode (beta, on by default from v1.30): kube-proxy leaves "Proxy" IPs to the
    // load balancer and writes no rules for them.
    if (minor >= 30 && entry.ipMode === 'Proxy') continue;
    out.push(entry.ip);
  }
  return out;
}

function affinitySeconds(spec: Service['spec']): number | null {
  if (spec.sessionAffinity !== 'ClientIP') return null;
  const config = spec['sessionAffinityConfig'] as
    { clientIP?: { timeoutSeconds?: unknown } } | undefined;
  const t = config?.clientIP?.timeoutSeconds;
  return typeof t === 'number' ? t : 10800;
}

const compare = (a: ProxyEndpoint, b: ProxyEndpoint) =>
  a.address < b.address ? -1 : a.address > b.address ? 1 : 0;

/** EndpointSlices by their Service ("ns/name"), once per version of the EndpointSlice kind. */
const slicesByService = new WeakMap<object, ReadonlyMap<string, readonly EndpointSlice[]>>();

function slicesOf(cluster: Cluster): ReadonlyMap<string, readonly EndpointSlice[]> {
  const kind = cluster.objects.ofKind('EndpointSlice');
  let index = slicesByService.get(kind);
  if (!index) {
    const map = new Map<string, EndpointSlice[]>();
    for (const s of listObjects<EndpointSlice>(cluster, 'EndpointSlice')) {
      const owner = s.metadata.labels?.['kubernetes.io/service-name'];
      if (!owner) continue;
      const key = `${s.metadata.namespace}/${owner}`;
      const list = map.get(key);
      if (list) list.push(s);
      else map.set(key, [s]);
    }
    slicesByService.set(kind, (index = map));
  }
  return index;
}

/**
 * A Service's ports as kube-proxy sees them, kept while the Service object and its slices are the
 * same values (kube-proxy's change tracker: only changed Services are read again), so the ports of
 * an unchanged Service keep their identity and its compiled rules can be reused.
 */
const portsOfService = new WeakMap<
  Service,
  {
    readonly minor: number;
    readonly slices: readonly EndpointSlice[];
    readonly ports: ProxyServicePort[];
  }
>();

const NO_SLICES: readonly EndpointSlice[] = [];

function build(cluster: Cluster): ProxyServicePort[] {
  const minor = cluster.preset.minor;
  const slices = slicesOf(cluster);
  const out: ProxyServicePort[] = [];
  for (const svc of listObjects<Service>(cluster, 'Service')) {
    const mine = slices.get(`${svc.metadata.namespace}/${svc.metadata.name}`) ?? NO_SLICES;
    const hit = portsOfService.get(svc);
    if (
      hit &&
      hit.minor === minor &&
      hit.slices.length === mine.length &&
      hit.slices.every((s, i) => s === mine[i])
    ) {
      out.push(...hit.ports);
      continue;
    }
    const ports = servicePorts(svc, mine, minor);
    portsOfService.set(svc, { minor, slices: mine, ports });
    out.push(...ports);
  }
  return out;
}

function servicePorts(
  svc: Service,
  mine: readonly EndpointSlice[],
  minor: number,
): ProxyServicePort[] {
  const out: ProxyServicePort[] = [];
  const { spec, metadata } = svc;
  const clusterIP = spec.clusterIP;
  if (spec.type === 'ExternalName' || !clusterIP || clusterIP === 'None') return out;
  const ns = metadata.namespace!;
  const externalIPs = stringList(spec.externalIPs);
  const loadBalancerIPs = spec.type === 'LoadBalancer' ? ingressIPs(svc, minor) : [];
  // kube-proxy reads spec.loadBalancerSourceRanges only; the older annotation is for the cloud
  // provider's firewall (pkg/proxy/service.go).
  // The API server refuses a range that is not a CIDR; the lab does not check them on admission
  // yet, so kube-proxy leaves such a range out instead of failing.
  const sourceRanges =
    spec.type === 'LoadBalancer'
      ? stringList(spec['loadBalancerSourceRanges']).flatMap((r) => {
          try {
            return [networkOf(r)];
          } catch {
            return [];
          }
        })
      : [];
  const hcnp = spec['healthCheckNodePort'];
  for (const p of spec.ports ?? []) {
    const byAddress = new Map<string, ProxyEndpoint>();
    for (const slice of mine) {
      const sp = (slice.ports ?? []).find(
        (x) => x.name === (p.name ?? '') && x.protocol === p.protocol,
      );
      if (!sp) continue;
      for (const e of slice.endpoints ?? []) {
        const ip = e.addresses[0];
        if (ip === undefined) continue;
        const address = `${ip}:${sp.port}`;
        if (byAddress.has(address)) continue;
        byAddress.set(address, {
          address,
          ip,
          nodeName: e.nodeName ?? e.topology?.['kubernetes.io/hostname'] ?? null,
          ready: e.conditions.ready !== false,
          serving: e.conditions.serving !== false,
          terminating: e.conditions.terminating === true,
        });
      }
    }
    const nodePort =
      spec.type === 'NodePort' || spec.type === 'LoadBalancer' ? (p.nodePort ?? null) : null;
    out.push({
      namespace: ns,
      name: metadata.name,
      servicePort: servicePortName(ns, metadata.name, p.name),
      protocol: p.protocol.toLowerCase() as ProxyServicePort['protocol'],
      clusterIP,
      port: p.port,
      nodePort,
      externalIPs,
      loadBalancerIPs,
      sourceRanges,
      externalTrafficPolicy: spec.externalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
      internalTrafficPolicy: spec.internalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
      external: nodePort !== null || externalIPs.length > 0 || loadBalancerIPs.length > 0,
      affinitySeconds: affinitySeconds(spec),
      healthCheckNodePort: typeof hcnp === 'number' && hcnp > 0 ? hcnp : null,
      endpoints: [...byAddress.values()].sort(compare),
    });
  }
  return out;
}

/** Kept per `cluster.objects` value: every node's compile and the health checks share one read. */
const cache = new WeakMap<Cluster['objects'], ProxyServicePort[]>();

export function proxyServicePorts(cluster: Cluster): readonly ProxyServicePort[] {
  let hit = cache.get(cluster.objects);
  if (!hit) cache.set(cluster.objects, (hit = build(cluster)));
  return hit;
}
