// The ReplicaSet controller (pkg/controller/replicaset): adopt matching orphans, create pods named
// <rs>-<5 random chars> (reference §2.1), delete the surplus in the order of §2.4. The same code
// runs ReplicationControllers (core/v1), whose selector is a plain label map.
import { orphanPods, podsControlledBy } from '../api/podIndex.ts';

const collator = new Intl.Collator();
import { updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import { recordEvent } from '../api/events.ts';
import { keyOf, selectorMatches, type Pod, type ReplicaSet } from '../api/objects.ts';
import { NAME_SUFFIX_ALPHABET } from '../util/hash.ts';
import { randomString } from '../util/random.ts';
import { podFromTemplate } from './podFromTemplate.ts';
import { createAndStartPod, deletePod, isPodReady, isTerminating } from './podLifecycle.ts';

/** kube-controller-manager's ReplicaSet controller creates at most this many pods per sync. */
const BURST_REPLICAS = 500;
/** The most pods the lab keeps in one cluster (a learner's cluster holds a few dozen). */
export const MAX_LAB_PODS = 3000;

/** What differs between a ReplicaSet and a ReplicationController for the controller. */
const KINDS = {
  ReplicaSet: { apiVersion: 'apps/v1', source: { component: 'replicaset-controller' } },
  ReplicationController: { apiVersion: 'v1', source: { component: 'replication-controller' } },
} as const;

const isActive = (p: Pod) =>
  p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed' && !isTerminating(p);

function newPodName(cluster: Cluster, ctx: Ctx, rs: ReplicaSet): string {
  // generateName: a prefix longer than 58 characters is cut so the name stays within 63.
  const prefix = `${rs.metadata.name}-`.slice(0, 58);
  for (;;) {
    const name = prefix + randomString(ctx.random, NAME_SUFFIX_ALPHABET, 5);
    if (!cluster.objects.has(`Pod/${rs.metadata.namespace}/${name}`)) return name;
  }
}

/** Earlier = deleted first: unscheduled, not ready, on crowded nodes, newest (ActivePodsWithRanks). */
function deletionOrder(pods: readonly Pod[]): Pod[] {
  const perNode = new Map<string, number>();
  for (const p of pods)
    perNode.set(p.spec.nodeName ?? '', (perNode.get(p.spec.nodeName ?? '') ?? 0) + 1);
  const rank = (p: Pod): (number | string)[] => [
    p.spec.nodeName ? 1 : 0,
    p.status.phase === 'Pending' ? 0 : 1,
    isPodReady(p) ? 1 : 0,
    -(perNode.get(p.spec.nodeName ?? '') ?? 0),
    p.metadata.creationTimestamp,
  ];
  return [...pods].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length - 1; i++) if (ra[i] !== rb[i]) return ra[i]! < rb[i]! ? -1 : 1;
    // newer creation first
    return ra[4]! > rb[4]! ? -1 : ra[4]! < rb[4]! ? 1 : a.metadata.name < b.metadata.name ? 1 : -1;
  });
}

export function syncReplicaSet(cluster: Cluster, ctx: Ctx, rs: ReplicaSet): Cluster {
  const ns = rs.metadata.namespace;
  const kind = KINDS[rs.kind as keyof typeof KINDS] ?? KINDS.ReplicaSet;
  const SOURCE = kind.source;
  const ownerRef = {
    apiVersion: kind.apiVersion,
    blockOwnerDeletion: true,
    controller: true,
    kind: rs.kind,
    name: rs.metadata.name,
    uid: rs.metadata.uid,
  };
  let owned: Pod[] = [];
  // Its own pods and the orphans it may adopt, in name order: the rest of the namespace is not its
  // business.
  const candidates = [
    ...podsControlledBy(cluster, rs.metadata.uid),
    ...orphanPods(cluster, ns ?? 'default'),
  ].sort((a, b) => collator.compare(a.metadata.name, b.metadata.name));
  for (const pod of candidates) {
    const controller = pod.metadata.ownerReferences?.find((o) => o.controller);
    if (controller?.uid === rs.metadata.uid) {
      if (selectorMatches(rs.spec.selector, pod.metadata.labels)) owned.push(pod);
      else {
        // Release: a pod whose labels no longer match loses its controller reference and lives on
        // as an orphan; the ReplicaSet makes a replacement (controller_ref_manager.go).
        const ownerReferences = (pod.metadata.ownerReferences ?? []).filter(
          (o) => o.uid !== rs.metadata.uid,
        );
        const { ownerReferences: _gone, ...metadata } = pod.metadata;
        [cluster] = updateObject(cluster, {
          ...pod,
          metadata: ownerReferences.length ? { ...metadata, ownerReferences } : metadata,
        });
      }
    } else if (
      !controller &&
      isActive(pod) &&
      selectorMatches(rs.spec.selector, pod.metadata.labels)
    ) {
      // Adoption: a matching pod without a controller becomes this ReplicaSet's.
      let adopted: Pod;
      [cluster, adopted] = updateObject(cluster, {
        ...pod,
        metadata: {
          ...pod.metadata,
          ownerReferences: [...(pod.metadata.ownerReferences ?? []), ownerRef],
        },
      });
      owned.push(adopted);
    }
  }
  owned = owned.filter(isActive);
  const diff = rs.spec.replicas - owned.length;
  // At most burstReplicas (500) creations per sync, as kube-controller-manager's ReplicaSet
  // controller; and never past the lab's own ceiling of pods in the cluster, so that a valid but
  // enormous replicas (2147483647) leaves the page alive instead of creating pods forever.
  const room = Math.max(0, MAX_LAB_PODS - cluster.objects.countOf('Pod'));
  const create = Math.min(diff, BURST_REPLICAS, room);
  for (let i = 0; i < create; i++) {
    const name = newPodName(cluster, ctx, rs);
    let pod: Pod;
    [cluster, pod] = createAndStartPod(
      cluster,
      ctx,
      podFromTemplate({ ...rs, apiVersion: kind.apiVersion }, rs.spec.template, name),
    );
    owned.push(pod);
    cluster = recordEvent(
      cluster,
      ctx,
      rs,
      'Normal',
      'SuccessfulCreate',
      `Created pod: ${name}`,
      SOURCE,
    );
  }
  if (diff < 0) {
    for (const pod of deletionOrder(owned).slice(0, -diff)) {
      cluster = deletePod(cluster, ctx, pod);
      cluster = recordEvent(
        cluster,
        ctx,
        rs,
        'Normal',
        'SuccessfulDelete',
        `Deleted pod: ${pod.metadata.name}`,
        SOURCE,
      );
    }
    owned = podsControlledBy(cluster, rs.metadata.uid).filter(
      (p) => p.metadata.ownerReferences?.[0]?.uid === rs.metadata.uid && isActive(p),
    );
  }
  const ready = owned.filter(isPodReady).length;
  const status: Record<string, unknown> = {
    fullyLabeledReplicas: owned.length,
    observedGeneration: rs.metadata.generation ?? 1,
    replicas: owned.length,
  };
  if (ready > 0) Object.assign(status, { availableReplicas: ready, readyReplicas: ready });
  const current = cluster.objects.get(keyOf(rs)) as ReplicaSet;
  [cluster] = updateObject(cluster, { ...current, status });
  return cluster;
}
