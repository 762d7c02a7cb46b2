// Runs the controllers until the cluster settles, as the real ones converge through watches.
import { listObjects, updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import type { Deployment, ReplicaSet, Service } from '../api/objects.ts';
import { deploymentStatus, syncDeployment } from './deployment.ts';
import { syncServiceEndpoints } from './endpoints.ts';
import { syncReplicaSet } from './replicaset.ts';

export function reconcile(cluster: Cluster, ctx: Ctx): Cluster {
  for (const d of listObjects<Deployment>(cluster, 'Deployment'))
    cluster = syncDeployment(cluster, ctx, d);
  for (const rs of listObjects<ReplicaSet>(cluster, 'ReplicaSet'))
    cluster = syncReplicaSet(cluster, ctx, rs);
  for (const d of listObjects<Deployment>(cluster, 'Deployment'))
    [cluster] = updateObject(cluster, deploymentStatus(cluster, d));
  for (const svc of listObjects<Service>(cluster, 'Service'))
    cluster = syncServiceEndpoints(cluster, ctx, svc);
  return cluster;
}
