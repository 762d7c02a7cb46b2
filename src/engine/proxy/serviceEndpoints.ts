// What kube-proxy knows of each Service port: its addresses and its usable endpoints, read from
// Services and EndpointSlices (pkg/proxy/endpointslicecache.go, topology.go; reference §3.5).
import { listObjects, type Cluster } from '../api/cluster.ts';
import type { EndpointSlice, Service } from '../api/objects.ts';
import { servicePortName } from './chainNames.ts';

export interface ProxyEndpoint {
  /** "ip:port" */
  readonly address: string;
  readonly nodeName: string | null;
  readonly ready: boolean;
  readonly serving: boolean;
  readonly terminating: boolean;
}

export interface ProxyServicePort {
  readonly namespace: string;
  readonly name: string;
  /** "ns/name:port" as in rule comments */
  readonly servicePort: string;
  readonly protocol: 'tcp' | 'udp' | 'sctp';
  readonly clusterIP: string;
  readonly port: number;
  readonly nodePort: number | null;
  readonly externalTrafficPolicy: 'Cluster' | 'Local';
  readonly external: boolean;
  /** Endpoints sorted as strings by "ip:port" and de-duplicated. */
  readonly endpoints: readonly ProxyEndpoint[];
}

/** Ready endpoints, or (only when none is ready) serving and terminating ones. */
export function usableEndpoints(endpoints: readonly ProxyEndpoint[]): ProxyEndpoint[] {
  const ready = endpoints.filter((e) => e.ready);
  return ready.length ? ready : endpoints.filter((e) => e.serving && e.terminating);
}

export function proxyServicePorts(cluster: Cluster): ProxyServicePort[] {
  const slices = listObjects<EndpointSlice>(cluster, 'EndpointSlice');
  const out: ProxyServicePort[] = [];
  for (const svc of listObjects<Service>(cluster, 'Service')) {
    const { spec, metadata } = svc;
    const clusterIP = spec.clusterIP;
    if (spec.type === 'ExternalName' || !clusterIP || clusterIP === 'None') continue;
    const ns = metadata.namespace!;
    const mine = slices.filter(
      (s) =>
        s.metadata.namespace === ns &&
        s.metadata.labels?.['kubernetes.io/service-name'] === metadata.name,
    );
    for (const p of spec.ports ?? []) {
      const byAddress = new Map<string, ProxyEndpoint>();
      for (const slice of mine) {
        const sp = (slice.ports ?? []).find(
          (x) => x.name === (p.name ?? '') && x.protocol === p.protocol,
        );
        if (!sp) continue;
        for (const e of slice.endpoints ?? []) {
          for (const ip of e.addresses.slice(0, 1)) {
            const address = `${ip}:${sp.port}`;
            if (byAddress.has(address)) continue;
            byAddress.set(address, {
              address,
              nodeName: e.nodeName ?? e.topology?.['kubernetes.io/hostname'] ?? null,
              ready: e.conditions.ready !== false,
              serving: e.conditions.serving !== false,
              terminating: e.conditions.terminating === true,
            });
          }
        }
      }
      out.push({
        namespace: ns,
        name: metadata.name,
        servicePort: servicePortName(ns, metadata.name, p.name),
        protocol: p.protocol.toLowerCase() as ProxyServicePort['protocol'],
        clusterIP,
        port: p.port,
        nodePort:
          spec.type === 'NodePort' || spec.type === 'LoadBalancer' ? (p.nodePort ?? null) : null,
        externalTrafficPolicy: spec.externalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
        external: spec.type === 'NodePort' || spec.type === 'LoadBalancer',
        endpoints: [...byAddress.values()].sort((a, b) =>
          a.address < b.address ? -1 : a.address > b.address ? 1 : 0,
        ),
      });
    }
  }
  return out;
}
