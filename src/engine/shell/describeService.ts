// `kubectl describe service` (describe.go describeService; reference §9.6). kubectl ≥1.31 reads
// the Service's EndpointSlices for each port's Endpoints line; older kubectl reads the Endpoints
// object (§0).
import { getObject, listObjects, type Cluster } from '../api/cluster.ts';
import type { EndpointSlice, KubeObject, Service, ServicePort } from '../api/objects.ts';
import { annotationLines, eventLines, labelLines } from './describeText.ts';

export interface EndpointsObject extends KubeObject {
  readonly subsets?: readonly {
    readonly addresses?: readonly { readonly ip: string }[];
    readonly ports?: readonly { readonly name?: string; readonly port: number }[];
  }[];
}

/** At most 3 entries, then " + N more..." (formatEndpoints / formatEndpointSlices). */
function firstThree(list: readonly string[]): string {
  return list.length > 3
    ? `${list.slice(0, 3).join(',')} + ${list.length - 3} more...`
    : list.join(',');
}

/** formatEndpointSlices: ready addresses of the port with this name; "<none>" without slices. */
export function fromSlices(slices: readonly EndpointSlice[], portName: string): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  for (const s of slices) {
    for (const p of s.ports ?? []) {
      if ((p.name ?? '') !== portName) continue;
      for (const e of s.endpoints ?? []) {
        if (!e.conditions.ready) continue;
        for (const a of e.addresses) list.push(`${a}:${p.port}`);
      }
    }
  }
  return firstThree(list);
}

/** formatEndpoints (kubectl ≤1.30): the Endpoints object's subsets; "<none>" when it has none. */
export function fromEndpoints(ep: EndpointsObject | undefined, portName: string): string {
  const subsets = ep?.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    if (!ss.ports?.length) list.push(...addresses.map((a) => a.ip));
    for (const p of ss.ports ?? []) {
      if ((p.name ?? '') === portName) list.push(...addresses.map((a) => `${a.ip}:${p.port}`));
    }
  }
  return firstThree(list);
}

function portLines(p: ServicePort, endpoints: string): string[] {
  const name = p.name || '<unset>';
  const lines = [
    `Port:\t${name}\t${p.port}/${p.protocol}`,
    `TargetPort:\t${p.targetPort}/${p.protocol}`,
  ];
  const appProtocol = (p as { appProtocol?: string }).appProtocol;
  if (appProtocol) lines.push(`AppProtocol:\t${appProtocol}`);
  if (p.nodePort) lines.push(`NodePort:\t${name}\t${p.nodePort}/${p.protocol}`);
  lines.push(`Endpoints:\t${endpoints}`);
  return lines;
}

export function describeServiceLines(cluster: Cluster, svc: Service): string[] {
  const spec = svc.spec;
  const ns = svc.metadata.namespace!;
  const minor = cluster.preset.minor;
  const slices = listObjects<EndpointSlice>(cluster, 'EndpointSlice', ns).filter(
    (s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name,
  );
  const ep = getObject<EndpointsObject>(cluster, 'Endpoints', ns, svc.metadata.name);
  const endpointsOf = (p: ServicePort) =>
    minor >= 31 ? fromSlices(slices, p.name ?? '') : fromEndpoints(ep, p.name ?? '');
  const selector = Object.entries(spec.selector ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const families = (spec.ipFamilies as readonly string[] | undefined) ?? [];
  const ingress = (
    (svc.status.loadBalancer.ingress ?? []) as {
      ip?: string;
      hostname?: string;
      ipMode?: string;
    }[]
  ).map((i) => `${i.ip || i.hostname || ''}${i.ipMode ? ` (${i.ipMode})` : ''}`);
  const sourceRanges = (spec.loadBalancerSourceRanges as readonly string[] | undefined) ?? [];
  return [
    `Name:\t${svc.metadata.name}`,
    `Namespace:\t${ns}`,
    ...labelLines('Labels', svc.metadata.labels),
    ...annotationLines('Annotations', svc.metadata.annotations),
    // labels.FormatLabels of an empty map is "<none>".
    `Selector:\t${selector || '<none>'}`,
    `Type:\t${spec.type}`,
    ...(typeof spec.ipFamilyPolicy === 'string'
      ? [`IP Family Policy:\t${spec.ipFamilyPolicy}`]
      : []),
    `IP Families:\t${families.length ? families.join(',') : '<none>'}`,
    `IP:\t${spec.clusterIP ?? ''}`,
    `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(',') : '<none>'}`,
    ...(spec.externalIPs?.length ? [`External IPs:\t${spec.externalIPs.join(',')}`] : []),
    ...(typeof spec.loadBalancerIP === 'string' && spec.loadBalancerIP
      ? [`Desired LoadBalancer IP:\t${spec.loadBalancerIP}`]
      : []),
    ...(spec.externalName ? [`External Name:\t${spec.externalName}`] : []),
    ...(ingress.length ? [`LoadBalancer Ingress:\t${ingress.join(', ')}`] : []),
    ...(spec.ports ?? []).flatMap((p) => portLines(p, endpointsOf(p))),
    `Session Affinity:\t${spec.sessionAffinity ?? ''}`,
    ...(spec.externalTrafficPolicy
      ? [`External Traffic Policy:\t${spec.externalTrafficPolicy}`]
      : []),
    // The field and its line arrived with v1.21; a v1.20 kubectl has no such line.
    ...(spec.internalTrafficPolicy && minor >= 21
      ? [`Internal Traffic Policy:\t${spec.internalTrafficPolicy}`]
      : []),
    ...(typeof spec.healthCheckNodePort === 'number' && spec.healthCheckNodePort
      ? [`HealthCheck NodePort:\t${spec.healthCheckNodePort}`]
      : []),
    ...(sourceRanges.length ? [`LoadBalancer Source Ranges:\t${sourceRanges.join(',')}`] : []),
    ...(typeof spec.trafficDistribution === 'string'
      ? [`Traffic Distribution:\t${spec.trafficDistribution}`]
      : []),
    ...eventLines(cluster, svc),
  ];
}
