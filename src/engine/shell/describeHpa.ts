// `kubectl describe hpa` (describe.go describeHorizontalPodAutoscalerV2). kubectl asks for the
// newer HPA version first (v2beta2 from kubernetes/kubernetes#75176 until v2 with #114886 in
// v1.27; both print this layout, as kubernetes#73182 shows for v1.13), so whatever version the
// object was written in, it is described from its v2 form: an autoscaling/v1 object's CPU target
// becomes a Resource metric and the annotations the API server keeps v2 status in
// (controllers/hpaStatus.ts) become conditions and current metrics, not shown as annotations.
import type { Cluster } from '../api/cluster.ts';
import {
  cpuTarget,
  previousConditions,
  type HorizontalPodAutoscaler,
} from '../controllers/hpaStatus.ts';
import { annotationLines, eventLines, labelLines, rfc1123z } from './describeText.ts';

/** Annotations the v1 ↔ v2 conversion turns into status fields. */
const STATUS_ANNOTATIONS = new Set([
  'autoscaling.alpha.kubernetes.io/conditions',
  'autoscaling.alpha.kubernetes.io/current-metrics',
  'autoscaling.alpha.kubernetes.io/behavior',
  'autoscaling.alpha.kubernetes.io/metrics',
]);

interface CurrentCpu {
  readonly utilization?: number;
  readonly averageValue?: string;
}

/** The CPU entry of the current metrics, from v2, v2beta1 or v1's annotation. */
function currentCpu(hpa: HorizontalPodAutoscaler): CurrentCpu | undefined {
  type Entry = {
    resource?: {
      name?: string;
      current?: { averageUtilization?: number; averageValue?: string };
      currentAverageUtilization?: number;
      currentAverageValue?: string;
    };
  };
  let list: readonly Entry[];
  if (hpa.apiVersion === 'autoscaling/v1') {
    const text = hpa.metadata.annotations?.['autoscaling.alpha.kubernetes.io/current-metrics'];
    list = text ? (JSON.parse(text) as Entry[]) : [];
  } else list = (hpa.status?.currentMetrics ?? []) as readonly Entry[];
  const r = list.find((m) => m.resource?.name === 'cpu')?.resource;
  if (!r) return undefined;
  const utilization = r.current?.averageUtilization ?? r.currentAverageUtilization;
  const averageValue = r.current?.averageValue ?? r.currentAverageValue;
  return {
    ...(utilization !== undefined ? { utilization } : {}),
    ...(averageValue !== undefined ? { averageValue } : {}),
  };
}

/** The Metrics block: one line per CPU utilization target, the only metric the simulator scales on. */
function metricLines(hpa: HorizontalPodAutoscaler): string[] {
  const target = cpuTarget(hpa);
  if (target === undefined) return [];
  const cur = currentCpu(hpa);
  const current =
    cur?.utilization !== undefined
      ? `${cur.utilization}% (${cur.averageValue ?? '0'})`
      : '<unknown>';
  // Two writes at LEVEL_1 ("resource %s on pods", then "(as a percentage of request):\t"), hence
  // the two-space gaps.
  return [`  resource cpu on pods  (as a percentage of request):\t${current} / ${target}%`];
}

interface ScalingRules {
  readonly stabilizationWindowSeconds?: number;
  readonly selectPolicy?: string;
  readonly policies?: readonly { type: string; value: number; periodSeconds: number }[];
}

/**
 * printDirectionBehavior, for a behavior written in the object. The API server fills unset fields
 * of a given behavior with defaults; that defaulting is not modelled, so only what was written shows.
 */
function directionLines(direction: string, rules: ScalingRules | undefined): string[] {
  if (!rules) return [];
  const out = [`  ${direction}:`];
  if (rules.stabilizationWindowSeconds !== undefined)
    out.push(`    Stabilization Window: ${rules.stabilizationWindowSeconds} seconds`);
  if (rules.policies?.length) {
    out.push(`    Select Policy: ${rules.selectPolicy ?? 'Max'}`, '    Policies:');
    for (const p of rules.policies)
      out.push(`      - Type: ${p.type}\tValue: ${p.value}\tPeriod: ${p.periodSeconds} seconds`);
  }
  return out;
}

export function describeHpaLines(cluster: Cluster, hpa: HorizontalPodAutoscaler): string[] {
  const spec = hpa.spec;
  const status = hpa.status ?? {};
  const ref = spec.scaleTargetRef ?? {};
  const annotations = Object.fromEntries(
    Object.entries(hpa.metadata.annotations ?? {}).filter(([k]) => !STATUS_ANNOTATIONS.has(k)),
  );
  const behavior = spec.behavior as
    { scaleUp?: ScalingRules; scaleDown?: ScalingRules } | undefined;
  const conditions = previousConditions(hpa);
  const num = (v: unknown) => (typeof v === 'number' ? v : 0);
  return [
    `Name:\t${hpa.metadata.name}`,
    `Namespace:\t${hpa.metadata.namespace}`,
    ...labelLines('Labels', hpa.metadata.labels),
    ...annotationLines('Annotations', annotations),
    `CreationTimestamp:\t${rfc1123z(hpa.metadata.creationTimestamp)}`,
    `Reference:\t${ref.kind ?? ''}/${ref.name ?? ''}`,
    'Metrics:\t( current / target )',
    ...metricLines(hpa),
    // The API server defaults minReplicas to 1, so `<unset>` never shows for a stored object.
    `Min replicas:\t${spec.minReplicas ?? 1}`,
    `Max replicas:\t${spec.maxReplicas ?? 0}`,
    ...(behavior
      ? [
          'Behavior:',
          ...directionLines('Scale Up', behavior.scaleUp),
          ...directionLines('Scale Down', behavior.scaleDown),
        ]
      : []),
    `${ref.kind ?? ''} pods:\t${num(status.currentReplicas)} current / ${num(status.desiredReplicas)} desired`,
    ...(conditions.length
      ? [
          'Conditions:',
          '  Type\tStatus\tReason\tMessage',
          '  ----\t------\t------\t-------',
          ...conditions.map((c) => `  ${c.type}\t${c.status}\t${c.reason}\t${c.message}`),
        ]
      : []),
    ...eventLines(cluster, hpa),
  ];
}
