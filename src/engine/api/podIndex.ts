// Indexes over the stored pods, as the informers' indexers of the real controllers: by namespace,
// by controller owner and by label. Built once per version of the Pod kind (the store shares it
// until a pod changes), so a reconcile pass over many Services and ReplicaSets does not scan every
// pod for each of them. Lists keep listObjects' namespace/name order. Lookups by controller and
// by node come from the store's own groups, kept up to date on every write.
import { listObjects, type Cluster } from './cluster.ts';
import { selectorMatches, type LabelSelector, type Pod } from './objects.ts';

interface PodIndex {
  readonly byNamespace: ReadonlyMap<string, readonly Pod[]>;
  /** Running pods by their address (host-network pods share their node's and are left out). */
  readonly byIP: ReadonlyMap<string, Pod>;
  /** Namespace -> "key=value" -> pods carrying that label. */
  readonly byLabel: ReadonlyMap<string, ReadonlyMap<string, readonly Pod[]>>;
}

const cache = new WeakMap<object, PodIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexOf(cluster: Cluster): PodIndex {
  const kind = cluster.objects.ofKind('Pod');
  const hit = cache.get(kind);
  if (hit) return hit;
  const byNamespace = new Map<string, Pod[]>();
  const byLabel = new Map<string, Map<string, Pod[]>>();
  const byIP = new Map<string, Pod>();
  for (const pod of listObjects<Pod>(cluster, 'Pod')) {
    const ip = pod.status.podIP;
    if (ip && pod.spec.hostNetwork !== true && pod.status.phase === 'Running' && !byIP.has(ip))
      byIP.set(ip, pod);
    const ns = pod.metadata.namespace ?? 'default';
    push(byNamespace, ns, pod);
    let labels = byLabel.get(ns);
    if (!labels) byLabel.set(ns, (labels = new Map()));
    for (const [k, v] of Object.entries(pod.metadata.labels ?? {})) push(labels, `${k}=${v}`, pod);
  }
  const index = { byNamespace, byIP, byLabel };
  cache.set(kind, index);
  return index;
}

const NONE: readonly Pod[] = [];

/** The pods of one namespace. */
export function podsInNamespace(cluster: Cluster, ns: string): readonly Pod[] {
  return indexOf(cluster).byNamespace.get(ns) ?? NONE;
}

const byName = (a: Pod, b: Pod) => collator.compare(a.metadata.name, b.metadata.name);
const collator = new Intl.Collator();

/** The pods whose controller owner reference names `uid`, by name (the store keeps them grouped). */
export function podsControlledBy(cluster: Cluster, uid: string): readonly Pod[] {
  return [...cluster.objects.podsOwnedBy(uid)].sort(byName);
}

/** The pods of a namespace without a controller, by name. */
export function orphanPods(cluster: Cluster, ns: string): readonly Pod[] {
  return [...cluster.objects.orphanPods(ns)].sort(byName);
}

/** The pods of a namespace a label selector selects (an empty selector selects them all). */
export function podsSelected(cluster: Cluster, ns: string, selector: LabelSelector): Pod[] {
  const index = indexOf(cluster);
  const pairs = Object.entries(selector.matchLabels ?? {});
  let candidates = index.byNamespace.get(ns) ?? NONE;
  const labels = index.byLabel.get(ns);
  for (const [k, v] of pairs) {
    const list = labels?.get(`${k}=${v}`) ?? NONE;
    if (list.length < candidates.length) candidates = list;
  }
  return candidates.filter((p) => selectorMatches(selector, p.metadata.labels));
}

/** The Running pod that holds `ip` (not a host-network pod, which only shares its node's address). */
export function runningPodWithIP(cluster: Cluster, ip: string): Pod | undefined {
  return indexOf(cluster).byIP.get(ip);
}
