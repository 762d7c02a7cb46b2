// `kubectl get` columns of the configuration and access-control kinds: ConfigMap, Secret,
// ServiceAccount, RBAC roles and bindings, CustomResourceDefinition, APIService
// (pkg/printers/internalversion/printers.go). Merged into printers.ts COLUMNS.
import { getObject, listObjects, type Cluster } from '../api/cluster.ts';
import type { EndpointSlice, KubeObject } from '../api/objects.ts';
import type { Columns } from './printers.ts';
import { humanDuration } from './table.ts';

const age = (obj: KubeObject, cluster: Cluster) =>
  humanDuration(cluster.now - Date.parse(obj.metadata.creationTimestamp));

const count = (v: unknown) => (typeof v === 'object' && v !== null ? Object.keys(v).length : 0);

/** Roles and CRDs print their creation time as RFC 3339 (CREATED AT), not an age. */
const createdAt: Columns = {
  header: ['NAME', 'CREATED AT'],
  wide: [],
  row: (o: KubeObject) => ({ cells: [o.metadata.name, o.metadata.creationTimestamp], wide: [] }),
};

interface Binding extends KubeObject {
  readonly roleRef?: { readonly kind?: string; readonly name?: string };
  readonly subjects?: readonly { kind?: string; name?: string; namespace?: string }[];
}

function subjects(b: Binding, kind: string): string {
  const names = (b.subjects ?? [])
    .filter((s) => s.kind === kind)
    .map((s) =>
      kind === 'ServiceAccount' ? `${s.namespace ?? ''}/${s.name ?? ''}` : (s.name ?? ''),
    );
  return names.length ? names.join(', ') : '';
}

const binding: Columns = {
  header: ['NAME', 'ROLE', 'AGE'],
  wide: ['USERS', 'GROUPS', 'SERVICEACCOUNTS'],
  row: (b: Binding, cluster) => ({
    cells: [b.metadata.name, `${b.roleRef?.kind ?? ''}/${b.roleRef?.name ?? ''}`, age(b, cluster)],
    wide: [subjects(b, 'User'), subjects(b, 'Group'), subjects(b, 'ServiceAccount')],
  }),
};

interface APIService extends KubeObject {
  readonly spec?: { readonly service?: { readonly namespace?: string; readonly name?: string } };
  readonly status?: {
    readonly conditions?: readonly { type?: string; status?: string; reason?: string }[];
  };
}

/**
 * AVAILABLE as kube-aggregator's availability controller would set it: a stored condition when one
 * exists, otherwise `False (ServiceNotFound)`, `False (MissingEndpoints)` or `True` from the backing
 * Service and its ready endpoints (local APIServices are always available). It does not model a
 * failing discovery check (`False (FailedDiscoveryCheck)`).
 */
function available(a: APIService, cluster: Cluster): string {
  const stored = a.status?.conditions?.find((c) => c.type === 'Available');
  if (stored) {
    return stored.status === 'True'
      ? 'True'
      : `${stored.status ?? 'False'} (${stored.reason ?? ''})`;
  }
  const svc = a.spec?.service;
  if (!svc) return 'True';
  const ns = svc.namespace ?? '';
  if (!getObject(cluster, 'Service', ns, svc.name ?? '')) return 'False (ServiceNotFound)';
  const ready = listObjects<EndpointSlice>(cluster, 'EndpointSlice', ns).some(
    (s) =>
      s.metadata.labels?.['kubernetes.io/service-name'] === svc.name &&
      (s.endpoints ?? []).some((e) => e.conditions.ready),
  );
  return ready ? 'True' : 'False (MissingEndpoints)';
}

export const CONFIG_COLUMNS: Readonly<Record<string, Columns>> = {
  ConfigMap: {
    header: ['NAME', 'DATA', 'AGE'],
    wide: [],
    row: (cm: KubeObject, cluster) => ({
      cells: [cm.metadata.name, String(count(cm.data) + count(cm.binaryData)), age(cm, cluster)],
      wide: [],
    }),
  },
  Secret: {
    header: ['NAME', 'TYPE', 'DATA', 'AGE'],
    wide: [],
    row: (s: KubeObject, cluster) => ({
      cells: [s.metadata.name, String(s.type ?? 'Opaque'), String(count(s.data)), age(s, cluster)],
      wide: [],
    }),
  },
  ServiceAccount: {
    header: ['NAME', 'SECRETS', 'AGE'],
    wide: [],
    row: (sa: KubeObject, cluster) => ({
      cells: [
        sa.metadata.name,
        String(Array.isArray(sa.secrets) ? sa.secrets.length : 0),
        age(sa, cluster),
      ],
      wide: [],
    }),
  },
  Role: createdAt,
  ClusterRole: createdAt,
  RoleBinding: binding,
  ClusterRoleBinding: binding,
  CustomResourceDefinition: createdAt,
  APIService: {
    header: ['NAME', 'SERVICE', 'AVAILABLE', 'AGE'],
    wide: [],
    row: (a: APIService, cluster) => {
      const svc = a.spec?.service;
      return {
        cells: [
          a.metadata.name,
          svc ? `${svc.namespace ?? ''}/${svc.name ?? ''}` : 'Local',
          available(a, cluster),
          age(a, cluster),
        ],
        wide: [],
      };
    },
  },
};
