// The DaemonSet controller (pkg/controller/daemon): one pod on every node the template may run on
// (its nodeSelector matches, and it tolerates the node's NoSchedule/NoExecute taints, with the
// tolerations the controller adds to every DaemonSet pod), none elsewhere.
import { listObjects, updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import { recordEvent } from '../api/events.ts';
import { podsControlledBy } from '../api/podIndex.ts';
import type { KubeObject, Labels, Node, Pod, PodTemplate } from '../api/objects.ts';
import { NAME_SUFFIX_ALPHABET } from '../util/hash.ts';
import { randomString } from '../util/random.ts';
import { podTemplateHash } from './deployment.ts';
import { podFromTemplate } from './podFromTemplate.ts';
import { createAndStartPod, deletePod, isPodReady, isTerminating } from './podLifecycle.ts';

interface DaemonSet extends KubeObject {
  readonly spec: {
    readonly selector: { readonly matchLabels?: Labels };
    readonly template: PodTemplate;
    readonly updateStrategy?: unknown;
  };
}

interface Toleration {
  readonly key?: string;
  readonly operator?: string;
  readonly effect?: string;
}

/** Added to every DaemonSet pod (daemon/util): they run on nodes that are unhealthy or unschedulable. */
const DAEMON_TOLERATIONS: readonly Toleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];

function tolerated(
  tolerations: readonly Toleration[],
  taint: { key: string; effect: string },
): boolean {
  return tolerations.some(
    (t) =>
      (t.operator === 'Exists' &&
        (t.key === undefined || t.key === taint.key) &&
        (t.effect === undefined || t.effect === taint.effect)) ||
      (t.key === taint.key && (t.effect === undefined || t.effect === taint.effect)),
  );
}

function shouldRunOn(ds: DaemonSet, node: Node): boolean {
  const spec = ds.spec.template.spec as { nodeSelector?: Labels; tolerations?: Toleration[] };
  const labels = node.metadata.labels ?? {};
  if (Object.entries(spec.nodeSelector ?? {}).some(([k, v]) => labels[k] !== v)) return false;
  const tolerations = [...(spec.tolerations ?? []), ...DAEMON_TOLERATIONS];
  return (node.spec.taints ?? []).every(
    (t) => t.effect === 'PreferNoSchedule' || tolerated(tolerations, t),
  );
}

export function syncDaemonSet(cluster: Cluster, ctx: Ctx, ds: DaemonSet): Cluster {
  const ns = ds.metadata.namespace!;
  // Its pods are those whose controller reference names it (the store keeps them grouped).
  const owned = podsControlledBy(cluster, ds.metadata.uid);
  const live = owned.filter((p) => !isTerminating(p));
  const nodes = listObjects<Node>(cluster, 'Node');
  const wanted = nodes.filter((n) => shouldRunOn(ds, n));
  const hash = podTemplateHash(ds.spec.template).slice(0, 10);
  for (const node of wanted) {
    if (live.some((p) => p.spec.nodeName === node.metadata.name)) continue;
    // The old pod of a node must be gone before its replacement is made (podsShouldBeOnNode).
    if (owned.some((p) => p.spec.nodeName === node.metadata.name && isTerminating(p))) continue;
    let name: string;
    do
      name =
        `${ds.metadata.name}-`.slice(0, 58) + randomString(ctx.random, NAME_SUFFIX_ALPHABET, 5);
    while (cluster.objects.has(`Pod/${ns}/${name}`));
    const pod = podFromTemplate({ ...ds, apiVersion: 'apps/v1' }, ds.spec.template, name, {
      labels: {
        'controller-revision-hash': hash,
        'pod-template-generation': String(ds.metadata.generation ?? 1),
      },
      spec: { nodeName: node.metadata.name },
    });
    [cluster] = createAndStartPod(cluster, ctx, pod);
    cluster = recordEvent(cluster, ctx, ds, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`, {
      component: 'daemonset-controller',
    });
  }
  for (const pod of live) {
    if (wanted.some((n) => n.metadata.name === pod.spec.nodeName)) continue;
    cluster = deletePod(cluster, ctx, pod);
    cluster = recordEvent(
      cluster,
      ctx,
      ds,
      'Normal',
      'SuccessfulDelete',
      `Deleted pod: ${pod.metadata.name}`,
      { component: 'daemonset-controller' },
    );
  }
  cluster = rollOut(cluster, ctx, ds, live, wanted, hash);
  const pods = podsControlledBy(cluster, ds.metadata.uid).filter((p) => !isTerminating(p));
  const ready = pods.filter(isPodReady).length;
  const updated = pods.filter((p) => p.metadata.labels?.['controller-revision-hash'] === hash);
  const status = {
    currentNumberScheduled: pods.length,
    desiredNumberScheduled: wanted.length,
    ...(ready > 0 ? { numberAvailable: ready } : {}),
    numberMisscheduled: 0,
    numberReady: ready,
    observedGeneration: ds.metadata.generation ?? 1,
    updatedNumberScheduled: updated.length,
    ...(wanted.length - ready > 0 ? { numberUnavailable: wanted.length - ready } : {}),
  };
  const current = cluster.objects.get(`DaemonSet/${ns}/${ds.metadata.name}`) as DaemonSet;
  [cluster] = updateObject(cluster, { ...current, status });
  return cluster;
}

/**
 * RollingUpdate (the default strategy): pods of an older template are deleted node by node, never
 * leaving more than maxUnavailable (default 1) nodes without a ready pod; each node then gets a pod
 * of the current template once its old one is gone. OnDelete waits for the user to delete them.
 */
function rollOut(
  cluster: Cluster,
  ctx: Ctx,
  ds: DaemonSet,
  live: readonly Pod[],
  wanted: readonly Node[],
  hash: string,
): Cluster {
  const strategy = ds.spec.updateStrategy as
    { type?: string; rollingUpdate?: { maxUnavailable?: number | string } } | undefined;
  if (strategy?.type === 'OnDelete') return cluster;
  const max = strategy?.rollingUpdate?.maxUnavailable ?? 1;
  const budgetTotal =
    typeof max === 'string' && max.endsWith('%')
      ? Math.max(1, Math.floor((wanted.length * Number(max.slice(0, -1))) / 100))
      : Number(max) || 1;
  const onWanted = (p: Pod) => wanted.some((n) => n.metadata.name === p.spec.nodeName);
  const unavailable = wanted.filter(
    (n) => !live.some((p) => p.spec.nodeName === n.metadata.name && isPodReady(p)),
  ).length;
  let budget = budgetTotal - unavailable;
  const outdated = live
    .filter((p) => onWanted(p) && p.metadata.labels?.['controller-revision-hash'] !== hash)
    .sort((a, b) => (a.spec.nodeName! < b.spec.nodeName! ? -1 : 1));
  for (const pod of outdated) {
    // An old pod that is not ready costs no availability: it goes first and for free.
    if (isPodReady(pod)) {
      if (budget <= 0) break;
      budget--;
    }
    cluster = deletePod(cluster, ctx, pod);
    cluster = recordEvent(
      cluster,
      ctx,
      ds,
      'Normal',
      'SuccessfulDelete',
      `Deleted pod: ${pod.metadata.name}`,
      { component: 'daemonset-controller' },
    );
  }
  return cluster;
}
