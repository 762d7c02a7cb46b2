// The data plane in front of LoadBalancer Services (reference §7): given the address and port a
// client connects to, which balancer answers and where it sends the packet. The packet walk
// (net/trace.ts) asks this before a packet reaches any node; everything here is plain data.
import { own } from '../util/own.ts';
import { listObjects, type Cluster } from '../api/cluster.ts';
import type { Service, ServicePort } from '../api/objects.ts';
import { isNlb, loadBalancerName, CLOUD_BALANCERS } from '../controllers/cloudLoadBalancer.ts';
import { metallbConfig, poolFor } from '../controllers/metallbConfig.ts';
import { announcements } from '../controllers/metallbSpeaker.ts';
import { TUNNEL_IP, tunnelRunning } from '../controllers/minikubeTunnel.ts';
import { fnv32a } from '../util/hash.ts';
import { intToIp, ipToInt, parseCidr } from './ipv4.ts';
import { healthyNodes } from './serviceNodes.ts';

/** What every frontend says about the Service behind it. */
interface Common {
  /** The Service, "namespace/name". */
  readonly service: string;
  /** The Service port the client's port matched, or null when none does (see portOpen). */
  readonly servicePort: ServicePort | null;
  /**
   * Whether the balancer listens on the client's port. Not for layer 2 / BGP, where the node
   * receives any port and kube-proxy (or the kernel) answers: there it only says whether a
   * Service port matched.
   */
  readonly portOpen: boolean;
  /** The Service's externalTrafficPolicy. */
  readonly externalTrafficPolicy: 'Cluster' | 'Local';
}

/** MetalLB layer 2: one node answers ARP for the IP; packets arrive there with dst = the IP. */
export interface MetallbL2Frontend extends Common {
  readonly kind: 'metallb-l2';
  readonly ip: string;
  /** The node that answers ARP, null if none is eligible (then ARP goes unanswered: a timeout). */
  readonly owner: string | null;
  /** Eligible nodes in MetalLB's election order; the next one takes over if the owner dies. */
  readonly candidates: readonly string[];
  /**
   * Set when the pool is advertised over BGP too (an L2Advertisement and a BGPAdvertisement both
   * cover it): a router peering with the speakers prefers their /32 routes and spreads flows over
   * these next hops (ecmpPick); a client on the nodes' own segment still uses ARP.
   */
  readonly bgpNextHops?: readonly string[];
}

/** MetalLB BGP: the router holds a /32 per advertising node and picks one per flow (ECMP). */
export interface MetallbBgpFrontend extends Common {
  readonly kind: 'metallb-bgp';
  readonly ip: string;
  /** The nodes advertising the IP (next hops), sorted; empty = no route, the router drops it. */
  readonly nextHops: readonly string[];
}

/** GKE's passthrough network LB: packets reach a healthy node unchanged, dst still the LB IP. */
export interface CloudPassthroughFrontend extends Common {
  readonly kind: 'cloud-passthrough';
  readonly ip: string;
  /** The cloud's name of the balancer (forwarding rule): "a" + the Service UID, 32 chars. */
  readonly lbName: string;
  /** Nodes the health check passes on (ETP=Local: only nodes with a local ready endpoint). */
  readonly healthyNodes: readonly string[];
}

/**
 * AWS classic ELB: a TCP proxy. The client's connection ends at the ELB; the ELB opens a new one
 * from one of its own addresses to nodeIP:nodePort on a healthy node.
 */
export interface CloudProxyFrontend extends Common {
  readonly kind: 'cloud-proxy';
  readonly hostname: string;
  readonly lbName: string;
  /** The ELB's private addresses in the VPC: the source the nodes (and, with Local, pods) see. */
  readonly proxyIPs: readonly string[];
  readonly healthyNodes: readonly string[];
  /** The listener port (the Service port) and the instance port it forwards to (the nodePort). */
  readonly port: number;
  readonly nodePort: number | null;
}

/** AWS NLB (instance targets): packets forwarded to nodeIP:nodePort, the client's address kept. */
export interface CloudNlbFrontend extends Common {
  readonly kind: 'cloud-nlb';
  readonly hostname: string;
  readonly lbName: string;
  readonly healthyNodes: readonly string[];
  readonly port: number;
  readonly nodePort: number | null;
}

/**
 * `minikube tunnel` (docker driver, macOS/Windows): an ssh port-forward from the host's
 * 127.0.0.1:port into the minikube node, which opens a new connection to clusterIP:port.
 */
export interface MinikubeTunnelFrontend extends Common {
  readonly kind: 'minikube-tunnel';
  readonly ip: typeof TUNNEL_IP;
  /** The node the ssh forward ends on. */
  readonly node: string;
  /** Where the node connects: the Service's ClusterIP and port. */
  readonly clusterIP: string;
  readonly port: number;
}

export type Frontend =
  | MetallbL2Frontend
  | MetallbBgpFrontend
  | CloudPassthroughFrontend
  | CloudProxyFrontend
  | CloudNlbFrontend
  | MinikubeTunnelFrontend;

type Ingress = { readonly ip?: string; readonly hostname?: string };

const ingressOf = (svc: Service) => (svc.status.loadBalancer.ingress ?? []) as readonly Ingress[];

/** The LoadBalancer Services whose status names the address; one whose port matches first. */
/** LoadBalancer Services by each ingress address or hostname, once per version of the kind. */
const byAddress = new WeakMap<object, ReadonlyMap<string, readonly Service[]>>();

function balancersByAddress(cluster: Cluster): ReadonlyMap<string, readonly Service[]> {
  const kind = cluster.objects.ofKind('Service');
  let index = byAddress.get(kind);
  if (!index) {
    const map = new Map<string, Service[]>();
    for (const s of listObjects<Service>(cluster, 'Service')) {
      if (s.spec.type !== 'LoadBalancer') continue;
      const names = new Set(ingressOf(s).flatMap((i) => [i.ip, i.hostname]));
      for (const name of names) if (name) map.set(name, [...(map.get(name) ?? []), s]);
    }
    byAddress.set(kind, (index = map));
  }
  return index;
}

function servicesAt(cluster: Cluster, address: string, port: number): Service[] {
  const found = [...(balancersByAddress(cluster).get(address) ?? [])];
  const matches = (s: Service) => (s.spec.ports ?? []).some((p) => p.port === port);
  return [...found.filter(matches), ...found.filter((s) => !matches(s))];
}

function common(svc: Service, port: number): Common {
  const servicePort = (svc.spec.ports ?? []).find((p) => p.port === port) ?? null;
  return {
    service: `${svc.metadata.namespace}/${svc.metadata.name}`,
    servicePort,
    portOpen: servicePort !== null,
    externalTrafficPolicy: svc.spec.externalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
  };
}

/**
 * An ELB's private addresses: one per node in the VPC's node subnet, derived from its name so
 * they stay put (AWS picks them from the subnets it is attached to; these are our stand-ins).
 */
function proxyAddresses(cluster: Cluster, lbName: string): string[] {
  const nodeIPs = new Set(cluster.preset.nodes.map((n) => n.ip));
  const first = cluster.preset.nodes[0];
  if (!first) return [];
  const subnet = parseCidr(`${first.ip}/19`);
  const out: string[] = [];
  for (let i = 0; out.length < 2 && i < 16; i++) {
    const offset = 4 + (fnv32a(`${lbName}#${i}`) % (2 ** 13 - 8));
    const ip = intToIp(subnet.base + offset);
    if (!nodeIPs.has(ip) && !out.includes(ip)) out.push(ip);
  }
  return out;
}

/**
 * The balancer that answers `address` (an IP or an ELB hostname) on `port`, or null when no
 * LoadBalancer Service has that address (nothing answers; a cloud hostname then fails to resolve).
 */
export function frontendFor(cluster: Cluster, address: string, port: number): Frontend | null {
  const svc = servicesAt(cluster, address, port)[0];
  if (!svc) return null;
  const base = common(svc, port);
  const nodePort = base.servicePort?.nodePort ?? null;
  if (address === TUNNEL_IP && tunnelRunning(cluster) && cluster.preset.name === 'minikube') {
    return {
      kind: 'minikube-tunnel',
      ...base,
      ip: TUNNEL_IP,
      node: cluster.preset.nodes[0]!.name,
      clusterIP: svc.spec.clusterIP ?? '',
      port,
    };
  }
  const config = metallbConfig(cluster);
  if (config && poolFor(config, address)) {
    const ann = announcements(cluster, config, svc).filter((a) => a.ip === address);
    const bgp = ann.find((a) => a.protocol === 'bgp');
    const l2 = ann.find((a) => a.protocol === 'layer2');
    if (l2 && l2.protocol === 'layer2')
      return {
        kind: 'metallb-l2',
        ...base,
        ip: address,
        owner: l2.owner,
        candidates: l2.candidates,
        ...(bgp && bgp.protocol === 'bgp' ? { bgpNextHops: bgp.nextHops } : {}),
      };
    if (bgp && bgp.protocol === 'bgp')
      return { kind: 'metallb-bgp', ...base, ip: address, nextHops: bgp.nextHops };
    // Allocated but announced by nobody (an IPAddressPool without an advertisement).
    return { kind: 'metallb-l2', ...base, ip: address, owner: null, candidates: [] };
  }
  if (!own(CLOUD_BALANCERS, cluster.preset.name)) return null;
  const lbName = loadBalancerName(svc);
  const healthy = healthyNodes(cluster, svc);
  if (cluster.preset.name === 'gke')
    return { kind: 'cloud-passthrough', ...base, ip: address, lbName, healthyNodes: healthy };
  if (isNlb(svc))
    return {
      kind: 'cloud-nlb',
      ...base,
      hostname: address,
      lbName,
      healthyNodes: healthy,
      port,
      nodePort,
    };
  return {
    kind: 'cloud-proxy',
    ...base,
    hostname: address,
    lbName,
    proxyIPs: proxyAddresses(cluster, lbName),
    healthyNodes: healthy,
    port,
    nodePort,
  };
}

/** A connection's 5-tuple, as a router's ECMP hash reads it. */
export interface Flow {
  readonly src: string;
  readonly sport: number;
  readonly dst: string;
  readonly dport: number;
  readonly proto: string;
}

/**
 * The next hop a router's ECMP picks for a flow: the same flow always the same node, different
 * flows spread. Real routers use vendor hashes; this is FNV-1a over the 5-tuple, mod the count.
 */
export function ecmpPick(nextHops: readonly string[], flow: Flow): string {
  const hops = [...nextHops].sort();
  if (hops.length === 0) throw new Error('ecmpPick: no next hops');
  const key = `${flow.proto.toLowerCase()}|${ipToInt(flow.src)}|${flow.sport}|${ipToInt(flow.dst)}|${flow.dport}`;
  return hops[fnv32a(key) % hops.length]!;
}
