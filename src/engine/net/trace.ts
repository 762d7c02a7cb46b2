// The walk of one request through the cluster, hop by hop, with the rule that decided each hop
// (reference §3, §4, §6). Any sender (an outside machine, a pod, a node) and any destination (a pod
// IP, a ClusterIP, nodeIP:nodePort, an external IP, a load-balancer address): the packet enters a
// node's netfilter hooks, the nat and filter tables iptables-save prints are evaluated, conntrack
// remembers the translation, and the reply is un-NATed from the entries the request created.
import type { Cluster, Ctx } from '../api/cluster.ts';
import { compareNames, listObjects } from '../api/cluster.ts';
import { runningPodWithIP } from '../api/podIndex.ts';
import type { Container, Pod, Service } from '../api/objects.ts';
import type { PresetNode } from '../presets/presets.ts';
import { compileNodeRules, type NodeRules } from '../proxy/compile.ts';
import { healthCheckAnswer } from '../proxy/healthCheck.ts';
import { walkChain, type WalkPacket, type WalkResult } from '../proxy/walk.ts';
import type { Hop, HopAction, Packet, Trace } from '../types.ts';
import { note, noteText, type NoteMessage } from '../messages/notes.ts';
import { behaviourOf, listenerOn, type HttpAnswer, type HttpRequest } from '../workloads/images.ts';
import { resolve } from './dns.ts';
import { isIPv4 } from './ipv4.ts';
import { controllerNginx, isIngressControllerImage, routeRequest } from './ingressNginx.ts';
import { nginxPage, plainHttpToHttpsPage } from './nginxPages.ts';
import { ecmpPick, frontendFor, type Frontend } from './loadBalancers.ts';
import { fnv32a } from '../util/hash.ts';
import { inCidr } from './ipv4.ts';
import {
  CT_TIMEOUT,
  conntrackLine,
  swap,
  type ConntrackEntry,
  type FlowProto,
  type NetState,
  type Tuple,
} from './netState.ts';
import {
  defaultRoute,
  localAddresses,
  masqueradesOutgoing,
  nodeNetworkRoute,
  routeToPod,
  type PodRoute,
} from './podNetwork.ts';

/** Who sends: an outside machine, a pod, or a node's own network stack. */
export type Origin =
  | { readonly kind: 'client'; readonly name: string; readonly ip: string }
  | { readonly kind: 'pod'; readonly pod: Pod; readonly node: PresetNode; readonly ip: string }
  | { readonly kind: 'node'; readonly node: PresetNode; readonly ip: string };

export interface FlowRequest {
  readonly origin: Origin;
  readonly proto: 'TCP' | 'UDP' | 'ICMP';
  readonly dstIP: string;
  /** 0 for ICMP. */
  readonly dstPort: number;
  /** Reuse this source port: a request on an open keep-alive connection. */
  readonly sport?: number;
  /** Leave the connection open afterwards (keep-alive): its conntrack entries stay ESTABLISHED. */
  readonly keepOpen?: boolean;
  readonly http?: Omit<HttpRequest, 'clientIP'> & { readonly hostPort?: number };
  readonly scheme?: 'http' | 'https';
  /** The name the client connected to, when a balancer answers for a name (an ELB's hostname). */
  readonly hostname?: string;
  /**
   * Record no hops (the trace keeps its verdict, nodes and endpoint): the requests of a big
   * `lab load` beyond the ones kept for the picture.
   */
  readonly quiet?: boolean;
}

/** What a served request produced, beyond the trace. */
export interface FlowResult {
  readonly trace: Trace;
  /** The source port the client used (to reuse the connection). */
  readonly sport: number;
  readonly status: number | null;
  /**
   * The certificate the server that answered presents (null: it speaks plain TCP/HTTP). curl
   * checks it before any byte of HTTP.
   */
  readonly tls: TlsServer | null;
  /** The response headers, when the serving program's are modelled (nginx). */
  readonly headers: readonly (readonly [string, string])[] | null;
}

/** Who signed the server's certificate: itself (ingress-nginx's fake one) or the cluster's CA. */
export type TlsServer = 'self-signed' | 'cluster-ca';

/** What each overlay does to a packet bound for another node. */
const ENCAP_NOTES: Readonly<
  Record<'vxlan' | 'ipip', (net: string, from: string, to: string) => NoteMessage>
> = {
  vxlan: (net, from, to) =>
    note('trace.encap.vxlan', {
      cni: net === 'flannel-vxlan' ? 'flannel' : 'Calico',
      port: net === 'flannel-vxlan' ? 8472 : 4789,
      from,
      to,
    }),
  ipip: (_net, from, to) => note('trace.encap.ipip', { from, to }),
};

/** Linux's default ephemeral port range (net.ipv4.ip_local_port_range = 32768 60999). */
function ephemeralPort(ctx: Ctx): number {
  return 32768 + ctx.random.int(60999 - 32768 + 1);
}

/**
 * The source port a relay (an ELB, an ssh forward) uses for its own connection. A relay keeps one
 * backend connection per client connection, so a keep-alive client keeps landing on one endpoint:
 * derived from the client's connection, so the same connection maps to the same port.
 */
function relayPort(client: Tuple): number {
  return 32768 + (fnv32a(`${client.src}:${client.sport}>${client.dst}:${client.dport}`) % 28232);
}

/** MASQUERADE --random-fully: any port from 1024 up. */
function masqueradePort(ctx: Ctx): number {
  return 1024 + ctx.random.int(65535 - 1024 + 1);
}

const addr = (ip: string, port: number, proto: Packet['proto']) =>
  proto === 'ICMP' ? ip : `${ip}:${port}`;

/** A step of the request that the reply must retrace (pushed on the way in, popped on the way back). */
type Step =
  | {
      readonly kind: 'nat';
      readonly node: PresetNode;
      readonly entry: ConntrackEntry;
      readonly dnat: boolean;
      readonly snat: boolean;
    }
  | {
      readonly kind: 'overlay';
      readonly from: PresetNode;
      readonly to: PresetNode;
      readonly encap: 'vxlan' | 'ipip' | null;
    }
  | { readonly kind: 'wire'; readonly from: string; readonly to: string }
  /** A balancer that ended the client's connection and opened its own (ELB, minikube tunnel). */
  | {
      readonly kind: 'proxy';
      readonly at: string;
      readonly client: Tuple;
      readonly note: NoteMessage;
    }
  /** A balancer that rewrote the destination and keeps the flow (NLB). */
  | { readonly kind: 'lb-nat'; readonly at: string; readonly client: Tuple };

class Walk {
  readonly hops: Hop[] = [];
  readonly nodes: string[] = [];
  readonly steps: Step[] = [];
  /** Every conntrack entry this flow touched, on every node. */
  readonly tracked: ConntrackEntry[] = [];
  constructor(
    readonly cluster: Cluster,
    readonly ctx: Ctx,
    readonly net: NetState,
    readonly proto: Packet['proto'],
    readonly keepOpen: boolean,
    readonly quiet = false,
  ) {}

  get fp(): FlowProto {
    return this.proto.toLowerCase() as FlowProto;
  }

  packet(t: Tuple, outer: Packet['outer'] = null): Packet {
    return {
      proto: this.proto,
      src: addr(t.src, t.sport, this.proto),
      dst: addr(t.dst, t.dport, this.proto),
      outer,
    };
  }

  add(
    at: string,
    action: HopAction,
    t: Tuple,
    rule: string | null,
    msg: NoteMessage,
    extra: HopExtra = {},
  ): void {
    if (!this.quiet) {
      const { outer = null, ...rest } = extra;
      const packet = this.packet(t, outer);
      this.hops.push({ at, action, packet, rule, note: noteText(msg), msg, ...rest });
    }
    if (at.startsWith('node/')) {
      const n = at.slice(5);
      if (this.nodes[this.nodes.length - 1] !== n) this.nodes.push(n);
    }
  }

  finish(verdict: Trace['verdict'], rest: Partial<Trace> = {}): Trace {
    return {
      verdict,
      response: null,
      servedBy: null,
      clientSeenByPod: null,
      nodes: [...new Set(this.nodes)],
      hops: this.hops,
      ...rest,
    };
  }

  rules(node: PresetNode): NodeRules {
    return compileNodeRules(this.cluster, node.name);
  }

  walkEnv(node: PresetNode) {
    const local = new Set(localAddresses(node));
    return {
      isLocal: (ip: string) => local.has(ip),
      random: this.ctx.random,
      recent: this.net.recent(node.name, this.cluster.now),
    };
  }

  walk(
    node: PresetNode,
    table: 'nat' | 'filter',
    chain: string,
    t: Tuple,
    mark: number,
    ctstate: 'NEW' | 'ESTABLISHED',
  ): WalkResult {
    const pkt: WalkPacket = {
      proto: this.fp,
      src: t.src,
      dst: t.dst,
      dport: t.dport,
      mark,
      ctstate,
    };
    return walkChain(this.rules(node)[table], chain, pkt, this.walkEnv(node));
  }

  /** Records this node's conntrack entry for the flow (the kernel creates one on every node it crosses). */
  track(node: PresetNode, before: Tuple, after: Tuple): ConntrackEntry {
    const now = this.cluster.now;
    const existing = this.net.lookup(node.name, this.fp, before, now);
    if (existing) {
      this.tracked.push(existing);
      return existing;
    }
    const entry: ConntrackEntry = {
      proto: this.fp,
      orig: before,
      reply: swap(after),
      state: this.fp === 'tcp' ? 'ESTABLISHED' : null,
      expiresAt:
        now +
        (this.fp === 'tcp'
          ? CT_TIMEOUT.established
          : this.fp === 'udp'
            ? CT_TIMEOUT.udp
            : CT_TIMEOUT.icmp) *
          1000,
      assured: this.fp === 'tcp',
      replied: false,
    };
    this.net.add(node.name, entry);
    this.tracked.push(entry);
    return entry;
  }

  /** After the exchange: replies seen; a closed TCP connection lingers in TIME_WAIT. */
  settle(replied: boolean): void {
    const now = this.cluster.now;
    for (const e of this.tracked) {
      e.replied ||= replied;
      if (this.fp === 'tcp' && !this.keepOpen && replied) {
        e.state = 'TIME_WAIT';
        e.expiresAt = now + CT_TIMEOUT.timeWait * 1000;
      }
      if (this.fp === 'tcp' && !replied && !e.replied) {
        // A SYN nobody answered: SYN_SENT for 120 s, never assured.
        e.state = 'SYN_SENT';
        e.assured = false;
        e.expiresAt = now + 120 * 1000;
      }
    }
  }
}

interface HopExtra {
  readonly walk?: readonly string[];
  readonly reply?: boolean;
  readonly outer?: Packet['outer'];
}

/** The Running pod that holds `ip` (host-network pods share their node's address and are not it). */
export function podWithIP(cluster: Cluster, ip: string): Pod | undefined {
  return runningPodWithIP(cluster, ip);
}

function nodeByAddress(cluster: Cluster, ip: string): PresetNode | undefined {
  return cluster.preset.nodes.find((n) => localAddresses(n).includes(ip) && ip !== '127.0.0.1');
}

/** What the serving side does with a delivered request: the pod's container, or a node's process. */
interface Served {
  readonly verdict: Trace['verdict'];
  readonly response: string | null;
  readonly status: number | null;
  readonly servedBy: Trace['servedBy'];
  readonly seen: string;
  readonly tls?: TlsServer;
  /** The response headers the program sends, when modelled. */
  readonly headers?: readonly (readonly [string, string])[];
}

/**
 * Sends one request over a connection (new, or an open keep-alive one) and records every hop of it
 * and of its reply.
 */
export function traceFlow(cluster: Cluster, ctx: Ctx, net: NetState, req: FlowRequest): FlowResult {
  const w = new Walk(cluster, ctx, net, req.proto, req.keepOpen === true, req.quiet === true);
  const o = req.origin;
  const sport =
    req.sport ?? (req.proto === 'ICMP' ? 1 + ctx.random.int(65535) : ephemeralPort(ctx));
  const first: Tuple = { src: o.ip, sport, dst: req.dstIP, dport: req.dstPort };
  const originAt =
    o.kind === 'client'
      ? `client/${o.name}`
      : o.kind === 'pod'
        ? podRef(o.pod)
        : `node/${o.node.name}`;
  const target = addr(req.dstIP, req.dstPort, req.proto);
  const reused = req.sport !== undefined && req.proto !== 'ICMP';
  w.add(
    originAt,
    'send',
    first,
    null,
    req.proto === 'ICMP'
      ? note('trace.send.ping', {
          who: note(
            originAt.split('/')[0] === 'client'
              ? 'trace.who.client'
              : o.kind === 'pod'
                ? 'trace.who.pod'
                : 'trace.who.node',
          ),
          dst: req.dstIP,
        })
      : reused
        ? note('trace.send.reused', { target })
        : o.kind === 'node'
          ? note('trace.send.openNode', { node: o.node.name, proto: req.proto, target })
          : note('trace.send.open', {
              who: note(o.kind === 'pod' ? 'trace.who.pod' : 'trace.who.client'),
              proto: req.proto,
              target,
            }),
  );

  const served = route(w, req, o, originAt, first);
  w.settle(served.verdict === 'delivered' || served.verdict === 'refused');
  const trace = w.finish(served.verdict, {
    response: served.response,
    servedBy: served.servedBy,
    clientSeenByPod: served.servedBy ? served.seen : null,
  });
  return {
    trace,
    sport,
    status: served.status,
    tls: served.tls ?? null,
    headers: served.headers ?? null,
  };
}

const failed = (verdict: Trace['verdict'], seen = ''): Served => ({
  verdict,
  response: null,
  status: null,
  servedBy: null,
  seen,
});

function podRef(pod: Pod): string {
  return `pod/${pod.metadata.namespace}/${pod.metadata.name}`;
}

/** From the sender to the first netfilter hook, then on. */
function route(w: Walk, req: FlowRequest, o: Origin, originAt: string, t: Tuple): Served {
  const { cluster } = w;
  if (o.kind === 'pod') {
    // Inside the pod's own network namespace (the pause container holds it): localhost, or its own IP.
    if (t.dst === '127.0.0.1' || t.dst === o.ip) {
      return deliverToPod(w, req, o.pod, o.node, t, originAt, 'loopback');
    }
    if (cluster.poweredOff.has(o.node.name)) return failed('timeout');
    return atNode(w, req, o.node, t, 'PREROUTING', originAt);
  }
  if (o.kind === 'node') {
    if (cluster.poweredOff.has(o.node.name)) return failed('timeout');
    return atNode(w, req, o.node, t, 'OUTPUT', originAt);
  }
  // An outside machine: a load balancer's address, or who answers for it on its network?
  const frontend = frontendFor(cluster, req.hostname ?? t.dst, t.dport);
  if (frontend) return viaBalancer(w, req, frontend, originAt, t);
  const node = nodeByAddress(cluster, t.dst);
  if (node && node.ip === t.dst) return fromWire(w, req, node, t, originAt);
  w.add(
    originAt,
    'drop',
    t,
    null,
    isInside(cluster, t.dst)
      ? note('trace.lost.inside', {
          dst: t.dst,
          why: note(
            inCidr(t.dst, cluster.preset.serviceCIDR)
              ? 'trace.lost.inside.clusterIP'
              : 'trace.lost.inside.podIP',
          ),
        })
      : (recordedBalancer(cluster, t.dst, t.dport) ?? note('trace.lost.nobody', { dst: t.dst })),
  );
  return failed('timeout');
}

/**
 * An imported cluster's LoadBalancer address, as its dump recorded it: nothing in the dump says
 * what answers there, so the note says that, and which node port reaches the same Service.
 */
function recordedBalancer(cluster: Cluster, dst: string, dport: number): NoteMessage | null {
  if (cluster.preset.name !== 'imported') return null;
  for (const svc of listObjects<Service>(cluster, 'Service')) {
    const ingress = (svc.status?.loadBalancer?.ingress ?? []) as { ip?: string }[];
    if (!ingress.some((i) => i.ip === dst)) continue;
    const port = (svc.spec.ports ?? []).find((p) => p.port === dport) ?? svc.spec.ports?.[0];
    return note('trace.lost.recordedBalancer', {
      dst,
      service: `${svc.metadata.namespace}/${svc.metadata.name}`,
      nodePort: port?.nodePort ?? '-',
    });
  }
  return null;
}

/** A MAC address for a node's interface (VirtualBox's prefix for the book's Vagrant machines, KVM's otherwise). */
function macOf(cluster: Cluster, node: string): string {
  const h = fnv32a(node).toString(16).padStart(8, '0');
  const prefix = cluster.preset.name === 'k8sinfra' ? '08:00:27' : '52:54:00';
  return `${prefix}:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
}

/** Through the balancer in front of a LoadBalancer Service (reference §7) to a node. */
function viaBalancer(w: Walk, req: FlowRequest, fe: Frontend, originAt: string, t: Tuple): Served {
  const { cluster } = w;
  const byName = (name: string) => cluster.preset.nodes.find((n) => n.name === name)!;
  const flow = { proto: w.proto, src: t.src, sport: t.sport, dst: t.dst, dport: t.dport };
  switch (fe.kind) {
    case 'metallb-l2': {
      if (!fe.owner) {
        w.add(originAt, 'arp', t, null, note('trace.metallb.noSpeaker', { ip: fe.ip }));
        return failed('timeout');
      }
      w.add(
        originAt,
        'arp',
        t,
        `${fe.ip} is-at ${macOf(cluster, fe.owner)}`,
        note('trace.metallb.arp', { node: fe.owner, ip: fe.ip }),
      );
      return fromWire(w, req, byName(fe.owner), t, originAt);
    }
    case 'metallb-bgp': {
      if (fe.nextHops.length === 0) {
        w.add(originAt, 'drop', t, null, note('trace.bgp.noRoute', { ip: fe.ip }));
        return failed('timeout');
      }
      const hop = ecmpPick(fe.nextHops, flow);
      w.add(
        originAt,
        'route',
        t,
        `${fe.ip} proto bgp nexthop via ${byName(hop).ip} (${fe.nextHops.length} ECMP paths)`,
        note('trace.bgp.route', { ip: fe.ip, node: hop }),
      );
      return fromWire(w, req, byName(hop), t, originAt);
    }
    case 'cloud-passthrough': {
      const at = `lb/${fe.lbName}`;
      if (!fe.portOpen || fe.healthyNodes.length === 0) {
        w.add(
          at,
          'drop',
          t,
          null,
          fe.portOpen ? note('trace.lb.unhealthy') : note('trace.lb.portClosed', { port: t.dport }),
        );
        return failed('timeout');
      }
      const node = byName(ecmpPick(fe.healthyNodes, flow));
      w.add(
        at,
        'forward',
        t,
        null,
        note(
          fe.externalTrafficPolicy === 'Local'
            ? 'trace.lb.passthroughLocal'
            : 'trace.lb.passthrough',
          { node: node.name, ip: fe.ip },
        ),
      );
      return fromWire(w, req, node, t, originAt, at);
    }
    case 'cloud-nlb': {
      const at = `lb/${fe.lbName}`;
      if (!fe.portOpen || fe.nodePort === null || fe.healthyNodes.length === 0) {
        w.add(at, 'drop', t, null, note('trace.nlb.drop'));
        return failed('timeout');
      }
      const node = byName(ecmpPick(fe.healthyNodes, flow));
      const to: Tuple = { ...t, dst: node.ip, dport: fe.nodePort };
      w.add(
        at,
        'forward',
        to,
        null,
        note('trace.nlb.forward', { node: node.name, nodePort: fe.nodePort }),
      );
      w.steps.push({ kind: 'lb-nat', at, client: t });
      return fromWire(w, req, node, to, originAt, at);
    }
    case 'cloud-proxy': {
      const at = `lb/${fe.lbName}`;
      if (!fe.portOpen || fe.nodePort === null || fe.healthyNodes.length === 0) {
        w.add(at, 'reject', t, null, note('trace.elb.reject'));
        return failed(fe.portOpen ? 'timeout' : 'refused');
      }
      const node = byName(ecmpPick(fe.healthyNodes, flow));
      const proxyIP = fe.proxyIPs[fnv32a(`${t.src}:${t.sport}`) % fe.proxyIPs.length]!;
      const next: Tuple = {
        src: proxyIP,
        sport: relayPort(t),
        dst: node.ip,
        dport: fe.nodePort,
      };
      w.add(
        at,
        'proxy',
        next,
        `listener TCP:${fe.port} -> instance TCP:${fe.nodePort}`,
        note('trace.elb.proxy', { proxyIP, node: node.name, nodePort: fe.nodePort }),
      );
      w.steps.push({
        kind: 'proxy',
        at,
        client: t,
        note: note('trace.elb.reply'),
      });
      return fromWire(w, req, node, next, originAt, at);
    }
    case 'minikube-tunnel': {
      const node = byName(fe.node);
      const next: Tuple = {
        src: node.ip,
        sport: relayPort(t),
        dst: fe.clusterIP,
        dport: fe.port,
      };
      w.add(
        originAt,
        'proxy',
        next,
        `ssh -L 127.0.0.1:${fe.port}:${fe.clusterIP}:${fe.port}`,
        note('trace.tunnel.proxy', { node: node.name, ip: fe.clusterIP, port: fe.port }),
      );
      w.steps.push({
        kind: 'proxy',
        at: originAt,
        client: t,
        note: note('trace.tunnel.reply'),
      });
      return atNode(w, req, node, next, 'OUTPUT', originAt);
    }
  }
}

function isInside(cluster: Cluster, ip: string): boolean {
  return inCidr(ip, cluster.preset.serviceCIDR) || inCidr(ip, cluster.preset.clusterCIDR);
}

/** A packet that reaches `node` over the wire (from outside, or routed from another node). */
function fromWire(
  w: Walk,
  req: FlowRequest,
  node: PresetNode,
  t: Tuple,
  origin: string,
  from = origin,
): Served {
  if (w.cluster.poweredOff.has(node.name)) {
    w.add(`node/${node.name}`, 'drop', t, null, note('trace.node.off', { node: node.name }));
    return failed('timeout');
  }
  w.steps.push({ kind: 'wire', from, to: `node/${node.name}` });
  return atNode(w, req, node, t, 'PREROUTING', origin);
}

/**
 * A packet enters a node's netfilter hook: PREROUTING (from the wire or a pod's veth) or OUTPUT
 * (made by the node itself). Conntrack first; for a new flow the nat table decides (DNAT), then
 * routing, the filter table, and POSTROUTING (MASQUERADE).
 */
function atNode(
  w: Walk,
  req: FlowRequest,
  node: PresetNode,
  t: Tuple,
  hook: 'PREROUTING' | 'OUTPUT',
  from: string,
): Served {
  const at = `node/${node.name}`;
  const { cluster, ctx, net } = w;
  const known = net.lookup(node.name, w.fp, t, cluster.now);
  let after = t;
  let mark = 0;
  const ctstate = known ? 'ESTABLISHED' : 'NEW';
  let dnat = false;

  if (known) {
    const translated = swap(known.reply);
    if (translated.dst !== t.dst || translated.dport !== t.dport) {
      dnat = true;
      after = { ...t, dst: translated.dst, dport: translated.dport };
      w.add(
        at,
        'dnat',
        after,
        w.quiet ? null : conntrackLine(known, cluster.now),
        note('trace.dnat.conntrack', {
          node: node.name,
          dst: addr(after.dst, after.dport, w.proto),
        }),
      );
    }
  } else {
    const nat = w.walk(node, 'nat', hook, t, 0, 'NEW');
    mark = nat.mark;
    if (nat.verdict === 'DNAT' && nat.dnatTo) {
      const i = nat.dnatTo.lastIndexOf(':');
      after = { ...t, dst: nat.dnatTo.slice(0, i), dport: Number(nat.dnatTo.slice(i + 1)) };
      dnat = true;
      w.add(
        at,
        'dnat',
        after,
        nat.decidedBy,
        note('trace.dnat.rules', { node: node.name, endpoint: nat.dnatTo }),
        { walk: nat.walk },
      );
    }
  }

  // Routing decision: to this node itself, to a pod, to another machine.
  const local = localAddresses(node).includes(after.dst);
  if (local) return toNodeProcess(w, req, node, t, after, mark, hook, ctstate, from);

  const filterChain = hook === 'OUTPUT' ? 'OUTPUT' : 'FORWARD';
  if (!known) {
    const filter = w.walk(node, 'filter', filterChain, after, mark, 'NEW');
    if (filter.verdict === 'DROP' || filter.verdict === 'REJECT') {
      const reject = filter.verdict === 'REJECT';
      w.add(
        at,
        reject ? 'reject' : 'drop',
        after,
        filter.decidedBy,
        reject
          ? filter.decidedBy?.includes('has no endpoints')
            ? note('trace.reject.noEndpoints')
            : note('trace.reject.rule')
          : filter.decidedBy?.includes('has no local endpoints')
            ? note('trace.drop.noLocalEndpoints', { node: node.name })
            : note('trace.drop.rule'),
        { walk: filter.walk },
      );
      return failed(reject ? 'refused' : 'timeout');
    }
  }

  const podRoute = routeToPod(cluster.preset, node, after.dst);
  const otherNode = podRoute ? undefined : nodeByAddress(cluster, after.dst);
  if (!podRoute && !otherNode) {
    const client = cluster.preset.clients.find((c) => c.ip === after.dst);
    if (!client || w.proto !== 'ICMP') {
      w.add(
        at,
        'drop',
        after,
        defaultRoute(cluster.preset, node),
        inCidr(after.dst, cluster.preset.serviceCIDR)
          ? note('trace.drop.clusterIPNoRule', {
              what:
                w.proto === 'ICMP'
                  ? note('trace.what.icmp')
                  : note('trace.what.port', { port: after.dport }),
              dst: after.dst,
            })
          : client
            ? note('trace.drop.clientNoListener', { client: client.name, port: after.dport })
            : note('trace.drop.noRoute', { dst: after.dst }),
      );
      return failed('timeout');
    }
  }

  // POSTROUTING: kube-proxy's masquerade for marked packets, or the CNI's for traffic leaving the pod network.
  let out = after;
  let snat = false;
  if (!known) {
    const post = w.walk(node, 'nat', 'POSTROUTING', after, mark, 'NEW');
    const egress = podRoute ? podRoute.masqueradeSource : node.ip;
    if (post.verdict === 'MASQUERADE') {
      out = { ...after, src: egress, sport: masqueradePort(ctx) };
      snat = true;
      w.add(
        at,
        'snat',
        out,
        post.decidedBy,
        note('trace.snat.masquerade', { node: node.name, egress }),
        { walk: post.walk },
      );
    } else if (
      !podRoute &&
      from.startsWith('pod/') &&
      masqueradesOutgoing(cluster.preset, t.src, after.dst)
    ) {
      out = { ...after, src: node.ip, sport: masqueradePort(ctx) };
      snat = true;
      w.add(
        at,
        'snat',
        out,
        masqueradeRuleOf(cluster.preset.podNetwork, cluster.preset.clusterCIDR),
        note('trace.snat.cni', { node: node.name, ip: node.ip }),
      );
    }
  } else if (known.reply.dst !== after.src) {
    out = { ...after, src: known.reply.dst, sport: known.reply.dport };
    snat = true;
    w.add(
      at,
      'snat',
      out,
      w.quiet ? null : conntrackLine(known, cluster.now),
      note('trace.snat.conntrack', { src: addr(out.src, out.sport, w.proto) }),
    );
  }
  const entry = w.track(node, t, out);
  if (dnat || snat) w.steps.push({ kind: 'nat', node, entry, dnat, snat });

  if (otherNode) {
    w.add(
      at,
      'route',
      out,
      nodeNetworkRoute(cluster.preset, node),
      note('trace.route.otherNode', { dst: out.dst, node: otherNode.name }),
    );
    return fromWire(w, req, otherNode, out, from, at);
  }
  if (!podRoute) {
    // An outside machine: ping answers, TCP would need a listener the lab does not model.
    const client = cluster.preset.clients.find((c) => c.ip === out.dst)!;
    w.add(
      `client/${client.name}`,
      'deliver',
      out,
      null,
      note('trace.client.echo', { client: client.name }),
    );
    w.add(
      `client/${client.name}`,
      'reply',
      swap(out),
      null,
      note('trace.client.answers', { client: client.name }),
      { reply: true },
    );
    replyPath(w, swap(out), from, `client/${client.name}`);
    return { verdict: 'delivered', response: null, status: null, servedBy: null, seen: out.src };
  }
  return toPod(w, req, node, podRoute, out, from);
}

function masqueradeRuleOf(network: string, clusterCIDR: string): string {
  switch (network) {
    case 'flannel-vxlan':
      return `-A FLANNEL-POSTRTG -s ${clusterCIDR} ! -d 224.0.0.0/4 -m comment --comment "flanneld masq" -j MASQUERADE --random-fully`;
    case 'calico-ipip':
    case 'calico-vxlan':
      return '-A cali-nat-outgoing -m comment --comment "cali:flqWnvo8yq4ULQLa" -m set --match-set cali40masq-ipam-pools src -m set ! --match-set cali40all-ipam-pools dst -j MASQUERADE --random-fully';
    case 'kindnet':
      return '-A KIND-MASQ-AGENT -m comment --comment "kind-masq-agent: outbound traffic is subject to MASQUERADE (must be last in chain)" -j MASQUERADE';
    default:
      return `-A POSTROUTING -s ${clusterCIDR} ! -d ${clusterCIDR} -j MASQUERADE`;
  }
}

/** Hands the packet across the pod network to the node that holds the pod, then to the pod. */
function toPod(
  w: Walk,
  req: FlowRequest,
  node: PresetNode,
  r: PodRoute,
  t: Tuple,
  from: string,
): Served {
  const at = `node/${node.name}`;
  const { cluster } = w;
  const pod = podWithIP(cluster, t.dst);
  w.add(
    at,
    'route',
    t,
    r.route,
    r.local
      ? note('trace.route.localPod', { dst: t.dst, node: node.name })
      : note(r.encapsulation ? 'trace.route.overlay' : 'trace.route.network', {
          dst: t.dst,
          node: r.node.name,
        }),
  );
  if (!r.local) {
    const podNode = r.node;
    if (cluster.poweredOff.has(podNode.name)) {
      w.add(
        `node/${podNode.name}`,
        'drop',
        t,
        null,
        note('trace.podNode.off', { node: podNode.name }),
      );
      return failed('timeout');
    }
    if (r.encapsulation) {
      w.add(
        at,
        'encap',
        t,
        r.route,
        ENCAP_NOTES[r.encapsulation](cluster.preset.podNetwork, node.ip, podNode.ip),
        {
          outer: { src: node.ip, dst: podNode.ip, kind: r.encapsulation },
        },
      );
      w.add(`node/${podNode.name}`, 'decap', t, null, note('trace.decap', { node: podNode.name }));
    } else {
      w.add(
        `node/${podNode.name}`,
        'forward',
        t,
        null,
        note('trace.forward.direct', { node: podNode.name, dst: t.dst }),
      );
    }
    w.steps.push({ kind: 'overlay', from: node, to: podNode, encap: r.encapsulation });
    // The pod's node sees the packet too (PREROUTING, no Service matches a pod address).
    w.track(podNode, t, t);
  }
  if (!pod) {
    w.add(at, 'drop', t, null, note('trace.noPod', { dst: t.dst }));
    return failed('timeout');
  }
  return deliverToPod(w, req, pod, r.node, t, from, 'network');
}

/** The pod's side: a listener answers (the reply then retraces the way), or a reset. */
function deliverToPod(
  w: Walk,
  req: FlowRequest,
  pod: Pod,
  node: PresetNode,
  t: Tuple,
  from: string,
  how: 'loopback' | 'network',
): Served {
  const at = podRef(pod);
  const seen = t.src;
  if (w.proto === 'ICMP') {
    w.add(at, 'deliver', t, null, note('trace.pod.echo', { src: seen }));
    w.add(at, 'reply', swap(t), null, note('trace.pod.echoReply'), { reply: true });
    replyPath(w, swap(t), from, at);
    return { verdict: 'delivered', response: null, status: null, servedBy: null, seen };
  }
  const container = listenerOn(pod, t.dport);
  if (!container) {
    w.add(
      at,
      'reject',
      t,
      null,
      note('trace.pod.noListener', { pod: pod.metadata.name, port: t.dport }),
    );
    replyPath(w, swap(t), from, at, true);
    return { ...failed('refused', seen), servedBy: null };
  }
  if (req.http && isIngressControllerImage(container.image))
    return throughIngress(w, req, pod, node, t, from, container);
  w.add(
    at,
    'deliver',
    t,
    null,
    how === 'loopback'
      ? note(t.dst === '127.0.0.1' ? 'trace.pod.loopback' : 'trace.pod.ownAddress')
      : note('trace.pod.receives', { src: seen }),
  );
  const behaviour = behaviourOf(container);
  if (behaviour.protocol === 'redis' && req.http) {
    // Redis reads "GET / HTTP/1.1" as a command, answers an error line and drops the connection.
    w.add(at, 'reply', swap(t), null, note('trace.redis.reply'), { reply: true });
    replyPath(w, swap(t), from, at);
    return {
      verdict: 'delivered',
      response: "-ERR wrong number of arguments for 'get' command\r\n",
      status: 0,
      servedBy: {
        pod: `${pod.metadata.namespace}/${pod.metadata.name}`,
        node: node.name,
        container: container.name,
      },
      seen,
    };
  }
  const backend =
    behaviour.calls && req.http ? callBackend(w, pod, node, container, behaviour.calls) : null;
  const answer: HttpAnswer = backend ?? respond(container, pod, seen, req);
  w.add(at, 'reply', swap(t), null, note('trace.pod.answers', { seen }), { reply: true });
  replyPath(w, swap(t), from, at);
  return {
    verdict: 'delivered',
    response: answer.body,
    status: answer.status,
    ...(answer.headers ? { headers: answer.headers } : {}),
    servedBy: {
      pod: `${pod.metadata.namespace}/${pod.metadata.name}`,
      node: node.name,
      container: container.name,
    },
    seen,
  };
}

/**
 * ingress-nginx (reference §8.2): nginx ends the client's connection, matches the Ingress rules and
 * opens a new connection from the controller pod straight to a backend pod (not the ClusterIP).
 */
function throughIngress(
  w: Walk,
  req: FlowRequest,
  pod: Pod,
  node: PresetNode,
  t: Tuple,
  from: string,
  container: Container,
): Served {
  const at = podRef(pod);
  const http = req.http!;
  w.add(
    at,
    'deliver',
    t,
    null,
    note('trace.nginx.receives', { pod: pod.metadata.name, src: t.src }),
  );
  // The controller's https port terminates TLS with its fake certificate (reference §8.2).
  const tlsPort = t.dport === 443;
  const tls = tlsPort ? { tls: 'self-signed' as const } : {};
  if (tlsPort && req.scheme !== 'https') {
    w.add(at, 'reply', swap(t), null, note('trace.nginx.plainOnHttps'), { reply: true });
    replyPath(w, swap(t), from, at);
    return {
      verdict: 'delivered',
      response: plainHttpToHttpsPage(controllerNginx(container.image)),
      status: 400,
      servedBy: null,
      seen: t.src,
    };
  }
  const decision = routeRequest(
    w.cluster,
    pod,
    {
      scheme: req.scheme ?? 'http',
      host: http.host,
      ...(http.hostPort !== undefined ? { hostPort: http.hostPort } : {}),
      path: http.path,
      method: http.method,
      remoteAddr: t.src,
      headers: http.headers.map(([k, v]) => [k, v] as [string, string]),
    },
    {
      next: (key, count) => {
        const i = w.net.roundRobin.get(key) ?? 0;
        w.net.roundRobin.set(key, i + 1);
        return i % count;
      },
    },
    w.ctx.random,
  );
  const client = (
    response: string,
    status: number,
    servedBy: Trace['servedBy'],
    seen: string,
  ): Served => {
    w.add(at, 'reply', swap(t), null, note('trace.nginx.answers', { client: t.src, status }), {
      reply: true,
    });
    replyPath(w, swap(t), from, at);
    return { verdict: 'delivered', response, status, servedBy, seen, ...tls };
  };
  if (decision.kind === 'response') {
    w.add(at, 'proxy', t, null, decision.reason);
    return client(
      decision.body,
      decision.status,
      {
        pod: `${pod.metadata.namespace}/${pod.metadata.name}`,
        node: node.name,
        container: container.name,
      },
      t.src,
    );
  }
  const i = decision.upstream.lastIndexOf(':');
  const upstreamIP = decision.upstream.slice(0, i);
  const upstreamPort = Number(decision.upstream.slice(i + 1));
  w.add(
    at,
    'proxy',
    { src: pod.status.podIP!, sport: t.dport, dst: upstreamIP, dport: upstreamPort },
    `location ${decision.rule} (Ingress ${decision.ingress}) -> ${decision.service}:${decision.servicePort}`,
    note('trace.nginx.proxy', {
      rule: decision.rule,
      ingress: decision.ingress,
      upstream: decision.upstream,
      pod: decision.upstreamPod ? note('trace.nginx.proxyPod', { pod: decision.upstreamPod }) : '',
      service: decision.service,
      rewrite:
        decision.upstreamPath !== http.path
          ? note('trace.nginx.rewrite', { from: http.path, to: decision.upstreamPath })
          : '',
    }),
  );
  const leg = traceFlow(w.cluster, w.ctx, w.net, {
    origin: { kind: 'pod', pod, node, ip: pod.status.podIP! },
    proto: 'TCP',
    dstIP: upstreamIP,
    dstPort: upstreamPort,
    http: {
      method: http.method,
      path: decision.upstreamPath,
      host: http.host,
      headers: decision.requestHeaders,
    },
  });
  // The second connection's hops (minus its own opening) sit between the two halves of the first.
  for (const h of leg.trace.hops.slice(1)) {
    w.hops.push(h);
    if (h.at.startsWith('node/')) w.nodes.push(h.at.slice(5));
  }
  if (leg.trace.verdict !== 'delivered')
    return client(nginxPage(502, controllerNginx(container.image)), 502, null, '');
  return client(
    leg.trace.response ?? '',
    leg.status ?? 200,
    leg.trace.servedBy,
    leg.trace.clientSeenByPod ?? pod.status.podIP!,
  );
}

/**
 * A program that calls a backend on every request (the counter app and Redis): the pod resolves
 * the name through its DNS and opens its own connection; both legs go into one trace.
 */
function callBackend(
  w: Walk,
  pod: Pod,
  node: PresetNode,
  container: Container,
  calls: NonNullable<ReturnType<typeof behaviourOf>['calls']>,
): { status: number; body: string } {
  const declared = (container.env ?? []) as readonly { name: string; value?: string }[];
  const env = new Map<string, string>(
    declared.flatMap((e) => (e.value !== undefined ? [[e.name, e.value] as const] : [])),
  );
  const target = calls(env);
  if (!target) return { status: 500, body: '' };
  const at = podRef(pod);
  let ip = target.host === 'localhost' ? '127.0.0.1' : isIPv4(target.host) ? target.host : null;
  if (ip === null) {
    const lookup = resolve(w.cluster, pod, target.host, 'A', w.ctx.random);
    const a = lookup.final?.answer.find((r) => r.type === 'A');
    const msg = a
      ? note('trace.app.dns', { host: target.host, fqdn: lookup.fqdn ?? target.host, ip: a.data })
      : note('trace.app.dnsNone', { host: target.host });
    w.hops.push({
      at,
      action: 'dns',
      packet: {
        proto: 'UDP',
        src: `${pod.status.podIP}:${ephemeralPort(w.ctx)}`,
        dst: `${lookup.server ?? w.cluster.preset.nodeNameserver}:53`,
        outer: null,
      },
      rule: a ? `${a.name} ${a.ttl} IN A ${a.data}` : null,
      note: noteText(msg),
      msg,
    });
    ip = a && lookup.final?.rcode === 'NOERROR' ? a.data : null;
  }
  if (ip === null) return { status: 500, body: 'Internal Server Error' };
  const leg = traceFlow(w.cluster, w.ctx, w.net, {
    origin: { kind: 'pod', pod, node, ip: pod.status.podIP! },
    proto: 'TCP',
    dstIP: ip,
    dstPort: target.port,
  });
  for (const h of leg.trace.hops) {
    w.hops.push(h);
    if (h.at.startsWith('node/')) w.nodes.push(h.at.slice(5));
  }
  if (leg.trace.verdict !== 'delivered') return { status: 500, body: 'Internal Server Error' };
  // The count lives in the Redis pod that answered.
  const key = `redis:${leg.trace.servedBy?.pod ?? ip}`;
  const count = (w.net.counters.get(key) ?? 0) + 1;
  w.net.counters.set(key, count);
  return { status: 200, body: `${count}` };
}

function respond(container: Container, pod: Pod, seen: string, req: FlowRequest) {
  const http = behaviourOf(container).http;
  return http
    ? http(pod, seen, {
        clientIP: seen,
        method: 'GET',
        path: '/',
        host: '',
        headers: [],
        ...req.http,
      })
    : { status: 200, body: '' };
}

/** A packet for one of the node's own addresses: the filter table's INPUT chain, then a process. */
function toNodeProcess(
  w: Walk,
  req: FlowRequest,
  node: PresetNode,
  t: Tuple,
  after: Tuple,
  mark: number,
  hook: 'PREROUTING' | 'OUTPUT',
  ctstate: 'NEW' | 'ESTABLISHED',
  from: string,
): Served {
  const at = `node/${node.name}`;
  if (ctstate === 'NEW') {
    const input = w.walk(node, 'filter', 'INPUT', after, mark, 'NEW');
    if (input.verdict === 'REJECT') {
      w.add(
        at,
        'reject',
        after,
        input.decidedBy,
        input.decidedBy?.includes('has no endpoints')
          ? note('trace.reject.noEndpoints')
          : note('trace.reject.rule'),
        { walk: input.walk },
      );
      return failed('refused');
    }
    if (input.verdict === 'DROP') {
      w.add(
        at,
        'drop',
        after,
        input.decidedBy,
        input.decidedBy?.includes('has no local endpoints')
          ? note('trace.drop.noLocalEndpointsExternal', { node: node.name })
          : note('trace.drop.rule'),
        { walk: input.walk },
      );
      return failed('timeout');
    }
  }
  void hook;
  w.track(node, t, after);
  if (w.proto === 'ICMP') {
    w.add(at, 'deliver', after, null, note('trace.node.echo', { node: node.name }));
    w.add(at, 'reply', swap(after), null, note('trace.node.echoReply', { node: node.name }), {
      reply: true,
    });
    replyPath(w, swap(after), from, at);
    return { verdict: 'delivered', response: null, status: null, servedBy: null, seen: t.src };
  }
  // A pod on the host network listens on the node's own addresses.
  // The node's own pods (its group in the store), the first by namespace/name as in a list.
  const hostPod = [...w.cluster.objects.podsOnNode(node.name)]
    .filter(
      (p) =>
        p.spec.hostNetwork === true && p.status.phase === 'Running' && listenerOn(p, after.dport),
    )
    .sort((a, b) =>
      compareNames(
        `${a.metadata.namespace}/${a.metadata.name}`,
        `${b.metadata.namespace}/${b.metadata.name}`,
      ),
    )[0];
  if (hostPod) return deliverToPod(w, req, hostPod, node, after, from, 'network');
  const process = nodeProcess(w.cluster, node, after.dport, req.scheme ?? 'http');
  if (!process) {
    w.add(
      at,
      'reject',
      after,
      null,
      note('trace.node.noListener', { node: node.name, port: after.dport }),
    );
    replyPath(w, swap(after), from, at, true);
    return failed('refused');
  }
  w.add(
    at,
    'deliver',
    after,
    null,
    note('trace.process.receives', { process: note(process.name), node: node.name, src: t.src }),
  );
  w.add(
    at,
    'reply',
    swap(after),
    null,
    note('trace.process.answers', { process: note(process.name) }),
    {
      reply: true,
    },
  );
  replyPath(w, swap(after), from, at);
  return {
    verdict: 'delivered',
    response: process.body,
    status: process.status,
    servedBy: null,
    seen: t.src,
    ...(process.tls ? { tls: process.tls } : {}),
  };
}

/** The note naming a server a node runs. */
type ProcessKey = 'trace.process.healthCheck' | 'trace.process.apiserver' | 'trace.process.kubelet';

/** The servers a node runs on its own addresses (besides host-network pods). */
function nodeProcess(
  cluster: Cluster,
  node: PresetNode,
  port: number,
  scheme: 'http' | 'https',
): { name: ProcessKey; status: number; body: string; tls?: TlsServer } | null {
  const tls = (name: ProcessKey) =>
    scheme === 'http'
      ? // Go's TLS server answers a plain-HTTP request with this 400.
        { name, status: 400, body: 'Client sent an HTTP request to an HTTPS server.\n' }
      : { name, status: 403, body: anonymousForbidden(cluster), tls: 'cluster-ca' as const };
  const health = healthCheckAnswer(cluster, node.name, port);
  if (health)
    return { name: 'trace.process.healthCheck', status: health.status, body: health.body };
  const { apiServer } = cluster.preset;
  if (node.ip === apiServer.ip && port === apiServer.port) return tls('trace.process.apiserver');
  if (port === 10250) return tls('trace.process.kubelet');
  return null;
}

/** What the API server tells an anonymous client asking for `/`. */
function anonymousForbidden(cluster: Cluster): string {
  const metadata = cluster.preset.minor >= 21 ? '{}' : '{\n    \n  }';
  const details = cluster.preset.minor >= 21 ? '{}' : '{\n    \n  }';
  return `{
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": ${metadata},
  "status": "Failure",
  "message": "forbidden: User \\"system:anonymous\\" cannot get path \\"/\\"",
  "reason": "Forbidden",
  "details": ${details},
  "code": 403
}`;
}

/** The reply retraces the request: back through the overlay, un-NATed on every node that translated it. */
function replyPath(w: Walk, start: Tuple, originAt: string, servedAt: string, reset = false): void {
  let p = start;
  let here = servedAt;
  for (let i = w.steps.length - 1; i >= 0; i--) {
    const s = w.steps[i]!;
    if (s.kind === 'overlay') {
      if (s.encap) {
        w.add(
          `node/${s.to.name}`,
          'encap',
          p,
          null,
          note(reset ? 'trace.back.overlay.reset' : 'trace.back.overlay.reply', {
            node: s.from.name,
          }),
          {
            reply: true,
            outer: { src: s.to.ip, dst: s.from.ip, kind: s.encap },
          },
        );
        w.add(
          `node/${s.from.name}`,
          'decap',
          p,
          null,
          note(reset ? 'trace.back.decap.reset' : 'trace.back.decap.reply', { node: s.from.name }),
          { reply: true },
        );
      } else {
        w.add(
          `node/${s.to.name}`,
          'forward',
          p,
          null,
          note(reset ? 'trace.back.network.reset' : 'trace.back.network.reply', {
            node: s.from.name,
          }),
          { reply: true },
        );
      }
      here = `node/${s.from.name}`;
      continue;
    }
    if (s.kind === 'nat') {
      const at = `node/${s.node.name}`;
      s.entry.replied = true;
      // The line is for the hop shown; a quiet request (a large load) shows none.
      const line = w.quiet ? null : conntrackLine(s.entry, w.cluster.now);
      if (s.snat) {
        p = { ...p, dst: s.entry.orig.src, dport: s.entry.orig.sport };
        w.add(
          at,
          'un-snat',
          p,
          line,
          note('trace.unsnat', { dst: addr(p.dst, p.dport, w.proto) }),
          { reply: true },
        );
      }
      if (s.dnat) {
        p = { ...p, src: s.entry.orig.dst, sport: s.entry.orig.dport };
        w.add(
          at,
          'un-dnat',
          p,
          line,
          note('trace.undnat', { src: addr(p.src, p.sport, w.proto) }),
          { reply: true },
        );
      }
      here = at;
      continue;
    }
    if (s.kind === 'proxy') {
      p = swap(s.client);
      w.add(s.at, 'reply', p, null, s.note, { reply: true });
      here = s.at;
      continue;
    }
    if (s.kind === 'lb-nat') {
      p = { ...p, src: s.client.dst, sport: s.client.dport };
      w.add(s.at, 'un-dnat', p, null, note('trace.nlb.undnat'), { reply: true });
      here = s.at;
      continue;
    }
    // A plain hop on the node network: nothing to rewrite.
    here = s.from;
  }
  void here;
  w.add(
    originAt,
    'deliver',
    p,
    null,
    reset
      ? note('trace.end.reset')
      : w.proto === 'ICMP'
        ? note('trace.end.echo')
        : note('trace.end.response'),
    { reply: true },
  );
}
