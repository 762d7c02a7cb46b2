// The cloud controller manager's service controller (k8s.io/cloud-provider controllers/service;
// reference §7.1) on the cloud presets: `gke` gets a passthrough network load balancer with an IP
// from 203.0.113.0/24, `aws` a classic ELB (or an NLB with the aws-load-balancer-type annotation)
// named by a DNS hostname. The address appears a while after the Service asks for it.
import { own } from '../util/own.ts';
import { updateObject, listObjects, type Cluster, type Ctx } from '../api/cluster.ts';
import { eventsFor, recordEvent, type KubeEvent } from '../api/events.ts';
import type { Service } from '../api/objects.ts';
import { inCidr, intToIp, ipToInt, isIPv4 } from '../net/ipv4.ts';

const SOURCE = { component: 'service-controller' };

/** The clouds this controller runs on, and what each needs. */
export const CLOUD_BALANCERS: Readonly<
  Record<string, { readonly delayMs: number; readonly region?: string; readonly range?: string }>
> = {
  // Our choice, not a measured figure: a GCP forwarding rule and target pool take the better part
  // of a minute; EXTERNAL-IP stays <pending> meanwhile.
  gke: { delayMs: 45_000, range: '203.0.113.0/24' },
  // Our choice: CreateLoadBalancer returns the DNS name at once; the controller still registers
  // instances and health checks before it writes the status.
  aws: { delayMs: 10_000, region: 'ap-northeast-2' },
};

export const NLB_ANNOTATION = 'service.beta.kubernetes.io/aws-load-balancer-type';

/** The cloud's name for the balancer: "a" + the Service UID without dashes, cut to 32 (cloudprovider.DefaultLoadBalancerName). */
export function loadBalancerName(svc: Service): string {
  return `a${svc.metadata.uid.replace(/-/g, '')}`.slice(0, 32);
}

export function isNlb(svc: Service): boolean {
  return svc.metadata.annotations?.[NLB_ANNOTATION] === 'nlb';
}

const manages = (svc: Service) =>
  svc.spec.type === 'LoadBalancer' && svc.spec.loadBalancerClass === undefined;

function ingressOf(svc: Service): readonly { ip?: string; hostname?: string }[] {
  return (svc.status.loadBalancer.ingress ?? []) as { ip?: string; hostname?: string }[];
}

function latest(events: readonly KubeEvent[], reason: string): KubeEvent | undefined {
  return events
    .filter((e) => e.reason === reason)
    .sort(
      (a, b) =>
        a.lastTimestamp.localeCompare(b.lastTimestamp) ||
        Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion),
    )
    .at(-1);
}

/** A random free address of the cloud's range (GCP hands out ephemeral addresses in no order). */
function pickIP(cluster: Cluster, ctx: Ctx, range: string): string {
  const used = new Set(
    listObjects<Service>(cluster, 'Service').flatMap((s) => ingressOf(s).map((i) => i.ip ?? '')),
  );
  const base = ipToInt(range.split('/')[0]!);
  for (;;) {
    const ip = intToIp(base + 1 + ctx.random.int(254));
    if (!used.has(ip)) return ip;
  }
}

const digits = (ctx: Ctx, n: number) =>
  String(1 + ctx.random.int(9)) +
  Array.from({ length: n - 1 }, () => String(ctx.random.int(10))).join('');
const hex = (ctx: Ctx, n: number) =>
  Array.from({ length: n }, () => ctx.random.int(16).toString(16)).join('');

type Ensured = { ingress: Record<string, string>[] } | { error: string };

function ensure(cluster: Cluster, ctx: Ctx, svc: Service): Ensured {
  const cloud = own(CLOUD_BALANCERS, cluster.preset.name)!;
  if (cloud.range) {
    const wanted = typeof svc.spec.loadBalancerIP === 'string' ? svc.spec.loadBalancerIP : '';
    // Unverified wording beyond the GCE provider's "requested ip ... is neither static nor assigned to the LB".
    if (wanted && !(isIPv4(wanted) && inCidr(wanted, cloud.range)))
      return {
        error: `Error syncing load balancer: failed to ensure load balancer: requested ip "${wanted}" is neither static nor assigned to the LB`,
      };
    const ip = wanted || pickIP(cluster, ctx, cloud.range);
    // The API server defaults ipMode to VIP on IP entries from v1.30.
    return { ingress: [cluster.preset.minor >= 30 ? { ip, ipMode: 'VIP' } : { ip }] };
  }
  const name = loadBalancerName(svc);
  const hostname = isNlb(svc)
    ? `${name}-${hex(ctx, 16)}.elb.${cloud.region}.amazonaws.com`
    : `${name}-${digits(ctx, 10)}.${cloud.region}.elb.amazonaws.com`;
  return { ingress: [{ hostname }] };
}

/** Records an event as of `at` (the simulated moment it happened, earlier than now within a wait). */
function recordAt(
  cluster: Cluster,
  ctx: Ctx,
  at: number,
  svc: Service,
  type: 'Normal' | 'Warning',
  reason: string,
  message: string,
): Cluster {
  const now = cluster.now;
  const c = recordEvent(
    { ...cluster, now: Math.min(at, now) },
    ctx,
    svc,
    type,
    reason,
    message,
    SOURCE,
  );
  return { ...c, now };
}

function syncService(cluster: Cluster, ctx: Ctx, svc: Service): Cluster {
  const cloud = own(CLOUD_BALANCERS, cluster.preset.name)!;
  const events = eventsFor(cluster, svc);
  const hasIngress = ingressOf(svc).length > 0;
  if (!manages(svc)) {
    if (!hasIngress || svc.spec.type === 'LoadBalancer') return cluster;
    // No longer a LoadBalancer: the balancer is deleted and the status emptied.
    cluster = recordEvent(
      cluster,
      ctx,
      svc,
      'Normal',
      'DeletingLoadBalancer',
      'Deleting load balancer',
      SOURCE,
    );
    [cluster] = updateObject(cluster, { ...svc, status: { ...svc.status, loadBalancer: {} } });
    return recordEvent(
      cluster,
      ctx,
      svc,
      'Normal',
      'DeletedLoadBalancer',
      'Deleted load balancer',
      SOURCE,
    );
  }
  if (hasIngress) return cluster;
  const ensuring = latest(events, 'EnsuringLoadBalancer');
  const deleted = latest(events, 'DeletedLoadBalancer');
  const failed = latest(events, 'SyncLoadBalancerFailed');
  if (!ensuring || (deleted && deleted.lastTimestamp > ensuring.lastTimestamp)) {
    return recordEvent(
      cluster,
      ctx,
      svc,
      'Normal',
      'EnsuringLoadBalancer',
      'Ensuring load balancer',
      SOURCE,
    );
  }
  if (failed && failed.lastTimestamp >= ensuring.lastTimestamp) return cluster;
  const due = Date.parse(ensuring.lastTimestamp) + cloud.delayMs;
  if (cluster.now < due) return cluster;
  const result = ensure(cluster, ctx, svc);
  if ('error' in result)
    return recordAt(cluster, ctx, due, svc, 'Warning', 'SyncLoadBalancerFailed', result.error);
  [cluster] = updateObject(cluster, {
    ...svc,
    status: { ...svc.status, loadBalancer: { ingress: result.ingress } },
  });
  return recordAt(cluster, ctx, due, svc, 'Normal', 'EnsuredLoadBalancer', 'Ensured load balancer');
}

/** One pass of the cloud's service controller; nothing on presets without a cloud. */
export function syncCloudLoadBalancers(cluster: Cluster, ctx: Ctx): Cluster {
  if (!own(CLOUD_BALANCERS, cluster.preset.name)) return cluster;
  for (const svc of listObjects<Service>(cluster, 'Service'))
    cluster = syncService(cluster, ctx, svc);
  return cluster;
}

/** When the balancer of a Service still being provisioned will be ready (ms), or null. */
export function provisioningDue(cluster: Cluster, svc: Service): number | null {
  const cloud = own(CLOUD_BALANCERS, cluster.preset.name);
  if (!cloud || !manages(svc) || ingressOf(svc).length) return null;
  const ensuring = latest(eventsFor(cluster, svc), 'EnsuringLoadBalancer');
  return ensuring ? Date.parse(ensuring.lastTimestamp) + cloud.delayMs : null;
}
