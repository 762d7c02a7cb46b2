// The objects a cluster starts with, as builders: nodes, system pods, Services, DaemonSets.
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

export function nodeObject(preset: Preset, n: PresetNode): KubeObject {
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
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: meta(n.name, undefined, { labels }),
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
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
        },
      ],
      nodeInfo: {
        architecture: 'amd64',
        ...preset.nodeInfo,
        kubeProxyVersion: preset.version,
        kubeletVersion: preset.version,
        operatingSystem: 'linux',
      },
    },
  };
}

/** A pod not made by a ReplicaSet: static pods and DaemonSet pods. */
export function systemPod(
  name: string,
  namespace: string,
  node: string,
  image: string,
  hostNetwork: boolean,
  labels: Record<string, string>,
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
