// The objects a cluster starts with, as builders: nodes, system pods, Services, DaemonSets.
import { sha256 } from '@noble/hashes/sha2.js';
import type { KubeObject, Pod } from '../api/objects.ts';
import { defaultPodSpec } from '../api/workload.ts';
import type { Preset, PresetNode } from './presets.ts';

export const meta = (
  name: string,
  namespace?: string,
  extra: Partial<KubeObject['metadata']> = {},
) => ({
  name,
  ...(namespace ? { namespace } : {}),
  uid: '',
  resourceVersion: '',
  creationTimestamp: '',
  ...extra,
});

/** The machine a node runs on, as the kubelet reads it (cAdvisor's MemTotal, the root filesystem). */
interface Machine {
  readonly cpu: number;
  readonly memoryKi: number;
  readonly diskKi: number;
  /** What the installer reserves for the system (GKE's kube-reserved); none under kubeadm. */
  readonly reservedCpuMilli?: number;
  readonly reservedMemoryKi?: number;
}

/**
 * Each preset's machines. k8sinfra follows the book's Vagrantfile (m-k8s 2 CPUs / 3072 MB, workers
 * 1 CPU / 2560 MB, CentOS 7 box); the lab's kubeadm VMs have 2 vCPUs / 4 GiB; GKE's default pool
 * is e2-medium (2 vCPUs, 4 GB, 100 GB boot disk) and kops's nodes t3.medium (2 vCPUs, 4 GiB, 128 GB
 * root volume). minikube's docker driver runs the node as a container, whose kubelet reads the
 * host's CPUs and memory: the host here is a laptop with 8 CPUs and 16 GiB. MemTotal is below the
 * installed RAM by what the kernel keeps; those figures are realistic, not measured ones.
 */
function machineOf(preset: Preset, n: PresetNode): Machine {
  switch (preset.name) {
    case 'k8sinfra':
      return n.controlPlane
        ? { cpu: 2, memoryKi: 3009192, diskKi: 38770180 }
        : { cpu: 1, memoryKi: 2496752, diskKi: 38770180 };
    case 'minikube':
      return { cpu: 8, memoryKi: 16283764, diskKi: 479597248 };
    case 'gke':
      // GKE's allocatable for an e2-medium: 1060m of CPU and 1 GiB (25% of the first 4 GiB) kept.
      return {
        cpu: 2,
        memoryKi: 4025876,
        diskKi: 98831908,
        reservedCpuMilli: 1060,
        reservedMemoryKi: 1048576,
      };
    case 'aws':
      return { cpu: 2, memoryKi: 3943364, diskKi: 126678200 };
    default:
      return { cpu: 2, memoryKi: 4010020, diskKi: 40973716 };
  }
}

/**
 * status.capacity and status.allocatable: allocatable is capacity less the reservations and the
 * kubelet's default hard-eviction thresholds (memory.available<100Mi, nodefs.available<10%).
 */
export function nodeResources(preset: Preset, n: PresetNode) {
  const m = machineOf(preset, n);
  const capacity = {
    cpu: String(m.cpu),
    'ephemeral-storage': `${m.diskKi}Ki`,
    'hugepages-1Gi': '0',
    'hugepages-2Mi': '0',
    memory: `${m.memoryKi}Ki`,
    pods: '110',
  };
  const cpuMilli = m.cpu * 1000 - (m.reservedCpuMilli ?? 0);
  const allocatable = {
    ...capacity,
    cpu: cpuMilli % 1000 === 0 ? String(cpuMilli / 1000) : `${cpuMilli}m`,
    // The kubelet prints the 90% of the disk in bytes (a Quantity without a suffix).
    'ephemeral-storage': String(Math.floor(m.diskKi * 1024 * 0.9)),
    memory: `${m.memoryKi - (m.reservedMemoryKi ?? 0) - 100 * 1024}Ki`,
  };
  return { capacity, allocatable };
}

/** A stable identifier made of the node's name, as a machine holds one for life (no seeded draw). */
function hexId(name: string, what: string): string {
  const bytes = sha256(new TextEncoder().encode(`${name}/${what}`));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
const uuid = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

/** flannel.1's MAC: the kernel's random, locally administered address, here made of the name. */
function vtepMac(name: string): string {
  const hex = hexId(name, 'flannel.1');
  const first = ((parseInt(hex.slice(0, 2), 16) & 0xfe) | 0x02).toString(16).padStart(2, '0');
  return [first, ...[1, 2, 3, 4, 5].map((i) => hex.slice(i * 2, i * 2 + 2))].join(':');
}

/** kubeadm's, the kubelet's, the TTL controller's and the CNI's annotations on a node. */
function nodeAnnotations(preset: Preset, n: PresetNode): Record<string, string> {
  const a: Record<string, string> = {};
  // kubeadm records the CRI socket; before v1.24 without the unix:// scheme (dockershim's path).
  if (preset.name === 'k8sinfra')
    a['kubeadm.alpha.kubernetes.io/cri-socket'] = '/var/run/dockershim.sock';
  if (preset.name === 'lab')
    a['kubeadm.alpha.kubernetes.io/cri-socket'] = 'unix:///var/run/containerd/containerd.sock';
  // minikube v1.28 runs Docker through cri-dockerd.
  if (preset.name === 'minikube')
    a['kubeadm.alpha.kubernetes.io/cri-socket'] = 'unix:///var/run/cri-dockerd.sock';
  if (preset.podNetwork === 'flannel-vxlan') {
    a['flannel.alpha.coreos.com/backend-data'] = `{"VNI":1,"VtepMAC":"${vtepMac(n.name)}"}`;
    a['flannel.alpha.coreos.com/backend-type'] = 'vxlan';
    a['flannel.alpha.coreos.com/kube-subnet-manager'] = 'true';
    a['flannel.alpha.coreos.com/public-ip'] = n.ip;
  }
  if (preset.podNetwork === 'calico-ipip') {
    a['projectcalico.org/IPv4Address'] = `${n.ip}/24`;
    a['projectcalico.org/IPv4IPIPTunnelAddr'] = n.tunnelIP ?? '';
  }
  if (preset.podNetwork === 'calico-vxlan') {
    // kops's default subnet for the zone: 172.20.32.0/19.
    a['projectcalico.org/IPv4Address'] = `${n.ip}/19`;
    a['projectcalico.org/IPv4VXLANTunnelAddr'] = n.tunnelIP ?? '';
  }
  a['node.alpha.kubernetes.io/ttl'] = '0';
  a['volumes.kubernetes.io/controller-managed-attach-detach'] = 'true';
  return a;
}

/** The kubelet's conditions of a healthy node, in its order, all since `at`. */
function kubeletConditions(at: string) {
  const c = (type: string, status: string, reason: string, message: string) => ({
    type,
    status,
    lastHeartbeatTime: at,
    lastTransitionTime: at,
    reason,
    message,
  });
  return [
    c(
      'MemoryPressure',
      'False',
      'KubeletHasSufficientMemory',
      'kubelet has sufficient memory available',
    ),
    c('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    c('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    c('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
  ];
}

/** A Node as the API server stores it once its kubelet has registered it at `at` (ms). */
export function nodeObject(preset: Preset, n: PresetNode, at: number): KubeObject {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': n.name,
    'kubernetes.io/os': 'linux',
  };
  // kubeadm labelled the control plane `master` until v1.20, both from v1.20, `control-plane` only from v1.24.
  if (n.controlPlane && preset.minor >= 20) labels['node-role.kubernetes.io/control-plane'] = '';
  if (n.controlPlane && preset.minor < 24) labels['node-role.kubernetes.io/master'] = '';
  // kubeadm v1.21+ keeps control planes out of external load balancers (kubernetes#98269).
  if (n.controlPlane && preset.minor >= 21)
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  const { capacity, allocatable } = nodeResources(preset, n);
  const name = n.name;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: meta(n.name, undefined, { annotations: nodeAnnotations(preset, n), labels }),
    spec: {
      // Calico's blocks are its own IPAM; nodes' spec.podCIDR is what kube-controller-manager gave.
      ...(preset.podNetwork !== 'calico-ipip' && preset.podNetwork !== 'calico-vxlan'
        ? { podCIDR: n.podCIDR, podCIDRs: [n.podCIDR] }
        : {}),
      ...(n.taint ? { taints: [n.taint] } : {}),
    },
    status: {
      addresses: [
        { address: n.ip, type: 'InternalIP' },
        { address: n.name, type: 'Hostname' },
      ],
      allocatable,
      capacity,
      conditions: kubeletConditions(new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z')),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: uuid(hexId(name, 'boot-id')),
        containerRuntimeVersion: preset.nodeInfo.containerRuntimeVersion,
        kernelVersion: preset.nodeInfo.kernelVersion,
        // From v1.31 the kubelet no longer reports kube-proxy's version (KEP-4004).
        ...(preset.minor >= 31 ? {} : { kubeProxyVersion: preset.version }),
        kubeletVersion: preset.version,
        machineID: hexId(name, 'machine-id').slice(0, 32),
        operatingSystem: 'linux',
        osImage: preset.nodeInfo.osImage,
        systemUUID: uuid(hexId(name, 'system-uuid')),
      },
    },
  };
}

export interface ContainerResources {
  readonly requests?: Readonly<Record<string, string>>;
  readonly limits?: Readonly<Record<string, string>>;
}

/**
 * The requests and limits the installers give the system containers: kubeadm's static pods
 * (cmd/kubeadm/app/phases/controlplane and etcd manifests), CoreDNS's Deployment (the same in
 * kubeadm and minikube), flannel's kube-flannel.yml (v0.26 requests only), Calico's calico.yaml
 * (calico-node 250m) and kops's Calico template (100m). kube-proxy asks for nothing.
 */
export function systemResources(preset: Preset, container: string): ContainerResources | undefined {
  switch (container) {
    case 'kube-apiserver':
      return { requests: { cpu: '250m' } };
    case 'kube-controller-manager':
      return { requests: { cpu: '200m' } };
    case 'kube-scheduler':
      return { requests: { cpu: '100m' } };
    case 'etcd':
      return { requests: { cpu: '100m', memory: '100Mi' } };
    case 'coredns':
      return { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } };
    case 'kube-flannel':
      return { requests: { cpu: '100m', memory: '50Mi' } };
    case 'calico-node':
      return { requests: { cpu: preset.name === 'aws' ? '100m' : '250m' } };
    default:
      return undefined;
  }
}

/** A pod not made by a ReplicaSet: static pods and DaemonSet pods. */
export function systemPod(
  name: string,
  namespace: string,
  node: string,
  image: string,
  hostNetwork: boolean,
  labels: Record<string, string>,
  resources?: ContainerResources,
): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta(name, namespace, { labels }),
    spec: defaultPodSpec({
      // A static pod is <component>-<node>, a DaemonSet pod <daemonset>-<5 chars>; the container is the component.
      containers: [
        {
          name: name.endsWith(`-${node}`)
            ? name.slice(0, -node.length - 1)
            : name.replace(/-[a-z0-9]{5}$/, ''),
          image,
          ...(resources ? { resources } : {}),
        },
      ],
      nodeName: node,
      ...(hostNetwork ? { hostNetwork: true } : {}),
      priorityClassName: 'system-node-critical',
      tolerations: [{ operator: 'Exists' }],
    }) as Pod['spec'],
    status: { phase: 'Pending' },
  };
}

export function service(
  minor: number,
  name: string,
  namespace: string,
  clusterIP: string,
  ports: object[],
  selector?: Record<string, string>,
  labels?: Record<string, string>,
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(name, namespace, labels ? { labels } : {}),
    spec: {
      clusterIP,
      clusterIPs: [clusterIP],
      // internalTrafficPolicy exists from v1.22.
      ...(minor >= 22 ? { internalTrafficPolicy: 'Cluster' } : {}),
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports,
      ...(selector ? { selector } : {}),
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  };
}
