// The walk of one TCP request through the cluster, hop by hop, with the rule that decided each hop
// (reference §3, §4, §6). The nat and filter tables it evaluates are the ones iptables-save prints.
import type { Cluster, Ctx } from '../api/cluster.ts';
import { listObjects } from '../api/cluster.ts';
import type { Pod } from '../api/objects.ts';
import { compileNodeRules } from '../proxy/compile.ts';
import { walkChain, type WalkPacket } from '../proxy/walk.ts';

import type { PodNetworkKind } from '../presets/presets.ts';
import type { Hop, HopAction, Packet, Trace } from '../types.ts';
import { behaviourOf, listenerOn } from '../workloads/images.ts';
import { localAddresses, routeToPod } from './podNetwork.ts';

/** What each overlay does to a packet bound for another node. */
const ENCAP_NOTES: Readonly<Record<PodNetworkKind, (from: string, to: string) => string>> = {
  'flannel-vxlan': (from, to) =>
    `flannel wraps the packet in VXLAN (UDP 8472) addressed ${from} -> ${to}.`,
  'calico-ipip': (from, to) =>
    `Calico wraps the packet in an outer IP header (IP-in-IP) addressed ${from} -> ${to}.`,
  'calico-vxlan': (from, to) =>
    `Calico wraps the packet in VXLAN (UDP 4789) addressed ${from} -> ${to}.`,
  bridge: (from, to) => `The packet is wrapped for ${from} -> ${to}.`,
  'vpc-native': (from, to) => `The packet is wrapped for ${from} -> ${to}.`,
};

export interface TcpRequest {
  /** "client/NAME" */
  readonly from: string;
  readonly srcIP: string;
  readonly dstIP: string;
  readonly dstPort: number;
}

/** Linux's default ephemeral port range (net.ipv4.ip_local_port_range = 32768 60999). */
function ephemeralPort(ctx: Ctx): number {
  return 32768 + ctx.random.int(60999 - 32768 + 1);
}

function packet(src: string, dst: string, outer: Packet['outer'] = null): Packet {
  return { proto: 'TCP', src, dst, outer };
}

class TraceBuilder {
  readonly hops: Hop[] = [];
  readonly nodes: string[] = [];
  add(
    at: string,
    action: HopAction,
    p: Packet,
    rule: string | null,
    note: string,
    extra: Partial<Hop> = {},
  ): void {
    this.hops.push({ at, action, packet: p, rule, note, ...extra });
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
}

/** A conntrack entry as `conntrack -L` prints it (original tuple, then reply tuple). */
function conntrackLine(orig: [string, string], reply: [string, string]): string {
  const [oSrc, oDst] = orig.map((a) => a.split(':')) as [[string, string], [string, string]];
  const [rSrc, rDst] = reply.map((a) => a.split(':')) as [[string, string], [string, string]];
  return (
    `tcp      6 86399 ESTABLISHED src=${oSrc[0]} dst=${oDst[0]} sport=${oSrc[1]} dport=${oDst[1]} ` +
    `src=${rSrc[0]} dst=${rDst[0]} sport=${rSrc[1]} dport=${rDst[1]} [ASSURED] mark=0 use=1`
  );
}

function podAt(cluster: Cluster, ip: string): Pod | undefined {
  return listObjects<Pod>(cluster, 'Pod').find(
    (p) => p.status.podIP === ip && p.spec.hostNetwork !== true && p.status.phase === 'Running',
  );
}

/** Sends one HTTP request over a new TCP connection and records every hop. */
export function traceTcp(cluster: Cluster, ctx: Ctx, req: TcpRequest): Trace {
  const t = new TraceBuilder();
  const { preset } = cluster;
  const client = `${req.srcIP}:${ephemeralPort(ctx)}`;
  const target = `${req.dstIP}:${req.dstPort}`;
  t.add(
    req.from,
    'send',
    packet(client, target),
    null,
    `The client opens a TCP connection to ${target}.`,
  );

  const entry = preset.nodes.find((n) => n.ip === req.dstIP);
  if (!entry) {
    t.add(
      req.from,
      'drop',
      packet(client, target),
      null,
      `No machine on the client's network answers for ${req.dstIP}, so the connection times out.`,
    );
    return t.finish('timeout');
  }
  const at = `node/${entry.name}`;
  if (cluster.poweredOff.has(entry.name)) {
    t.add(
      at,
      'drop',
      packet(client, target),
      null,
      `${entry.name} is switched off: nothing answers, and the client waits until it gives up.`,
    );
    return t.finish('timeout');
  }
  const rules = compileNodeRules(cluster, entry.name);
  const isLocal = (ip: string) => localAddresses(entry).includes(ip);
  const first: WalkPacket = {
    proto: 'tcp',
    src: req.srcIP,
    dst: req.dstIP,
    dport: req.dstPort,
    mark: 0,
    ctstate: 'NEW',
  };
  const pre = walkChain(rules.nat, 'PREROUTING', first, { isLocal, random: ctx.random });

  if (pre.verdict !== 'DNAT') {
    // Addressed to the node itself: the filter table's INPUT chain, then whatever listens there.
    const input = walkChain(rules.filter, 'INPUT', first, { isLocal, random: ctx.random });
    if (input.verdict === 'REJECT') {
      t.add(
        at,
        'reject',
        packet(client, target),
        input.decidedBy,
        'The Service has no endpoints, so kube-proxy\'s REJECT rule answers "connection refused".',
        { walk: input.walk },
      );
      return t.finish('refused');
    }
    if (input.verdict === 'DROP') {
      t.add(
        at,
        'drop',
        packet(client, target),
        input.decidedBy,
        'A DROP rule discards the packet; the client waits until it times out.',
        { walk: input.walk },
      );
      return t.finish('timeout');
    }
    t.add(
      at,
      'reject',
      packet(client, target),
      null,
      `Nothing on ${entry.name} listens on port ${req.dstPort}: the kernel answers with a TCP reset.`,
    );
    return t.finish('refused');
  }

  const endpoint = pre.dnatTo!;
  const [podIP, podPortText] = endpoint.split(':') as [string, string];
  const podPort = Number(podPortText);
  t.add(
    at,
    'dnat',
    packet(client, endpoint),
    pre.decidedBy,
    `kube-proxy's rules on ${entry.name} pick endpoint ${endpoint} and rewrite the destination (DNAT).`,
    { walk: pre.walk },
  );

  const route = routeToPod(preset, entry, podIP);
  const pod = podAt(cluster, podIP);
  if (!route || !pod) {
    t.add(
      at,
      'drop',
      packet(client, endpoint),
      null,
      `No pod holds ${podIP} any more; the packet is lost and the client times out.`,
    );
    return t.finish('timeout');
  }
  const afterDnat: WalkPacket = { ...first, dst: podIP, dport: podPort, mark: pre.mark };
  const forward = walkChain(rules.filter, 'FORWARD', afterDnat, { isLocal, random: ctx.random });
  if (forward.verdict === 'DROP' || forward.verdict === 'REJECT') {
    t.add(
      at,
      forward.verdict === 'DROP' ? 'drop' : 'reject',
      packet(client, endpoint),
      forward.decidedBy,
      'The filter table refuses to forward this packet.',
      { walk: forward.walk },
    );
    return t.finish(forward.verdict === 'DROP' ? 'timeout' : 'refused');
  }
  t.add(
    at,
    'route',
    packet(client, endpoint),
    route.route,
    route.local
      ? `${podIP} is a pod on ${entry.name} itself.`
      : `${podIP} lives on ${route.node.name}: the route sends it into the overlay.`,
  );

  const post = walkChain(rules.nat, 'POSTROUTING', afterDnat, { isLocal, random: ctx.random });
  let source = client;
  let snatted = false;
  if (post.verdict === 'MASQUERADE') {
    source = `${route.masqueradeSource}:${ephemeralPort(ctx)}`;
    snatted = true;
    t.add(
      at,
      'snat',
      packet(source, endpoint),
      post.decidedBy,
      `The packet was marked for masquerade, so ${entry.name} replaces the source with its own address ${route.masqueradeSource} (SNAT): the reply must come back through this node.`,
      { walk: post.walk },
    );
  }

  const podNode = route.node;
  if (cluster.poweredOff.has(podNode.name)) {
    t.add(
      `node/${podNode.name}`,
      'drop',
      packet(source, endpoint),
      null,
      `${podNode.name} is switched off, but the endpoint is still in the rules: the packet is lost and the client times out.`,
    );
    return t.finish('timeout');
  }
  const podAtName = `pod/${pod.metadata.namespace}/${pod.metadata.name}`;
  const kind = route.encapsulation;
  if (kind) {
    const outer = { src: entry.ip, dst: podNode.ip, kind };
    t.add(
      at,
      'encap',
      packet(source, endpoint, outer),
      route.route,
      ENCAP_NOTES[cluster.preset.podNetwork](entry.ip, podNode.ip),
    );
    t.add(
      `node/${podNode.name}`,
      'decap',
      packet(source, endpoint),
      null,
      `${podNode.name} unwraps the packet and hands it to the pod's interface.`,
    );
  } else if (!route.local) {
    t.add(
      `node/${podNode.name}`,
      'forward',
      packet(source, endpoint),
      null,
      `The network delivers the packet to ${podNode.name}, which holds ${podIP}'s range, with no encapsulation; ${podNode.name} hands it to the pod.`,
    );
  }
  const container = listenerOn(pod, podPort);
  if (!container) {
    t.add(
      podAtName,
      'reject',
      packet(source, endpoint),
      null,
      `No container in ${pod.metadata.name} listens on port ${podPort}: the pod answers with a TCP reset.`,
    );
    return t.finish('refused', { clientSeenByPod: source.split(':')[0]! });
  }
  const seen = source.split(':')[0]!;
  t.add(
    podAtName,
    'deliver',
    packet(source, endpoint),
    null,
    `The pod receives the request from ${seen}${snatted ? ' (the node, not the client)' : ''}.`,
  );

  // The reply, translated back from the conntrack entry the first packet created.
  const replyPacket = packet(endpoint, source);
  t.add(podAtName, 'reply', replyPacket, null, `The pod answers ${seen}.`, { reply: true });
  if (kind) {
    t.add(
      `node/${podNode.name}`,
      'encap',
      packet(endpoint, source, { src: podNode.ip, dst: entry.ip, kind }),
      null,
      `The reply goes back through the overlay to ${entry.name}.`,
      { reply: true },
    );
    t.add(at, 'decap', replyPacket, null, `${entry.name} unwraps the reply.`, { reply: true });
  } else if (!route.local) {
    t.add(
      `node/${podNode.name}`,
      'forward',
      replyPacket,
      null,
      `The reply goes back over the network to ${entry.name}, where the connection was translated.`,
      { reply: true },
    );
  }
  const ct = conntrackLine([client, target], [endpoint, source]);
  if (snatted) {
    t.add(
      at,
      'un-snat',
      packet(endpoint, client),
      ct,
      `Conntrack restores the client's address ${client} as the destination (un-SNAT).`,
      { reply: true },
    );
  }
  t.add(
    at,
    'un-dnat',
    packet(target, client),
    ct,
    `Conntrack restores ${target} as the source (un-DNAT), so the client sees the reply come from the address it called.`,
    { reply: true },
  );
  t.add(req.from, 'deliver', packet(target, client), null, 'The client receives the response.', {
    reply: true,
  });

  const answer = behaviourOf(container).http?.(pod, seen);
  return t.finish('delivered', {
    response: answer?.body ?? '',
    servedBy: {
      pod: `${pod.metadata.namespace}/${pod.metadata.name}`,
      node: podNode.name,
      container: container.name,
    },
    clientSeenByPod: seen,
  });
}
