// Runs the controllers until the cluster settles, as the real ones converge through watches.
import { listObjects, updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import type { Deployment, KubeObject, ReplicaSet, Service } from '../api/objects.ts';
import { deploymentStatus, syncDeployment } from './deployment.ts';
import { syncDaemonSet } from './daemonset.ts';
import { syncJob } from './job.ts';
import { syncStatefulSet } from './statefulset.ts';
import { syncServiceEndpoints } from './endpoints.ts';
import { syncEndpointSliceMirroring } from './endpointSliceMirroring.ts';
import { syncNewAutoscalers } from './hpa.ts';
import { syncNamespaces } from './namespace.ts';
import { syncReplicaSet } from './replicaset.ts';
import { syncLoadBalancers } from './loadBalancers.ts';
import { syncIngressStatus } from './ingressStatus.ts';

/**
 * A controller's memory of what it last synced an object against: the object value itself (a new
 * value after any change) and the kinds it reads. When none changed, syncing again would change
 * nothing, so it is skipped, as an informer-driven controller is not woken without an event.
 */
class Inputs {
  private readonly seen = new WeakMap<object, readonly object[]>();
  constructor(private readonly kinds: readonly string[]) {}
  private deps(cluster: Cluster): object[] {
    return this.kinds.map((k) => cluster.objects.ofKind(k));
  }
  unchanged(cluster: Cluster, obj: object): boolean {
    const before = this.seen.get(obj);
    return before !== undefined && this.deps(cluster).every((d, i) => d === before[i]);
  }
  remember(cluster: Cluster, obj: object): void {
    this.seen.set(obj, this.deps(cluster));
  }
}

const deploymentSync = new Inputs(['ReplicaSet', 'Pod']);
const replicaSetSync = new Inputs(['Pod']);
const deploymentStatusSync = new Inputs(['ReplicaSet', 'Pod']);
const endpointSync = new Inputs(['Pod', 'EndpointSlice', 'Endpoints', 'Node']);

export function reconcile(cluster: Cluster, ctx: Ctx): Cluster {
  cluster = syncNamespaces(cluster, ctx);
  // Before the workload controllers, so a first rescale is carried out in the same pass.
  cluster = syncNewAutoscalers(cluster, ctx);
  for (const d of listObjects<Deployment>(cluster, 'Deployment')) {
    if (deploymentSync.unchanged(cluster, d)) continue;
    cluster = syncDeployment(cluster, ctx, d);
    deploymentSync.remember(cluster, d);
  }
  for (const rs of listObjects<ReplicaSet>(cluster, 'ReplicaSet')) {
    if (replicaSetSync.unchanged(cluster, rs)) continue;
    cluster = syncReplicaSet(cluster, ctx, rs);
    replicaSetSync.remember(cluster, rs);
  }
  // A ReplicationController's selector is a label map: seen as matchLabels it is a ReplicaSet.
  for (const rc of listObjects<KubeObject>(cluster, 'ReplicationController')) {
    const spec = rc.spec as {
      replicas?: number;
      selector?: Record<string, string>;
      template: ReplicaSet['spec']['template'];
    };
    cluster = syncReplicaSet(cluster, ctx, {
      ...rc,
      kind: 'ReplicationController',
      spec: {
        ...spec,
        replicas: spec.replicas ?? 1,
        selector: { matchLabels: spec.selector ?? {} },
      },
    } as unknown as ReplicaSet);
  }
  for (const d of listObjects<Deployment>(cluster, 'Deployment')) {
    if (deploymentStatusSync.unchanged(cluster, d)) continue;
    [cluster] = updateObject(cluster, deploymentStatus(cluster, d));
    deploymentStatusSync.remember(cluster, d);
  }
  for (const set of listObjects<KubeObject>(cluster, 'StatefulSet'))
    cluster = syncStatefulSet(cluster, ctx, set as Parameters<typeof syncStatefulSet>[2]);
  for (const job of listObjects<KubeObject>(cluster, 'Job'))
    cluster = syncJob(cluster, ctx, job as Parameters<typeof syncJob>[2]);
  for (const ds of listObjects<KubeObject>(cluster, 'DaemonSet'))
    cluster = syncDaemonSet(cluster, ctx, ds as Parameters<typeof syncDaemonSet>[2]);
  for (const svc of listObjects<Service>(cluster, 'Service')) {
    if (endpointSync.unchanged(cluster, svc)) continue;
    cluster = syncServiceEndpoints(cluster, ctx, svc);
    endpointSync.remember(cluster, svc);
  }
  cluster = syncEndpointSliceMirroring(cluster, ctx);
  cluster = syncLoadBalancers(cluster, ctx);
  cluster = syncIngressStatus(cluster, ctx);
  return cluster;
}
