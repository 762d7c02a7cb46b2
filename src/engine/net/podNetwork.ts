// The pod network of a preset (reference §6): which node holds a pod address, the route a node uses
// to reach it, the interface it leaves by, and the address MASQUERADE picks on that interface.
import type { Preset, PresetNode } from '../presets/presets.ts';
import { fnv32a } from '../util/hash.ts';
import { inCidr, intToIp, ipToInt, parseCidr } from './ipv4.ts';

export interface PodRoute {
  /** The node whose pod range holds the address. */
  readonly node: PresetNode;
  readonly local: boolean;
  /** The route as `ip route` prints it. */
  readonly route: string;
  /** The address MASQUERADE gives a packet leaving by this route (the egress interface's address). */
  readonly masqueradeSource: string;
  readonly encapsulation: 'vxlan' | 'ipip' | null;
}

export function nodeHoldingPodIP(preset: Pick<Preset, 'nodes'>, ip: string): PresetNode | null {
  // Every packet to a pod asks: answers are kept per node list (a preset's nodes never change).
  let known = holders.get(preset.nodes);
  if (!known) holders.set(preset.nodes, (known = new Map()));
  let node = known.get(ip);
  if (node === undefined) {
    // An address routed on its own (a /32: Calico's borrowed address) beats the block around it.
    const own = `${ip}/32`;
    node =
      preset.nodes.find((n) => n.podRanges?.includes(own) ?? false) ??
      preset.nodes.find(
        (n) => inCidr(ip, n.podCIDR) || (n.podRanges?.some((r) => inCidr(ip, r)) ?? false),
      ) ??
      null;
    if (known.size < 100_000) known.set(ip, node);
  }
  return node;
}
const holders = new WeakMap<readonly PresetNode[], Map<string, PresetNode | null>>();

/** Addresses configured on the node (what `-m addrtype --dst-type LOCAL` matches). */
export function localAddresses(node: PresetNode): string[] {
  return [
    node.ip,
    ...(node.tunnelIP ? [node.tunnelIP] : []),
    ...(node.bridgeIP ? [node.bridgeIP] : []),
    '127.0.0.1',
  ];
}

/** A veth's host-side name: `<prefix>` + 11 hex characters of a hash of the pod (Calico, GKE). */
function vethName(prefix: string, podIP: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${prefix}${(hex(fnv32a(podIP)) + hex(fnv32a(`${podIP}/veth`))).slice(0, 11)}`;
}

/** How each pod network reaches a pod on the same node, and one on another node. */
const NETWORKS: Readonly<
  Record<
    Preset['podNetwork'],
    {
      readonly local: (
        from: PresetNode,
        podIP: string,
      ) => { route: string; masqueradeSource: string };
      readonly remote: (
        from: PresetNode,
        to: PresetNode,
      ) => { route: string; masqueradeSource: string; encapsulation: PodRoute['encapsulation'] };
    }
  >
> = {
  // flannel: pods hang off the cni0 bridge; other nodes' ranges go through flannel.1 (VXLAN).
  'flannel-vxlan': {
    local: (from) => ({
      route: `${from.podCIDR} dev cni0 proto kernel scope link src ${from.bridgeIP}`,
      masqueradeSource: from.bridgeIP!,
    }),
    remote: (from, to) => ({
      route: `${to.podCIDR} via ${to.tunnelIP} dev flannel.1 onlink`,
      masqueradeSource: from.tunnelIP!,
      encapsulation: 'vxlan',
    }),
  },
  // Calico: a /32 route per local pod on its cali veth (no bridge, so Linux picks the node's
  // primary address, reference §11.4); other blocks through tunl0 (IP-in-IP) or vxlan.calico.
  'calico-ipip': {
    local: (from, podIP) => ({
      route: `${podIP} dev ${vethName('cali', podIP)} scope link`,
      masqueradeSource: from.ip,
    }),
    remote: (from, to) => ({
      route: `${to.podCIDR} via ${to.ip} dev tunl0 proto bird onlink`,
      masqueradeSource: from.tunnelIP!,
      encapsulation: 'ipip',
    }),
  },
  'calico-vxlan': {
    local: (from, podIP) => ({
      route: `${podIP} dev ${vethName('cali', podIP)} scope link`,
      masqueradeSource: from.ip,
    }),
    remote: (from, to) => ({
      route: `${to.podCIDR} via ${to.tunnelIP} dev vxlan.calico onlink`,
      masqueradeSource: from.tunnelIP!,
      encapsulation: 'vxlan',
    }),
  },
  // minikube's bridge CNI: one node, every pod on the `bridge` interface.
  bridge: {
    local: (from) => ({
      route: `10.244.0.0/16 dev bridge proto kernel scope link src ${from.bridgeIP}`,
      masqueradeSource: from.bridgeIP!,
    }),
    remote: (from) => ({
      route: 'default via 192.168.49.1 dev eth0',
      masqueradeSource: from.ip,
      encapsulation: null,
    }),
  },
  // kindnet (kind's and multi-node minikube's CNI): the ptp plugin gives each pod a veth whose host
  // side holds the range's gateway (.1) and a /32 route to the pod; kindnetd routes every other
  // node's podCIDR via that node's address, without encapsulation.
  kindnet: {
    local: (from, podIP) => ({
      route: `${podIP} dev veth${fnv32a(podIP).toString(16).padStart(8, '0')} scope host`,
      masqueradeSource: from.bridgeIP!,
    }),
    remote: (from, to) => ({
      route: `${to.podCIDR} via ${to.ip} dev eth0`,
      masqueradeSource: from.ip,
      encapsulation: null,
    }),
  },
  // GKE VPC-native: pod ranges are alias IP ranges the VPC routes to their node; no encapsulation.
  'vpc-native': {
    local: (from, podIP) => ({
      route: `${podIP} dev ${vethName('gke', podIP)} scope host`,
      masqueradeSource: from.ip,
    }),
    remote: (from) => ({
      route: `default via ${from.ip.split('.').slice(0, 3).join('.')}.1 dev eth0 proto dhcp src ${from.ip} metric 1024`,
      masqueradeSource: from.ip,
      encapsulation: null,
    }),
  },
};

export function routeToPod(preset: Preset, from: PresetNode, podIP: string): PodRoute | null {
  const node = nodeHoldingPodIP(preset, podIP);
  if (!node) return null;
  const network = NETWORKS[preset.podNetwork];
  if (node.name === from.name)
    return { node, local: true, ...network.local(from, podIP), encapsulation: null };
  return { node, local: false, ...network.remote(from, node) };
}

/**
 * Whether the CNI masquerades a pod's packet to `dst` when it leaves the pod network (not kube-proxy:
 * flannel's `--ip-masq`, Calico's `natOutgoing` pools, the bridge plugin's `ipMasq`). GKE's
 * ip-masq-agent leaves the RFC 1918 ranges unmasqueraded by default, so node addresses see pod IPs.
 */
export function masqueradesOutgoing(preset: Preset, src: string, dst: string): boolean {
  if (!inCidr(src, preset.clusterCIDR) || inCidr(dst, preset.clusterCIDR)) return false;
  if (preset.podNetwork === 'vpc-native')
    return !['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].some((c) => inCidr(dst, c));
  return true;
}

/** The node's default route as `ip route` prints it. */
export function defaultRoute(preset: Preset, node: PresetNode): string {
  return preset.nodeNetwork.defaultRoute.replace('NODE', node.ip);
}

/** The connected route of the node network (how a node reaches the others and the LAN). */
export function nodeNetworkRoute(preset: Preset, node: PresetNode): string {
  const { device, prefix } = preset.nodeNetwork;
  const base = intToIp(parseCidr(`${node.ip}/${prefix}`).base);
  return prefix === 32
    ? `${base} dev ${device} proto dhcp scope link src ${node.ip}`
    : `${base}/${prefix} dev ${device} proto kernel scope link src ${node.ip}`;
}

/**
 * `ip route` on a node: default route, node network, the pod network's routes (every other node's
 * pod range, and this node's own: the bridge, or one /32 per local pod with Calico and GKE).
 */
export function nodeRoutes(
  preset: Preset,
  node: PresetNode,
  localPodIPs: readonly string[],
): string[] {
  const network = NETWORKS[preset.podNetwork];
  const lines = [defaultRoute(preset, node)];
  if (preset.name === 'k8sinfra')
    lines.push('10.0.2.0/24 dev eth0 proto kernel scope link src 10.0.2.15 metric 100');
  const pods: string[] = [];
  if (preset.podNetwork === 'flannel-vxlan' || preset.podNetwork === 'bridge')
    pods.push(network.local(node, '').route);
  else {
    // Calico's BIRD blackholes its blocks; GKE and kindnet have no such route.
    if (preset.podNetwork !== 'vpc-native' && preset.podNetwork !== 'kindnet')
      pods.push(`blackhole ${node.podCIDR} proto bird`);
    for (const ip of localPodIPs) pods.push(network.local(node, ip).route);
  }
  if (preset.podNetwork !== 'vpc-native' && preset.podNetwork !== 'bridge')
    for (const other of preset.nodes)
      if (other.name !== node.name) pods.push(network.remote(node, other).route);
  const all = [...pods, nodeNetworkRoute(preset, node)];
  if (preset.nodeInfo.containerRuntimeVersion.startsWith('docker'))
    all.push('172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown');
  // ip route lists by destination, in address order (the default route first).
  const key = (line: string) => {
    const dest = line
      .replace(/^blackhole /, '')
      .split(' ')[0]!
      .split('/')[0]!;
    return ipToInt(dest);
  };
  return [...lines, ...all.sort((a, b) => key(a) - key(b))];
}
