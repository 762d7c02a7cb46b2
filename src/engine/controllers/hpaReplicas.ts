// The HPA's replica calculator for a CPU utilization target (pkg/controller/podautoscaler
// replica_calculator.go GetResourceReplicas, groupPods, calculatePodRequests; reference §10):
// pods and samples in, a proposed replica count or an error message out.
import type { Pod } from '../api/objects.ts';
import { isPodReady } from './podLifecycle.ts';

/** --horizontal-pod-autoscaler-tolerance */
export const TOLERANCE = 0.1;
/** --horizontal-pod-autoscaler-cpu-initialization-period */
const CPU_INITIALIZATION_MILLIS = 5 * 60 * 1000;
/** --horizontal-pod-autoscaler-initial-readiness-delay */
const INITIAL_READINESS_DELAY_MILLIS = 30 * 1000;
/** The window metrics-server reports a sample over. */
const METRIC_WINDOW_MILLIS = 15000;

export interface ResourceSample {
  readonly millicores: number;
  /** When metrics-server took it (its last scrape). */
  readonly at: number;
}

export interface ReplicaInput {
  readonly currentReplicas: number;
  /** Target utilization, percent of request. */
  readonly target: number;
  /** Pods the scale target's selector matches, in the lister's (name) order. */
  readonly pods: readonly Pod[];
  /** Samples by pod name, for the pods metrics-server has seen. */
  readonly samples: ReadonlyMap<string, ResourceSample>;
  readonly now: number;
  readonly minor: number;
}

export type ReplicaResult =
  | {
      readonly ok: true;
      readonly replicas: number;
      /** Integer percent of request, as status.currentMetrics reports it. */
      readonly utilization: number;
      /** Average usage per counted pod, millicores. */
      readonly averageMillicores: number;
    }
  | { readonly ok: false; readonly error: string };

/** "250m" -> 250, "0.5" -> 500, "2" -> 2000 (resource.Quantity MilliValue, rounded up). */
export function parseMillicores(q: unknown): number | undefined {
  if (typeof q === 'number') return Math.ceil(q * 1000);
  if (typeof q !== 'string') return undefined;
  const m = /^([0-9.]+)(m?)$/.exec(q.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] === 'm' ? Math.ceil(n) : Math.ceil(n * 1000);
}

function cpuRequest(container: Pod['spec']['containers'][number]): number | undefined {
  const resources = container.resources as { requests?: Record<string, unknown> } | undefined;
  return parseMillicores(resources?.requests?.cpu);
}

/**
 * Every pod's CPU request summed over its containers. A container without one fails the whole
 * calculation; the message names the container and pod from about v1.27 (seen on v1.27 clusters;
 * v1.20-v1.22 reports print the short form; the exact release of the change was not pinned).
 */
function podRequests(input: ReplicaInput): Map<string, number> | string {
  const requests = new Map<string, number>();
  for (const pod of input.pods) {
    let sum = 0;
    for (const c of pod.spec.containers) {
      const r = cpuRequest(c);
      if (r === undefined)
        return input.minor >= 27
          ? `missing request for cpu in container ${c.name} of Pod ${pod.metadata.name}`
          : 'missing request for cpu';
      sum += r;
    }
    requests.set(pod.metadata.name, sum);
  }
  return requests;
}

function readyCondition(pod: Pod): { status: string; lastTransitionTime?: string } | undefined {
  const conditions = (pod.status.conditions ?? []) as {
    type: string;
    status: string;
    lastTransitionTime?: string;
  }[];
  return conditions.find((c) => c.type === 'Ready');
}

/** groupPods for CPU: a sample taken before the pod had been ready one full window is not trusted. */
function isUnready(pod: Pod, sample: ResourceSample, now: number): boolean {
  const condition = readyCondition(pod);
  const start = pod.status.startTime as string | undefined;
  if (!condition || !start) return true;
  const startTime = Date.parse(start);
  const transition = Date.parse(condition.lastTransitionTime ?? start);
  if (startTime + CPU_INITIALIZATION_MILLIS > now)
    return !isPodReady(pod) || sample.at < transition + METRIC_WINDOW_MILLIS;
  return !isPodReady(pod) && startTime + INITIAL_READINESS_DELAY_MILLIS > transition;
}

interface Groups {
  readonly ready: number;
  readonly unready: Set<string>;
  readonly missing: Set<string>;
  readonly ignored: Set<string>;
}

function groupPods(input: ReplicaInput): Groups {
  const groups: Groups = { ready: 0, unready: new Set(), missing: new Set(), ignored: new Set() };
  let ready = 0;
  for (const pod of input.pods) {
    const name = pod.metadata.name;
    if (pod.metadata.deletionTimestamp || pod.status.phase === 'Failed') groups.ignored.add(name);
    else if (pod.status.phase === 'Pending') groups.unready.add(name);
    else if (!input.samples.has(name)) groups.missing.add(name);
    else if (isUnready(pod, input.samples.get(name)!, input.now)) groups.unready.add(name);
    else ready++;
  }
  return { ...groups, ready };
}

/** GetResourceUtilizationRatio: integer percent from the summed usage and requests. */
function utilizationOf(
  metrics: ReadonlyMap<string, number>,
  requests: ReadonlyMap<string, number>,
  target: number,
): { ratio: number; utilization: number; raw: number } {
  let usage = 0;
  let requested = 0;
  for (const [pod, value] of metrics) {
    const r = requests.get(pod);
    if (r === undefined) continue;
    usage += value;
    requested += r;
  }
  const utilization = requested > 0 ? Math.floor((usage * 100) / requested) : 0;
  const raw = metrics.size > 0 ? Math.floor(usage / metrics.size) : 0;
  return { ratio: utilization / target, utilization, raw };
}

export function resourceReplicas(input: ReplicaInput): ReplicaResult {
  if (input.samples.size === 0)
    return {
      ok: false,
      error:
        'unable to get metrics for resource cpu: no metrics returned from resource metrics API',
    };
  if (input.pods.length === 0)
    return { ok: false, error: 'no pods returned by selector while calculating replica count' };
  const groups = groupPods(input);
  const metrics = new Map<string, number>();
  for (const pod of input.pods) {
    const name = pod.metadata.name;
    const sample = input.samples.get(name);
    if (sample && !groups.ignored.has(name) && !groups.unready.has(name))
      metrics.set(name, sample.millicores);
  }
  const requests = podRequests(input);
  if (typeof requests === 'string') return { ok: false, error: requests };
  if (metrics.size === 0) return { ok: false, error: 'did not receive metrics for any ready pods' };

  const first = utilizationOf(metrics, requests, input.target);
  const result = (replicas: number): ReplicaResult => ({
    ok: true,
    replicas,
    utilization: first.utilization,
    averageMillicores: first.raw,
  });
  const rebalanceUnready = groups.unready.size > 0 && first.ratio > 1;
  if (!rebalanceUnready && groups.missing.size === 0) {
    if (Math.abs(1 - first.ratio) <= TOLERANCE) return result(input.currentReplicas);
    return result(Math.ceil(first.ratio * groups.ready));
  }
  // Pods without a sample count as using their whole request when scaling down and nothing when
  // scaling up; not-yet-ready pods count as idle when scaling up, so scaling never overshoots.
  for (const name of groups.missing) {
    if (first.ratio < 1) metrics.set(name, requests.get(name) ?? 0);
    else if (first.ratio > 1) metrics.set(name, 0);
  }
  if (rebalanceUnready) for (const name of groups.unready) metrics.set(name, 0);
  const second = utilizationOf(metrics, requests, input.target).ratio;
  const flips = (first.ratio < 1 && second > 1) || (first.ratio > 1 && second < 1);
  if (Math.abs(1 - second) <= TOLERANCE || flips) return result(input.currentReplicas);
  const replicas = Math.ceil(second * metrics.size);
  if (
    (second < 1 && replicas > input.currentReplicas) ||
    (second > 1 && replicas < input.currentReplicas)
  )
    return result(input.currentReplicas);
  return result(replicas);
}
