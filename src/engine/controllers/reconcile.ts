// Runs the controllers until the cluster settles, as the real ones converge through watches.
import { listObjects, updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import {
  keyOf,
  type Deployment,
  type KubeObject,
  type ReplicaSet,
  type Service,
} from '../api/objects.ts';
import { recordReads, type Change, type ObjectStore, type Reads } from '../api/store.ts';
import { selectionVersion } from '../api/podIndex.ts';
import { deploymentStatus, syncDeployment } from './deployment.ts';
import { syncDaemonSet } from './daemonset.ts';
import { syncJob } from './job.ts';
import { syncStatefulSet } from './statefulset.ts';
import { syncServiceEndpoints } from './endpoints.ts';
import { syncEndpointSliceMirroring } from './endpointSliceMirroring.ts';
import { syncNewAutoscalers } from './hpa.ts';
import { syncNamespaces } from './namespace.ts';
import { scheduleWaitingPods } from './podLifecycle.ts';
import { syncReplicaSet } from './replicaset.ts';
import { syncLoadBalancers } from './loadBalancers.ts';
import { syncIngressStatus } from './ingressStatus.ts';

/**
 * A controller's memory of what it last synced an object against: the object value itself (a new
 * value after any change) and the values it reads (its pods, its ReplicaSets, its slices, or whole
 * kinds). When none changed, syncing again would change nothing, so it is skipped, as an
 * informer-driven controller is not woken without an event about what it watches.
 *
 * Like an informer's work queue, it also knows which objects to look at: what each one read
 * (groups, kinds, keys) is indexed, and the store's log of writes since the controller's last
 * look names the objects whose reads were written (and the objects written themselves). Only
 * those are checked; when the log does not reach back that far, every object is.
 */
class Inputs<T extends KubeObject> {
  private readonly seen = new WeakMap<T, readonly unknown[]>();
  /** Who read what: group id, kind, key -> the keys of the objects that read it. */
  private readonly byGroup = new Map<number, Set<string>>();
  private readonly byKind = new Map<string, Set<string>>();
  private readonly byKey = new Map<string, Set<string>>();
  /** The kinds of the keys ever read (a write of another kind wakes no one by its key). */
  private readonly keyKinds = new Set<string>();
  /** What each object read last, to take it out of the indexes when it reads again. */
  private readonly readsOf = new Map<string, Reads>();
  /** The write this controller had seen at the end of its last pass. */
  private last: Change | null = null;

  constructor(
    private readonly kind: string,
    private readonly deps: (cluster: Cluster, obj: T) => readonly unknown[],
  ) {}

  /**
   * Whether the object's inputs are the values it was last synced against. In a pass that looks at
   * every object (`reindex`), what it reads is recorded again too: the indexes are shared by every
   * cluster value the controller sees (another session, a look that was not kept), so after a pass
   * from another history they must describe this one before the log is trusted again.
   */
  unchanged(cluster: Cluster, obj: T, reindex = false): boolean {
    const before = this.seen.get(obj);
    if (!reindex && !before) return false;
    const now = reindex ? this.read(cluster, obj) : this.deps(cluster, obj);
    return (
      before !== undefined && now.length === before.length && now.every((d, i) => d === before[i])
    );
  }

  remember(cluster: Cluster, obj: T): void {
    this.seen.set(obj, this.read(cluster, obj));
  }

  /** The object's inputs, with what they were read from recorded in the indexes. */
  private read(cluster: Cluster, obj: T): readonly unknown[] {
    let deps: readonly unknown[] = [];
    const reads = recordReads(() => {
      deps = this.deps(cluster, obj);
    });
    const key = keyOf(obj);
    const old = this.readsOf.get(key);
    // Most looks read what the last one did: the indexes already say so.
    if (old && sameReads(old, reads)) return deps;
    if (old) {
      for (const g of old.groups) this.byGroup.get(g)?.delete(key);
      for (const k of old.kinds) this.byKind.get(k)?.delete(key);
      for (const k of old.keys) this.byKey.get(k)?.delete(key);
    }
    this.readsOf.set(key, reads);
    for (const g of reads.groups) index(this.byGroup, g, key);
    for (const k of reads.kinds) index(this.byKind, k, key);
    for (const k of reads.keys) {
      index(this.byKey, k, key);
      this.keyKinds.add(k.slice(0, k.indexOf('/')));
    }
    return deps;
  }

  /**
   * The keys of the objects to look at, written or reading what was written between `from` (the
   * newest write) and `to` (an older one); null when the log does not reach `to` (look at all).
   */
  woken(
    from: Change | null,
    to: Change | null,
    into: Set<string>,
    budget = Infinity,
  ): Set<string> | null {
    if (to === null) return null;
    // Each write is one deeper than the one before it: a log too long to follow is known at once.
    if (from !== null && from.depth - to.depth > budget) return null;
    let steps = 0;
    for (let at = from; at !== to; at = at.prev) {
      // Past the log's cut, or so many writes that looking at every object costs less.
      if (at === null || ++steps > budget) return null;
      if (at.kind === this.kind) into.add(at.key);
      for (const g of at.groups) addAll(into, this.byGroup.get(g));
      addAll(into, this.byKind.get(at.kind));
      if (this.keyKinds.has(at.kind)) addAll(into, this.byKey.get(at.key));
    }
    return into;
  }

  /** Which objects to look at now, or null for all of them. */
  toLook(store: ObjectStore): Set<string> | null {
    if (!wakeByLog) return null;
    return this.woken(store.log, this.last, new Set(), 64 + 4 * store.countOf(this.kind));
  }

  settled(store: ObjectStore | null): void {
    this.last = store?.log ?? null;
  }
}

let wakeByLog = true;

/** Tests only: controllers look at every object each pass, as they did before the log. */
export function lookAtEverything(on: boolean): void {
  wakeByLog = !on;
}

function sameReads(a: Reads, b: Reads): boolean {
  return same(a.groups, b.groups) && same(a.kinds, b.kinds) && same(a.keys, b.keys);
}

function same<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function index<K>(map: Map<K, Set<string>>, at: K, key: string): void {
  let set = map.get(at);
  if (!set) map.set(at, (set = new Set()));
  set.add(key);
}

function addAll(into: Set<string>, from: Set<string> | undefined): void {
  if (from) for (const k of from) into.add(k);
}

/** A Deployment reads its ReplicaSets and their pods. */
const deploymentDeps = (cluster: Cluster, d: Deployment): unknown[] => {
  const uid = d.metadata.uid;
  const deps: unknown[] = [cluster.objects.groupVersion('owned', 'ReplicaSet', uid)];
  for (const rs of cluster.objects.ownedBy('ReplicaSet', uid))
    deps.push(cluster.objects.groupVersion('pods-owner', rs.metadata.uid));
  return deps;
};

const deploymentSync = new Inputs<Deployment>('Deployment', deploymentDeps);
const deploymentStatusSync = new Inputs<Deployment>('Deployment', deploymentDeps);
/** A ReplicaSet (or ReplicationController) reads its own pods and the orphans it might adopt. */
const podOwnerDeps = (cluster: Cluster, owner: KubeObject): unknown[] => [
  cluster.objects.groupVersion('pods-owner', owner.metadata.uid),
  cluster.objects.groupVersion('pods-orphan', owner.metadata.namespace ?? 'default'),
];
const replicaSetSync = new Inputs<ReplicaSet>('ReplicaSet', podOwnerDeps);
const replicationControllerSync = new Inputs<KubeObject>('ReplicationController', podOwnerDeps);
/** DaemonSets, StatefulSets and Jobs read their pods and the nodes. */
const nodeBoundDeps = (cluster: Cluster, owner: KubeObject): unknown[] => [
  cluster.objects.ofKind('Node'),
  cluster.objects.groupVersion('pods-owner', owner.metadata.uid),
];
const daemonSetSync = new Inputs<KubeObject>('DaemonSet', nodeBoundDeps);
const statefulSetSync = new Inputs<KubeObject>('StatefulSet', nodeBoundDeps);
const jobSync = new Inputs<KubeObject>('Job', nodeBoundDeps);
/** A Service's endpoints follow from the pods it selects, its slices, its Endpoints and the nodes. */
const endpointSync = new Inputs<Service>('Service', (cluster, svc) => {
  const ns = svc.metadata.namespace ?? 'default';
  if (!svc.spec.selector)
    return [cluster.objects.ofKind('EndpointSlice'), cluster.objects.ofKind('Endpoints')];
  return [
    cluster.objects.ofKind('Node'),
    cluster.objects.get(`Endpoints/${ns}/${svc.metadata.name}`),
    cluster.objects.groupVersion('owned', 'EndpointSlice', svc.metadata.uid),
    ...selectionVersion(cluster, ns, { matchLabels: svc.spec.selector }),
  ];
});

/**
 * What each controller loop read when it last ran through without changing anything: the kinds
 * it lists and reads. While they are the same values, no object of the loop has new inputs, so
 * the whole loop is skipped (an idle cluster costs nothing to keep in sync).
 */
const settledLoops = new Map<string, readonly unknown[]>();

function loop(
  cluster: Cluster,
  name: string,
  kinds: readonly string[],
  body: (cluster: Cluster) => Cluster,
): Cluster {
  const inputs = kinds.map((k) => cluster.objects.ofKind(k));
  const before = settledLoops.get(name);
  if (before && before.every((x, i) => x === inputs[i])) return cluster;
  const after = body(cluster);
  if (after.objects === cluster.objects) settledLoops.set(name, inputs);
  return after;
}

/**
 * Runs the controllers until nothing changes any more (a Deployment's new ReplicaSet gets its pods,
 * a new pod its endpoints, in the same moment), as the real ones converge through their watches.
 * Bounded, so a controller that never settles cannot hang the page.
 */
export function reconcile(cluster: Cluster, ctx: Ctx): Cluster {
  for (let pass = 0; pass < 8; pass++) {
    const before = cluster.objects;
    cluster = reconcileOnce(cluster, ctx);
    if (cluster.objects === before) break;
  }
  return cluster;
}

/** Syncs each object of `kind` whose inputs changed, remembering what it read. */
function each<T extends KubeObject>(
  cluster: Cluster,
  kind: string,
  memo: Inputs<T>,
  sync: (cluster: Cluster, obj: T) => Cluster,
): Cluster {
  // The objects woken by writes since the last pass, and by this pass's own syncs as it goes
  // (a later object reading what an earlier one wrote is looked at in the same pass, as before).
  let look = memo.toLook(cluster.objects);
  // A pass that looks at everything records every object's reads afresh.
  const fromLog = look !== null;
  for (const obj of listObjects<T>(cluster, kind as T['kind'])) {
    if (look !== null && !look.has(keyOf(obj))) continue;
    if (memo.unchanged(cluster, obj, look === null)) continue;
    const before = cluster.objects;
    cluster = sync(cluster, obj);
    memo.remember(cluster, obj);
    if (look !== null && cluster.objects !== before)
      look = memo.woken(cluster.objects.log, before.log, look);
  }
  // Begun from the log but unable to follow it to the end: the next pass looks at everything.
  memo.settled(fromLog && look === null ? null : cluster.objects);
  return cluster;
}

/** A ReplicationController's selector is a label map: seen as matchLabels it is a ReplicaSet. */
function asReplicaSet(rc: KubeObject): ReplicaSet {
  const spec = rc.spec as {
    replicas?: number;
    selector?: Record<string, string>;
    template: ReplicaSet['spec']['template'];
  };
  return {
    ...rc,
    kind: 'ReplicationController',
    spec: {
      ...spec,
      replicas: spec.replicas ?? 1,
      selector: { matchLabels: spec.selector ?? {} },
    },
  } as unknown as ReplicaSet;
}

function reconcileOnce(cluster: Cluster, ctx: Ctx): Cluster {
  cluster = syncNamespaces(cluster, ctx);
  cluster = scheduleWaitingPods(cluster, ctx);
  // Before the workload controllers, so a first rescale is carried out in the same pass.
  cluster = syncNewAutoscalers(cluster, ctx);
  const workloads = ['ReplicaSet', 'Pod'];
  cluster = loop(cluster, 'deployments', ['Deployment', ...workloads], (c) =>
    each(c, 'Deployment', deploymentSync, (c, d) => syncDeployment(c, ctx, d)),
  );
  cluster = loop(cluster, 'replicasets', workloads, (c) =>
    each(c, 'ReplicaSet', replicaSetSync, (c, rs) => syncReplicaSet(c, ctx, rs)),
  );
  cluster = loop(cluster, 'replicationcontrollers', ['ReplicationController', 'Pod'], (c) =>
    each(c, 'ReplicationController', replicationControllerSync, (c, rc) =>
      syncReplicaSet(c, ctx, asReplicaSet(rc)),
    ),
  );
  cluster = loop(cluster, 'deployment-status', ['Deployment', ...workloads], (c) =>
    each(
      c,
      'Deployment',
      deploymentStatusSync,
      (c, d) => updateObject(c, deploymentStatus(c, d))[0],
    ),
  );
  // Each of these takes its own kind's object; `never` lets one helper call all three.
  type Sync = (cluster: Cluster, ctx: Ctx, obj: never) => Cluster;
  const nodeBound = (kind: string, memo: Inputs<KubeObject>, sync: Sync) =>
    loop(cluster, kind, [kind, 'Node', 'Pod'], (c) =>
      each(c, kind, memo, (c, o) => sync(c, ctx, o as never)),
    );
  cluster = nodeBound('StatefulSet', statefulSetSync, syncStatefulSet);
  cluster = nodeBound('Job', jobSync, syncJob);
  cluster = nodeBound('DaemonSet', daemonSetSync, syncDaemonSet);
  cluster = loop(
    cluster,
    'endpoints',
    ['Service', 'Node', 'Pod', 'Endpoints', 'EndpointSlice'],
    (c) => each(c, 'Service', endpointSync, (c, svc) => syncServiceEndpoints(c, ctx, svc)),
  );
  cluster = syncEndpointSliceMirroring(cluster, ctx);
  cluster = syncLoadBalancers(cluster, ctx);
  cluster = syncIngressStatus(cluster, ctx);
  return cluster;
}
