// What the topology draws beyond the cluster view: cloud load balancers (`lb/NAME` places) and
// MetalLB virtual IPs on the node whose speaker answers for them. Read from the view's Services
// (their `loadBalancer`) and from traces, so a hop at a balancer the view does not know still has
// somewhere to be drawn.
import type { ClusterView, Trace } from '../engine/index.ts';

export interface BalancerFact {
  /** The name in `lb/NAME` hops. */
  readonly name: string;
  /** The address clients call (an IP, or the ELB's DNS name). */
  readonly address: string;
  /** "NS/NAME" of the Service, or null when only a trace named it. */
  readonly service: string | null;
}

export interface VipFact {
  /** The node whose MetalLB speaker answers ARP for the address (layer 2 mode). */
  readonly node: string;
  readonly ip: string;
  readonly service: string | null;
}

export interface SceneFacts {
  readonly balancers: readonly BalancerFact[];
  readonly vips: readonly VipFact[];
}

export const NO_FACTS: SceneFacts = { balancers: [], vips: [] };

/** Frontends that are a box of their own between the clients and the nodes (a cloud balancer). */
const CLOUD_KINDS: ReadonlySet<string> = new Set(['cloud-passthrough', 'cloud-proxy', 'cloud-nlb']);

/**
 * Balancers and VIPs from the view's Services: a cloud frontend is a balancer box named as its
 * `lb/NAME` hops; a MetalLB layer-2 address is a VIP on the node whose speaker answers ARP for it.
 * (BGP has no one node, and minikube tunnel's 127.0.0.1 lives on the laptop: neither is drawn.)
 */
export function factsFromView(view: ClusterView | null): SceneFacts {
  if (view === null) return NO_FACTS;
  const balancers: BalancerFact[] = [];
  const vips: VipFact[] = [];
  for (const s of view.services) {
    const lb = s.loadBalancer;
    if (lb === null || lb.by === null) continue;
    const service = `${s.namespace}/${s.name}`;
    if (CLOUD_KINDS.has(lb.kind)) balancers.push({ name: lb.by, address: lb.address, service });
    else if (lb.kind === 'metallb-l2') vips.push({ node: lb.by, ip: lb.address, service });
  }
  return balancers.length === 0 && vips.length === 0 ? NO_FACTS : { balancers, vips };
}

function nodeOf(at: string): string | null {
  return at.startsWith('node/') ? at.slice('node/'.length) : null;
}

function hostOf(address: string): string {
  const colon = address.lastIndexOf(':');
  return colon < 0 ? address : address.slice(0, colon);
}

/**
 * What a trace shows on its own: every `lb/NAME` it passes (with the address the packet was sent
 * to), and for an ARP answered by a speaker, the VIP on the node the packet went to next.
 */
export function factsFromTrace(trace: Trace): SceneFacts {
  const balancers: BalancerFact[] = [];
  const vips: VipFact[] = [];
  trace.hops.forEach((hop, i) => {
    if (hop.reply === true) return;
    if (hop.at.startsWith('lb/')) {
      const name = hop.at.slice('lb/'.length);
      const before = trace.hops[i - 1]?.packet ?? hop.packet;
      if (!balancers.some((b) => b.name === name)) {
        balancers.push({ name, address: hostOf(before.dst), service: null });
      }
    }
    if (hop.action === 'arp' && hop.at.startsWith('client/')) {
      const next = trace.hops.slice(i + 1).find((h) => nodeOf(h.at) !== null);
      const node = next === undefined ? null : nodeOf(next.at);
      // "10.0.0.200 is-at 52:54:00:..." names the address the speaker claims.
      const ip = /^(\S+) is-at /.exec(hop.rule ?? '')?.[1] ?? hostOf(hop.packet.dst);
      if (node !== null) vips.push({ node, ip, service: null });
    }
  });
  return { balancers, vips };
}

/** Both sets of facts; a fact the first already has (same name, same node and IP) is kept once. */
export function mergeFacts(a: SceneFacts, b: SceneFacts): SceneFacts {
  const balancers = [...a.balancers];
  for (const x of b.balancers) {
    if (!balancers.some((y) => y.name === x.name)) balancers.push(x);
  }
  // A VIP lives on one node at a time: a newer fact (b) moves it (layer-2 failover).
  const vips = a.vips.filter((x) => !b.vips.some((y) => y.ip === x.ip));
  vips.push(...b.vips);
  return { balancers, vips };
}
