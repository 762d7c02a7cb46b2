// What the HPA controller reads from and writes to a HorizontalPodAutoscaler in each served
// version: the CPU target (autoscaling/v1 targetCPUUtilizationPercentage; v2 and v2beta2
// metrics[].resource.target.averageUtilization; v2beta1 targetAverageUtilization) and the status.
// autoscaling/v1 has no field for conditions or metric statuses, so the API server keeps them in
// annotations when it serves a v1 object; the controller's status is written here the same way.
import { timestamp, type Cluster } from '../api/cluster.ts';
import type { KubeObject } from '../api/objects.ts';

export interface MetricSpec {
  readonly type?: string;
  readonly resource?: {
    readonly name?: string;
    readonly target?: { readonly type?: string; readonly averageUtilization?: number };
    readonly targetAverageUtilization?: number;
  };
}

export interface HorizontalPodAutoscaler extends KubeObject {
  readonly kind: 'HorizontalPodAutoscaler';
  readonly spec: {
    readonly scaleTargetRef?: {
      readonly apiVersion?: string;
      readonly kind?: string;
      readonly name?: string;
    };
    readonly minReplicas?: number;
    readonly maxReplicas?: number;
    readonly targetCPUUtilizationPercentage?: number;
    readonly metrics?: readonly MetricSpec[];
    readonly [field: string]: unknown;
  };
  readonly status?: Readonly<Record<string, unknown>>;
}

export interface Condition {
  readonly type: 'AbleToScale' | 'ScalingActive' | 'ScalingLimited';
  readonly status: 'True' | 'False';
  readonly reason: string;
  readonly message: string;
  readonly lastTransitionTime?: string;
}

/** The HPA's state after one sync, in version-neutral form. */
export interface HpaOutcome {
  readonly currentReplicas: number;
  /** Undefined keeps the previous status.desiredReplicas (a sync that could not compute one). */
  readonly desiredReplicas?: number;
  readonly conditions: readonly Condition[];
  /** undefined: no metric status; null: the metric failed (an empty status entry, `type: ""`). */
  readonly cpu?: { readonly utilization: number; readonly averageMillicores: number } | null;
  readonly rescaled: boolean;
}

const DEFAULT_CPU_UTILIZATION = 80;
const CONDITIONS = 'autoscaling.alpha.kubernetes.io/conditions';
const CURRENT_METRICS = 'autoscaling.alpha.kubernetes.io/current-metrics';

/**
 * The CPU utilization target, or undefined when the HPA scales on other metrics only. No target
 * at all means the default policy, 80% CPU (autoscaling/v2 defaults.go; v1 defaults it in the
 * controller's conversion).
 */
export function cpuTarget(hpa: HorizontalPodAutoscaler): number | undefined {
  if (hpa.apiVersion === 'autoscaling/v1')
    return hpa.spec.targetCPUUtilizationPercentage ?? DEFAULT_CPU_UTILIZATION;
  const metrics = hpa.spec.metrics ?? [];
  if (metrics.length === 0) return DEFAULT_CPU_UTILIZATION;
  const cpu = metrics.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu');
  return cpu?.resource?.target?.averageUtilization ?? cpu?.resource?.targetAverageUtilization;
}

/** Conditions as the previous status holds them, whichever version the object is. */
export function previousConditions(hpa: HorizontalPodAutoscaler): readonly Condition[] {
  if (hpa.apiVersion !== 'autoscaling/v1')
    return (hpa.status?.conditions as readonly Condition[] | undefined) ?? [];
  const text = hpa.metadata.annotations?.[CONDITIONS];
  return text ? (JSON.parse(text) as Condition[]) : [];
}

/** setCondition: a condition keeps its lastTransitionTime while its status stays the same. */
export function withCondition(
  cluster: Cluster,
  previous: readonly Condition[],
  list: readonly Condition[],
  next: Condition,
): Condition[] {
  const before = previous.find((c) => c.type === next.type);
  const stamped: Condition = {
    type: next.type,
    status: next.status,
    lastTransitionTime:
      before && before.status === next.status && before.lastTransitionTime
        ? before.lastTransitionTime
        : timestamp(cluster),
    reason: next.reason,
    message: next.message,
  };
  const at = list.findIndex((c) => c.type === next.type);
  return at < 0 ? [...list, stamped] : list.map((c, i) => (i === at ? stamped : c));
}

function millicoresText(m: number): string {
  return m % 1000 === 0 ? String(m / 1000) : `${m}m`;
}

function v2MetricStatus(hpa: HorizontalPodAutoscaler, cpu: NonNullable<HpaOutcome['cpu']>) {
  if (hpa.apiVersion === 'autoscaling/v2beta1')
    return {
      type: 'Resource',
      resource: {
        name: 'cpu',
        currentAverageUtilization: cpu.utilization,
        currentAverageValue: millicoresText(cpu.averageMillicores),
      },
    };
  return {
    type: 'Resource',
    resource: {
      name: 'cpu',
      current: {
        averageUtilization: cpu.utilization,
        averageValue: millicoresText(cpu.averageMillicores),
      },
    },
  };
}

/** The HPA with its status (and, for v1, the annotations standing in for status fields). */
export function withStatus(
  cluster: Cluster,
  hpa: HorizontalPodAutoscaler,
  outcome: HpaOutcome,
): HorizontalPodAutoscaler {
  const old = hpa.status ?? {};
  const desiredReplicas =
    outcome.desiredReplicas ?? (old.desiredReplicas as number | undefined) ?? 0;
  const lastScaleTime = outcome.rescaled ? timestamp(cluster) : old.lastScaleTime;
  const common = {
    currentReplicas: outcome.currentReplicas,
    desiredReplicas,
    ...(lastScaleTime !== undefined ? { lastScaleTime } : {}),
  };
  if (hpa.apiVersion !== 'autoscaling/v1') {
    const currentMetrics =
      outcome.cpu === undefined
        ? undefined
        : outcome.cpu === null
          ? [{ type: '' }]
          : [v2MetricStatus(hpa, outcome.cpu)];
    return {
      ...hpa,
      status: {
        conditions: outcome.conditions,
        ...(currentMetrics ? { currentMetrics } : {}),
        ...common,
      },
    };
  }
  const annotations: Record<string, string> = {
    ...hpa.metadata.annotations,
    [CONDITIONS]: JSON.stringify(outcome.conditions),
  };
  if (outcome.cpu)
    annotations[CURRENT_METRICS] = JSON.stringify([
      {
        type: 'Resource',
        resource: {
          name: 'cpu',
          currentAverageUtilization: outcome.cpu.utilization,
          currentAverageValue: millicoresText(outcome.cpu.averageMillicores),
        },
      },
    ]);
  return {
    ...hpa,
    metadata: { ...hpa.metadata, annotations },
    status: {
      ...common,
      ...(outcome.cpu ? { currentCPUUtilizationPercentage: outcome.cpu.utilization } : {}),
    },
  };
}

/** The current CPU utilization the status reports, if any (for TARGETS). */
export function currentCpuUtilization(hpa: HorizontalPodAutoscaler): number | undefined {
  const status = hpa.status ?? {};
  if (hpa.apiVersion === 'autoscaling/v1')
    return status.currentCPUUtilizationPercentage as number | undefined;
  const metrics = (status.currentMetrics ?? []) as readonly {
    resource?: {
      name?: string;
      current?: { averageUtilization?: number };
      currentAverageUtilization?: number;
    };
  }[];
  const cpu = metrics.find((m) => m.resource?.name === 'cpu')?.resource;
  return cpu?.current?.averageUtilization ?? cpu?.currentAverageUtilization;
}
