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

export const RESOURCES: readonly ResourceType[] = [
  {
    plural: 'pods',
    singular: 'pod',
    shortNames: ['po'],
    kind: 'Pod',
    group: '',
    version: 'v1',
    namespaced: true,
  },
  {
    plural: 'services',
    singular: 'service',
    shortNames: ['svc'],
    kind: 'Service',
    group: '',
    version: 'v1',
    namespaced: true,
  },
  {
    plural: 'endpoints',
    singular: 'endpoints',
    shortNames: ['ep'],
    kind: 'Endpoints',
    group: '',
    version: 'v1',
    namespaced: true,
  },
  {
    plural: 'nodes',
    singular: 'node',
    shortNames: ['no'],
    kind: 'Node',
    group: '',
    version: 'v1',
    namespaced: false,
  },
  {
    plural: 'namespaces',
    singular: 'namespace',
    shortNames: ['ns'],
    kind: 'Namespace',
    group: '',
    version: 'v1',
    namespaced: false,
  },
  {
    plural: 'deployments',
    singular: 'deployment',
    shortNames: ['deploy'],
    kind: 'Deployment',
    group: 'apps',
    version: 'v1',
    namespaced: true,
  },
  {
    plural: 'replicasets',
    singular: 'replicaset',
    shortNames: ['rs'],
    kind: 'ReplicaSet',
    group: 'apps',
    version: 'v1',
    namespaced: true,
  },
  {
    plural: 'daemonsets',
    singular: 'daemonset',
    shortNames: ['ds'],
    kind: 'DaemonSet',
    group: 'apps',
    version: 'v1',
    namespaced: true,
  },
  {
    plural: 'endpointslices',
    singular: 'endpointslice',
    shortNames: [],
    kind: 'EndpointSlice',
    group: 'discovery.k8s.io',
    version: 'v1',
    namespaced: true,
  },
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
