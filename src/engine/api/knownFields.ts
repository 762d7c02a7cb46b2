// The fields the API schema knows, for unknown-field detection (kubectl's client-side OpenAPI
// validation before v1.25, the server's strict field validation after). Only the kinds and the
// nested objects written out here are checked; elsewhere nothing is reported, never a false alarm. Field lists are those of
// kubernetes/api core/v1 types.go, with the release each versioned field appeared or left.
type Field = true | { readonly since?: number; readonly until?: number; readonly schema?: Schema };
interface Schema {
  /** The OpenAPI definition name kubectl's client-side validation prints. */
  readonly definition: string;
  readonly fields: Readonly<Record<string, Field>>;
  /** Child schemas: an object field, or the items of a list field. */
  readonly children?: Readonly<Record<string, Schema>>;
  /** Fields the OpenAPI schema marks required (kubectl's client-side validation reports them). */
  readonly required?: readonly string[];
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
  required: ['port'],
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

const all = (names: readonly string[]): Record<string, Field> =>
  Object.fromEntries(names.map((f) => [f, true]));

const CONTAINER_PORT: Schema = {
  definition: 'io.k8s.api.core.v1.ContainerPort',
  required: ['containerPort'],
  fields: all(['containerPort', 'hostIP', 'hostPort', 'name', 'protocol']),
};

// Nested objects (probes, env, resources, securityContext) are not walked: nothing is reported
// there, so a field this table lacks can never raise a false alarm.
const CONTAINER: Schema = {
  definition: 'io.k8s.api.core.v1.Container',
  required: ['name'],
  fields: {
    ...all([
      'args',
      'command',
      'env',
      'envFrom',
      'image',
      'imagePullPolicy',
      'lifecycle',
      'livenessProbe',
      'name',
      'ports',
      'readinessProbe',
      'resources',
      'securityContext',
      'startupProbe',
      'stdin',
      'stdinOnce',
      'terminationMessagePath',
      'terminationMessagePolicy',
      'tty',
      'volumeDevices',
      'volumeMounts',
      'workingDir',
    ]),
    resizePolicy: { since: 27 },
    restartPolicy: { since: 28 },
  },
  children: { ports: CONTAINER_PORT },
};

const POD_SPEC: Schema = {
  definition: 'io.k8s.api.core.v1.PodSpec',
  required: ['containers'],
  fields: {
    ...all([
      'activeDeadlineSeconds',
      'affinity',
      'automountServiceAccountToken',
      'containers',
      'dnsConfig',
      'dnsPolicy',
      'enableServiceLinks',
      'ephemeralContainers',
      'hostAliases',
      'hostIPC',
      'hostNetwork',
      'hostPID',
      'hostname',
      'imagePullSecrets',
      'initContainers',
      'nodeName',
      'nodeSelector',
      'overhead',
      'preemptionPolicy',
      'priority',
      'priorityClassName',
      'readinessGates',
      'restartPolicy',
      'runtimeClassName',
      'schedulerName',
      'securityContext',
      'serviceAccount',
      'serviceAccountName',
      'setHostnameAsFQDN',
      'shareProcessNamespace',
      'subdomain',
      'terminationGracePeriodSeconds',
      'tolerations',
      'topologySpreadConstraints',
      'volumes',
    ]),
    os: { since: 23 },
    hostUsers: { since: 25 },
    resourceClaims: { since: 26 },
    schedulingGates: { since: 26 },
    resources: { since: 32 },
  },
  children: { containers: CONTAINER, initContainers: CONTAINER },
};

const POD_TEMPLATE: Schema = {
  definition: 'io.k8s.api.core.v1.PodTemplateSpec',
  fields: all(['metadata', 'spec']),
  children: { metadata: OBJECT_META, spec: POD_SPEC },
};

const DEPLOYMENT_SPEC: Schema = {
  definition: 'io.k8s.api.apps.v1.DeploymentSpec',
  required: ['selector', 'template'],
  fields: all([
    'minReadySeconds',
    'paused',
    'progressDeadlineSeconds',
    'replicas',
    'revisionHistoryLimit',
    'selector',
    'strategy',
    'template',
  ]),
  children: { template: POD_TEMPLATE },
};

const REPLICA_SET_SPEC: Schema = {
  definition: 'io.k8s.api.apps.v1.ReplicaSetSpec',
  required: ['selector'],
  fields: all(['minReadySeconds', 'replicas', 'selector', 'template']),
  children: { template: POD_TEMPLATE },
};

const topLevel = (definition: string, spec: Schema): Schema => ({
  definition,
  fields: all(['apiVersion', 'kind', 'metadata', 'spec', 'status']),
  children: { metadata: OBJECT_META, spec },
});

const SCHEMAS: Readonly<Record<string, Schema>> = {
  Pod: topLevel('io.k8s.api.core.v1.Pod', POD_SPEC),
  Deployment: topLevel('io.k8s.api.apps.v1.Deployment', DEPLOYMENT_SPEC),
  ReplicaSet: topLevel('io.k8s.api.apps.v1.ReplicaSet', REPLICA_SET_SPEC),
  Service: {
    definition: 'io.k8s.api.core.v1.Service',
    fields: { apiVersion: true, kind: true, metadata: true, spec: true, status: true },
    children: { metadata: OBJECT_META, spec: SERVICE_SPEC },
  },
};

export interface MissingField {
  readonly parent: string;
  readonly field: string;
  readonly definition: string;
}

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
  missing: MissingField[] = [],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const field of schema.required ?? []) {
    if ((value as Record<string, unknown>)[field] === undefined)
      missing.push({ parent, field, definition: schema.definition });
  }
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
        walk(item, sub, `${childPath}[${i}]`, `${parent}.${key}[${i}]`, minor, out, missing),
      );
    } else walk(child, sub, childPath, `${parent}.${key}`, minor, out, missing);
  }
}

/** The unknown fields of a manifest, in document order, on a cluster of this minor version. */
export function unknownFields(kind: string, manifest: unknown, minor: number): UnknownField[] {
  return checkFields(kind, manifest, minor).unknown;
}

/** Unknown fields and missing required ones (the latter only kubectl's client-side check reports). */
export function checkFields(
  kind: string,
  manifest: unknown,
  minor: number,
): { unknown: UnknownField[]; missing: MissingField[] } {
  const schema = SCHEMAS[kind];
  const unknown: UnknownField[] = [];
  const missing: MissingField[] = [];
  if (schema) walk(manifest, schema, '', kind, minor, unknown, missing);
  return { unknown, missing };
}
