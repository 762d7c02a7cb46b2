// What the topology draws beyond the cluster view: cloud load balancers (`lb/NAME` places) and
// MetalLB virtual IPs on the node whose speaker answers for them. Read from the objects kubectl
// returns (`kubectl get svc -A -o json`, `kubectl get events -A -o json`) and from traces, so a
// hop at a balancer the view does not know still has somewhere to be drawn.
import type { Trace } from '../engine/index.ts';

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

/** Presets whose LoadBalancer Services get a cloud balancer in front of the nodes (presets.md). */
const CLOUD_PRESETS: ReadonlySet<string> = new Set(['gke', 'aws']);

interface ServiceObject {
  readonly metadata?: {
    readonly name?: string;
    readonly namespace?: string;
    readonly uid?: string;
  };
  readonly spec?: { readonly type?: string };
  readonly status?: {
    readonly loadBalancer?: {
      readonly ingress?: readonly { readonly ip?: string; readonly hostname?: string }[];
    };
  };
}

interface EventObject {
  readonly reason?: string;
  readonly message?: string;
  readonly involvedObject?: {
    readonly kind?: string;
    readonly name?: string;
    readonly namespace?: string;
  };
}

function items<T>(json: unknown): readonly T[] {
  if (typeof json !== 'object' || json === null) return [];
  const list = (json as { items?: unknown }).items;
  return Array.isArray(list) ? (list as T[]) : [];
}

/**
 * The cloud provider's name for a Service's balancer: "a" and the Service's UID without dashes,
 * cut to 32 characters (k8s.io/cloud-provider DefaultLoadBalancerName), as the ELB hostname and
 * the GCE forwarding rule carry it.
 */
export function cloudBalancerName(uid: string): string {
  return `a${uid.replace(/-/g, '')}`.slice(0, 32);
}

/** MetalLB's event on the Service: `announcing from node "NODE" with protocol "layer2"`. */
const ANNOUNCING = /announcing from node "([^"]+)"/;

/**
 * Balancers and VIPs from `kubectl get svc -A -o json` and `kubectl get events -A -o json` output
 * (parsed). On cloud presets each LoadBalancer address is a balancer box; elsewhere it is a VIP
 * shown on the node MetalLB announces it from (the latest nodeAssigned event).
 */
export function factsFromObjects(preset: string, services: unknown, events: unknown): SceneFacts {
  const speakerOf = new Map<string, string>();
  for (const e of items<EventObject>(events)) {
    const o = e.involvedObject;
    if (e.reason !== 'nodeAssigned' || o?.kind !== 'Service') continue;
    const node = ANNOUNCING.exec(e.message ?? '')?.[1];
    if (node !== undefined) speakerOf.set(`${o.namespace ?? 'default'}/${o.name ?? ''}`, node);
  }
  const balancers: BalancerFact[] = [];
  const vips: VipFact[] = [];
  for (const s of items<ServiceObject>(services)) {
    if (s.spec?.type !== 'LoadBalancer') continue;
    const id = `${s.metadata?.namespace ?? 'default'}/${s.metadata?.name ?? ''}`;
    for (const ingress of s.status?.loadBalancer?.ingress ?? []) {
      const address = ingress.hostname ?? ingress.ip;
      if (address === undefined) continue;
      if (CLOUD_PRESETS.has(preset)) {
        const name = cloudBalancerName(s.metadata?.uid ?? id);
        balancers.push({ name, address, service: id });
      } else {
        const node = speakerOf.get(id);
        if (node !== undefined && ingress.ip !== undefined) {
          vips.push({ node, ip: ingress.ip, service: id });
        }
      }
    }
  }
  return { balancers, vips };
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
