// The HorizontalPodAutoscaler controller (pkg/controller/podautoscaler/horizontal.go
// reconcileAutoscaler; reference §10). Every HPA is synced when first seen and then every 15 s
// (--horizontal-pod-autoscaler-sync-period) through an 'hpa-sync' timer. It scales the target by
// writing its spec.replicas; the Deployment and ReplicaSet controllers do the rest.
//
// Only the behaviour-less path is modelled (normalizeDesiredReplicas): scale-up at most to
// max(2 x current, 4) per sync, scale-down to the highest recommendation of the last 300 s. An HPA
// with spec.behavior is treated the same; its defaults give the same limits, though its
// conditions would name ScaleUpStabilized/ScaleDownStabilized reasons in their own words.
import {
  getObject,
  listObjects,
  setTimer,
  timerOf,
  updateObject,
  type Cluster,
  type Ctx,
  type HpaRecommendation,
} from '../api/cluster.ts';
import { recordEvent } from '../api/events.ts';
import { keyOf, selectorMatches, type Deployment, type Pod } from '../api/objects.ts';
import {
  hasMetrics,
  lastScrape,
  metricsApiAvailable,
  metricsApiRegistered,
  podCpuMillicores,
} from './cpuMetrics.ts';
import { resourceReplicas, type ResourceSample } from './hpaReplicas.ts';
import {
  cpuTarget,
  previousConditions,
  withCondition,
  withStatus,
  type Condition,
  type HorizontalPodAutoscaler,
} from './hpaStatus.ts';

export const SYNC_PERIOD_MILLIS = 15000;
/** --horizontal-pod-autoscaler-downscale-stabilization */
const DOWNSCALE_STABILIZATION_MILLIS = 300 * 1000;
const SOURCE = { component: 'horizontal-pod-autoscaler' };
const METRIC_NAME = 'cpu resource utilization (percentage of request)';

/** The kinds whose scale subresource the simulator serves, with the resource name errors use. */
const SCALABLE: Readonly<Record<string, string>> = {
  Deployment: 'deployments.apps',
  ReplicaSet: 'replicasets.apps',
  ReplicationController: 'replicationcontrollers',
};

type Scalable = Deployment;

/** Syncs HPAs the controller has not seen yet (no timer), as its informer's add event would. */
export function syncNewAutoscalers(cluster: Cluster, ctx: Ctx): Cluster {
  for (const hpa of listObjects<HorizontalPodAutoscaler>(cluster, 'HorizontalPodAutoscaler')) {
    if (timerOf(cluster, 'hpa-sync', keyOf(hpa))) continue;
    cluster = syncAutoscaler(cluster, ctx, keyOf(hpa));
  }
  return cluster;
}

/** One sync of one HPA, then the next one 15 s later. A deleted HPA is forgotten. */
export function syncAutoscaler(cluster: Cluster, ctx: Ctx, key: string): Cluster {
  const hpa = cluster.objects.get(key) as HorizontalPodAutoscaler | undefined;
  if (!hpa) {
    const hpaRecommendations = new Map(cluster.hpaRecommendations);
    hpaRecommendations.delete(key);
    return { ...cluster, hpaRecommendations };
  }
  cluster = reconcileAutoscaler(cluster, ctx, hpa);
  return setTimer(cluster, { at: cluster.now + SYNC_PERIOD_MILLIS, kind: 'hpa-sync', key });
}

interface Sync {
  cluster: Cluster;
  conditions: Condition[];
  readonly previous: readonly Condition[];
}

function setCondition(
  sync: Sync,
  type: Condition['type'],
  status: boolean,
  reason: string,
  message: string,
) {
  sync.conditions = withCondition(sync.cluster, sync.previous, sync.conditions, {
    type,
    status: status ? 'True' : 'False',
    reason,
    message,
  });
}

function warn(sync: Sync, ctx: Ctx, hpa: HorizontalPodAutoscaler, reason: string, message: string) {
  sync.cluster = recordEvent(sync.cluster, ctx, hpa, 'Warning', reason, message, SOURCE);
}

function reconcileAutoscaler(cluster: Cluster, ctx: Ctx, hpa: HorizontalPodAutoscaler): Cluster {
  const sync: Sync = { cluster, conditions: [], previous: previousConditions(hpa) };
  const ns = hpa.metadata.namespace ?? 'default';
  const ref = hpa.spec.scaleTargetRef ?? {};
  const resource = SCALABLE[ref.kind ?? ''];
  const target = resource
    ? getObject<Scalable>(cluster, ref.kind as 'Deployment', ns, ref.name ?? '')
    : undefined;
  if (!target) {
    // The scale subresource's NotFound error, as the API server words it.
    const err = resource
      ? `${resource} "${ref.name ?? ''}" not found`
      : `no matches for kind "${ref.kind ?? ''}" in group "${(ref.apiVersion ?? '').split('/')[0] ?? ''}"`;
    warn(sync, ctx, hpa, 'FailedGetScale', err);
    setCondition(
      sync,
      'AbleToScale',
      false,
      'FailedGetScale',
      `the HPA controller was unable to get the target's current scale: ${err}`,
    );
    return store(sync, hpa, {
      currentReplicas: currentOf(hpa),
      conditions: sync.conditions,
      rescaled: false,
    });
  }
  setCondition(
    sync,
    'AbleToScale',
    true,
    'SucceededGetScale',
    "the HPA controller was able to get the target's current scale",
  );
  const key = keyOf(hpa);
  const current = target.spec.replicas;
  recordInitialRecommendation(sync, key, current);
  const min = hpa.spec.minReplicas ?? 1;
  const max = hpa.spec.maxReplicas ?? 0;

  let desired: number;
  let reason = '';
  let cpu: { utilization: number; averageMillicores: number } | null | undefined;
  if (current === 0 && min !== 0) {
    setCondition(
      sync,
      'ScalingActive',
      false,
      'ScalingDisabled',
      'scaling is disabled since the replica count of the target is zero',
    );
    return store(sync, hpa, {
      currentReplicas: 0,
      desiredReplicas: 0,
      conditions: sync.conditions,
      rescaled: false,
    });
  } else if (current > max) {
    desired = max;
    reason = 'Current number of replicas above Spec.MaxReplicas';
  } else if (current < min) {
    desired = min;
    reason = 'Current number of replicas below Spec.MinReplicas';
  } else {
    const goal = cpuTarget(hpa);
    // Other metric types need a custom or external metrics API, which no preset serves.
    if (goal === undefined)
      return store(sync, hpa, {
        currentReplicas: current,
        conditions: sync.conditions,
        rescaled: false,
      });
    const proposal = cpuProposal(cluster, target, goal, current);
    if (!proposal.ok) {
      const err = `failed to get cpu utilization: ${proposal.error}`;
      warn(sync, ctx, hpa, 'FailedGetResourceMetric', err);
      setCondition(
        sync,
        'ScalingActive',
        false,
        'FailedGetResourceMetric',
        `the HPA was unable to compute the replica count: ${err}`,
      );
      // The wrapping into "invalid metrics ..." is current horizontal.go; not checked per release.
      warn(
        sync,
        ctx,
        hpa,
        'FailedComputeMetricsReplicas',
        `invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: ${err}`,
      );
      return store(sync, hpa, {
        currentReplicas: current,
        conditions: sync.conditions,
        cpu: null,
        rescaled: false,
      });
    }
    setCondition(
      sync,
      'ScalingActive',
      true,
      'ValidMetricFound',
      `the HPA was able to successfully calculate a replica count from ${METRIC_NAME}`,
    );
    cpu = { utilization: proposal.utilization, averageMillicores: proposal.averageMillicores };
    desired = proposal.replicas;
    if (desired > current) reason = `${METRIC_NAME} above target`;
    if (desired < current) reason = 'All metrics below target';
    desired = normalize(sync, key, current, desired, min, max);
  }

  const rescaled = desired !== current;
  if (rescaled) {
    [sync.cluster] = updateObject(sync.cluster, {
      ...target,
      metadata: { ...target.metadata, generation: (target.metadata.generation ?? 1) + 1 },
      spec: { ...target.spec, replicas: desired },
    });
    setCondition(
      sync,
      'AbleToScale',
      true,
      'SucceededRescale',
      `the HPA controller was able to update the target scale to ${desired}`,
    );
    sync.cluster = recordEvent(
      sync.cluster,
      ctx,
      hpa,
      'Normal',
      'SuccessfulRescale',
      `New size: ${desired}; reason: ${reason}`,
      SOURCE,
    );
  }
  return store(sync, hpa, {
    currentReplicas: current,
    desiredReplicas: rescaled ? desired : current,
    conditions: sync.conditions,
    ...(cpu !== undefined ? { cpu } : {}),
    rescaled,
  });
}

const currentOf = (hpa: HorizontalPodAutoscaler) =>
  (hpa.status?.currentReplicas as number | undefined) ?? 0;

function store(
  sync: Sync,
  hpa: HorizontalPodAutoscaler,
  outcome: Parameters<typeof withStatus>[2],
): Cluster {
  const latest =
    (sync.cluster.objects.get(keyOf(hpa)) as HorizontalPodAutoscaler | undefined) ?? hpa;
  [sync.cluster] = updateObject(sync.cluster, withStatus(sync.cluster, latest, outcome));
  return sync.cluster;
}

/** Samples from metrics-server (or the error the metrics client gets without it) and the proposal. */
function cpuProposal(cluster: Cluster, target: Scalable, goal: number, current: number) {
  const group = '(get pods.metrics.k8s.io)';
  const prefix =
    'unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API:';
  if (!metricsApiRegistered(cluster))
    return {
      ok: false as const,
      error: `${prefix} the server could not find the requested resource ${group}`,
    };
  if (!metricsApiAvailable(cluster))
    return {
      ok: false as const,
      error: `${prefix} the server is currently unable to handle the request ${group}`,
    };
  const ns = target.metadata.namespace ?? 'default';
  const pods = listObjects<Pod>(cluster, 'Pod', ns).filter((p) =>
    selectorMatches(target.spec.selector, p.metadata.labels),
  );
  const samples = new Map<string, ResourceSample>();
  for (const p of pods) {
    const millicores = hasMetrics(cluster, p) ? podCpuMillicores(cluster, p) : undefined;
    if (millicores !== undefined)
      samples.set(p.metadata.name, { millicores, at: lastScrape(cluster.now) });
  }
  return resourceReplicas({
    currentReplicas: current,
    target: goal,
    pods,
    samples,
    now: cluster.now,
    minor: cluster.preset.minor,
  });
}

function recordInitialRecommendation(sync: Sync, key: string, replicas: number) {
  if (sync.cluster.hpaRecommendations.has(key)) return;
  const hpaRecommendations = new Map(sync.cluster.hpaRecommendations);
  hpaRecommendations.set(key, [{ at: sync.cluster.now, replicas }]);
  sync.cluster = { ...sync.cluster, hpaRecommendations };
}

/** stabilizeRecommendation: the highest recommendation of the window; the oldest expired one is replaced. */
function stabilize(sync: Sync, key: string, proposed: number): number {
  const cutoff = sync.cluster.now - DOWNSCALE_STABILIZATION_MILLIS;
  const recs: HpaRecommendation[] = [...(sync.cluster.hpaRecommendations.get(key) ?? [])];
  let highest = proposed;
  let expired = -1;
  recs.forEach((r, i) => {
    if (r.at < cutoff) expired = i;
    else if (r.replicas > highest) highest = r.replicas;
  });
  const fresh = { at: sync.cluster.now, replicas: proposed };
  if (expired >= 0) recs[expired] = fresh;
  else recs.push(fresh);
  const hpaRecommendations = new Map(sync.cluster.hpaRecommendations);
  hpaRecommendations.set(key, recs);
  sync.cluster = { ...sync.cluster, hpaRecommendations };
  return highest;
}

/** normalizeDesiredReplicas and convertDesiredReplicasWithRules. */
function normalize(
  sync: Sync,
  key: string,
  current: number,
  proposed: number,
  min: number,
  max: number,
): number {
  const stabilized = stabilize(sync, key, proposed);
  if (stabilized !== proposed)
    setCondition(
      sync,
      'AbleToScale',
      true,
      'ScaleDownStabilized',
      'recent recommendations were higher than current one, applying the highest recent recommendation',
    );
  else
    setCondition(
      sync,
      'AbleToScale',
      true,
      'ReadyForNewScale',
      'recommended size matches current size',
    );

  const scaleUpLimit = Math.max(2 * current, 4);
  let limit = max;
  let condition = 'TooManyReplicas';
  let message = 'the desired replica count is more than the maximum replica count';
  if (max > scaleUpLimit) {
    limit = scaleUpLimit;
    condition = 'ScaleUpLimit';
    message = 'the desired replica count is increasing faster than the maximum scale rate';
  }
  let desired = stabilized;
  if (stabilized < min) {
    desired = min;
    condition = 'TooFewReplicas';
    message = 'the desired replica count is less than the minimum replica count';
  } else if (stabilized > limit) desired = limit;
  else {
    condition = 'DesiredWithinRange';
    message = 'the desired count is within the acceptable range';
  }
  setCondition(sync, 'ScalingLimited', desired !== stabilized, condition, message);
  return desired;
}
