// The cluster as the topology draws it: plain data, computed from the objects, never a second
// source of truth.
import { listObjects, type Cluster } from './api/cluster.ts';
import type { Pod, Service } from './api/objects.ts';
import { isPodReady, podStatusText } from './controllers/podLifecycle.ts';
import { isNodeReady } from './controllers/scheduler.ts';
import { isIngressControllerImage } from './net/ingressNginx.ts';
import { frontendFor } from './net/loadBalancers.ts';
import type { Node } from './api/objects.ts';
import type { ClusterView, ServiceView } from './types.ts';

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
      ready: (() => {
        const node = cluster.objects.get(`Node//${n.name}`) as Node | undefined;
        return node ? isNodeReady(node) : false;
      })(),
      poweredOff: cluster.poweredOff.has(n.name),
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
      images: p.spec.containers.map((c) => c.image),
      ingressController: p.spec.containers.some((c) => isIngressControllerImage(c.image)),
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
      externalAddresses: externalAddresses(s),
      loadBalancer: balancerOf(cluster, s),
    })),
  };
}

function externalAddresses(s: Service): string[] {
  const ingress = (
    (s.status.loadBalancer as { ingress?: { ip?: string; hostname?: string }[] }).ingress ?? []
  )
    .map((i) => i.ip ?? i.hostname ?? '')
    .filter(Boolean);
  return [...ingress, ...(s.spec.externalIPs ?? [])];
}

function balancerOf(cluster: Cluster, s: Service): ServiceView['loadBalancer'] {
  if (s.spec.type !== 'LoadBalancer') return null;
  const address = externalAddresses(s)[0];
  const port = s.spec.ports?.[0]?.port;
  if (address === undefined || port === undefined) return null;
  const fe = frontendFor(cluster, address, port);
  if (!fe) return null;
  const by =
    fe.kind === 'metallb-l2'
      ? fe.owner
      : fe.kind === 'cloud-passthrough' || fe.kind === 'cloud-proxy' || fe.kind === 'cloud-nlb'
        ? fe.lbName
        : fe.kind === 'minikube-tunnel'
          ? fe.node
          : null;
  return { kind: fe.kind, address, by };
}
