// MetalLB v0.14.9 as the `lab` preset ships it (spec/presets.md): the metallb-system namespace, the
// metallb.io CRDs, the controller Deployment and speaker DaemonSet of the native manifest (trimmed to
// the fields the simulator reads), an IPAddressPool `default-pool` 10.0.0.200-10.0.0.220 and an
// L2Advertisement. It is installed with a generator of its own, so the choices it makes (names, uids)
// leave the session's seeded sequence where it was: the other system pods keep their names.
import {
  clearTimer,
  createObject,
  listObjects,
  timerOrder,
  type Cluster,
  type Ctx,
  type Timer,
} from '../api/cluster.ts';
import type { Deployment, KubeObject, ReplicaSet } from '../api/objects.ts';
import { defaultDeploymentSpec, defaultPodSpec } from '../api/workload.ts';
import { syncDaemonSet } from '../controllers/daemonset.ts';
import { syncDeployment } from '../controllers/deployment.ts';
import { METALLB_NAMESPACE } from '../controllers/metallbConfig.ts';
import { runPodTimer } from '../controllers/podLifecycle.ts';
import { syncNamespaces } from '../controllers/namespace.ts';
import { syncReplicaSet } from '../controllers/replicaset.ts';
import { createRandom } from '../util/random.ts';
import { meta } from './systemObjects.ts';

export const METALLB_VERSION = 'v0.14.9';
const NS = METALLB_NAMESPACE;

/** The CRDs of the native manifest: kind, plural, and the versions served (the last one stored). */
const CRDS: readonly (readonly [string, string, readonly string[]])[] = [
  ['BFDProfile', 'bfdprofiles', ['v1beta1']],
  ['BGPAdvertisement', 'bgpadvertisements', ['v1beta1']],
  ['BGPPeer', 'bgppeers', ['v1beta1', 'v1beta2']],
  ['Community', 'communities', ['v1beta1']],
  ['IPAddressPool', 'ipaddresspools', ['v1beta1']],
  ['L2Advertisement', 'l2advertisements', ['v1beta1']],
  ['ServiceL2Status', 'servicel2statuses', ['v1beta1']],
];

function crd(kind: string, plural: string, versions: readonly string[]): KubeObject {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: meta(`${plural}.metallb.io`, undefined, { generation: 1 }),
    spec: {
      conversion: { strategy: 'None' },
      group: 'metallb.io',
      names: { kind, listKind: `${kind}List`, plural, singular: kind.toLowerCase() },
      scope: 'Namespaced',
      versions: versions.map((name, i) => ({
        name,
        served: true,
        storage: i === versions.length - 1,
        subresources: kind === 'ServiceL2Status' ? { status: {} } : undefined,
      })),
    },
  };
}

const labels = (component: string) => ({ app: 'metallb', component });

function controller(image: string, args: readonly string[]): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta('controller', NS, { generation: 1, labels: labels('controller') }),
    spec: defaultDeploymentSpec({
      revisionHistoryLimit: 3,
      selector: { matchLabels: labels('controller') },
      template: {
        metadata: {
          annotations: { 'prometheus.io/port': '7472', 'prometheus.io/scrape': 'true' },
          labels: labels('controller'),
        },
        spec: defaultPodSpec({
          containers: [
            {
              args,
              image,
              name: 'controller',
              ports: [
                { containerPort: 7472, name: 'monitoring', protocol: 'TCP' },
                { containerPort: 9443, name: 'webhook-server', protocol: 'TCP' },
              ],
            },
          ],
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          serviceAccountName: 'controller',
          terminationGracePeriodSeconds: 0,
        }),
      },
    }),
  };
}

function speaker(image: string, args: readonly string[]): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: meta('speaker', NS, { generation: 1, labels: labels('speaker') }),
    spec: {
      revisionHistoryLimit: 10,
      selector: { matchLabels: labels('speaker') },
      template: {
        metadata: {
          annotations: { 'prometheus.io/port': '7472', 'prometheus.io/scrape': 'true' },
          labels: labels('speaker'),
        },
        spec: defaultPodSpec({
          containers: [
            {
              args,
              image,
              name: 'speaker',
              ports: [
                { containerPort: 7472, name: 'monitoring', protocol: 'TCP' },
                { containerPort: 7946, name: 'memberlist-tcp', protocol: 'TCP' },
                { containerPort: 7946, name: 'memberlist-udp', protocol: 'UDP' },
              ],
            },
          ],
          hostNetwork: true,
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          serviceAccountName: 'speaker',
          terminationGracePeriodSeconds: 2,
          tolerations: [
            { effect: 'NoSchedule', key: 'node-role.kubernetes.io/master', operator: 'Exists' },
            {
              effect: 'NoSchedule',
              key: 'node-role.kubernetes.io/control-plane',
              operator: 'Exists',
            },
          ],
        }),
      },
      updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' },
    },
  };
}

function namespaceAndAccounts(minor: number): KubeObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: meta(NS, undefined, {
        labels: {
          ...(minor >= 21 ? { 'kubernetes.io/metadata.name': NS } : {}),
          'pod-security.kubernetes.io/audit': 'privileged',
          'pod-security.kubernetes.io/enforce': 'privileged',
          'pod-security.kubernetes.io/warn': 'privileged',
        },
      }),
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    },
    ...['controller', 'speaker'].map((name): KubeObject => ({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta(name, NS, { labels: { app: 'metallb' } }),
    })),
  ];
}

/** The objects the native manifest and the lab's configuration create (CRDs first, as kubectl sorts them). */
export function metallbObjects(minor: number): KubeObject[] {
  const [ns, ...accounts] = namespaceAndAccounts(minor);
  return [
    ns!,
    ...CRDS.map(([kind, plural, versions]) => crd(kind, plural, versions)),
    ...accounts,
    controller(`quay.io/metallb/controller:${METALLB_VERSION}`, [
      '--port=7472',
      '--log-level=info',
      '--tls-min-version=VersionTLS12',
    ]),
    speaker(`quay.io/metallb/speaker:${METALLB_VERSION}`, ['--port=7472', '--log-level=info']),
    {
      apiVersion: 'metallb.io/v1beta1',
      kind: 'IPAddressPool',
      metadata: meta('default-pool', NS, { generation: 1 }),
      spec: { addresses: ['10.0.0.200-10.0.0.220'], autoAssign: true, avoidBuggyIPs: false },
    },
    {
      apiVersion: 'metallb.io/v1beta1',
      kind: 'L2Advertisement',
      metadata: meta('default', NS, { generation: 1 }),
    },
  ];
}

/** Seed of MetalLB's own generator (any constant: it only has to be the same every time). */
const METALLB_SEED = 0x6d6c62;

/**
 * Installs MetalLB into a cluster whose nodes have joined: creates its objects, lets the
 * Deployment, ReplicaSet and DaemonSet controllers make its pods, and runs the kubelet's work on
 * them until they are Running, all with MetalLB's own generator. The clock is left where it was.
 */
export function installMetallb(cluster: Cluster): Cluster {
  const ctx: Ctx = { random: createRandom(METALLB_SEED) };
  for (const obj of metallbObjects(cluster.preset.minor))
    [cluster] = createObject(cluster, ctx, obj);
  cluster = syncNamespaces(cluster, ctx);
  const d = cluster.objects.get(`Deployment/${NS}/controller`) as Deployment;
  cluster = syncDeployment(cluster, ctx, d);
  for (const rs of listObjects<ReplicaSet>(cluster, 'ReplicaSet', NS))
    cluster = syncReplicaSet(cluster, ctx, rs);
  const ds = cluster.objects.get(`DaemonSet/${NS}/speaker`)!;
  cluster = syncDaemonSet(cluster, ctx, ds as Parameters<typeof syncDaemonSet>[2]);
  const now = cluster.now;
  const ours = (t: Timer) => t.key.startsWith(`Pod/${NS}/`);
  for (let step = 0; step < 100; step++) {
    const next = [...cluster.timers.values()].filter(ours).sort(timerOrder)[0];
    if (!next) break;
    cluster = clearTimer({ ...cluster, now: Math.max(now, next.at) }, next.kind, next.key);
    cluster = runPodTimer(cluster, ctx, next);
  }
  return { ...cluster, now };
}

/** The images of minikube's metallb addon (v1.32 era: MetalLB v0.9.6 from Docker Hub). */
export const MINIKUBE_METALLB_IMAGES = {
  controller: 'docker.io/metallb/controller:v0.9.6',
  speaker: 'docker.io/metallb/speaker:v0.9.6',
} as const;

/** What `minikube addons enable metallb` applies: MetalLB v0.9.6, configured by the ConfigMap later. */
export function minikubeMetallbAddon(minor: number): KubeObject[] {
  return [
    ...namespaceAndAccounts(minor),
    controller(MINIKUBE_METALLB_IMAGES.controller, ['--port=7472', '--config=config']),
    speaker(MINIKUBE_METALLB_IMAGES.speaker, ['--port=7472', '--config=config']),
  ];
}

/** The legacy ConfigMap `minikube addons configure metallb` writes: one layer-2 pool `default`. */
export function minikubeMetallbConfig(start: string, end: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta('config', NS),
    data: {
      config: `address-pools:\n- name: default\n  protocol: layer2\n  addresses:\n  - ${start}-${end}\n`,
    },
  };
}
