// What metrics-server would report: each pod's CPU and memory, from the demand `lab cpu` set on
// its workload. The kubelet averages usage over a 15 s window and metrics-server scrapes every
// 15 s (its --metric-resolution default), so a pod's reported CPU is the demand as it stood at the
// last scrape; the model puts scrapes on a 15 s grid of the simulated clock.
import { getObject, type Cluster, type CpuDemandStep } from '../api/cluster.ts';
import { objectKey, type KubeObject, type Pod } from '../api/objects.ts';
import { imageRepository } from '../workloads/images.ts';
import { isPodReady, isTerminating } from './podLifecycle.ts';

export const SCRAPE_MILLIS = 15000;

/** A pod with nothing to do still shows a little CPU in `kubectl top`. */
const IDLE_MILLICORES = 1;

/** The time of metrics-server's last scrape at or before `now`. */
export function lastScrape(now: number): number {
  return Math.floor(now / SCRAPE_MILLIS) * SCRAPE_MILLIS;
}

/**
 * Sets a workload's demand from now on. Steps older than the last scrape are dropped except the
 * newest of them, which is still what that scrape saw.
 */
export function setCpuDemand(cluster: Cluster, workloadKey: string, millicores: number): Cluster {
  const scrape = lastScrape(cluster.now);
  const steps = cluster.cpuDemand.get(workloadKey) ?? [];
  const seen = steps.filter((s) => s.at <= scrape).slice(-1);
  const pending = steps.filter((s) => s.at > scrape && s.at < cluster.now);
  const next: CpuDemandStep[] = [...seen, ...pending, { at: cluster.now, millicores }];
  const cpuDemand = new Map(cluster.cpuDemand);
  cpuDemand.set(workloadKey, next);
  return { ...cluster, cpuDemand };
}

/** The demand a workload had at time `at` (0 before any `lab cpu`). */
function demandAt(cluster: Cluster, workloadKey: string, at: number): number {
  const steps = cluster.cpuDemand.get(workloadKey) ?? [];
  return steps.filter((s) => s.at <= at).at(-1)?.millicores ?? 0;
}

const controllerOf = (obj: KubeObject) =>
  (
    obj.metadata.ownerReferences as
      readonly { kind: string; name: string; controller?: boolean }[] | undefined
  )?.find((r) => r.controller);

/** The workloads a pod belongs to, nearest first: its ReplicaSet (or RC), then that one's Deployment. */
export function workloadKeysOf(cluster: Cluster, pod: Pod): string[] {
  const ns = pod.metadata.namespace;
  const keys: string[] = [];
  let owner = controllerOf(pod);
  for (let depth = 0; owner && depth < 2; depth++) {
    keys.push(objectKey(owner.kind, ns, owner.name));
    const obj = getObject<KubeObject>(cluster, owner.kind, ns, owner.name);
    owner = obj ? controllerOf(obj) : undefined;
  }
  return keys;
}

/** When the pod's first container started running, if it has. */
function startedAt(pod: Pod): number | undefined {
  const statuses = (pod.status.containerStatuses ?? []) as {
    state?: { running?: { startedAt?: string } };
  }[];
  const times = statuses
    .map((s) => s.state?.running?.startedAt)
    .filter((t): t is string => t !== undefined)
    .map((t) => Date.parse(t));
  return times.length ? Math.min(...times) : undefined;
}

/** metrics-server has a sample of the pod: it was running at the last scrape. */
export function hasMetrics(cluster: Cluster, pod: Pod): boolean {
  if (pod.status.phase !== 'Running') return false;
  if (pod.spec.nodeName && cluster.poweredOff.has(pod.spec.nodeName)) return false;
  const started = startedAt(pod);
  return started !== undefined && started <= lastScrape(cluster.now);
}

/** Running, Ready pods with a sample share their workload's demand. */
const sharesDemand = (cluster: Cluster, pod: Pod) =>
  hasMetrics(cluster, pod) && isPodReady(pod) && !isTerminating(pod);

/** The pod's CPU as metrics-server reports it, in millicores; undefined when it has no sample. */
export function podCpuMillicores(cluster: Cluster, pod: Pod): number | undefined {
  if (!hasMetrics(cluster, pod)) return undefined;
  if (!sharesDemand(cluster, pod)) return IDLE_MILLICORES;
  const scrape = lastScrape(cluster.now);
  for (const key of workloadKeysOf(cluster, pod)) {
    const demand = demandAt(cluster, key, scrape);
    if (demand <= 0) continue;
    let sharing = 0;
    for (const other of cluster.objects.values()) {
      if (other.kind !== 'Pod' || other.metadata.namespace !== pod.metadata.namespace) continue;
      const p = other as Pod;
      if (sharesDemand(cluster, p) && workloadKeysOf(cluster, p).includes(key)) sharing++;
    }
    return Math.max(IDLE_MILLICORES, Math.floor(demand / Math.max(sharing, 1)));
  }
  return IDLE_MILLICORES;
}

/**
 * Working-set memory per container image, in MiB. Not measured: round figures of the order a
 * freshly started container of that image shows in `kubectl top`, so the column looks alive.
 */
const MEMORY_MIB: readonly [RegExp, number][] = [
  [/(^|\/)nginx$/, 3],
  [/(^|\/)httpd$/, 7],
  [/(^|\/)(busybox|alpine|curl)$/, 1],
  [/(^|\/)coredns$/, 14],
  [/(^|\/)etcd$/, 38],
  [/(^|\/)kube-apiserver$/, 240],
  [/(^|\/)kube-controller-manager$/, 45],
  [/(^|\/)kube-scheduler$/, 18],
  [/(^|\/)kube-proxy$/, 16],
  [/(^|\/)metrics-server$/, 17],
];

export function podMemoryMiB(pod: Pod): number {
  return pod.spec.containers.reduce((sum, c) => {
    const repo = imageRepository(c.image);
    return sum + (MEMORY_MIB.find(([re]) => re.test(repo))?.[1] ?? 8);
  }, 0);
}

/**
 * The Metrics API is served once the metrics-server manifest is applied (its APIService registers
 * metrics.k8s.io); a Deployment named metrics-server in kube-system stands for that.
 */
export function metricsApiRegistered(cluster: Cluster): boolean {
  return getObject(cluster, 'Deployment', 'kube-system', 'metrics-server') !== undefined;
}

/** The APIService is Available only while a metrics-server pod is ready to answer. */
export function metricsApiAvailable(cluster: Cluster): boolean {
  const d = getObject<KubeObject & { status?: { availableReplicas?: number } }>(
    cluster,
    'Deployment',
    'kube-system',
    'metrics-server',
  );
  return (d?.status?.availableReplicas ?? 0) > 0;
}
