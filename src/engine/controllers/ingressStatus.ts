// ingress-nginx's status syncer (internal/ingress/status/status.go): the elected controller pod
// writes status.loadBalancer.ingress on the Ingresses it serves — the --publish-service Service's
// address (LB ingress; ClusterIP for ClusterIP and NodePort Services without externalIPs), otherwise
// the InternalIP of every node running a Ready controller pod. It syncs once when it starts leading
// and then every 60 s (UpdateInterval), so ADDRESS stays blank until the first sync that finds an
// address: at once with --publish-service, at the first 60 s tick after the pod is Ready without it.
import { getObject, listObjects, updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import { labelsMatch, type Node, type Pod, type Service } from '../api/objects.ts';
import {
  controllerConfig,
  controllerContainer,
  servedIngresses,
  type Ingress,
} from '../net/ingressNginx.ts';

/** status.go UpdateInterval. */
export const STATUS_SYNC_SECONDS = 60;

interface LbIngress {
  ip?: string;
  hostname?: string;
}

function isReady(pod: Pod): boolean {
  const conds = (pod.status.conditions ?? []) as { type: string; status: string }[];
  return conds.some((c) => c.type === 'Ready' && c.status === 'True');
}

/** When the pod's Ready condition last turned True, in ms (Infinity when not Ready). */
function readySince(pod: Pod): number {
  const conds = (pod.status.conditions ?? []) as {
    type: string;
    status: string;
    lastTransitionTime?: string;
  }[];
  const c = conds.find((x) => x.type === 'Ready' && x.status === 'True');
  return c?.lastTransitionTime ? Date.parse(c.lastTransitionTime) : Infinity;
}

/** When the controller container started (its leader election and first sync), in ms. */
function startedAt(pod: Pod): number | null {
  const c = controllerContainer(pod);
  const statuses = (pod.status.containerStatuses ?? []) as {
    name: string;
    state?: { running?: { startedAt?: string } };
  }[];
  const s = statuses.find((x) => x.name === c?.name)?.state?.running?.startedAt;
  return s ? Date.parse(s) : null;
}

const running = (p: Pod) =>
  p.status.phase === 'Running' && !p.metadata.deletionTimestamp && startedAt(p) !== null;

/** statusAddressFromService. */
function serviceAddresses(svc: Service): LbIngress[] {
  const type = svc.spec.type;
  if (type === 'ExternalName') return [{ hostname: svc.spec.externalName ?? '' }];
  if (type === 'ClusterIP') return [{ ip: svc.spec.clusterIP ?? '' }];
  if (type === 'NodePort') {
    const ext = svc.spec.externalIPs;
    return ext ? ext.map((ip) => ({ ip })) : [{ ip: svc.spec.clusterIP ?? '' }];
  }
  const lb = ((svc.status.loadBalancer.ingress ?? []) as LbIngress[]).map((i) =>
    i.ip ? { ip: i.ip } : { hostname: i.hostname ?? '' },
  );
  for (const ip of svc.spec.externalIPs ?? [])
    if (!lb.some((x) => x.ip === ip || x.hostname === ip)) lb.push({ ip });
  return lb;
}

/** The node InternalIP of every Ready, Running pod labelled as the leader is (GetNodeIPOrName). */
function nodeAddresses(cluster: Cluster, leader: Pod, at: number): LbIngress[] {
  const out: LbIngress[] = [];
  const pods = listObjects<Pod>(cluster, 'Pod', leader.metadata.namespace).filter((p) =>
    labelsMatch(leader.metadata.labels ?? {}, p.metadata.labels),
  );
  for (const p of pods) {
    if (!running(p) || !isReady(p) || readySince(p) > at || !p.spec.nodeName) continue;
    const node = getObject<Node>(cluster, 'Node', undefined, p.spec.nodeName);
    const addrs = (node?.status.addresses ?? []) as { type: string; address: string }[];
    const ip =
      addrs.find((a) => a.type === 'ExternalIP')?.address ??
      addrs.find((a) => a.type === 'InternalIP')?.address ??
      p.spec.nodeName;
    if (!out.some((x) => x.ip === ip || x.hostname === ip))
      out.push(/^\d+\.\d+\.\d+\.\d+$/.test(ip) ? { ip } : { hostname: ip });
  }
  return out;
}

/** lessLoadBalancerIngress: by hostname, then by IP (as strings, as upstream compares them). */
function sorted(list: LbIngress[]): LbIngress[] {
  return [...list].sort((a, b) => {
    const h = (a.hostname ?? '').localeCompare(b.hostname ?? '');
    if (h !== 0) return h;
    const ai = a.ip ?? '';
    const bi = b.ip ?? '';
    return ai < bi ? -1 : ai > bi ? 1 : 0;
  });
}

function sameList(a: readonly LbIngress[], b: readonly LbIngress[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (x, i) => (x.ip ?? '') === (b[i]?.ip ?? '') && (x.hostname ?? '') === (b[i]?.hostname ?? ''),
    )
  );
}

/** One controller (the leader of a set of identically labelled pods) syncing at its last tick. */
function syncController(cluster: Cluster, leader: Pod): Cluster {
  const cfg = controllerConfig(leader);
  const start = startedAt(leader);
  if (!cfg || start === null || cluster.now < start) return cluster;
  const tick =
    start +
    Math.floor((cluster.now - start) / (STATUS_SYNC_SECONDS * 1000)) * STATUS_SYNC_SECONDS * 1000;
  let addrs: LbIngress[];
  if (cfg.publishService) {
    const [ns, name] = cfg.publishService.includes('/')
      ? cfg.publishService.split('/')
      : [leader.metadata.namespace, cfg.publishService];
    const svc = getObject<Service>(cluster, 'Service', ns, name ?? '');
    if (!svc) return cluster;
    addrs = serviceAddresses(svc);
  } else {
    addrs = nodeAddresses(cluster, leader, tick);
  }
  const want = sorted(addrs);
  for (const ing of servedIngresses(cluster, cfg)) {
    // Only Ingresses the controller had listed at that tick.
    if (Date.parse(ing.metadata.creationTimestamp) > tick) continue;
    const status = (ing.status ?? {}) as { loadBalancer?: { ingress?: LbIngress[] } };
    const have = sorted(status.loadBalancer?.ingress ?? []);
    if (sameList(have, want)) continue;
    const next: Ingress = {
      ...ing,
      status: { ...status, loadBalancer: want.length ? { ingress: want } : {} },
    };
    [cluster] = updateObject(cluster, next);
  }
  return cluster;
}

/** Every running controller set's leader (the oldest pod, then by name) syncs Ingress status. */
export function syncIngressStatus(cluster: Cluster, _ctx: Ctx): Cluster {
  // No Ingress, nothing to write (and no need to look for controller pods).
  if (cluster.objects.countOf('Ingress') === 0) return cluster;
  const controllers = listObjects<Pod>(cluster, 'Pod').filter(
    (p) => controllerContainer(p) !== undefined && running(p),
  );
  const leaders = new Map<string, Pod>();
  for (const p of controllers) {
    const cfg = controllerConfig(p);
    const key = `${p.metadata.namespace}|${cfg?.controllerClass}|${cfg?.ingressClass}`;
    const cur = leaders.get(key);
    if (!cur || (startedAt(p) ?? 0) < (startedAt(cur) ?? 0)) leaders.set(key, p);
  }
  for (const leader of leaders.values()) cluster = syncController(cluster, leader);
  return cluster;
}
