// `kubectl get` columns of ReplicationController, StatefulSet and HorizontalPodAutoscaler
// (printers.go; reference §9.5, §10). Their controllers fill `status`; until one runs, the counts
// are zero and HPA targets `<unknown>`, then the HPA controller's CPU utilization. Merged into
// printers.ts COLUMNS.
import type { Cluster } from '../api/cluster.ts';
import type { KubeObject, Labels } from '../api/objects.ts';
import { currentCpuUtilization, type HorizontalPodAutoscaler } from '../controllers/hpaStatus.ts';
import type { Columns } from './printers.ts';
import { humanDuration } from './table.ts';

const age = (obj: KubeObject, cluster: Cluster) =>
  humanDuration(cluster.now - Date.parse(obj.metadata.creationTimestamp));

const selectorText = (labels: Labels | undefined) => {
  const entries = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
};

interface Templated extends KubeObject {
  readonly spec: {
    readonly replicas?: number;
    readonly selector?: Labels;
    readonly template?: {
      readonly spec?: { readonly containers?: readonly { name: string; image: string }[] };
    };
  };
  readonly status?: Readonly<Record<string, number | undefined>>;
}

function containersImages(o: Templated): string[] {
  const containers = o.spec.template?.spec?.containers ?? [];
  return [containers.map((c) => c.name).join(','), containers.map((c) => c.image).join(',')];
}

interface MetricTarget {
  readonly type?: string;
  readonly averageUtilization?: number;
  readonly averageValue?: string | number;
  readonly value?: string | number;
}
interface Hpa extends KubeObject {
  readonly spec: {
    readonly scaleTargetRef?: { readonly kind?: string; readonly name?: string };
    readonly minReplicas?: number;
    readonly maxReplicas?: number;
    readonly targetCPUUtilizationPercentage?: number;
    readonly metrics?: readonly {
      readonly type?: string;
      readonly resource?: {
        readonly name?: string;
        readonly target?: MetricTarget;
        readonly targetAverageUtilization?: number;
        readonly targetAverageValue?: string;
      };
    }[];
  };
  readonly status?: { readonly currentReplicas?: number };
}

/**
 * TARGETS before the first metrics: `<unknown>/50%` per metric, at most 2 then " + N more...".
 * Servers from v1.30 prefix the resource name (`cpu: <unknown>/50%`, kubernetes PR #122804,
 * merged 2024; the first release carrying it is believed to be v1.30, not checked on a server).
 */
function targets(hpa: Hpa, minor: number): string {
  const prefix = (name: string | undefined) => (minor >= 30 && name ? `${name}: ` : '');
  // The HPA controller reports CPU only (controllers/hpa.ts); other metrics stay <unknown>.
  const cpuNow = currentCpuUtilization(hpa as unknown as HorizontalPodAutoscaler);
  const current = (name: string | undefined) =>
    name === 'cpu' && cpuNow !== undefined ? `${cpuNow}%` : '<unknown>';
  const list: string[] = [];
  if (hpa.spec.targetCPUUtilizationPercentage !== undefined) {
    list.push(`${prefix('cpu')}${current('cpu')}/${hpa.spec.targetCPUUtilizationPercentage}%`);
  }
  for (const m of hpa.spec.metrics ?? []) {
    if (m.type !== 'Resource' || !m.resource) {
      list.push('<unknown>');
      continue;
    }
    const r = m.resource;
    const t = r.target;
    const goal =
      t?.averageUtilization !== undefined
        ? `${t.averageUtilization}%`
        : r.targetAverageUtilization !== undefined
          ? `${r.targetAverageUtilization}%`
          : String(t?.averageValue ?? t?.value ?? r.targetAverageValue ?? '<unknown>');
    const now = goal.endsWith('%') ? current(r.name) : '<unknown>';
    list.push(`${prefix(r.name)}${now}/${goal}`);
  }
  if (list.length === 0) return '<none>';
  return list.length > 2
    ? `${list.slice(0, 2).join(', ')} + ${list.length - 2} more...`
    : list.join(', ');
}

interface JobObject extends Templated {
  readonly spec: Templated['spec'] & { readonly completions?: number };
  readonly status?: Templated['status'] & {
    readonly succeeded?: number;
    readonly failed?: number;
    readonly startTime?: string;
    readonly completionTime?: string;
    readonly conditions?: readonly { readonly type: string; readonly status: string }[];
  };
}

/**
 * printers.go printJob: COMPLETIONS succeeded/completions, DURATION from start to completion (or
 * now). kubectl's table gained a STATUS column (Complete, Failed, Running) in v1.31; which release
 * exactly is not pinned here, but v1.28 has none and v1.33 has it.
 */
function jobColumns(withStatus: boolean): Columns {
  const status = (job: JobObject) => {
    const c = (job.status?.conditions ?? []).find((x) => x.status === 'True');
    return c?.type ?? 'Running';
  };
  const columns: Columns = {
    header: withStatus
      ? ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE']
      : ['NAME', 'COMPLETIONS', 'DURATION', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    row: (job: JobObject, cluster) => {
      const start = job.status?.startTime;
      const end = job.status?.completionTime;
      const duration = start
        ? humanDuration((end ? Date.parse(end) : cluster.now) - Date.parse(start))
        : '';
      return {
        cells: [
          job.metadata.name,
          ...(withStatus ? [status(job)] : []),
          `${job.status?.succeeded ?? 0}/${job.spec.completions ?? 1}`,
          duration,
          age(job, cluster),
        ],
        wide: [...containersImages(job), `controller-uid=${job.metadata.uid}`],
      };
    },
  };
  return withStatus ? columns : { ...columns, since: { minor: 31, columns: jobColumns(true) } };
}

export const WORKLOAD_COLUMNS: Readonly<Record<string, Columns>> = {
  ReplicationController: {
    header: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    row: (rc: Templated, cluster) => ({
      cells: [
        rc.metadata.name,
        String(rc.spec.replicas ?? 0),
        String(rc.status?.replicas ?? 0),
        String(rc.status?.readyReplicas ?? 0),
        age(rc, cluster),
      ],
      wide: [...containersImages(rc), selectorText(rc.spec.selector)],
    }),
  },
  StatefulSet: {
    header: ['NAME', 'READY', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES'],
    row: (sts: Templated, cluster) => ({
      cells: [
        sts.metadata.name,
        `${sts.status?.readyReplicas ?? 0}/${sts.spec.replicas ?? 1}`,
        age(sts, cluster),
      ],
      wide: containersImages(sts),
    }),
  },
  Job: jobColumns(false),
  HorizontalPodAutoscaler: {
    header: ['NAME', 'REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS', 'REPLICAS', 'AGE'],
    wide: [],
    row: (hpa: Hpa, cluster) => ({
      cells: [
        hpa.metadata.name,
        `${hpa.spec.scaleTargetRef?.kind ?? ''}/${hpa.spec.scaleTargetRef?.name ?? ''}`,
        targets(hpa, cluster.preset.minor),
        String(hpa.spec.minReplicas ?? 1),
        String(hpa.spec.maxReplicas ?? 0),
        String(hpa.status?.currentReplicas ?? 0),
        age(hpa, cluster),
      ],
      wide: [],
    }),
  },
};
