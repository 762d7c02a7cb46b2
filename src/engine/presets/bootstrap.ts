// A preset's cluster as kubeadm leaves it: namespaces, nodes, the kubernetes and kube-dns Services,
// CoreDNS, kube-proxy and the CNI's pods, and the control plane's static pods (spec/presets.md).
import { createObject, type Cluster, type Ctx } from '../api/cluster.ts';
import type { KubeObject, Pod } from '../api/objects.ts';
import { defaultPodSpec } from '../api/workload.ts';
import { createAndStartPod } from '../controllers/podLifecycle.ts';
import { advance } from '../controllers/clock.ts';
import { reconcile } from '../controllers/reconcile.ts';
import { NAME_SUFFIX_ALPHABET } from '../util/hash.ts';
import { randomString } from '../util/random.ts';
import type { Preset, PresetNode } from './presets.ts';

const DAY = 24 * 3600 * 1000;

const meta = (name: string, namespace?: string, extra: Partial<KubeObject['metadata']> = {}) => ({
  name,
  ...(namespace ? { namespace } : {}),
  uid: '',
  resourceVersion: '',
  creationTimestamp: '',
  ...extra,
});

function nodeObject(preset: Preset, n: PresetNode): KubeObject {
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
      ...(preset.podNetwork === 'flannel-vxlan'
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
        containerRuntimeVersion: preset.minor >= 24 ? 'containerd://1.7.27' : 'docker://19.3.14',
        kernelVersion: preset.minor >= 24 ? '6.1.0-31-amd64' : '3.10.0-1127.19.1.el7.x86_64',
        kubeProxyVersion: preset.version,
        kubeletVersion: preset.version,
        operatingSystem: 'linux',
        osImage: preset.minor >= 24 ? 'Debian GNU/Linux 12 (bookworm)' : 'CentOS Linux 7 (Core)',
      },
    },
  };
}

/** A pod not made by a ReplicaSet: static pods and DaemonSet pods. */
function systemPod(
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
      containers: [{ name: name.replace(/-[a-z0-9]{5}$/, '').replace(`-${node}`, ''), image }],
      nodeName: node,
      ...(hostNetwork ? { hostNetwork: true } : {}),
      priorityClassName: 'system-node-critical',
      tolerations: [{ operator: 'Exists' }],
    }) as Pod['spec'],
    status: { phase: 'Pending' },
  };
}

function service(
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
      internalTrafficPolicy: 'Cluster',
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

export function bootstrap(preset: Preset, ctx: Ctx): Cluster {
  const created = Date.parse(preset.createdAt);
  let c: Cluster = {
    preset,
    objects: new Map(),
    revision: 200,
    now: created,
    ipam: new Map(),
    timers: new Map(),
    images: new Map(),
  };
  const add = (obj: KubeObject) => {
    [c] = createObject(c, ctx, obj);
  };
  const cp = preset.nodes.find((n) => n.controlPlane)!;
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
    add({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: meta(ns, undefined, { labels: { 'kubernetes.io/metadata.name': ns } }),
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  }
  add(nodeObject(preset, cp));
  add(
    service(
      'kubernetes',
      'default',
      '10.96.0.1',
      [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
      undefined,
      { component: 'apiserver', provider: 'kubernetes' },
    ),
  );
  // The API server writes the kubernetes Service's endpoints itself (reference §1.5).
  add({
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: meta('kubernetes', 'default', {
      labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' },
    }),
    subsets: [
      { addresses: [{ ip: cp.ip }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] },
    ],
  });
  add({
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: meta('kubernetes', 'default', {
      generation: 1,
      labels: { 'kubernetes.io/service-name': 'kubernetes' },
    }),
    addressType: 'IPv4',
    endpoints: [
      { addresses: [cp.ip], conditions: { ready: true, serving: true, terminating: false } },
    ],
    ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
  });

  const startPod = (pod: Pod) => {
    [c] = createAndStartPod(c, ctx, pod);
  };
  for (const component of ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler']) {
    startPod(
      systemPod(
        `${component}-${cp.name}`,
        'kube-system',
        cp.name,
        `${preset.minor >= 25 ? 'registry.k8s.io' : 'k8s.gcr.io'}/${component}:${preset.version}`,
        true,
        { component, tier: 'control-plane' },
      ),
    );
  }
  // CoreDNS is deployed during `kubeadm init`, before any worker joins: both replicas run on the
  // control plane, whose taint they tolerate.
  const k8sApp = { 'k8s-app': 'kube-dns' };
  add({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta('coredns', 'kube-system', { generation: 1, labels: k8sApp }),
    spec: {
      progressDeadlineSeconds: 600,
      replicas: 2,
      revisionHistoryLimit: 10,
      selector: { matchLabels: k8sApp },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 }, type: 'RollingUpdate' },
      template: {
        metadata: { labels: k8sApp },
        spec: defaultPodSpec({
          containers: [
            {
              name: 'coredns',
              image:
                preset.minor >= 24
                  ? 'registry.k8s.io/coredns/coredns:v1.12.0'
                  : 'k8s.gcr.io/coredns:1.7.0',
              ports: [
                { containerPort: 53, name: 'dns', protocol: 'UDP' },
                { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
                { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
              ],
            },
          ],
          dnsPolicy: 'Default',
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'coredns',
          tolerations: [
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { effect: 'NoSchedule', key: cp.taint!.key },
          ],
        }),
      },
    },
  });
  add(
    service(
      'kube-dns',
      'kube-system',
      '10.96.0.10',
      [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
      k8sApp,
      {
        'k8s-app': 'kube-dns',
        'kubernetes.io/cluster-service': 'true',
        'kubernetes.io/name': 'CoreDNS',
      },
    ),
  );
  c = reconcile(c, ctx);

  // The workers join a little later.
  c = advance(c, ctx, 5 * 60 * 1000);
  for (const n of preset.nodes) if (!n.controlPlane) add(nodeObject(preset, n));
  const suffix = () => randomString(ctx.random, NAME_SUFFIX_ALPHABET, 5);
  if (preset.cni.namespace !== 'kube-system') {
    add({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: meta(preset.cni.namespace, undefined, {
        labels: { 'kubernetes.io/metadata.name': preset.cni.namespace },
      }),
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  }
  /** A DaemonSet with one host-network pod on every node, as kube-proxy and the CNI agents run. */
  const daemonSet = (
    name: string,
    namespace: string,
    labels: Record<string, string>,
    image: string,
    nodeSelector: Record<string, string> | null,
  ) => {
    let ds: KubeObject;
    const n = preset.nodes.length;
    [c, ds] = createObject(c, ctx, {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: meta(name, namespace, { generation: 1, labels }),
      spec: {
        revisionHistoryLimit: 10,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: defaultPodSpec({
            containers: [{ name: name.replace(/-ds$/, ''), image }],
            hostNetwork: true,
            ...(nodeSelector ? { nodeSelector } : {}),
            priorityClassName: 'system-node-critical',
            tolerations: [{ operator: 'Exists' }],
          }),
        },
        updateStrategy: {
          rollingUpdate: { maxSurge: 0, maxUnavailable: 1 },
          type: 'RollingUpdate',
        },
      },
      status: {
        currentNumberScheduled: n,
        desiredNumberScheduled: n,
        numberAvailable: n,
        numberMisscheduled: 0,
        numberReady: n,
        observedGeneration: 1,
        updatedNumberScheduled: n,
      },
    });
    const ownerReferences = [
      {
        apiVersion: 'apps/v1',
        blockOwnerDeletion: true,
        controller: true,
        kind: 'DaemonSet',
        name,
        uid: ds.metadata.uid,
      },
    ];
    for (const node of preset.nodes) {
      const pod = systemPod(`${name}-${suffix()}`, namespace, node.name, image, true, labels);
      startPod({
        ...pod,
        metadata: { ...pod.metadata, generateName: `${name}-`, ownerReferences },
      });
    }
  };
  const registry = preset.minor >= 25 ? 'registry.k8s.io' : 'k8s.gcr.io';
  daemonSet(
    'kube-proxy',
    'kube-system',
    { 'k8s-app': 'kube-proxy' },
    `${registry}/kube-proxy:${preset.version}`,
    { 'kubernetes.io/os': 'linux' },
  );
  if (preset.podNetwork === 'flannel-vxlan') {
    daemonSet(
      preset.cni.daemonSet,
      preset.cni.namespace,
      { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' },
      'ghcr.io/flannel-io/flannel:v0.26.4',
      null,
    );
  } else {
    daemonSet(
      preset.cni.daemonSet,
      preset.cni.namespace,
      { 'k8s-app': 'calico-node' },
      'calico/node:v3.17.1',
      { 'kubernetes.io/os': 'linux' },
    );
  }
  c = reconcile(c, ctx);
  return advance(c, ctx, created + 3 * DAY - c.now);
}
