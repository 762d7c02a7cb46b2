// `kubectl describe ingress` (describe.go IngressDescriber.describeIngressV1). The simulator stores
// every Ingress as networking.k8s.io/v1 (beta objects are converted on admission, api/ingress.ts),
// so only the v1 describer is needed.
import { getObject, listObjects, type Cluster } from '../api/cluster.ts';
import type { EndpointSlice, KubeObject, Service } from '../api/objects.ts';
import { annotationLines, eventLines, labelLines } from './describeText.ts';
import { fromEndpoints, fromSlices, type EndpointsObject } from './describeService.ts';

interface ServiceBackend {
  readonly name?: string;
  readonly port?: { readonly number?: number; readonly name?: string };
}
interface Backend {
  readonly service?: ServiceBackend;
  readonly resource?: {
    readonly apiGroup?: string;
    readonly kind?: string;
    readonly name?: string;
  };
}
interface Ingress extends KubeObject {
  readonly spec: {
    readonly ingressClassName?: string;
    readonly defaultBackend?: Backend;
    readonly tls?: readonly { readonly hosts?: readonly string[]; readonly secretName?: string }[];
    readonly rules?: readonly {
      readonly host?: string;
      readonly http?: { readonly paths?: readonly { path?: string; backend: Backend }[] };
    }[];
  };
  readonly status?: {
    readonly loadBalancer?: { readonly ingress?: readonly { ip?: string; hostname?: string }[] };
  };
}

/**
 * Releases inferred from when the pull requests merged (after the previous release's code freeze),
 * not from release notes: the Labels line came with kubernetes/kubernetes#103894 (v1.23); the
 * Ingress Class line with #107921 and `<default>` for a missing default backend with #108506 (both
 * v1.24). Before #108506 kubectl looked up `default-http-backend:80` in kube-system instead.
 */
const LABELS_MINOR = 23;
const CLASS_AND_DEFAULT_MINOR = 24;
/** kubectl ≥1.31 reads EndpointSlices for backends, as for `describe service` (kubernetes/kubernetes#124598). */
const SLICES_MINOR = 31;

/** serviceBackendStringer: `name:port`, the port by number or by name. */
function serviceText(b: ServiceBackend): string {
  return `${b.name ?? ''}:${b.port?.number ? b.port.number : (b.port?.name ?? '')}`;
}

/** describeBackendV1: `svc:port (endpoints)`, or the lookup's error in the parentheses. */
function backendText(cluster: Cluster, ns: string, backend: Backend): string {
  const b = backend.service;
  if (!b) {
    const r = backend.resource;
    if (!r) return '';
    return `APIGroup: ${r.apiGroup ?? '<none>'}, Kind: ${r.kind ?? ''}, Name: ${r.name ?? ''}`;
  }
  const name = b.name ?? '';
  const sb = serviceText(b);
  const ep = getObject<EndpointsObject>(cluster, 'Endpoints', ns, name);
  // Before the switch to slices the Endpoints object was read first, so its absence is the error.
  if (cluster.preset.minor < SLICES_MINOR && !ep)
    return `${sb} (<error: endpoints "${name}" not found>)`;
  const svc = getObject<Service>(cluster, 'Service', ns, name);
  if (!svc) return `${sb} (<error: services "${name}" not found>)`;
  // The backend's port selects the Service port whose name filters the endpoints.
  let portName = '';
  for (const sp of svc.spec.ports ?? []) {
    if (b.port?.number && b.port.number === sp.port) portName = sp.name ?? '';
    else if (b.port?.name && b.port.name === sp.name) portName = sp.name ?? '';
  }
  if (cluster.preset.minor < SLICES_MINOR) return `${sb} (${fromEndpoints(ep, portName)})`;
  const slices = listObjects<EndpointSlice>(cluster, 'EndpointSlice', ns).filter(
    (s) => s.metadata.labels?.['kubernetes.io/service-name'] === name,
  );
  return `${sb} (${fromSlices(slices, portName)})`;
}

/** ingressLoadBalancerStatusStringerV1 (wide): IPs or hostnames, de-duplicated, sorted, joined by ",". */
function addressText(ing: Ingress): string {
  const set = new Set<string>();
  for (const i of ing.status?.loadBalancer?.ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  return [...set].sort().join(',');
}

export function describeIngressLines(cluster: Cluster, ing: Ingress): string[] {
  const ns = ing.metadata.namespace!;
  const newLayout = cluster.preset.minor >= CLASS_AND_DEFAULT_MINOR;
  const def = ing.spec.defaultBackend;
  let defaultText: string;
  if (def) defaultText = backendText(cluster, ns, def);
  else if (newLayout) defaultText = '<default>';
  else
    defaultText = backendText(cluster, 'kube-system', {
      service: { name: 'default-http-backend', port: { number: 80 } },
    });
  const rules = (ing.spec.rules ?? []).filter((r) => r.http);
  const tls = ing.spec.tls ?? [];
  return [
    `Name:\t${ing.metadata.name}`,
    ...(cluster.preset.minor >= LABELS_MINOR ? labelLines('Labels', ing.metadata.labels) : []),
    `Namespace:\t${ns}`,
    `Address:\t${addressText(ing)}`,
    ...(newLayout ? [`Ingress Class:\t${ing.spec.ingressClassName ?? '<none>'}`] : []),
    `Default backend:\t${defaultText}`,
    ...(tls.length
      ? [
          'TLS:',
          ...tls.map((t) =>
            t.secretName
              ? `  ${t.secretName} terminates ${(t.hosts ?? []).join(',')}`
              : `  SNI routes ${(t.hosts ?? []).join(',')}`,
          ),
        ]
      : []),
    'Rules:',
    '  Host\tPath\tBackends',
    '  ----\t----\t--------',
    ...rules.flatMap((r) => [
      `  ${r.host || '*'}\t`,
      // "\t%s \t%s": the path cell keeps a trailing space.
      ...(r.http?.paths ?? []).map(
        (p) => `    \t${p.path ?? ''} \t${backendText(cluster, ns, p.backend)}`,
      ),
    ]),
    // Without HTTP rules the default backend serves everything. Current kubectl writes
    // "%s\t%s\t%s"; the trailing space after the older path "*" is recalled, not read in v1.20 source.
    ...(rules.length === 0 ? [`  *\t*${newLayout ? '' : ' '}\t${defaultText}`] : []),
    ...annotationLines('Annotations', ing.metadata.annotations),
    ...eventLines(cluster, ing),
  ];
}
