// A preset's cluster as its installer leaves it (spec/presets.md): namespaces, the control plane
// (a node with static pods under kubeadm and minikube; managed and invisible on GKE and kops), the
// kubernetes and kube-dns Services, CoreDNS, then the workers joining with kube-proxy and the CNI.
import { ObjectStore } from '../api/store.ts';
import { createObject, NO_IPAM, NO_TIMERS, type Cluster, type Ctx } from '../api/cluster.ts';
import type { KubeObject, Pod } from '../api/objects.ts';
import { defaultPodSpec } from '../api/workload.ts';
import { advance } from '../controllers/clock.ts';
import { createAndStartPod } from '../controllers/podLifecycle.ts';
import { endpointSliceVersion } from '../controllers/endpoints.ts';
import { reconcile } from '../controllers/reconcile.ts';
import type { Preset } from './presets.ts';
import { installMetallb } from './metallbSystem.ts';
import { meta, nodeObject, service, systemPod, systemResources } from './systemObjects.ts';

const DAY = 24 * 3600 * 1000;

/** A namespace as the API server stores it; the name label exists from v1.21. */
const namespace = (name: string, minor: number): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: meta(
    name,
    undefined,
    minor >= 21 ? { labels: { 'kubernetes.io/metadata.name': name } } : {},
  ),
  spec: { finalizers: ['kubernetes'] },
  status: { phase: 'Active' },
});

function coredns(preset: Preset): KubeObject {
  const labels = { 'k8s-app': 'kube-dns' };
  const image =
    preset.minor >= 25
      ? 'registry.k8s.io/coredns/coredns:v1.12.0'
      : preset.minor >= 21
        ? 'registry.k8s.io/coredns/coredns:v1.10.1'
        : 'k8s.gcr.io/coredns:1.7.0';
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta('coredns', 'kube-system', { generation: 1, labels }),
    spec: {
      progressDeadlineSeconds: 600,
      replicas: preset.dnsReplicas,
      revisionHistoryLimit: 10,
      selector: { matchLabels: labels },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 }, type: 'RollingUpdate' },
      template: {
        metadata: { labels },
        spec: defaultPodSpec({
          containers: [
            {
              name: 'coredns',
              image,
              resources: systemResources(preset, 'coredns'),
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
            { effect: 'NoSchedule', key: 'node-role.kubernetes.io/master' },
            { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' },
          ],
        }),
      },
    },
  };
}

export function bootstrap(preset: Preset, ctx: Ctx): Cluster {
  const created = Date.parse(preset.createdAt);
  let c: Cluster = {
    preset,
    objects: ObjectStore.empty,
    revision: 200,
    now: created,
    ipam: NO_IPAM,
    timers: NO_TIMERS,
    images: new Map(),
    poweredOff: new Set(),
    cpuDemand: new Map(),
    hpaRecommendations: new Map(),
  };
  const add = (obj: KubeObject): KubeObject => {
    let stored: KubeObject;
    [c, stored] = createObject(c, ctx, obj);
    return stored;
  };
  const startPod = (pod: Pod) => {
    [c] = createAndStartPod(c, ctx, pod);
  };
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system'])
    add(namespace(ns, preset.minor));
  const controlPlane = preset.nodes.filter((n) => n.controlPlane);
  // Without a control-plane node (a managed control plane) every node is there from the start.
  const first = controlPlane.length ? controlPlane : preset.nodes;
  for (const n of first) add(nodeObject(preset, n, c.now));

  const api = preset.apiServer;
  add(
    service(
      preset.minor,
      'kubernetes',
      'default',
      '10.96.0.1',
      [{ name: 'https', port: 443, protocol: 'TCP', targetPort: api.port }],
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
      { addresses: [{ ip: api.ip }], ports: [{ name: 'https', port: api.port, protocol: 'TCP' }] },
    ],
  });
  add({
    apiVersion: endpointSliceVersion(preset.minor),
    kind: 'EndpointSlice',
    metadata: meta('kubernetes', 'default', {
      generation: 1,
      labels: { 'kubernetes.io/service-name': 'kubernetes' },
    }),
    addressType: 'IPv4',
    endpoints: [
      {
        addresses: [api.ip],
        conditions:
          preset.minor >= 21 ? { ready: true, serving: true, terminating: false } : { ready: true },
      },
    ],
    ports: [{ name: 'https', port: api.port, protocol: 'TCP' }],
  });

  const registry = preset.minor >= 25 ? 'registry.k8s.io' : 'k8s.gcr.io';
  for (const cp of controlPlane) {
    for (const component of [
      'etcd',
      'kube-apiserver',
      'kube-controller-manager',
      'kube-scheduler',
    ]) {
      startPod(
        systemPod(
          `${component}-${cp.name}`,
          'kube-system',
          cp.name,
          `${registry}/${component}:${preset.version}`,
          true,
          { component, tier: 'control-plane' },
          systemResources(preset, component),
        ),
      );
    }
  }
  // CoreDNS is deployed while the cluster is being made: under kubeadm before any worker joins,
  // so both replicas run on the control plane, whose taint they tolerate.
  add(coredns(preset));
  add(
    service(
      preset.minor,
      'kube-dns',
      'kube-system',
      '10.96.0.10',
      [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
      { 'k8s-app': 'kube-dns' },
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
  for (const n of preset.nodes) if (!first.includes(n)) add(nodeObject(preset, n, c.now));
  if (preset.cni && preset.cni.namespace !== 'kube-system')
    add(namespace(preset.cni.namespace, preset.minor));
  /**
   * A DaemonSet of host-network pods, as kube-proxy and the CNI agents run; the DaemonSet
   * controller makes one pod per node (controllers/daemonset.ts).
   */
  const daemonSet = (
    name: string,
    ns: string,
    labels: Readonly<Record<string, string>>,
    image: string,
    nodeSelector: Record<string, string> | null,
  ) => {
    add({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: meta(name, ns, { generation: 1, labels }),
      spec: {
        revisionHistoryLimit: 10,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: defaultPodSpec({
            containers: [
              (() => {
                const container = name.replace(/-ds$/, '');
                const resources = systemResources(preset, container);
                return { name: container, image, ...(resources ? { resources } : {}) };
              })(),
            ],
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
    });
  };
  daemonSet(
    'kube-proxy',
    'kube-system',
    { 'k8s-app': 'kube-proxy' },
    `${registry}/kube-proxy:${preset.version}`,
    { 'kubernetes.io/os': 'linux' },
  );
  if (preset.cni)
    daemonSet(
      preset.cni.daemonSet,
      preset.cni.namespace,
      preset.cni.labels,
      preset.cni.image,
      preset.cni.namespace === 'kube-system' ? { 'kubernetes.io/os': 'linux' } : null,
    );
  c = reconcile(c, ctx);
  // The lab's cluster came with MetalLB installed and configured (presets.md).
  if (preset.name === 'lab') c = installMetallb(c);
  return advance(c, ctx, created + 3 * DAY - c.now);
}
