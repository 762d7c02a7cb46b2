// The cluster presets of spec/presets.md, as data. Addresses here are fixed: lessons, tests and
// screenshots rely on them.

export type PodNetworkKind = 'flannel-vxlan' | 'calico-ipip';

export interface PresetNode {
  readonly name: string;
  readonly ip: string;
  /** The node's pod range: flannel's spec.podCIDR, or Calico's IPAM block. */
  readonly podCIDR: string;
  readonly controlPlane: boolean;
  readonly taint?: { readonly key: string; readonly effect: 'NoSchedule' };
  /** The address the node's overlay interface holds (flannel.1 or tunl0). */
  readonly tunnelIP: string;
  /** flannel's bridge cni0; Calico has none. */
  readonly bridgeIP: string | null;
  /** The first address handed to a pod. */
  readonly firstPodIP: string;
}

export interface Preset {
  readonly name: string;
  /** The server's and kubectl's version, e.g. "v1.33.0". */
  readonly version: string;
  readonly minor: number;
  readonly serviceCIDR: string;
  readonly clusterCIDR: string;
  readonly podNetwork: PodNetworkKind;
  readonly nodes: readonly PresetNode[];
  /** Machines outside the cluster; the first is the learner's own (curl's default client). */
  readonly clients: readonly { readonly name: string; readonly ip: string }[];
  /** The iptables version printed by iptables-save on the nodes. */
  readonly iptablesVersion: string;
  /** The CNI's own DaemonSet/Deployment pods (names without the random suffix). */
  readonly cni: {
    readonly namespace: string;
    readonly daemonSet: string;
    readonly controller?: string;
  };
  /** When the cluster was created (kubeadm init); the simulated clock starts 3 days later. */
  readonly createdAt: string;
}

const flannelNode = (name: string, ip: string, n: number, controlPlane: boolean): PresetNode => ({
  name,
  ip,
  podCIDR: `10.244.${n}.0/24`,
  controlPlane,
  ...(controlPlane
    ? { taint: { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' as const } }
    : {}),
  tunnelIP: `10.244.${n}.0`,
  bridgeIP: `10.244.${n}.1`,
  firstPodIP: `10.244.${n}.2`,
});

const calicoNode = (name: string, ip: string, block: string, controlPlane: boolean): PresetNode => {
  const [a, b, c, d] = block.split('/')[0]!.split('.').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return {
    name,
    ip,
    podCIDR: block,
    controlPlane,
    ...(controlPlane
      ? { taint: { key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' as const } }
      : {}),
    // Calico gives the block's first address to tunl0; pods take the following ones.
    tunnelIP: `${a}.${b}.${c}.${d}`,
    bridgeIP: null,
    firstPodIP: `${a}.${b}.${c}.${d + 1}`,
  };
};

export const PRESETS: Readonly<Record<string, Preset>> = {
  lab: {
    name: 'lab',
    version: 'v1.33.0',
    minor: 33,
    serviceCIDR: '10.96.0.0/12',
    clusterCIDR: '10.244.0.0/16',
    podNetwork: 'flannel-vxlan',
    nodes: [
      flannelNode('control-plane', '10.0.0.10', 0, true),
      flannelNode('worker-1', '10.0.0.11', 1, false),
      flannelNode('worker-2', '10.0.0.12', 2, false),
      flannelNode('worker-3', '10.0.0.13', 3, false),
    ],
    clients: [
      { name: 'laptop', ip: '10.0.0.1' },
      { name: 'internet', ip: '198.51.100.7' },
    ],
    iptablesVersion: 'v1.8.9',
    cni: { namespace: 'kube-flannel', daemonSet: 'kube-flannel-ds' },
    createdAt: '2025-01-06T10:00:00Z',
  },
  k8sinfra: {
    name: 'k8sinfra',
    version: 'v1.20.2',
    minor: 20,
    serviceCIDR: '10.96.0.0/12',
    clusterCIDR: '172.16.0.0/16',
    podNetwork: 'calico-ipip',
    nodes: [
      calicoNode('m-k8s', '192.168.1.10', '172.16.171.64/26', true),
      calicoNode('w1-k8s', '192.168.1.101', '172.16.221.128/26', false),
      calicoNode('w2-k8s', '192.168.1.102', '172.16.103.128/26', false),
      calicoNode('w3-k8s', '192.168.1.103', '172.16.132.0/26', false),
    ],
    clients: [{ name: 'host', ip: '192.168.1.1' }],
    iptablesVersion: 'v1.8.4',
    cni: {
      namespace: 'kube-system',
      daemonSet: 'calico-node',
      controller: 'calico-kube-controllers',
    },
    createdAt: '2021-02-01T09:00:00Z',
  },
};

export const presetNames: readonly string[] = Object.keys(PRESETS);
