// Every implementation of type LoadBalancer a preset may have (reference §7): MetalLB once installed
// and configured, the cloud's service controller on gke and aws, `minikube tunnel` once started.
// Each is idle where it does not apply, so all run on every pass, after the EndpointSlices.
import type { Cluster, Ctx } from '../api/cluster.ts';
import { syncCloudLoadBalancers } from './cloudLoadBalancer.ts';
import { syncMetallb } from './metallb.ts';
import { syncMinikubeTunnel } from './minikubeTunnel.ts';

export function syncLoadBalancers(cluster: Cluster, ctx: Ctx): Cluster {
  cluster = syncMetallb(cluster, ctx);
  cluster = syncCloudLoadBalancers(cluster, ctx);
  return syncMinikubeTunnel(cluster);
}
