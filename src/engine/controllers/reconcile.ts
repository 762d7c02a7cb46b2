// Runs the controllers until the cluster settles, as the real ones converge through watches.
import { listObjects, updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import type { Deployment, KubeObject, ReplicaSet, Service } from '../api/objects.ts';
import { selectionVersion } from '../api/podIndex.ts';
import { deploymentStatus, syncDeployment } from './deployment.ts';
import { syncDaemonSet } from './daemonset.ts';
import { syncJob } from './job.ts';
import { syncStatefulSet } from './statefulset.ts';
import { syncServiceEndpoints } from './endpoints.ts';
import { syncEndpointSliceMirroring } from './endpointSliceMirroring.ts';
import { syncNewAutoscalers } from './hpa.ts';
import { syncNamespaces } from './namespace.ts';
import { scheduleWaitingPods } from './podLifecycle.ts';
import { syncReplicaSet } from './replicaset.ts';
import { syncLoadBalancers } from './loadBalancers.ts';
import { syncIngressStatus } from './ingressStatus.ts';

/**
 * A controller's memory of what it last synced an object against: the object value itself (a new
 * value after any change) and the values it reads (its pods, its ReplicaSets, its slices, or whole
 * kinds). When none changed, syncing again would change nothing, so it is skipped, as an
 * informer-driven controller is not woken without an event about what it watches.
 */
class Inputs<T extends object> {
  private readonly seen = new WeakMap<T, readonly unknown[]>();
  constructor(private readonly deps: (cluster: Cluster, obj: T) => readonly unknown[]) {}
  unchanged(cluster: Cluster, obj: T): boolean {
    const before = this.seen.get(obj);
    if (!before) return false;
    const now = this.deps(cluster, obj);
    return now.length === before.length && now.every((d, i) => d === before[i]);
  }
  remember(cluster: Cluster, obj: T): void {
    this.seen.set(obj, this.deps(cluster, obj));
  }
}

/** A Deployment reads its ReplicaSets and their pods. */
const deploymentDeps = (cluster: Cluster, d: Deployment): unknown[] => {
  const uid = d.metadata.uid;
  const deps: unknown[] = [cluster.objects.groupVersion('owned', `ReplicaSet/${uid}`)];
  for (const rs of cluster.objects.ownedBy('ReplicaSet', uid))
    deps.push(cluster.objects.groupVersion('pods-owner', rs.metadata.uid));
  return deps;
};

const deploymentSync = new Inputs<Deployment>(deploymentDeps);
const deploymentStatusSync = new Inputs<Deployment>(deploymentDeps);
/** A ReplicaSet (or ReplicationController) reads its own pods and the orphans it might adopt. */
const podOwnerDeps = (cluster: Cluster, owner: KubeObject): unknown[] => [
  cluster.objects.groupVersion('pods-owner', owner.metadata.uid),
  cluster.objects.groupVersion('pods-owner', `orphan/${owner.metadata.namespace ?? 'default'}`),
];
const replicaSetSync = new Inputs<ReplicaSet>(podOwnerDeps);
const replicationControllerSync = new Inputs<KubeObject>(podOwnerDeps);
/** DaemonSets, StatefulSets and Jobs read their pods and the nodes. */
const nodeBoundDeps = (cluster: Cluster, owner: KubeObject): unknown[] => [
  cluster.objects.ofKind('Node'),
  cluster.objects.groupVersion('pods-owner', owner.metadata.uid),
];
const daemonSetSync = new Inputs<KubeObject>(nodeBoundDeps);
const statefulSetSync = new Inputs<KubeObject>(nodeBoundDeps);
const jobSync = new Inputs<KubeObject>(nodeBoundDeps);
/** A Service's endpoints follow from the pods it selects, its slices, its Endpoints and the nodes. */
const endpointSync = new Inputs<Service>((cluster, svc) => {
  const ns = svc.metadata.namespace ?? 'default';
  if (!svc.spec.selector)
    return [cluster.objects.ofKind('EndpointSlice'), cluster.objects.ofKind('Endpoints')];
  return [
    cluster.objects.ofKind('Node'),
    cluster.objects.get(`Endpoints/${ns}/${svc.metadata.name}`),
    cluster.objects.groupVersion('owned', `EndpointSlice/${svc.metadata.uid}`),
    ...selectionVersion(cluster, ns, { matchLabels: svc.spec.selector }),
  ];
});

/**
 * What each controller loop read when it last ran through without changing anything: the kinds
 * it lists and reads. While they are the same values, no object of the loop has new inputs, so
 * the whole loop is skipped (an idle cluster costs nothing to keep in sync).
 */
const settledLoops = new Map<string, readonly unknown[]>();

function loop(
  cluster: Cluster,
  name: string,
  kinds: readonly string[],
  body: (cluster: Cluster) => Cluster,
): Cluster {
  const inputs = kinds.map((k) => cluster.objects.ofKind(k));
  const before = settledLoops.get(name);
  if (before && before.every((x, i) => x === inputs[i])) return cluster;
  const after = body(cluster);
  if (after.objects === cluster.objects) settledLoops.set(name, inputs);
  return after;
}

/**
 * Runs the controllers until nothing changes any more (a Deployment's new ReplicaSet gets its pods,
 * a new pod its endpoints, in the same moment), as the real ones converge through their watches.
 * Bounded, so a controller that never settles cannot hang the page.
 */
export function reconcile(cluster: Cluster, ctx: Ctx): Cluster {
  for (let pass = 0; pass < 8; pass++) {
    const before = cluster.objects;
    cluster = reconcileOnce(cluster, ctx);
    if (cluster.objects === before) break;
  }
  return cluster;
}

/** Syncs each object of `kind` whose inputs changed, remembering what it read. */
function each<T extends KubeObject>(
  cluster: Cluster,
  kind: string,
  memo: Inputs<T>,
  sync: (cluster: Cluster, obj: T) => Cluster,
): Cluster {
  for (const obj of listObjects<T>(cluster, kind as T['kind'])) {
    if (memo.unchanged(cluster, obj)) continue;
    cluster = sync(cluster, obj);
    memo.remember(cluster, obj);
  }
  return cluster;
}

/** A ReplicationController's selector is a label map: seen as matchLabels it is a ReplicaSet. */
function asReplicaSet(rc: KubeObject): ReplicaSet {
  const spec = rc.spec as {
    replicas?: number;
    selector?: Record<string, string>;
    template: ReplicaSet['spec']['template'];
  };
  return {
    ...rc,
    kind: 'ReplicationController',
    spec: {
      ...spec,
      replicas: spec.replicas ?? 1,
      selector: { matchLabels: spec.selector ?? {} },
    },
  } as unknown as ReplicaSet;
}

function reconcileOnce(cluster: Cluster, ctx: Ctx): Cluster {
  cluster = syncNamespaces(cluster, ctx);
  cluster = scheduleWaitingPods(cluster, ctx);
  // Before the workload controllers, so a first rescale is carried out in the same pass.
  cluster = syncNewAutoscalers(cluster, ctx);
  const workloads = ['ReplicaSet', 'Pod'];
  cluster = loop(cluster, 'deployments', ['Deployment', ...workloads], (c) =>
    each(c, 'Deployment', deploymentSync, (c, d) => syncDeployment(c, ctx, d)),
  );
  cluster = loop(cluster, 'replicasets', workloads, (c) =>
    each(c, 'ReplicaSet', replicaSetSync, (c, rs) => syncReplicaSet(c, ctx, rs)),
  );
  cluster = loop(cluster, 'replicationcontrollers', ['ReplicationController', 'Pod'], (c) =>
    each(c, 'ReplicationController', replicationControllerSync, (c, rc) =>
      syncReplicaSet(c, ctx, asReplicaSet(rc)),
    ),
  );
  cluster = loop(cluster, 'deployment-status', ['Deployment', ...workloads], (c) =>
    each(
      c,
      'Deployment',
      deploymentStatusSync,
      (c, d) => updateObject(c, deploymentStatus(c, d))[0],
    ),
  );
  // Each of these takes its own kind's object; `never` lets one helper call all three.
  type Sync = (cluster: Cluster, ctx: Ctx, obj: never) => Cluster;
  const nodeBound = (kind: string, memo: Inputs<KubeObject>, sync: Sync) =>
    loop(cluster, kind, [kind, 'Node', 'Pod'], (c) =>
      each(c, kind, memo, (c, o) => sync(c, ctx, o as never)),
    );
  cluster = nodeBound('StatefulSet', statefulSetSync, syncStatefulSet);
  cluster = nodeBound('Job', jobSync, syncJob);
  cluster = nodeBound('DaemonSet', daemonSetSync, syncDaemonSet);
  cluster = loop(
    cluster,
    'endpoints',
    ['Service', 'Node', 'Pod', 'Endpoints', 'EndpointSlice'],
    (c) => each(c, 'Service', endpointSync, (c, svc) => syncServiceEndpoints(c, ctx, svc)),
  );
  cluster = syncEndpointSliceMirroring(cluster, ctx);
  cluster = syncLoadBalancers(cluster, ctx);
  cluster = syncIngressStatus(cluster, ctx);
  return cluster;
}
