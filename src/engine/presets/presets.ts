// The cluster presets of spec/presets.md, as data. Addresses here are fixed: lessons, tests and
// screenshots rely on them.

export type PodNetworkKind =
  'flannel-vxlan' | 'calico-ipip' | 'calico-vxlan' | 'bridge' | 'vpc-native' | 'kindnet';

export interface PresetNode {
  readonly name: string;
  readonly ip: string;
  /** The node's pod range: flannel's spec.podCIDR, or Calico's IPAM block. */
  readonly podCIDR: string;
  readonly controlPlane: boolean;
  readonly taint?: { readonly key: string; readonly effect: 'NoSchedule' };
  /** The address the node's overlay interface holds (flannel.1, tunl0, vxlan.calico); null without an overlay. */
  readonly tunnelIP: string | null;
  /** The pods' bridge (flannel's cni0, minikube's bridge); Calico and GKE have none. */
  readonly bridgeIP: string | null;
  /** The first address handed to a pod. */
  readonly firstPodIP: string;
  /**
   * Further ranges whose pods live on this node (an imported cluster's other Calico blocks, and
   * /32s for addresses it borrowed from another node's block).
   */
  readonly podRanges?: readonly string[];
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
  /** The CNI's own DaemonSet (null when the network needs no agent pods, as minikube's bridge). */
  readonly cni: {
    readonly namespace: string;
    readonly daemonSet: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly image: string;
  } | null;
  /** Where the API server answers: the `kubernetes` Service's endpoint. */
  readonly apiServer: { readonly ip: string; readonly port: number };
  /** What `kubectl get nodes -o wide` shows of each node. */
  readonly nodeInfo: {
    readonly osImage: string;
    readonly kernelVersion: string;
    readonly containerRuntimeVersion: string;
  };
  /**
   * The nameserver of the nodes' own /etc/resolv.conf: where host-network and dnsPolicy Default
   * pods (and CoreDNS's forward plugin) send names outside the cluster.
   */
  readonly nodeNameserver: string;
  /**
   * The nodes' network: the interface that holds the node address, its prefix length, and the
   * default route (Vagrant's machines leave by their NAT interface eth0, their address is on eth1).
   */
  readonly nodeNetwork: {
    readonly device: string;
    readonly prefix: number;
    readonly defaultRoute: string;
  };
  /** CoreDNS replicas (minikube runs one). */
  readonly dnsReplicas: number;
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

/** Node k of a cluster without an overlay (GKE's VPC-native routing): pods from .2 of its /24. */
const routedNode = (name: string, ip: string, podCIDR: string): PresetNode => {
  const base = podCIDR.split('/')[0]!.split('.').slice(0, 3).join('.');
  return {
    name,
    ip,
    podCIDR,
    controlPlane: false,
    tunnelIP: null,
    bridgeIP: null,
    firstPodIP: `${base}.2`,
  };
};

/** Calico VXLAN: vxlan.calico takes the first address of the node's range, pods the next ones. */
const calicoVxlanNode = (name: string, ip: string, podCIDR: string): PresetNode => {
  const base = podCIDR.split('/')[0]!.split('.').slice(0, 3).join('.');
  return {
    name,
    ip,
    podCIDR,
    controlPlane: false,
    tunnelIP: `${base}.0`,
    bridgeIP: null,
    firstPodIP: `${base}.1`,
  };
};

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
    cni: {
      namespace: 'kube-flannel',
      daemonSet: 'kube-flannel-ds',
      labels: { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' },
      image: 'ghcr.io/flannel-io/flannel:v0.26.4',
    },
    apiServer: { ip: '10.0.0.10', port: 6443 },
    nodeInfo: {
      osImage: 'Debian GNU/Linux 12 (bookworm)',
      kernelVersion: '6.1.0-31-amd64',
      containerRuntimeVersion: 'containerd://1.7.24',
    },
    // The lab LAN's DNS forwarder (an example address on the nodes' segment).
    nodeNameserver: '10.0.0.2',
    // The lab LAN's router (an example address, like the lab's resolver).
    nodeNetwork: {
      device: 'eth0',
      prefix: 24,
      defaultRoute: 'default via 10.0.0.254 dev eth0 proto static',
    },
    dnsReplicas: 2,
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
      labels: { 'k8s-app': 'calico-node' },
      image: 'calico/node:v3.17.1',
    },
    apiServer: { ip: '192.168.1.10', port: 6443 },
    nodeInfo: {
      osImage: 'CentOS Linux 7 (Core)',
      kernelVersion: '3.10.0-1127.19.1.el7.x86_64',
      containerRuntimeVersion: 'docker://19.3.14',
    },
    // VirtualBox's NAT DNS proxy, as every Vagrant machine of the book sees it.
    nodeNameserver: '10.0.2.3',
    // VirtualBox: eth0 is the NAT interface (10.0.2.15, gateway 10.0.2.2), eth1 the private network.
    nodeNetwork: {
      device: 'eth1',
      prefix: 24,
      defaultRoute: 'default via 10.0.2.2 dev eth0 proto dhcp metric 100',
    },
    dnsReplicas: 2,
    createdAt: '2021-02-01T09:00:00Z',
  },
  minikube: {
    name: 'minikube',
    version: 'v1.28.3',
    minor: 28,
    serviceCIDR: '10.96.0.0/12',
    clusterCIDR: '10.244.0.0/16',
    podNetwork: 'bridge',
    // minikube's one node is its control plane and runs workloads: no taint.
    nodes: [
      {
        name: 'minikube',
        ip: '192.168.49.2',
        podCIDR: '10.244.0.0/24',
        controlPlane: true,
        tunnelIP: null,
        bridgeIP: '10.244.0.1',
        firstPodIP: '10.244.0.2',
      },
    ],
    clients: [{ name: 'host', ip: '192.168.49.1' }],
    iptablesVersion: 'v1.8.7',
    cni: null,
    apiServer: { ip: '192.168.49.2', port: 8443 },
    nodeInfo: {
      osImage: 'Ubuntu 22.04.3 LTS',
      kernelVersion: '5.15.0-91-generic',
      containerRuntimeVersion: 'docker://24.0.7',
    },
    // The docker network's gateway, which the docker driver's node uses as its resolver.
    nodeNameserver: '192.168.49.1',
    nodeNetwork: { device: 'eth0', prefix: 24, defaultRoute: 'default via 192.168.49.1 dev eth0' },
    dnsReplicas: 1,
    createdAt: '2023-12-01T09:00:00Z',
  },
  gke: {
    name: 'gke',
    version: 'v1.33.0',
    minor: 33,
    serviceCIDR: '10.96.0.0/12',
    clusterCIDR: '10.52.0.0/14',
    podNetwork: 'vpc-native',
    nodes: [
      routedNode('gke-k8s-default-pool-1', '10.178.0.61', '10.52.0.0/24'),
      routedNode('gke-k8s-default-pool-2', '10.178.0.62', '10.52.1.0/24'),
      routedNode('gke-k8s-default-pool-3', '10.178.0.63', '10.52.2.0/24'),
    ],
    clients: [
      { name: 'laptop', ip: '198.51.100.20' },
      { name: 'office', ip: '192.0.2.10' },
    ],
    iptablesVersion: 'v1.8.9',
    cni: null,
    // The managed control plane has no node; GKE's API server answers on 443 (the address is the
    // private endpoint of the GKE documentation's example range 172.16.0.0/28).
    apiServer: { ip: '172.16.0.2', port: 443 },
    nodeInfo: {
      osImage: 'Container-Optimized OS from Google',
      kernelVersion: '6.6.87+',
      containerRuntimeVersion: 'containerd://2.0.4',
    },
    // The GCE metadata server answers DNS for every VM.
    nodeNameserver: '169.254.169.254',
    nodeNetwork: {
      device: 'eth0',
      prefix: 32,
      defaultRoute: 'default via 10.178.0.1 dev eth0 proto dhcp src NODE metric 1024',
    },
    dnsReplicas: 2,
    createdAt: '2025-01-06T10:00:00Z',
  },
  aws: {
    name: 'aws',
    version: 'v1.33.0',
    minor: 33,
    serviceCIDR: '10.96.0.0/12',
    clusterCIDR: '100.96.0.0/11',
    podNetwork: 'calico-vxlan',
    nodes: [
      calicoVxlanNode(
        'ip-172-20-41-17.ap-northeast-2.compute.internal',
        '172.20.41.17',
        '100.96.1.0/24',
      ),
      calicoVxlanNode(
        'ip-172-20-52-90.ap-northeast-2.compute.internal',
        '172.20.52.90',
        '100.96.2.0/24',
      ),
      calicoVxlanNode(
        'ip-172-20-63-8.ap-northeast-2.compute.internal',
        '172.20.63.8',
        '100.96.3.0/24',
      ),
    ],
    clients: [{ name: 'laptop', ip: '198.51.100.30' }],
    iptablesVersion: 'v1.8.9',
    cni: {
      namespace: 'kube-system',
      daemonSet: 'calico-node',
      labels: { 'k8s-app': 'calico-node' },
      image: 'docker.io/calico/node:v3.29.1',
    },
    // kops runs the API server on its control-plane instances, listening on 443.
    apiServer: { ip: '172.20.32.10', port: 443 },
    nodeInfo: {
      osImage: 'Ubuntu 24.04.1 LTS',
      kernelVersion: '6.8.0-1021-aws',
      containerRuntimeVersion: 'containerd://1.7.24',
    },
    // The Amazon-provided resolver at the VPC's base address + 2.
    nodeNameserver: '172.20.0.2',
    nodeNetwork: {
      device: 'eth0',
      prefix: 19,
      defaultRoute: 'default via 172.20.32.1 dev eth0 proto dhcp src NODE metric 100',
    },
    dnsReplicas: 2,
    createdAt: '2025-01-06T10:00:00Z',
  },
};

export const presetNames: readonly string[] = Object.keys(PRESETS);

const nodesByName = new WeakMap<readonly PresetNode[], ReadonlyMap<string, PresetNode>>();

/** A preset's node by name (looked up for every pod bound, so indexed once per preset). */
export function presetNode(preset: Pick<Preset, 'nodes'>, name: string): PresetNode | undefined {
  let byName = nodesByName.get(preset.nodes);
  if (!byName)
    nodesByName.set(preset.nodes, (byName = new Map(preset.nodes.map((n) => [n.name, n]))));
  return byName.get(name);
}

/**
 * A `lab`-like cluster with `workers` worker nodes (worker-1 .. worker-N at 10.0.1.1, 10.0.1.2...),
 * for benchmarks at scale. Not one of the presets learners pick.
 */
export function scalePreset(workers: number): Preset {
  const lab = PRESETS['lab']!;
  return {
    ...lab,
    name: `lab-${workers}`,
    nodes: [
      lab.nodes[0]!,
      ...Array.from({ length: workers }, (_, i) =>
        flannelNode(
          `worker-${i + 1}`,
          `10.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`,
          i + 1,
          false,
        ),
      ),
    ],
  };
}
