// The columns `kubectl get` prints per kind (pkg/printers/internalversion/printers.go; reference
// §9.2-§9.5). A table of column sets: add a kind by adding a row.
import type { Cluster } from '../api/cluster.ts';
import type {
  Deployment,
  EndpointSlice,
  KubeObject,
  Labels,
  LabelSelector,
  Node,
  Pod,
  ReplicaSet,
  Service,
} from '../api/objects.ts';

import { podStatusText, restartsText } from '../controllers/podLifecycle.ts';
import { isNodeReady } from '../controllers/scheduler.ts';
import { CONFIG_COLUMNS } from './configColumns.ts';
import { NETWORKING_COLUMNS } from './networkingColumns.ts';
import { WORKLOAD_COLUMNS } from './workloadColumns.ts';
import { humanDuration } from './table.ts';
import type { KubeEvent } from '../api/events.ts';

export interface Columns {
  readonly header: readonly string[];
  readonly wide: readonly string[];
  readonly row: (obj: never, cluster: Cluster) => { cells: string[]; wide: string[] };
  /** Columns of servers from this minor version on (a kind whose table grew a column). */
  readonly since?: { readonly minor: number; readonly columns: Omit<Columns, 'since'> };
}

/** The columns a server of this version prints for the kind. */
export function columnsFor(cols: Columns, minor: number): Omit<Columns, 'since'> {
  return cols.since && minor >= cols.since.minor ? cols.since.columns : cols;
}

const age = (obj: KubeObject, cluster: Cluster) =>
  humanDuration(cluster.now - Date.parse(obj.metadata.creationTimestamp));

const selectorText = (labels: Labels | undefined) => {
  const entries = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
};

/**
 * metav1.FormatLabelSelector: matchLabels and matchExpressions as one selector string, terms
 * sorted by key (labels.Selector sorts its requirements), values of a set sorted.
 */
function labelSelectorText(sel: LabelSelector | undefined): string {
  const terms: [string, string][] = Object.entries(sel?.matchLabels ?? {}).map(([k, v]) => [
    k,
    `${k}=${v}`,
  ]);
  for (const e of sel?.matchExpressions ?? []) {
    const values = `(${[...(e.values ?? [])].sort().join(',')})`;
    const text =
      e.operator === 'In'
        ? `${e.key} in ${values}`
        : e.operator === 'NotIn'
          ? `${e.key} notin ${values}`
          : e.operator === 'DoesNotExist'
            ? `!${e.key}`
            : e.key;
    terms.push([e.key, text]);
  }
  terms.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return terms.length ? terms.map(([, t]) => t).join(',') : '<none>';
}

/** At most 3 items, then " + N more..." (printers.go formatEndpoints / formatEndpointSlices). */
function firstThree(items: readonly string[]): string {
  return items.length > 3
    ? `${items.slice(0, 3).join(',')} + ${items.length - 3} more...`
    : items.join(',');
}

function servicePorts(svc: Service): string {
  const ports = svc.spec.ports ?? [];
  if (ports.length === 0) return '<none>';
  return ports
    .map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`))
    .join(',');
}

function externalIP(svc: Service): string {
  const ext = svc.spec.externalIPs ?? [];
  switch (svc.spec.type) {
    case 'ExternalName':
      return svc.spec.externalName ?? '<none>';
    case 'LoadBalancer': {
      const ingress = (
        (svc.status.loadBalancer.ingress ?? []) as { ip?: string; hostname?: string }[]
      )
        .map((i) => i.ip ?? i.hostname ?? '')
        .filter(Boolean);
      const all = [...new Set(ingress)].sort().concat(ext);
      if (all.length === 0) return '<pending>';
      // The API server builds the table with Wide: true (its TableConvertor), so the 16-character
      // cut of kubectl's old client-side printer never applies: ELB names show in full.
      return all.join(',');
    }
    default:
      return ext.length ? ext.join(',') : '<none>';
  }
}

function containersImages(template: {
  spec: { containers: readonly { name: string; image: string }[] };
}) {
  return [
    template.spec.containers.map((c) => c.name).join(','),
    template.spec.containers.map((c) => c.image).join(','),
  ];
}

export const COLUMNS: Readonly<Record<string, Columns>> = {
  ...CONFIG_COLUMNS,
  ...NETWORKING_COLUMNS,
  ...WORKLOAD_COLUMNS,
  Pod: {
    header: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
    wide: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
    row: (pod: Pod, cluster) => {
      const statuses = (pod.status.containerStatuses ?? []) as { ready?: boolean }[];
      const ready = statuses.filter((s) => s.ready).length;
      return {
        cells: [
          pod.metadata.name,
          `${ready}/${pod.spec.containers.length}`,
          podStatusText(pod),
          restartsText(pod, cluster.now, cluster.preset.minor, humanDuration),
          age(pod, cluster),
        ],
        wide: [pod.status.podIP ?? '<none>', pod.spec.nodeName ?? '<none>', '<none>', '<none>'],
      };
    },
  },
  Service: {
    header: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
    wide: ['SELECTOR'],
    row: (svc: Service, cluster) => ({
      cells: [
        svc.metadata.name,
        svc.spec.type,
        svc.spec.clusterIPs?.[0] ?? svc.spec.clusterIP ?? '<none>',
        externalIP(svc),
        servicePorts(svc),
        age(svc, cluster),
      ],
      wide: [selectorText(svc.spec.selector)],
    }),
  },
  Endpoints: {
    header: ['NAME', 'ENDPOINTS', 'AGE'],
    wide: [],
    row: (
      ep: KubeObject & { subsets?: { addresses?: { ip: string }[]; ports?: { port: number }[] }[] },
      cluster,
    ) => {
      const subsets = ep.subsets ?? [];
      const list = subsets.flatMap((s) =>
        (s.ports ?? []).flatMap((p) => (s.addresses ?? []).map((a) => `${a.ip}:${p.port}`)),
      );
      return {
        cells: [
          ep.metadata.name,
          subsets.length === 0 ? '<none>' : firstThree(list),
          age(ep, cluster),
        ],
        wide: [],
      };
    },
  },
  EndpointSlice: {
    header: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
    wide: [],
    row: (s: EndpointSlice, cluster) => {
      const ports = (s.ports ?? []).map((p) => String(p.port));
      const addresses = (s.endpoints ?? []).flatMap((e) => e.addresses);
      return {
        cells: [
          s.metadata.name,
          s.addressType,
          ports.length ? firstThree(ports) : '<unset>',
          addresses.length ? firstThree(addresses) : '<unset>',
          age(s, cluster),
        ],
        wide: [],
      };
    },
  },
  Deployment: {
    header: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    row: (d: Deployment, cluster) => {
      const s = (d.status ?? {}) as Record<string, number | undefined>;
      return {
        cells: [
          d.metadata.name,
          `${s.readyReplicas ?? 0}/${d.spec.replicas}`,
          String(s.updatedReplicas ?? 0),
          String(s.availableReplicas ?? 0),
          age(d, cluster),
        ],
        wide: [...containersImages(d.spec.template), labelSelectorText(d.spec.selector)],
      };
    },
  },
  ReplicaSet: {
    header: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    row: (rs: ReplicaSet, cluster) => {
      const s = (rs.status ?? {}) as Record<string, number | undefined>;
      return {
        cells: [
          rs.metadata.name,
          String(rs.spec.replicas),
          String(s.replicas ?? 0),
          String(s.readyReplicas ?? 0),
          age(rs, cluster),
        ],
        wide: [...containersImages(rs.spec.template), labelSelectorText(rs.spec.selector)],
      };
    },
  },
  Node: {
    header: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
    wide: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
    row: (n: Node, cluster) => {
      const roles = Object.keys(n.metadata.labels ?? {})
        .filter((k) => k.startsWith('node-role.kubernetes.io/'))
        .map((k) => k.slice('node-role.kubernetes.io/'.length))
        .sort();
      const info = (n.status.nodeInfo ?? {}) as Record<string, string>;
      const addresses = (n.status.addresses ?? []) as { type: string; address: string }[];
      return {
        cells: [
          n.metadata.name,
          isNodeReady(n) ? 'Ready' : 'NotReady',
          roles.length ? roles.join(',') : '<none>',
          age(n, cluster),
          info.kubeletVersion ?? '',
        ],
        wide: [
          addresses.find((a) => a.type === 'InternalIP')?.address ?? '<none>',
          addresses.find((a) => a.type === 'ExternalIP')?.address ?? '<none>',
          info.osImage ?? '',
          info.kernelVersion ?? '',
          info.containerRuntimeVersion ?? '',
        ],
      };
    },
  },
  DaemonSet: {
    header: [
      'NAME',
      'DESIRED',
      'CURRENT',
      'READY',
      'UP-TO-DATE',
      'AVAILABLE',
      'NODE SELECTOR',
      'AGE',
    ],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    row: (
      ds: KubeObject & {
        spec: {
          selector: { matchLabels?: Labels };
          template: {
            spec: { nodeSelector?: Labels; containers: { name: string; image: string }[] };
          };
        };
        status?: Record<string, number>;
      },
      cluster,
    ) => {
      const st = ds.status ?? {};
      const nodeSelector = ds.spec.template.spec.nodeSelector;
      return {
        cells: [
          ds.metadata.name,
          String(st.desiredNumberScheduled ?? 0),
          String(st.currentNumberScheduled ?? 0),
          String(st.numberReady ?? 0),
          String(st.updatedNumberScheduled ?? 0),
          String(st.numberAvailable ?? 0),
          nodeSelector ? selectorText(nodeSelector) : '<none>',
          age(ds, cluster),
        ],
        wide: [...containersImages(ds.spec.template), labelSelectorText(ds.spec.selector)],
      };
    },
  },
  Event: {
    // printers.go printEvent: an aggregated event shows "2m (x3 over 5m)".
    header: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
    wide: [],
    row: (e: KubeEvent, cluster) => {
      const since = (t: string) => humanDuration(cluster.now - Date.parse(t));
      const seen =
        e.count > 1
          ? `${since(e.lastTimestamp)} (x${e.count} over ${since(e.firstTimestamp)})`
          : since(e.lastTimestamp);
      return {
        cells: [
          seen,
          e.type,
          e.reason,
          `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`,
          e.message,
        ],
        wide: [],
      };
    },
  },
  Namespace: {
    header: ['NAME', 'STATUS', 'AGE'],
    wide: [],
    row: (ns: KubeObject & { status?: { phase?: string } }, cluster) => ({
      cells: [ns.metadata.name, ns.status?.phase ?? 'Active', age(ns, cluster)],
      wide: [],
    }),
  },
};
