// The fields the API schema knows, for unknown-field detection (kubectl's client-side OpenAPI
// validation before v1.25, the server's strict field validation after). Only the kinds written out
// here are checked; for the rest nothing is reported, never a false alarm. Field lists are those of
// kubernetes/api core/v1 types.go, with the release each versioned field appeared or left.
type Field = true | { readonly since?: number; readonly until?: number; readonly schema?: Schema };
interface Schema {
  /** The OpenAPI definition name kubectl's client-side validation prints. */
  readonly definition: string;
  readonly fields: Readonly<Record<string, Field>>;
  /** Child schemas: an object field, or the items of a list field. */
  readonly children?: Readonly<Record<string, Schema>>;
}

const OBJECT_META: Schema = {
  definition: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
  fields: Object.fromEntries(
    [
      'annotations',
      'creationTimestamp',
      'deletionGracePeriodSeconds',
      'deletionTimestamp',
      'finalizers',
      'generateName',
      'generation',
      'labels',
      'managedFields',
      'name',
      'namespace',
      'ownerReferences',
      'resourceVersion',
      'selfLink',
      'uid',
    ].map((f) => [f, true]),
  ),
};

const SERVICE_PORT: Schema = {
  definition: 'io.k8s.api.core.v1.ServicePort',
  fields: {
    appProtocol: { since: 18 },
    name: true,
    nodePort: true,
    port: true,
    protocol: true,
    targetPort: true,
  },
};

const SERVICE_SPEC: Schema = {
  definition: 'io.k8s.api.core.v1.ServiceSpec',
  fields: {
    allocateLoadBalancerNodePorts: { since: 20 },
    clusterIP: true,
    clusterIPs: { since: 20 },
    externalIPs: true,
    externalName: true,
    externalTrafficPolicy: true,
    healthCheckNodePort: true,
    internalTrafficPolicy: { since: 21 },
    ipFamilies: { since: 20 },
    ipFamily: { since: 16, until: 20 },
    ipFamilyPolicy: { since: 20 },
    loadBalancerClass: { since: 21 },
    loadBalancerIP: true,
    loadBalancerSourceRanges: true,
    ports: true,
    publishNotReadyAddresses: true,
    selector: true,
    sessionAffinity: true,
    sessionAffinityConfig: true,
    topologyKeys: { since: 17, until: 22 },
    trafficDistribution: { since: 30 },
    type: true,
  },
  children: { ports: SERVICE_PORT },
};

const SCHEMAS: Readonly<Record<string, Schema>> = {
  Service: {
    definition: 'io.k8s.api.core.v1.Service',
    fields: { apiVersion: true, kind: true, metadata: true, spec: true, status: true },
    children: { metadata: OBJECT_META, spec: SERVICE_SPEC },
  },
};

export interface UnknownField {
  /** "spec.publishNotReadyEndpoints", "spec.ports[0].foo": the server's strict-decoding path. */
  readonly path: string;
  /** "Service.spec", "Service.spec.ports[0]": the object kubectl's client-side message names. */
  readonly parent: string;
  readonly field: string;
  readonly definition: string;
}

function known(f: Field | undefined, minor: number): boolean {
  if (f === undefined) return false;
  if (f === true) return true;
  return minor >= (f.since ?? 0) && (f.until === undefined || minor < f.until);
}

function walk(
  value: unknown,
  schema: Schema,
  path: string,
  parent: string,
  minor: number,
  out: UnknownField[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (!known(schema.fields[key], minor)) {
      out.push({
        path: path ? `${path}.${key}` : key,
        parent,
        field: key,
        definition: schema.definition,
      });
      continue;
    }
    const sub = schema.children?.[key];
    if (!sub) continue;
    const childPath = path ? `${path}.${key}` : key;
    if (Array.isArray(child)) {
      child.forEach((item, i) =>
        walk(item, sub, `${childPath}[${i}]`, `${parent}.${key}[${i}]`, minor, out),
      );
    } else walk(child, sub, childPath, `${parent}.${key}`, minor, out);
  }
}

/** The unknown fields of a manifest, in document order, on a cluster of this minor version. */
export function unknownFields(kind: string, manifest: unknown, minor: number): UnknownField[] {
  const schema = SCHEMAS[kind];
  if (!schema) return [];
  const out: UnknownField[] = [];
  walk(manifest, schema, '', kind, minor, out);
  return out;
}
