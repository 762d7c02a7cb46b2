// Lookups of the stored pods, as the informers' indexers of the real controllers: by controller
// owner and by label come from the store's own groups (kept up to date on every write, so a
// reconcile pass over many Services and ReplicaSets never scans every pod); by namespace from the
// Pod kind (a rare look); by address from an index built once per version of the Pod kind. Lists
// are in listObjects' name order.
import { compareNames, listObjects, type Cluster } from './cluster.ts';
import { selectorMatches, type LabelSelector, type Pod } from './objects.ts';

interface PodIndex {
  /** Running pods by their address (host-network pods share their node's and are left out). */
  readonly byIP: ReadonlyMap<string, Pod>;
}

const cache = new WeakMap<object, PodIndex>();

function indexOf(cluster: Cluster): PodIndex {
  const kind = cluster.objects.ofKind('Pod');
  const hit = cache.get(kind);
  if (hit) return hit;
  const byIP = new Map<string, Pod>();
  for (const pod of listObjects<Pod>(cluster, 'Pod')) {
    const ip = pod.status.podIP;
    if (ip && pod.spec.hostNetwork !== true && pod.status.phase === 'Running' && !byIP.has(ip))
      byIP.set(ip, pod);
  }
  const index = { byIP };
  cache.set(kind, index);
  return index;
}

/** The pods of one namespace, by name. */
export function podsInNamespace(cluster: Cluster, ns: string): readonly Pod[] {
  return [...cluster.objects.podsInNamespace(ns)].sort(byName);
}

const byName = (a: Pod, b: Pod) => compareNames(a.metadata.name, b.metadata.name);

/** The pods whose controller owner reference names `uid`, by name (the store keeps them grouped). */
export function podsControlledBy(cluster: Cluster, uid: string): readonly Pod[] {
  return [...cluster.objects.podsOwnedBy(uid)].sort(byName);
}

/** The pods of a namespace without a controller, by name. */
export function orphanPods(cluster: Cluster, ns: string): readonly Pod[] {
  return [...cluster.objects.orphanPods(ns)].sort(byName);
}

/**
 * The pods of a namespace a label selector selects (an empty selector selects them all), by name:
 * the smallest of the store's label groups the selector's matchLabels name, filtered.
 */
export function podsSelected(cluster: Cluster, ns: string, selector: LabelSelector): Pod[] {
  let candidates: Iterable<Pod> | null = null;
  let fewest = Infinity;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) {
    const { pods, size } = cluster.objects.podsLabelled(ns, k, v);
    if (size < fewest) [candidates, fewest] = [pods, size];
  }
  const out: Pod[] = [];
  for (const p of candidates ?? cluster.objects.podsInNamespace(ns))
    if (selectorMatches(selector, p.metadata.labels)) out.push(p);
  return out.sort(byName);
}

/**
 * What podsSelected reads, as values that stay identical while its answer does: the label groups
 * of the selector's matchLabels, or the namespace's pods for a selector without any.
 */
export function selectionVersion(cluster: Cluster, ns: string, selector: LabelSelector): unknown[] {
  const pairs = Object.entries(selector.matchLabels ?? {});
  if (pairs.length === 0) return [cluster.objects.groupVersion('pods-ns', ns)];
  return pairs.map(([k, v]) => cluster.objects.groupVersion('pods-label', ns, k, v));
}

/** The Running pod that holds `ip` (not a host-network pod, which only shares its node's address). */
export function runningPodWithIP(cluster: Cluster, ip: string): Pod | undefined {
  return indexOf(cluster).byIP.get(ip);
}
