// The fields the API schema knows, for unknown-field detection (kubectl's client-side OpenAPI
// validation before v1.25, the server's strict field validation after). Only the kinds and the
// nested objects written out here are checked; elsewhere nothing is reported, never a false alarm.
// Field lists are those of kubernetes/api types.go (core, apps, batch, networking, autoscaling,
// discovery, rbac), with the release each versioned field appeared or left. Kinds whose fields
// differ by API version (Ingress v1 and v1beta1, HPA v1 and v2, EndpointSlice) are looked up by
// kind and apiVersion.
import { own } from '../util/own.ts';

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

/** A kind without spec/status: its own top-level fields beside apiVersion, kind and metadata. */
const flat = (
  definition: string,
  fields: Readonly<Record<string, Field>>,
  children: Readonly<Record<string, Schema>> = {},
  required?: readonly string[],
): Schema => ({
  definition,
  fields: { apiVersion: true, kind: true, metadata: true, ...fields },
  children: { metadata: OBJECT_META, ...children },
  ...(required ? { required } : {}),
});

const LABEL_SELECTOR_DEF = 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector';
const LABEL_SELECTOR: Schema = {
  definition: LABEL_SELECTOR_DEF,
  fields: all(['matchExpressions', 'matchLabels']),
};

// apps/v1 (kubernetes/api apps/v1/types.go)
const DAEMON_SET_SPEC: Schema = {
  definition: 'io.k8s.api.apps.v1.DaemonSetSpec',
  required: ['selector', 'template'],
  fields: all([
    'minReadySeconds',
    'revisionHistoryLimit',
    'selector',
    'template',
    'updateStrategy',
  ]),
  children: { selector: LABEL_SELECTOR, template: POD_TEMPLATE },
};

const STATEFUL_SET_SPEC: Schema = {
  definition: 'io.k8s.api.apps.v1.StatefulSetSpec',
  required: ['selector', 'template', 'serviceName'],
  fields: {
    ...all([
      'podManagementPolicy',
      'replicas',
      'revisionHistoryLimit',
      'selector',
      'serviceName',
      'template',
      'updateStrategy',
      'volumeClaimTemplates',
    ]),
    minReadySeconds: { since: 22 },
    persistentVolumeClaimRetentionPolicy: { since: 23 },
    ordinals: { since: 26 },
  },
  children: { selector: LABEL_SELECTOR, template: POD_TEMPLATE },
};

// batch/v1
const JOB_SPEC: Schema = {
  definition: 'io.k8s.api.batch.v1.JobSpec',
  required: ['template'],
  fields: {
    ...all([
      'activeDeadlineSeconds',
      'backoffLimit',
      'completions',
      'manualSelector',
      'parallelism',
      'selector',
      'template',
      'ttlSecondsAfterFinished',
    ]),
    completionMode: { since: 21 },
    suspend: { since: 21 },
    podFailurePolicy: { since: 25 },
    backoffLimitPerIndex: { since: 28 },
    maxFailedIndexes: { since: 28 },
    podReplacementPolicy: { since: 28 },
    managedBy: { since: 30 },
    successPolicy: { since: 30 },
  },
  children: { template: POD_TEMPLATE },
};

// networking.k8s.io/v1 Ingress (GA in v1.19)
const net = (name: string) => `io.k8s.api.networking.v1.${name}`;
const SERVICE_BACKEND_PORT: Schema = {
  definition: net('ServiceBackendPort'),
  fields: all(['name', 'number']),
};
const INGRESS_SERVICE_BACKEND: Schema = {
  definition: net('IngressServiceBackend'),
  required: ['name'],
  fields: all(['name', 'port']),
  children: { port: SERVICE_BACKEND_PORT },
};
const INGRESS_BACKEND: Schema = {
  definition: net('IngressBackend'),
  fields: all(['resource', 'service']),
  children: { service: INGRESS_SERVICE_BACKEND },
};
const ingressSpec = (prefix: string, backend: Schema, pathRequired: readonly string[]): Schema => {
  const path: Schema = {
    definition: `${prefix}.HTTPIngressPath`,
    required: pathRequired,
    fields: all(['backend', 'path', 'pathType']),
    children: { backend },
  };
  const rule: Schema = {
    definition: `${prefix}.IngressRule`,
    fields: all(['host', 'http']),
    children: {
      http: {
        definition: `${prefix}.HTTPIngressRuleValue`,
        required: ['paths'],
        fields: all(['paths']),
        children: { paths: path },
      },
    },
  };
  const tls: Schema = { definition: `${prefix}.IngressTLS`, fields: all(['hosts', 'secretName']) };
  const v1 = prefix === 'io.k8s.api.networking.v1';
  return {
    definition: `${prefix}.IngressSpec`,
    fields: all([v1 ? 'defaultBackend' : 'backend', 'ingressClassName', 'rules', 'tls']),
    children: { [v1 ? 'defaultBackend' : 'backend']: backend, rules: rule, tls },
  };
};
const INGRESS_V1_SPEC = ingressSpec('io.k8s.api.networking.v1', INGRESS_BACKEND, [
  'pathType',
  'backend',
]);
/** v1beta1 (networking.k8s.io and extensions): serviceName/servicePort, or a resource (v1.18+). */
const ingressBeta = (prefix: string): Schema =>
  topLevel(
    `${prefix}.Ingress`,
    ingressSpec(
      prefix,
      {
        definition: `${prefix}.IngressBackend`,
        fields: all(['resource', 'serviceName', 'servicePort']),
      },
      ['backend'],
    ),
  );

const INGRESS_CLASS_SPEC: Schema = {
  definition: net('IngressClassSpec'),
  fields: all(['controller', 'parameters']),
};

// autoscaling
const SCALE_TARGET = (group: string): Schema => ({
  definition: `io.k8s.api.${group}.CrossVersionObjectReference`,
  required: ['kind', 'name'],
  fields: all(['apiVersion', 'kind', 'name']),
});
const hpaSpec = (group: string, fields: readonly string[]): Schema => ({
  definition: `io.k8s.api.${group}.HorizontalPodAutoscalerSpec`,
  required: ['scaleTargetRef', 'maxReplicas'],
  fields: all(fields),
  children: { scaleTargetRef: SCALE_TARGET(group) },
});
const HPA_V2_FIELDS = ['behavior', 'maxReplicas', 'metrics', 'minReplicas', 'scaleTargetRef'];

// core/v1 Endpoints
const ENDPOINT_SUBSET: Schema = {
  definition: 'io.k8s.api.core.v1.EndpointSubset',
  fields: all(['addresses', 'notReadyAddresses', 'ports']),
  children: {
    addresses: {
      definition: 'io.k8s.api.core.v1.EndpointAddress',
      required: ['ip'],
      fields: all(['hostname', 'ip', 'nodeName', 'targetRef']),
    },
    notReadyAddresses: {
      definition: 'io.k8s.api.core.v1.EndpointAddress',
      required: ['ip'],
      fields: all(['hostname', 'ip', 'nodeName', 'targetRef']),
    },
    ports: {
      definition: 'io.k8s.api.core.v1.EndpointPort',
      required: ['port'],
      fields: all(['appProtocol', 'name', 'port', 'protocol']),
    },
  },
};

// discovery.k8s.io/v1 EndpointSlice (GA in v1.21)
const ENDPOINT_SLICE_V1 = flat(
  'io.k8s.api.discovery.v1.EndpointSlice',
  all(['addressType', 'endpoints', 'ports']),
  {
    endpoints: {
      definition: 'io.k8s.api.discovery.v1.Endpoint',
      required: ['addresses'],
      fields: all([
        'addresses',
        'conditions',
        'deprecatedTopology',
        'hints',
        'hostname',
        'nodeName',
        'targetRef',
        'zone',
      ]),
    },
    ports: {
      definition: 'io.k8s.api.discovery.v1.EndpointPort',
      fields: all(['appProtocol', 'name', 'port', 'protocol']),
    },
  },
  ['addressType', 'endpoints'],
);

// rbac.authorization.k8s.io/v1
const rbac = (name: string) => `io.k8s.api.rbac.v1.${name}`;
const POLICY_RULE: Schema = {
  definition: rbac('PolicyRule'),
  required: ['verbs'],
  fields: all(['apiGroups', 'nonResourceURLs', 'resourceNames', 'resources', 'verbs']),
};
const BINDING_FIELDS = {
  fields: all(['roleRef', 'subjects']),
  children: {
    roleRef: {
      definition: rbac('RoleRef'),
      required: ['apiGroup', 'kind', 'name'],
      fields: all(['apiGroup', 'kind', 'name']),
    },
    subjects: {
      definition: rbac('Subject'),
      required: ['kind', 'name'],
      fields: all(['apiGroup', 'kind', 'name', 'namespace']),
    },
  },
};

const SCHEMAS: Readonly<Record<string, Schema>> = {
  Pod: topLevel('io.k8s.api.core.v1.Pod', POD_SPEC),
  Deployment: topLevel('io.k8s.api.apps.v1.Deployment', DEPLOYMENT_SPEC),
  ReplicaSet: topLevel('io.k8s.api.apps.v1.ReplicaSet', REPLICA_SET_SPEC),
  DaemonSet: topLevel('io.k8s.api.apps.v1.DaemonSet', DAEMON_SET_SPEC),
  StatefulSet: topLevel('io.k8s.api.apps.v1.StatefulSet', STATEFUL_SET_SPEC),
  Job: topLevel('io.k8s.api.batch.v1.Job', JOB_SPEC),
  Service: {
    definition: 'io.k8s.api.core.v1.Service',
    fields: { apiVersion: true, kind: true, metadata: true, spec: true, status: true },
    children: { metadata: OBJECT_META, spec: SERVICE_SPEC },
  },
  ConfigMap: flat('io.k8s.api.core.v1.ConfigMap', {
    ...all(['binaryData', 'data']),
    immutable: { since: 18 },
  }),
  Secret: flat('io.k8s.api.core.v1.Secret', {
    ...all(['data', 'stringData', 'type']),
    immutable: { since: 18 },
  }),
  Namespace: topLevel('io.k8s.api.core.v1.Namespace', {
    definition: 'io.k8s.api.core.v1.NamespaceSpec',
    fields: all(['finalizers']),
  }),
  ServiceAccount: flat(
    'io.k8s.api.core.v1.ServiceAccount',
    all(['automountServiceAccountToken', 'imagePullSecrets', 'secrets']),
  ),
  Endpoints: flat('io.k8s.api.core.v1.Endpoints', all(['subsets']), { subsets: ENDPOINT_SUBSET }),
  Role: flat(rbac('Role'), all(['rules']), { rules: POLICY_RULE }),
  ClusterRole: flat(rbac('ClusterRole'), all(['aggregationRule', 'rules']), {
    rules: POLICY_RULE,
  }),
  RoleBinding: flat(rbac('RoleBinding'), BINDING_FIELDS.fields, BINDING_FIELDS.children, [
    'roleRef',
  ]),
  ClusterRoleBinding: flat(
    rbac('ClusterRoleBinding'),
    BINDING_FIELDS.fields,
    BINDING_FIELDS.children,
    ['roleRef'],
  ),
};

/** Kinds whose fields differ between API versions: "Kind group/version". */
const VERSIONED: Readonly<Record<string, Schema>> = {
  'Ingress networking.k8s.io/v1': topLevel(net('Ingress'), INGRESS_V1_SPEC),
  'Ingress networking.k8s.io/v1beta1': ingressBeta('io.k8s.api.networking.v1beta1'),
  'Ingress extensions/v1beta1': ingressBeta('io.k8s.api.extensions.v1beta1'),
  'IngressClass networking.k8s.io/v1': topLevel(net('IngressClass'), INGRESS_CLASS_SPEC),
  'HorizontalPodAutoscaler autoscaling/v1': topLevel(
    'io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler',
    hpaSpec('autoscaling.v1', [
      'maxReplicas',
      'minReplicas',
      'scaleTargetRef',
      'targetCPUUtilizationPercentage',
    ]),
  ),
  'HorizontalPodAutoscaler autoscaling/v2': topLevel(
    'io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler',
    hpaSpec('autoscaling.v2', HPA_V2_FIELDS),
  ),
  'HorizontalPodAutoscaler autoscaling/v2beta2': topLevel(
    'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscaler',
    hpaSpec('autoscaling.v2beta2', HPA_V2_FIELDS),
  ),
  'HorizontalPodAutoscaler autoscaling/v2beta1': topLevel(
    'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscaler',
    hpaSpec('autoscaling.v2beta1', ['maxReplicas', 'metrics', 'minReplicas', 'scaleTargetRef']),
  ),
  'EndpointSlice discovery.k8s.io/v1': ENDPOINT_SLICE_V1,
  // v1beta1's Endpoint fields moved between releases (topology, nodeName): only the top level.
  'EndpointSlice discovery.k8s.io/v1beta1': flat(
    'io.k8s.api.discovery.v1beta1.EndpointSlice',
    all(['addressType', 'endpoints', 'ports']),
    {},
    ['addressType', 'endpoints'],
  ),
};

function schemaFor(kind: string, apiVersion: string | undefined): Schema | undefined {
  return (
    (apiVersion !== undefined ? own(VERSIONED, `${kind} ${apiVersion}`) : undefined) ??
    own(SCHEMAS, kind)
  );
}

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
    if (!known(own(schema.fields, key), minor)) {
      out.push({
        path: path ? `${path}.${key}` : key,
        parent,
        field: key,
        definition: schema.definition,
      });
      continue;
    }
    const sub = own(schema.children, key);
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
export function unknownFields(
  kind: string,
  manifest: unknown,
  minor: number,
  apiVersion?: string,
): UnknownField[] {
  return checkFields(kind, manifest, minor, apiVersion).unknown;
}

/** Unknown fields and missing required ones (the latter only kubectl's client-side check reports). */
export function checkFields(
  kind: string,
  manifest: unknown,
  minor: number,
  apiVersion?: string,
): { unknown: UnknownField[]; missing: MissingField[] } {
  const schema = schemaFor(kind, apiVersion);
  const unknown: UnknownField[] = [];
  const missing: MissingField[] = [];
  if (schema) walk(manifest, schema, '', kind, minor, unknown, missing);
  return { unknown, missing };
}
