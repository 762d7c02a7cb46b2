// MetalLB (reference §7.3; metallb controller/service.go, internal/allocator/allocator.go,
// speaker/main.go): the controller gives each LoadBalancer Service an address from a pool and writes
// status.loadBalancer.ingress; the speakers announce it and say so in a nodeAssigned event. Idle until
// installed, running and configured. Its allocations are rebuilt from the Services' status on
// every pass, as the real controller rebuilds them after a restart.
import { updateObject, listObjects, type Cluster, type Ctx } from '../api/cluster.ts';
import { eventsFor, recordEvent, type KubeEvent } from '../api/events.ts';
import type { Service } from '../api/objects.ts';
import { isIPv4 } from '../net/ipv4.ts';
import {
  atLeast,
  formatIP,
  isBuggyIP,
  metallbConfig,
  metallbControllerRunning,
  poolFor,
  type MetallbConfig,
  type MetallbPool,
  type MetallbVersion,
} from './metallbConfig.ts';
import { announcements, ingressIPs } from './metallbSpeaker.ts';

const CONTROLLER = { component: 'metallb-controller' };
const SPEAKER = { component: 'metallb-speaker' };

/** MetalLB's annotations: metallb.universe.tf until v0.15 renamed them to metallb.io (the old names still read). */
function annotation(v: MetallbVersion, svc: Service, name: string): string | undefined {
  const a = svc.metadata.annotations ?? {};
  return atLeast(v, 0, 15)
    ? (a[`metallb.io/${name}`] ?? a[`metallb.universe.tf/${name}`])
    : a[`metallb.universe.tf/${name}`];
}

const poolAnnotationKey = (v: MetallbVersion) =>
  `${atLeast(v, 0, 15) ? 'metallb.io' : 'metallb.universe.tf'}/ip-allocated-from-pool`;

/** The Services MetalLB looks after: no loadBalancerClass (MetalLB's default mode). */
const ours = (svc: Service) => svc.spec.loadBalancerClass === undefined;

interface Use {
  readonly svc: string;
  readonly sharing: string;
  readonly backend: string;
  readonly ports: readonly string[];
}

/** allocator.go's bookkeeping: who uses each address, with which sharing key and ports. */
class Allocations {
  private readonly byIP = new Map<string, Use[]>();

  constructor(private readonly config: MetallbConfig) {}

  /** Assign: the address must be in a pool, and shareable with its current users. */
  check(ip: string, use: Use): string | null {
    // %q of a net.IP: the address in double quotes.
    if (!poolFor(this.config, ip)) return `"${ip}" is not allowed in config`;
    const others = (this.byIP.get(ip) ?? []).filter((u) => u.svc !== use.svc);
    if (others.length === 0) return null;
    // sharingOK: both must allow sharing with the same key (and, for Local, the same selector).
    const first = others[0]!;
    const shareable =
      first.sharing !== '' &&
      use.sharing !== '' &&
      first.sharing === use.sharing &&
      first.backend === use.backend;
    if (!shareable)
      return `can't change sharing key for "${use.svc}", address also in use by ${others.map((o) => o.svc).join(',')}`;
    for (const port of use.ports)
      if (others.some((o) => o.ports.includes(port)))
        return `port ${port} is already in use on "${ip}"`;
    return null;
  }

  assign(ip: string, use: Use): void {
    this.unassign(use.svc);
    this.byIP.set(ip, [...(this.byIP.get(ip) ?? []), use]);
  }

  unassign(svc: string): void {
    for (const [ip, uses] of this.byIP) {
      const rest = uses.filter((u) => u.svc !== svc);
      if (rest.length) this.byIP.set(ip, rest);
      else this.byIP.delete(ip);
    }
  }

  /** The first assignable address of a pool, walking its blocks in ascending order. */
  fromPool(pool: MetallbPool, use: Use): string | null {
    for (const r of pool.ranges)
      for (let n = r.first; n <= r.last; n++) {
        if (pool.avoidBuggyIPs && isBuggyIP(n)) continue;
        const ip = formatIP(n);
        if (this.check(ip, use) === null) return ip;
      }
    return null;
  }
}

function useOf(svc: Service, v: MetallbVersion): Use {
  const backend =
    svc.spec.externalTrafficPolicy === 'Local'
      ? Object.entries(svc.spec.selector ?? {})
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, val]) => `${k}=${val}`)
          .join(',')
      : '';
  return {
    svc: `${svc.metadata.namespace}/${svc.metadata.name}`,
    sharing: annotation(v, svc, 'allow-shared-ip') ?? '',
    backend,
    ports: (svc.spec.ports ?? []).map((p) => `${p.protocol}/${p.port}`),
  };
}

/** The addresses the user asked for: spec.loadBalancerIP, or (v0.13+) the loadBalancerIPs annotation. */
function desiredIPs(svc: Service, v: MetallbVersion): { ips: string[] } | { error: string } {
  const fromAnnotation = atLeast(v, 0, 13) ? annotation(v, svc, 'loadBalancerIPs') : undefined;
  const spec = typeof svc.spec.loadBalancerIP === 'string' ? svc.spec.loadBalancerIP : '';
  const prefix = atLeast(v, 0, 15) ? 'metallb.io' : 'metallb.universe.tf';
  if (fromAnnotation && spec)
    return {
      error: `service can not have both ${prefix}/loadBalancerIPs and svc.Spec.LoadBalancerIP`,
    };
  if (fromAnnotation) {
    const ips = fromAnnotation.split(',').map((s) => s.trim());
    if (ips.some((ip) => !isIPv4(ip)))
      return { error: `invalid ${prefix}/loadBalancerIPs: "${fromAnnotation}"` };
    return { ips };
  }
  if (spec) {
    if (!isIPv4(spec)) return { error: `invalid spec.loadBalancerIP "${spec}"` };
    return { ips: [spec] };
  }
  return { ips: [] };
}

/** Picks addresses for a Service (allocateIPs): requested ones, the requested pool, or any auto-assign pool. */
function allocate(
  config: MetallbConfig,
  allocations: Allocations,
  svc: Service,
): { ips: string[]; pool: string } | { error: string } {
  const v = config.version;
  const use = useOf(svc, v);
  const desired = desiredIPs(svc, v);
  if ('error' in desired) return desired;
  const wantedPool = annotation(v, svc, 'address-pool');
  if (desired.ips.length) {
    for (const ip of desired.ips) {
      const err = allocations.check(ip, use);
      if (err) return { error: err };
    }
    const pool = poolFor(config, desired.ips[0]!)!.name;
    if (wantedPool && pool !== wantedPool)
      return {
        error: `requested loadBalancer IP(s) ${JSON.stringify(desired.ips)} is not compatible with requested address pool ${wantedPool}`,
      };
    return { ips: desired.ips, pool };
  }
  if (wantedPool) {
    const pool = config.pools.find((p) => p.name === wantedPool);
    if (!pool) return { error: `unknown pool "${wantedPool}"` };
    const ip = allocations.fromPool(pool, use);
    return ip
      ? { ips: [ip], pool: pool.name }
      : { error: `no available IPs in pool "${wantedPool}"` };
  }
  // Upstream ranges over a Go map of pools (no defined order); here, by name, so runs repeat.
  for (const pool of [...config.pools].sort((a, b) => a.name.localeCompare(b.name))) {
    if (!pool.autoAssign) continue;
    const ip = allocations.fromPool(pool, use);
    if (ip) return { ips: [ip], pool: pool.name };
  }
  return { error: 'no available IPs' };
}

/** The IPAllocated message: a list of addresses since dual-stack support (v0.12; unverified whether v0.11), one before. */
function allocatedMessage(v: MetallbVersion, ips: readonly string[]): string {
  return atLeast(v, 0, 12)
    ? `Assigned IP [${ips.map((ip) => `"${ip}"`).join(' ')}]`
    : `Assigned IP "${ips[0]}"`;
}

function withStatus(
  cluster: Cluster,
  config: MetallbConfig,
  svc: Service,
  ips: readonly string[],
  pool: string | null,
): Service {
  const v = config.version;
  const annotations: Record<string, string> = { ...(svc.metadata.annotations ?? {}) };
  delete annotations['metallb.io/ip-allocated-from-pool'];
  delete annotations['metallb.universe.tf/ip-allocated-from-pool'];
  // Unverified: which v0.13.x first wrote the pool annotation; services of late 2023 carry it.
  if (pool && atLeast(v, 0, 13)) annotations[poolAnnotationKey(v)] = pool;
  // The API server defaults ipMode to VIP on IP entries from v1.30 (LoadBalancerIPMode, beta).
  const ingress = ips.map((ip) => (cluster.preset.minor >= 30 ? { ip, ipMode: 'VIP' } : { ip }));
  const metadata = { ...svc.metadata };
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  else delete (metadata as { annotations?: unknown }).annotations;
  return {
    ...svc,
    metadata,
    status: { ...svc.status, loadBalancer: ingress.length ? { ingress } : {} },
  };
}

/** Records a Warning once per distinct message, as MetalLB retries only when something changes. */
function warnOnce(cluster: Cluster, ctx: Ctx, svc: Service, reason: string, message: string) {
  if (eventsFor(cluster, svc).some((e) => e.reason === reason && e.message === message))
    return cluster;
  return recordEvent(cluster, ctx, svc, 'Warning', reason, message, CONTROLLER);
}

function syncController(cluster: Cluster, ctx: Ctx, config: MetallbConfig): Cluster {
  const v = config.version;
  const services = listObjects<Service>(cluster, 'Service')
    .filter(ours)
    .sort((a, b) =>
      a.metadata.creationTimestamp === b.metadata.creationTimestamp
        ? Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion)
        : a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp),
    );
  const allocations = new Allocations(config);
  for (const svc of services) {
    if (svc.spec.type !== 'LoadBalancer') continue;
    const ips = ingressIPs(svc).filter((ip) => poolFor(config, ip));
    if (ips.length) for (const ip of ips) allocations.assign(ip, useOf(svc, v));
  }
  for (const svc of services) {
    const key = `${svc.metadata.namespace}/${svc.metadata.name}`;
    const current = ingressIPs(svc);
    const hadPool = annotation(v, svc, 'ip-allocated-from-pool');
    if (svc.spec.type !== 'LoadBalancer') {
      // No longer a LoadBalancer: clearServiceState frees the address and empties the status.
      if (current.some((ip) => poolFor(config, ip)) || hadPool) {
        allocations.unassign(key);
        [cluster] = updateObject(cluster, withStatus(cluster, config, svc, [], null));
      }
      continue;
    }
    const use = useOf(svc, v);
    if (current.length) {
      const desired = desiredIPs(svc, v);
      const wantedPool = annotation(v, svc, 'address-pool');
      const pool = poolFor(config, current[0]!);
      const keep =
        current.every((ip) => allocations.check(ip, use) === null) &&
        !(wantedPool && pool?.name !== wantedPool) &&
        !(
          'ips' in desired &&
          desired.ips.length &&
          [...desired.ips].sort().join() !== [...current].sort().join()
        );
      if (keep) {
        for (const ip of current) allocations.assign(ip, use);
        [cluster] = updateObject(cluster, withStatus(cluster, config, svc, current, pool!.name));
        continue;
      }
      allocations.unassign(key);
    }
    const result = allocate(config, allocations, svc);
    if ('error' in result) {
      if (current.length)
        [cluster] = updateObject(cluster, withStatus(cluster, config, svc, [], null));
      cluster = warnOnce(
        cluster,
        ctx,
        svc,
        'AllocationFailed',
        `Failed to allocate IP for "${key}": ${result.error}`,
      );
      continue;
    }
    for (const ip of result.ips) allocations.assign(ip, use);
    const stored = cluster.objects.get(`Service/${svc.metadata.namespace}/${svc.metadata.name}`);
    cluster = recordEvent(
      cluster,
      ctx,
      svc,
      'Normal',
      'IPAllocated',
      allocatedMessage(v, result.ips),
      CONTROLLER,
    );
    [cluster] = updateObject(
      cluster,
      withStatus(cluster, config, (stored as Service) ?? svc, result.ips, result.pool),
    );
  }
  return cluster;
}

/** The nodeAssigned message: the protocol is named from v0.13, when a pool can be announced both ways. */
function assignedMessage(v: MetallbVersion, node: string, protocol: string): string {
  return atLeast(v, 0, 13)
    ? `announcing from node "${node}" with protocol "${protocol}"`
    : `announcing from node "${node}"`;
}

function latest(events: readonly KubeEvent[]): KubeEvent | undefined {
  return [...events].sort(
    (a, b) =>
      a.lastTimestamp.localeCompare(b.lastTimestamp) ||
      Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion),
  )[events.length - 1];
}

/** The speakers' events: the layer-2 owner (again after a failover), each BGP speaker once. */
function syncSpeakers(cluster: Cluster, ctx: Ctx, config: MetallbConfig): Cluster {
  for (const svc of listObjects<Service>(cluster, 'Service').filter(ours)) {
    for (const a of announcements(cluster, config, svc)) {
      const assigned = eventsFor(cluster, svc).filter((e) => e.reason === 'nodeAssigned');
      if (a.protocol === 'layer2') {
        if (!a.owner) continue;
        const message = assignedMessage(config.version, a.owner, 'layer2');
        if (latest(assigned)?.message === message) continue;
        cluster = recordEvent(cluster, ctx, svc, 'Normal', 'nodeAssigned', message, SPEAKER);
      } else {
        for (const node of a.nextHops) {
          const message = assignedMessage(config.version, node, 'bgp');
          if (assigned.some((e) => e.message === message)) continue;
          cluster = recordEvent(cluster, ctx, svc, 'Normal', 'nodeAssigned', message, SPEAKER);
        }
      }
    }
  }
  return cluster;
}

/** One pass of MetalLB's controller (when its pod runs) and speakers. */
export function syncMetallb(cluster: Cluster, ctx: Ctx): Cluster {
  const config = metallbConfig(cluster);
  if (!config) return cluster;
  if (metallbControllerRunning(cluster)) cluster = syncController(cluster, ctx, config);
  return syncSpeakers(cluster, ctx, config);
}

/** Whether an address is one MetalLB hands out here (for the data plane). */
export function isMetallbAddress(cluster: Cluster, ip: string): boolean {
  const config = metallbConfig(cluster);
  return config !== null && isIPv4(ip) && poolFor(config, ip) !== undefined;
}
