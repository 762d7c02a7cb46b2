// What MetalLB's speakers announce for a Service (reference §7.3; metallb speaker/layer2_controller.go,
// bgp_controller.go): in layer 2 one owner node, elected statelessly by every speaker sorting the
// eligible nodes by SHA-256 of "<node>#<key>"; in BGP every eligible node advertises a /32.
import { sha256 } from '@noble/hashes/sha2.js';
import { listObjects, type Cluster } from '../api/cluster.ts';
import type { Node, Service } from '../api/objects.ts';
import { readyEndpoints } from '../net/serviceNodes.ts';
import {
  atLeast,
  liveSpeakerNodes,
  poolFor,
  type MetallbConfig,
  type MetallbPool,
} from './metallbConfig.ts';

export interface Layer2Announcement {
  readonly protocol: 'layer2';
  readonly ip: string;
  /** The node answering ARP for the IP; null when no node is eligible. */
  readonly owner: string | null;
  /** The eligible nodes in election order (owner first). */
  readonly candidates: readonly string[];
}

export interface BgpAnnouncement {
  readonly protocol: 'bgp';
  readonly ip: string;
  /** The nodes advertising the IP as a /32 with themselves as next hop, sorted. */
  readonly nextHops: readonly string[];
}

export type Announcement = Layer2Announcement | BgpAnnouncement;

/** The IPv4 addresses in a Service's status.loadBalancer.ingress. */
export function ingressIPs(svc: Service): string[] {
  const ingress = (svc.status.loadBalancer.ingress ?? []) as readonly { ip?: string }[];
  return ingress.map((i) => i.ip ?? '').filter(Boolean);
}

/** Bytewise comparison, as bytes.Compare. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Sorts nodes by sha256("<node>#<key>"), MetalLB's layer-2 election order. */
export function electionOrder(nodes: readonly string[], key: string): string[] {
  const enc = new TextEncoder();
  const hashed = nodes.map((n) => ({ n, h: sha256(enc.encode(`${n}#${key}`)) }));
  return hashed.sort((a, b) => compareBytes(a.h, b.h)).map((x) => x.n);
}

/** kubeadm and cloud providers mark nodes that must not take load-balancer traffic with this label. */
const EXCLUDE_LABEL = 'node.kubernetes.io/exclude-from-external-load-balancers';

function speakerNodes(
  cluster: Cluster,
  config: MetallbConfig,
  allowed: ReadonlySet<string> | null,
): string[] {
  const excluded = new Set(
    atLeast(config.version, 0, 13)
      ? listObjects<Node>(cluster, 'Node')
          .filter((n) => n.metadata.labels?.[EXCLUDE_LABEL] !== undefined)
          .map((n) => n.metadata.name)
      : [],
  );
  return liveSpeakerNodes(cluster).filter(
    (n) => !excluded.has(n) && (allowed === null || allowed.has(n)),
  );
}

function layer2(
  cluster: Cluster,
  config: MetallbConfig,
  pool: MetallbPool,
  svc: Service,
  ip: string,
): Layer2Announcement {
  const eps = readyEndpoints(cluster, svc);
  const speakers = speakerNodes(cluster, config, pool.l2Nodes);
  let eligible: string[];
  let key: string;
  if (atLeast(config.version, 0, 13)) {
    // Current speakers: every live speaker for Cluster, those with a local ready endpoint for
    // Local; nobody announces a Service without any ready endpoint; the key is the IP, so Services
    // sharing an IP share an owner.
    const local = new Set(eps.nodes);
    eligible = !eps.any
      ? []
      : svc.spec.externalTrafficPolicy === 'Local'
        ? speakers.filter((n) => local.has(n))
        : speakers;
    key = ip;
  } else {
    // v0.7–v0.9 (usableNodes over the Endpoints object): only nodes with a ready endpoint, whatever
    // the policy, keyed by "namespace/name". Unverified: exactly which release of v0.10–v0.12
    // switched to the current rule; the presets only ship v0.8/v0.9 (books) and v0.14 (lab).
    const live = new Set(speakers);
    eligible = eps.nodes.filter((n) => live.has(n));
    key = `${svc.metadata.namespace}/${svc.metadata.name}`;
  }
  const candidates = electionOrder(eligible, key);
  return { protocol: 'layer2', ip, owner: candidates[0] ?? null, candidates };
}

function bgp(
  cluster: Cluster,
  config: MetallbConfig,
  pool: MetallbPool,
  svc: Service,
  ip: string,
): BgpAnnouncement {
  // Cluster: every speaker once any endpoint is ready; Local: speakers with a local ready endpoint.
  const eps = readyEndpoints(cluster, svc);
  const speakers = config.peers.length ? speakerNodes(cluster, config, pool.bgpNodes) : [];
  const local = new Set(eps.nodes);
  const nextHops = !eps.any
    ? []
    : svc.spec.externalTrafficPolicy === 'Local'
      ? speakers.filter((n) => local.has(n))
      : speakers;
  return { protocol: 'bgp', ip, nextHops };
}

/** What the speakers announce for a Service's MetalLB addresses (empty when it has none). */
export function announcements(
  cluster: Cluster,
  config: MetallbConfig,
  svc: Service,
): Announcement[] {
  if (svc.spec.type !== 'LoadBalancer') return [];
  const out: Announcement[] = [];
  for (const ip of ingressIPs(svc)) {
    const pool = poolFor(config, ip);
    if (!pool) continue;
    if (pool.layer2) out.push(layer2(cluster, config, pool, svc, ip));
    if (pool.bgp) out.push(bgp(cluster, config, pool, svc, ip));
  }
  return out;
}
