// The Deployment controller (pkg/controller/deployment; reference §2.1-§2.3): one ReplicaSet per
// pod template, named <deployment>-<pod-template-hash>, rolled step by step as pods become
// available (RollingUpdate with maxSurge/maxUnavailable) or all at once (Recreate).
import { podsControlledBy } from '../api/podIndex.ts';
import {
  compareNames,
  createObject,
  sameContent,
  timestamp,
  updateObject,
  type Cluster,
  type Ctx,
} from '../api/cluster.ts';
import { recordEvent } from '../api/events.ts';
import type { Deployment, Pod, ReplicaSet } from '../api/objects.ts';
import { fnv32a, safeEncode } from '../util/hash.ts';
import { sortedJson } from '../util/sortedJson.ts';
import { isPodReady, isTerminating } from './podLifecycle.ts';

const SOURCE = { component: 'deployment-controller' };
const REVISION = 'deployment.kubernetes.io/revision';

/**
 * ComputeHash: FNV-32a over the template, the decimal uint32 re-encoded with SafeEncodeString, so
 * the hash is 1-10 characters of {4,5,6,7,8,9,b,c,d,f}.
 */
const hashes = new WeakMap<object, string>();

export function podTemplateHash(template: unknown): string {
  // Templates are immutable values: a stored template's hash never changes.
  const hit = typeof template === 'object' && template !== null ? hashes.get(template) : undefined;
  if (hit !== undefined) return hit;
  const hash = safeEncode(String(fnv32a(sortedJson(template))));
  if (typeof template === 'object' && template !== null) hashes.set(template, hash);
  return hash;
}

/** The template without the pod-template-hash label, to compare a ReplicaSet with a Deployment. */
function templateWithoutHash(rs: ReplicaSet): unknown {
  const { ['pod-template-hash']: _hash, ...labels } = rs.spec.template.metadata.labels ?? {};
  return { ...rs.spec.template, metadata: { ...rs.spec.template.metadata, labels } };
}

/** rs.spec.template -> the Deployment template it was last compared with, and the answer. */
const compared = new WeakMap<object, { readonly with: object; readonly same: boolean }>();

/**
 * Whether the ReplicaSet runs the Deployment's pod template (its own differs only by the
 * pod-template-hash label). Templates are values kept through status writes, so the answer is
 * remembered per pair: the controller and the status loop ask it of every ReplicaSet each pass.
 */
function runsTemplateOf(rs: ReplicaSet, d: Deployment): boolean {
  const hit = compared.get(rs.spec.template);
  if (hit?.with === d.spec.template) return hit.same;
  const same = sameContent(templateWithoutHash(rs), d.spec.template);
  compared.set(rs.spec.template, { with: d.spec.template, same });
  return same;
}

/** A count or a percentage (25% when unset) of `replicas`, rounded up or down. */
function resolveFencepost(v: number | string | undefined, replicas: number, up: boolean): number {
  const value = v ?? '25%';
  if (typeof value === 'number') return value;
  const pct = (Number(value.replace('%', '')) * replicas) / 100;
  return up ? Math.ceil(pct) : Math.floor(pct);
}

/** maxSurge rounds up, maxUnavailable down; both 0 makes maxUnavailable 1 (ResolveFenceposts). */
export function resolveFenceposts(d: Deployment): { surge: number; unavailable: number } {
  const strategy = (d.spec.strategy ?? {}) as {
    rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string };
  };
  const surge = resolveFencepost(strategy.rollingUpdate?.maxSurge, d.spec.replicas, true);
  const unavailable = resolveFencepost(
    strategy.rollingUpdate?.maxUnavailable,
    d.spec.replicas,
    false,
  );
  return surge === 0 && unavailable === 0 ? { surge, unavailable: 1 } : { surge, unavailable };
}

const revisionOf = (rs: ReplicaSet) => Number(rs.metadata.annotations?.[REVISION] ?? 0);
const available = (rs: ReplicaSet) =>
  Number((rs.status as { availableReplicas?: number } | undefined)?.availableReplicas ?? 0);

function scaleMessage(cluster: Cluster, rs: ReplicaSet, to: number): string {
  const up = to > rs.spec.replicas ? 'up' : 'down';
  // kubectl-visible wording changed when the controller began to say where it scaled from.
  return cluster.preset.minor >= 28
    ? `Scaled ${up} replica set ${rs.metadata.name} from ${rs.spec.replicas} to ${to}`
    : `Scaled ${up} replica set ${rs.metadata.name} to ${to}`;
}

function scaleTo(cluster: Cluster, ctx: Ctx, d: Deployment, rs: ReplicaSet, to: number): Cluster {
  if (rs.spec.replicas === to) return cluster;
  const message = scaleMessage(cluster, rs, to);
  const annotations = {
    ...rs.metadata.annotations,
    'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas),
    'deployment.kubernetes.io/max-replicas': String(d.spec.replicas + resolveFenceposts(d).surge),
  };
  [cluster] = updateObject(cluster, {
    ...rs,
    metadata: { ...rs.metadata, annotations, generation: (rs.metadata.generation ?? 1) + 1 },
    spec: { ...rs.spec, replicas: to },
  });
  return recordEvent(cluster, ctx, d, 'Normal', 'ScalingReplicaSet', message, SOURCE);
}

function newReplicaSet(
  cluster: Cluster,
  ctx: Ctx,
  d: Deployment,
  hash: string,
  revision: number,
  replicas: number,
): [Cluster, ReplicaSet] {
  const labels = { ...d.spec.template.metadata.labels, 'pod-template-hash': hash };
  const changeCause = d.metadata.annotations?.['kubernetes.io/change-cause'];
  return createObject<ReplicaSet>(cluster, ctx, {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      uid: '',
      resourceVersion: '',
      creationTimestamp: '',
      generation: 1,
      labels,
      annotations: {
        'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas),
        'deployment.kubernetes.io/max-replicas': String(
          d.spec.replicas + resolveFenceposts(d).surge,
        ),
        [REVISION]: String(revision),
        ...(changeCause ? { 'kubernetes.io/change-cause': changeCause } : {}),
      },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          blockOwnerDeletion: true,
          controller: true,
          kind: 'Deployment',
          name: d.metadata.name,
          uid: d.metadata.uid,
        },
      ],
    },
    spec: {
      replicas,
      selector: {
        ...d.spec.selector,
        matchLabels: { ...d.spec.selector.matchLabels, 'pod-template-hash': hash },
      },
      template: { ...d.spec.template, metadata: { ...d.spec.template.metadata, labels } },
    },
  });
}

/** Gives `rs` the next revision (a rollback to an older template reuses its ReplicaSet, §2.3). */
function promote(
  cluster: Cluster,
  rs: ReplicaSet,
  revision: number,
  d: Deployment,
): [Cluster, ReplicaSet] {
  const old = rs.metadata.annotations?.[REVISION];
  const history = [rs.metadata.annotations?.['deployment.kubernetes.io/revision-history'], old]
    .filter(Boolean)
    .join(',');
  const changeCause = d.metadata.annotations?.['kubernetes.io/change-cause'];
  return updateObject(cluster, {
    ...rs,
    metadata: {
      ...rs.metadata,
      annotations: {
        ...rs.metadata.annotations,
        [REVISION]: String(revision),
        ...(history ? { 'deployment.kubernetes.io/revision-history': history } : {}),
        ...(changeCause ? { 'kubernetes.io/change-cause': changeCause } : {}),
      },
    },
  });
}

function podsOf(cluster: Cluster, rs: ReplicaSet): Pod[] {
  // Pods name their ReplicaSet first among their owners (the only owner a controller sets).
  return podsControlledBy(cluster, rs.metadata.uid).filter(
    (p) => p.metadata.ownerReferences?.[0]?.uid === rs.metadata.uid,
  );
}

/** The Deployment's ReplicaSets (the store groups them by owner), by name. */
function replicaSetsOf(cluster: Cluster, d: Deployment): ReplicaSet[] {
  return ([...cluster.objects.ownedBy('ReplicaSet', d.metadata.uid)] as ReplicaSet[]).sort((a, b) =>
    compareNames(a.metadata.name, b.metadata.name),
  );
}

export function syncDeployment(cluster: Cluster, ctx: Ctx, d: Deployment): Cluster {
  const hash = podTemplateHash(d.spec.template);
  const owned = replicaSetsOf(cluster, d);
  const maxRevision = Math.max(0, ...owned.map(revisionOf));
  let current = owned.find((rs) => runsTemplateOf(rs, d));
  const olds = owned.filter((rs) => rs !== current);
  const oldPods = olds.reduce((n, rs) => n + rs.spec.replicas, 0);
  const recreate = (d.spec.strategy as { type?: string } | undefined)?.type === 'Recreate';

  const { surge, unavailable } = resolveFenceposts(d);
  // An existing new ReplicaSet takes the next revision first (getAllReplicaSetsAndSyncRevision).
  if (current && revisionOf(current) < maxRevision)
    [cluster, current] = promote(cluster, current, maxRevision + 1, d);
  if (recreate) {
    // Recreate (rolloutRecreate): every old pod goes first; the new ReplicaSet is made, or grows,
    // only once none is left.
    for (const rs of olds) cluster = scaleTo(cluster, ctx, d, rs, 0);
    if (olds.some((rs) => podsOf(cluster, rs).length > 0)) return cluster;
  }
  if (!current) {
    // getNewReplicaSet: the ReplicaSet is created at its first size (NewRSNewReplicas: all the
    // replicas for Recreate, or as many as replicas + maxSurge leaves room for beside the old
    // ReplicaSets), and the scale-up is told as the creation's event.
    const room = d.spec.replicas + surge - oldPods;
    const initial = recreate || room >= d.spec.replicas ? d.spec.replicas : Math.max(0, room);
    [cluster, current] = newReplicaSet(cluster, ctx, d, hash, maxRevision + 1, initial);
    if (initial > 0)
      cluster = recordEvent(
        cluster,
        ctx,
        d,
        'Normal',
        'ScalingReplicaSet',
        scaleMessage(cluster, { ...current, spec: { ...current.spec, replicas: 0 } }, initial),
        SOURCE,
      );
  }
  if (recreate) return scaleTo(cluster, ctx, d, current, d.spec.replicas);

  const refresh = (rs: ReplicaSet) =>
    cluster.objects.get(`ReplicaSet/${rs.metadata.namespace}/${rs.metadata.name}`) as ReplicaSet;
  // Scale the new ReplicaSet up, within replicas + maxSurge pods in all.
  const all = () => [refresh(current!), ...olds.map(refresh)];
  const total = () => all().reduce((n, rs) => n + rs.spec.replicas, 0);
  const cur = refresh(current);
  if (cur.spec.replicas > d.spec.replicas) cluster = scaleTo(cluster, ctx, d, cur, d.spec.replicas);
  else {
    const up = Math.max(
      0,
      Math.min(d.spec.replicas + surge - total(), d.spec.replicas - cur.spec.replicas),
    );
    if (up > 0) cluster = scaleTo(cluster, ctx, d, cur, cur.spec.replicas + up);
  }
  // Scale old ReplicaSets down, keeping replicas - maxUnavailable pods available.
  const oldNow = olds.map(refresh).filter((rs) => rs.spec.replicas > 0);
  if (oldNow.length === 0) return cluster;
  const minAvailable = d.spec.replicas - unavailable;
  const newRS = refresh(current);
  const newUnavailable = Math.max(0, newRS.spec.replicas - available(newRS));
  let allowed = total() - minAvailable - newUnavailable;
  if (allowed <= 0) return cluster;
  // First the old pods that are not available anyway, then available ones, oldest ReplicaSet first.
  const oldest = [...oldNow].sort((a, b) =>
    a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : 1,
  );
  for (const rs of oldest) {
    const unhealthy = Math.max(0, rs.spec.replicas - available(rs));
    const cut = Math.min(unhealthy, allowed);
    if (cut > 0) {
      cluster = scaleTo(cluster, ctx, d, rs, rs.spec.replicas - cut);
      allowed -= cut;
    }
  }
  const availableAll = all().reduce((n, rs) => n + available(rs), 0);
  let scaleDown = Math.min(allowed, availableAll - minAvailable);
  for (const rs of oldest.map(refresh)) {
    if (scaleDown <= 0) break;
    const cut = Math.min(rs.spec.replicas, scaleDown);
    if (cut > 0) {
      cluster = scaleTo(cluster, ctx, d, rs, rs.spec.replicas - cut);
      scaleDown -= cut;
    }
  }
  return cluster;
}

/** The Deployment's status and revision annotation, from its ReplicaSets' pods. */
export function deploymentStatus(cluster: Cluster, d: Deployment): Deployment {
  const owned = replicaSetsOf(cluster, d);
  const current = owned.find((rs) => runsTemplateOf(rs, d));
  const pods = owned.flatMap((rs) => podsOf(cluster, rs)).filter((p) => !isTerminating(p));
  const updated = current ? podsOf(cluster, current).filter((p) => !isTerminating(p)).length : 0;
  const ready = pods.filter(isPodReady).length;
  const status: Record<string, unknown> = {
    observedGeneration: d.metadata.generation ?? 1,
    replicas: pods.length,
    updatedReplicas: updated,
  };
  if (ready > 0) Object.assign(status, { availableReplicas: ready, readyReplicas: ready });
  if (d.spec.replicas - ready > 0) status.unavailableReplicas = d.spec.replicas - ready;
  const { unavailable } = resolveFenceposts(d);
  const minimum = ready >= d.spec.replicas - unavailable;
  const done =
    current !== undefined &&
    updated === d.spec.replicas &&
    pods.length === d.spec.replicas &&
    ready === d.spec.replicas;
  const previous = (d.status?.conditions ?? []) as {
    type: string;
    status: string;
    reason: string;
    lastTransitionTime: string;
  }[];
  const since = (type: string, st: string, reason: string) => {
    const p = previous.find((c) => c.type === type);
    return p && p.status === st && p.reason === reason ? p.lastTransitionTime : timestamp(cluster);
  };
  const availableReason = minimum ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable';
  const progressingReason = done ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated';
  status.conditions = [
    {
      lastTransitionTime: since('Available', minimum ? 'True' : 'False', availableReason),
      lastUpdateTime: since('Available', minimum ? 'True' : 'False', availableReason),
      message: minimum
        ? 'Deployment has minimum availability.'
        : 'Deployment does not have minimum availability.',
      reason: availableReason,
      status: minimum ? 'True' : 'False',
      type: 'Available',
    },
    {
      lastTransitionTime: since('Progressing', 'True', progressingReason),
      lastUpdateTime: since('Progressing', 'True', progressingReason),
      message: current
        ? done
          ? `ReplicaSet "${current.metadata.name}" has successfully progressed.`
          : `ReplicaSet "${current.metadata.name}" is progressing.`
        : 'Created new replica set.',
      reason: progressingReason,
      status: 'True',
      type: 'Progressing',
    },
  ];
  const revision = current?.metadata.annotations?.[REVISION];
  return {
    ...d,
    metadata: {
      ...d.metadata,
      annotations: { ...d.metadata.annotations, ...(revision ? { [REVISION]: revision } : {}) },
    },
    status,
  };
}
