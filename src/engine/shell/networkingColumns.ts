// `kubectl get` columns of Ingress and IngressClass (printers.go printIngress, printIngressClass;
// reference §8.2). Merged into printers.ts COLUMNS.
import type { Cluster } from '../api/cluster.ts';
import type { KubeObject } from '../api/objects.ts';
import type { Columns } from './printers.ts';
import { humanDuration } from './table.ts';

const age = (obj: KubeObject, cluster: Cluster) =>
  humanDuration(cluster.now - Date.parse(obj.metadata.creationTimestamp));

interface Ingress extends KubeObject {
  readonly spec: {
    readonly ingressClassName?: string;
    readonly rules?: readonly { readonly host?: string }[];
    readonly tls?: readonly unknown[];
  };
  readonly status?: {
    readonly loadBalancer?: { readonly ingress?: readonly { ip?: string; hostname?: string }[] };
  };
}

/** formatHosts: at most 3 hosts, then " + N more..."; "*" when no rule names a host. */
function hosts(ing: Ingress): string {
  const list = (ing.spec.rules ?? []).map((r) => r.host ?? '').filter(Boolean);
  if (list.length === 0) return '*';
  return list.length > 3
    ? `${list.slice(0, 3).join(',')} + ${list.length - 3} more...`
    : list.join(',');
}

/** `Kind[.apiGroup]/name`, or `<none>`. */
function parameters(p: { apiGroup?: string; kind?: string; name?: string } | undefined): string {
  if (!p) return '<none>';
  return `${p.kind ?? ''}${p.apiGroup ? `.${p.apiGroup}` : ''}/${p.name ?? ''}`;
}

export const NETWORKING_COLUMNS: Readonly<Record<string, Columns>> = {
  Ingress: {
    header: ['NAME', 'CLASS', 'HOSTS', 'ADDRESS', 'PORTS', 'AGE'],
    wide: [],
    row: (ing: Ingress, cluster) => ({
      cells: [
        ing.metadata.name,
        ing.spec.ingressClassName ?? '<none>',
        hosts(ing),
        (ing.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? '').join(','),
        ing.spec.tls?.length ? '80, 443' : '80',
        age(ing, cluster),
      ],
      wide: [],
    }),
  },
  IngressClass: {
    header: ['NAME', 'CONTROLLER', 'PARAMETERS', 'AGE'],
    wide: [],
    row: (
      ic: KubeObject & {
        spec?: {
          controller?: string;
          parameters?: { apiGroup?: string; kind?: string; name?: string };
        };
      },
      cluster,
    ) => ({
      cells: [
        ic.metadata.name,
        ic.spec?.controller ?? '',
        parameters(ic.spec?.parameters),
        age(ic, cluster),
      ],
      wide: [],
    }),
  },
};
