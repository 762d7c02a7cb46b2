// `minikube tunnel` with the docker driver on macOS and Windows (pkg/minikube/tunnel/kic): an ssh
// port-forward per LoadBalancer Service from the host's 127.0.0.1 to the Service's ClusterIP ports,
// and the Service's status patched to EXTERNAL-IP 127.0.0.1 (reference §7.2, presets.md minikube).
// The tunnel is a process on the learner's machine, not an API object; the cluster value has no
// field for it, so a simulator-only marker object records that it runs (no kubectl kind maps to it).
import { createObject, listObjects, updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import { objectKey, type KubeObject, type Service } from '../api/objects.ts';

export const TUNNEL_IP = '127.0.0.1';
const MARKER_KIND = 'LabMinikubeTunnel';

export function tunnelRunning(cluster: Cluster): boolean {
  return cluster.objects.has(objectKey(MARKER_KIND, undefined, 'minikube'));
}

/** Starts the tunnel for the rest of the session. */
export function startTunnel(cluster: Cluster, ctx: Ctx): Cluster {
  if (tunnelRunning(cluster)) return cluster;
  const marker: KubeObject = {
    apiVersion: 'lab.internal/v1',
    kind: MARKER_KIND,
    metadata: { name: 'minikube', uid: '', resourceVersion: '', creationTimestamp: '' },
  };
  [cluster] = createObject(cluster, ctx, marker);
  return syncMinikubeTunnel(cluster);
}

/** The Services the tunnel forwards: LoadBalancer Services without another implementation's address. */
export function tunnelledServices(cluster: Cluster): Service[] {
  if (!tunnelRunning(cluster)) return [];
  return listObjects<Service>(cluster, 'Service').filter((s) => s.spec.type === 'LoadBalancer');
}

/** While the tunnel runs, every LoadBalancer Service without an address gets 127.0.0.1. */
export function syncMinikubeTunnel(cluster: Cluster): Cluster {
  if (!tunnelRunning(cluster)) return cluster;
  for (const svc of tunnelledServices(cluster)) {
    const ingress = (svc.status.loadBalancer.ingress ?? []) as readonly unknown[];
    if (ingress.length) continue;
    // v1.28 (the preset) has no ipMode; from v1.30 the API server would add ipMode: VIP.
    const entry = cluster.preset.minor >= 30 ? { ip: TUNNEL_IP, ipMode: 'VIP' } : { ip: TUNNEL_IP };
    [cluster] = updateObject(cluster, {
      ...svc,
      status: { ...svc.status, loadBalancer: { ingress: [entry] } },
    });
  }
  return cluster;
}
