// The resource types kubectl resolves names against (`kubectl api-resources`): plural, short
// names, kind, group, scope. A table: add a kind by adding a row.

export interface ResourceType {
  readonly plural: string;
  readonly singular: string;
  readonly shortNames: readonly string[];
  readonly kind: string;
  /** "" for the core group */
  readonly group: string;
  readonly version: string;
  readonly namespaced: boolean;
}

/** One row: plural, singular, short names, kind, group, preferred version, namespaced. */
const r = (
  plural: string,
  shortNames: readonly string[],
  kind: string,
  group: string,
  version: string,
  namespaced: boolean,
  singular = kind.toLowerCase(),
): ResourceType => ({ plural, singular, shortNames, kind, group, version, namespaced });

// Names as `kubectl api-resources` prints them on a v1.33 server. Which versions a server of a given
// minor serves lives in api/apiVersions.ts; kinds defined by CRDs come from the cluster
// (api/customResources.ts).
export const RESOURCES: readonly ResourceType[] = [
  r('pods', ['po'], 'Pod', '', 'v1', true),
  r('services', ['svc'], 'Service', '', 'v1', true),
  r('endpoints', ['ep'], 'Endpoints', '', 'v1', true, 'endpoints'),
  r('nodes', ['no'], 'Node', '', 'v1', false),
  r('namespaces', ['ns'], 'Namespace', '', 'v1', false),
  r('events', ['ev'], 'Event', '', 'v1', true),
  r('configmaps', ['cm'], 'ConfigMap', '', 'v1', true),
  r('secrets', [], 'Secret', '', 'v1', true),
  r('serviceaccounts', ['sa'], 'ServiceAccount', '', 'v1', true),
  r('replicationcontrollers', ['rc'], 'ReplicationController', '', 'v1', true),
  r('limitranges', ['limits'], 'LimitRange', '', 'v1', true),
  r('deployments', ['deploy'], 'Deployment', 'apps', 'v1', true),
  r('replicasets', ['rs'], 'ReplicaSet', 'apps', 'v1', true),
  r('daemonsets', ['ds'], 'DaemonSet', 'apps', 'v1', true),
  r('statefulsets', ['sts'], 'StatefulSet', 'apps', 'v1', true),
  r('jobs', [], 'Job', 'batch', 'v1', true),
  r('endpointslices', [], 'EndpointSlice', 'discovery.k8s.io', 'v1', true),
  r('ingresses', ['ing'], 'Ingress', 'networking.k8s.io', 'v1', true),
  r('ingressclasses', [], 'IngressClass', 'networking.k8s.io', 'v1', false),
  r('roles', [], 'Role', 'rbac.authorization.k8s.io', 'v1', true),
  r('clusterroles', [], 'ClusterRole', 'rbac.authorization.k8s.io', 'v1', false),
  r('rolebindings', [], 'RoleBinding', 'rbac.authorization.k8s.io', 'v1', true),
  r('clusterrolebindings', [], 'ClusterRoleBinding', 'rbac.authorization.k8s.io', 'v1', false),
  r('horizontalpodautoscalers', ['hpa'], 'HorizontalPodAutoscaler', 'autoscaling', 'v2', true),
  r('podsecuritypolicies', ['psp'], 'PodSecurityPolicy', 'policy', 'v1beta1', false),
  r(
    'customresourcedefinitions',
    ['crd', 'crds'],
    'CustomResourceDefinition',
    'apiextensions.k8s.io',
    'v1',
    false,
  ),
  r('apiservices', [], 'APIService', 'apiregistration.k8s.io', 'v1', false),
  r(
    'validatingwebhookconfigurations',
    [],
    'ValidatingWebhookConfiguration',
    'admissionregistration.k8s.io',
    'v1',
    false,
  ),
];

export function findResource(name: string): ResourceType | undefined {
  const n = name.toLowerCase();
  const [base, group] = n.includes('.')
    ? [n.slice(0, n.indexOf('.')), n.slice(n.indexOf('.') + 1)]
    : [n, undefined];
  return RESOURCES.find(
    (r) =>
      (group === undefined || r.group === group) &&
      (r.plural === base ||
        r.singular === base ||
        r.shortNames.includes(base) ||
        r.kind.toLowerCase() === base),
  );
}

export function resourceByKind(kind: string): ResourceType | undefined {
  return RESOURCES.find((r) => r.kind === kind);
}

/** "services", "deployments.apps": how API errors name a resource. */
export function qualifiedPlural(r: ResourceType): string {
  return r.group ? `${r.plural}.${r.group}` : r.plural;
}

/** "service", "deployment.apps": how command results name a kind. */
export function qualifiedSingular(r: ResourceType): string {
  return r.group ? `${r.kind.toLowerCase()}.${r.group}` : r.kind.toLowerCase();
}

export function apiVersionOf(r: ResourceType): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}
