// The pod network of a preset (reference §6): which node holds a pod address, the route a node uses
// to reach it, the interface it leaves by, and the address MASQUERADE picks on that interface.
import type { Preset, PresetNode } from '../presets/presets.ts';
import { fnv32a } from '../util/hash.ts';
import { inCidr } from './ipv4.ts';

/** Calico names a pod's host-side veth `cali` + 11 hex characters of a hash of the workload. */
function calicoInterface(podIP: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `cali${(hex(fnv32a(podIP)) + hex(fnv32a(`${podIP}/veth`))).slice(0, 11)}`;
}

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

export function nodeHoldingPodIP(preset: Preset, ip: string): PresetNode | null {
  return preset.nodes.find((n) => inCidr(ip, n.podCIDR)) ?? null;
}

/** Addresses configured on the node (what `-m addrtype --dst-type LOCAL` matches). */
export function localAddresses(node: PresetNode): string[] {
  return [node.ip, node.tunnelIP, ...(node.bridgeIP ? [node.bridgeIP] : []), '127.0.0.1'];
}

export function routeToPod(preset: Preset, from: PresetNode, podIP: string): PodRoute | null {
  const node = nodeHoldingPodIP(preset, podIP);
  if (!node) return null;
  const flannel = preset.podNetwork === 'flannel-vxlan';
  if (node.name === from.name) {
    return {
      node,
      local: true,
      route: flannel
        ? `${from.podCIDR} dev cni0 proto kernel scope link src ${from.bridgeIP}`
        : `${podIP} dev ${calicoInterface(podIP)} scope link`,
      // flannel: the bridge cni0's address; Calico has no bridge, so Linux picks the node's
      // primary address (reference §11.4).
      masqueradeSource: flannel ? from.bridgeIP! : from.ip,
      encapsulation: null,
    };
  }
  return {
    node,
    local: false,
    route: flannel
      ? `${node.podCIDR} via ${node.tunnelIP} dev flannel.1 onlink`
      : `${node.podCIDR} via ${node.ip} dev tunl0 proto bird onlink`,
    masqueradeSource: from.tunnelIP,
    encapsulation: flannel ? 'vxlan' : 'ipip',
  };
}
