// The cluster as the topology draws it: plain data, computed from the objects, never a second
// source of truth.
import { listObjects, type Cluster } from './api/cluster.ts';
import type { Pod, Service } from './api/objects.ts';
import { isPodReady, podStatusText } from './controllers/podLifecycle.ts';
import type { ClusterView } from './types.ts';

const SYSTEM_NAMESPACES = new Set([
  'kube-system',
  'kube-flannel',
  'metallb-system',
  'calico-system',
  'tigera-operator',
]);

export function clusterView(cluster: Cluster): ClusterView {
  const services = listObjects<Service>(cluster, 'Service');
  const nodePorts = services.flatMap((s) =>
    (s.spec.ports ?? [])
      .filter((p) => p.nodePort)
      .map((p) => ({
        port: p.nodePort!,
        protocol: p.protocol,
        service: `${s.metadata.namespace}/${s.metadata.name}`,
      })),
  );
  return {
    preset: cluster.preset.name,
    version: cluster.preset.version,
    clients: cluster.preset.clients,
    nodes: cluster.preset.nodes.map((n) => ({
      name: n.name,
      ip: n.ip,
      podCIDR: n.podCIDR,
      role: n.controlPlane ? 'control-plane' : 'worker',
      ready: true,
      nodePorts,
    })),
    pods: listObjects<Pod>(cluster, 'Pod').map((p) => ({
      namespace: p.metadata.namespace!,
      name: p.metadata.name,
      ip: p.status.podIP ?? null,
      node: p.spec.nodeName ?? null,
      labels: p.metadata.labels ?? {},
      ready: isPodReady(p),
      phase: podStatusText(p),
      system: SYSTEM_NAMESPACES.has(p.metadata.namespace!) || p.spec.hostNetwork === true,
    })),
    services: services.map((s) => ({
      namespace: s.metadata.namespace!,
      name: s.metadata.name,
      type: s.spec.type,
      clusterIP: s.spec.clusterIP ?? null,
      ports: (s.spec.ports ?? []).map((p) => ({
        name: p.name ?? null,
        port: p.port,
        protocol: p.protocol,
        nodePort: p.nodePort ?? null,
      })),
    })),
  };
}
