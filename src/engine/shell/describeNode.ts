// `kubectl describe node` (kubernetes/kubectl pkg/describe/describe.go describeNode,
// describeNodeLease, describeNodeResource): the node's identity, lease, conditions, addresses,
// resources, system info, the pods bound to it with their requests and limits, and its events.
// What the stored Node lacks and a real kubelet always reports (capacity, the pressure conditions,
// machine ids) is filled in here from the simulated machine, so the page reads like a real one.
import { own } from '../util/own.ts';
import { sha256 } from '@noble/hashes/sha2.js';
import { listObjects, type Cluster } from '../api/cluster.ts';
import type { Node, Pod } from '../api/objects.ts';
import { gracePeriodSeconds } from '../controllers/nodeLifecycle.ts';
import { annotationLines, eventLines, labelLines, rfc1123z } from './describeText.ts';
import { humanDuration } from './table.ts';

interface Condition {
  readonly type: string;
  readonly status: string;
  readonly reason?: string;
  readonly message?: string;
  readonly lastHeartbeatTime?: string;
  readonly lastTransitionTime?: string;
}
type Resources = Readonly<Record<string, string>>;

/**
 * The simulated machine every node runs on when its status carries no capacity: 2 CPUs and 4 GiB
 * as `kubectl top` assumes (shell/kubectl/top.ts), a 40 GiB disk, 110 pods. Allocatable subtracts
 * kubeadm's default eviction thresholds (memory.available<100Mi, nodefs.available<10%), which is
 * how the kubelet computes it with no reservations configured.
 */
const MACHINE_CAPACITY: Resources = {
  cpu: '2',
  'ephemeral-storage': '41943040Ki',
  'hugepages-1Gi': '0',
  'hugepages-2Mi': '0',
  memory: '4194304Ki',
  pods: '110',
};
const MACHINE_ALLOCATABLE: Resources = {
  ...MACHINE_CAPACITY,
  'ephemeral-storage': String(Math.floor(41943040 * 1024 * 0.9)),
  memory: `${4194304 - 100 * 1024}Ki`,
};

/** The kubelet posts node status at least every nodeStatusReportFrequency (5 min) with leases. */
const STATUS_REPORT_MS = 5 * 60_000;
/** and renews its lease every 10 s (a quarter of the 40 s lease duration). */
const LEASE_RENEW_MS = 10_000;

// ---- quantities (k8s.io/apimachinery pkg/api/resource, the parts describe needs) ----

const BINARY: Readonly<Record<string, number>> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Readonly<Record<string, number>> = {
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

/** A quantity as thousandths of its unit (millicores, millibytes), with its format. */
export interface Quantity {
  readonly milli: number;
  readonly binary: boolean;
}

export function parseQuantity(text: string): Quantity | undefined {
  const m = /^([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const n = Number(m[1]);
  const suffix = m[2] ?? '';
  const binary = own(BINARY, suffix);
  if (binary !== undefined) return { milli: Math.round(n * binary * 1000), binary: true };
  if (/^[eE]/.test(suffix))
    return { milli: Math.round(n * 10 ** Number(suffix.slice(1)) * 1000), binary: false };
  return { milli: Math.round(n * DECIMAL[suffix]! * 1000), binary: false };
}

/** Quantity.String(): the largest suffix that keeps the number whole, in the quantity's format. */
export function formatQuantity(q: Quantity): string {
  if (q.milli === 0) return '0';
  if (q.milli % 1000 !== 0) return `${q.milli}m`;
  const units = q.milli / 1000;
  if (q.binary && units >= 1024) {
    for (const s of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki'])
      if (units % BINARY[s]! === 0) return `${units / BINARY[s]!}${s}`;
  }
  for (const s of ['E', 'P', 'T', 'G', 'M', 'k'])
    if (units % DECIMAL[s]! === 0) return `${units / DECIMAL[s]!}${s}`;
  return String(units);
}

/** resourcehelper.PodRequestsAndLimits, for the containers (the first quantity sets the format). */
function podTotals(pod: Pod, field: 'requests' | 'limits'): Map<string, Quantity> {
  const total = new Map<string, Quantity>();
  for (const c of pod.spec.containers) {
    const list = (c.resources as { [k: string]: Record<string, string> | undefined } | undefined)?.[
      field
    ];
    for (const [name, text] of Object.entries(list ?? {})) {
      const q = parseQuantity(String(text));
      if (!q) continue;
      const have = total.get(name);
      total.set(name, have ? { ...have, milli: have.milli + q.milli } : q);
    }
  }
  return total;
}

// ---- the node as the kubelet and the controllers would have filled it in ----

const ms = (iso: string | undefined, fallback: number) => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? fallback : t;
};
const iso = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The last tick of a period started at `from`, at or before `at`. */
const lastTick = (from: number, at: number, period: number) =>
  from + Math.max(0, Math.floor((at - from) / period)) * period;

function createdAt(cluster: Cluster, node: Node): number {
  return ms(node.metadata.creationTimestamp, Date.parse(cluster.preset.createdAt));
}

/** When the kubelet last spoke: now while it runs; just before the controller noticed if it stopped. */
function lastKubeletContact(cluster: Cluster, node: Node, ready: Condition | undefined): number {
  if (ready?.status !== 'Unknown') return cluster.now;
  const noticed = ms(ready.lastTransitionTime, cluster.now);
  return noticed - gracePeriodSeconds(cluster.preset.minor) * 1000;
}

/** The CNI's NetworkUnavailable condition (flannel and Calico set it; the route controller on GKE). */
function networkCondition(cluster: Cluster): Omit<Condition, 'lastHeartbeatTime'> | undefined {
  switch (cluster.preset.podNetwork) {
    case 'flannel-vxlan':
      return {
        type: 'NetworkUnavailable',
        status: 'False',
        reason: 'FlannelIsUp',
        message: 'Flannel is running on this node',
      };
    case 'calico-ipip':
    case 'calico-vxlan':
      return {
        type: 'NetworkUnavailable',
        status: 'False',
        reason: 'CalicoIsUp',
        message: 'Calico is running on this node',
      };
    case 'vpc-native':
      return {
        type: 'NetworkUnavailable',
        status: 'False',
        reason: 'RouteCreated',
        message: 'NodeController create implicit route',
      };
    default:
      return undefined;
  }
}

const PRESSURE = [
  ['MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
  ['DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
  ['PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
] as const;

/**
 * The node's conditions in the kubelet's order. The store keeps Ready; the pressure conditions
 * follow it as the node lifecycle controller treats them (all Unknown together when the kubelet
 * stops posting). Heartbeats are the kubelet's 5-minute status reports.
 */
export function nodeConditions(cluster: Cluster, node: Node): Condition[] {
  const stored = (node.status.conditions ?? []) as Condition[];
  const ready = stored.find((c) => c.type === 'Ready');
  const born = createdAt(cluster, node);
  const heartbeat = iso(lastTick(born, lastKubeletContact(cluster, node, ready), STATUS_REPORT_MS));
  const out: Condition[] = [];
  const net = networkCondition(cluster);
  if (net && !stored.some((c) => c.type === net.type)) {
    out.push({ ...net, lastHeartbeatTime: iso(born), lastTransitionTime: iso(born) });
  }
  const unknown = ready?.status === 'Unknown';
  for (const [type, reason, message] of PRESSURE) {
    if (stored.some((c) => c.type === type)) continue;
    out.push(
      unknown
        ? {
            type,
            status: 'Unknown',
            reason: ready.reason ?? 'NodeStatusUnknown',
            message: ready.message ?? 'Kubelet stopped posting node status.',
            lastHeartbeatTime: heartbeat,
            lastTransitionTime: ready.lastTransitionTime ?? iso(cluster.now),
          }
        : {
            type,
            status: 'False',
            reason,
            message,
            lastHeartbeatTime: heartbeat,
            lastTransitionTime: iso(born),
          },
    );
  }
  for (const c of stored) {
    const kubelets = c.type === 'Ready' || PRESSURE.some(([t]) => t === c.type);
    out.push({
      ...c,
      lastHeartbeatTime: kubelets ? heartbeat : (c.lastHeartbeatTime ?? iso(born)),
      lastTransitionTime: c.lastTransitionTime ?? iso(born),
    });
  }
  return out;
}

function resourcesOf(node: Node, field: 'capacity' | 'allocatable'): Resources {
  const stored = node.status[field] as Resources | undefined;
  if (stored && Object.keys(stored).length) return stored;
  return field === 'capacity' ? MACHINE_CAPACITY : MACHINE_ALLOCATABLE;
}

/** A stable identifier made of the node's name, as a machine would hold one for life. */
function hexId(node: Node, what: string): string {
  const bytes = sha256(new TextEncoder().encode(`${node.metadata.name}/${what}`));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
const uuid = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

/** findNodeRoles: node-role.kubernetes.io/<role> labels and the legacy kubernetes.io/role, sorted. */
function roles(node: Node): string[] {
  const found = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length);
      if (role) found.add(role);
    } else if (k === 'kubernetes.io/role' && v) found.add(v);
  }
  return [...found].sort();
}

interface Taint {
  readonly key: string;
  readonly value?: string;
  readonly effect: string;
}

/** printNodeTaintsMultiline: sorted by effect then key, `key[=value]:effect`. */
function taintLines(taints: readonly Taint[] | undefined): string[] {
  if (!taints?.length) return ['Taints:\t<none>'];
  const cmp = (t: Taint) => `${t.effect},${t.key}`;
  return [...taints]
    .sort((a, b) => (cmp(a) < cmp(b) ? -1 : cmp(a) > cmp(b) ? 1 : 0))
    .map(
      (t, i) => `${i === 0 ? 'Taints:' : ''}\t${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`,
    );
}

/** SortableResourceNames: alphabetical. */
function resourceLines(title: string, list: Resources): string[] {
  return [
    `${title}:`,
    ...Object.keys(list)
      .sort()
      .map((k) => `  ${k}:\t${list[k]}`),
  ];
}

const pct = (value: number, of: number) => (of > 0 ? Math.trunc((value / of) * 100) : 0);

/** describeNodeResource: the non-terminated pods table and the allocated totals. */
function podResourceLines(cluster: Cluster, node: Node): string[] {
  const pods = listObjects<Pod>(cluster, 'Pod')
    .filter(
      (p) =>
        p.spec.nodeName === node.metadata.name &&
        p.status.phase !== 'Succeeded' &&
        p.status.phase !== 'Failed',
    )
    .sort((a, b) => {
      const ka = `${a.metadata.namespace}/${a.metadata.name}`;
      const kb = `${b.metadata.namespace}/${b.metadata.name}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  const allocatable = resourcesOf(node, 'allocatable');
  const alloc = (name: string) => parseQuantity(allocatable[name] ?? '0')?.milli ?? 0;
  const cell = (q: Quantity | undefined, name: string) =>
    `${formatQuantity(q ?? { milli: 0, binary: false })} (${pct(q?.milli ?? 0, alloc(name))}%)`;
  const lines = [
    `Non-terminated Pods:\t(${pods.length} in total)`,
    '  Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge',
    '  ---------\t----\t\t------------\t----------\t---------------\t-------------\t---',
  ];
  const reqs = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  const add = (into: Map<string, Quantity>, from: Map<string, Quantity>) => {
    for (const [k, q] of from) {
      const have = into.get(k);
      into.set(k, have ? { ...have, milli: have.milli + q.milli } : q);
    }
  };
  for (const pod of pods) {
    const req = podTotals(pod, 'requests');
    const lim = podTotals(pod, 'limits');
    add(reqs, req);
    add(limits, lim);
    const age = humanDuration(cluster.now - ms(pod.metadata.creationTimestamp, cluster.now));
    lines.push(
      `  ${pod.metadata.namespace}\t${pod.metadata.name}\t\t${cell(req.get('cpu'), 'cpu')}\t${cell(lim.get('cpu'), 'cpu')}\t${cell(req.get('memory'), 'memory')}\t${cell(lim.get('memory'), 'memory')}\t${age}`,
    );
  }
  lines.push(
    'Allocated resources:',
    '  (Total limits may be over 100 percent, i.e., overcommitted.)',
    '  Resource\tRequests\tLimits',
    '  --------\t--------\t------',
  );
  const row = (name: string) =>
    `  ${name}\t${cell(reqs.get(name), name)}\t${cell(limits.get(name), name)}`;
  lines.push(row('cpu'), row('memory'), row('ephemeral-storage'));
  const names = Object.keys(allocatable).sort();
  for (const name of names.filter((n) => n.startsWith('hugepages-'))) lines.push(row(name));
  const standard = ['cpu', 'memory', 'ephemeral-storage', 'pods'];
  for (const name of names.filter((n) => !n.startsWith('hugepages-') && !standard.includes(n))) {
    const show = (q: Quantity | undefined) => formatQuantity(q ?? { milli: 0, binary: false });
    lines.push(`  ${name}\t${show(reqs.get(name))}\t${show(limits.get(name))}`);
  }
  return lines;
}

/** The lines of `kubectl describe node NAME`, tab-separated for describeText's renderDescription. */
export function describeNodeLines(cluster: Cluster, node: Node): string[] {
  const name = node.metadata.name;
  const born = createdAt(cluster, node);
  const conditions = nodeConditions(cluster, node);
  const ready = conditions.find((c) => c.type === 'Ready');
  const renew = lastTick(born, lastKubeletContact(cluster, node, ready), LEASE_RENEW_MS);
  const info = (node.status.nodeInfo ?? {}) as Readonly<Record<string, string>>;
  const addresses = (node.status.addresses ?? []) as { type: string; address: string }[];
  const spec = node.spec as Node['spec'] & { podCIDRs?: string[]; unschedulable?: boolean };
  const roleList = roles(node);
  const lines = [
    `Name:\t${name}`,
    `Roles:\t${roleList.length ? roleList.join(',') : '<none>'}`,
    ...labelLines('Labels', node.metadata.labels),
    ...annotationLines('Annotations', node.metadata.annotations),
    `CreationTimestamp:\t${rfc1123z(iso(born))}`,
    ...taintLines(spec.taints as readonly Taint[] | undefined),
    `Unschedulable:\t${spec.unschedulable === true}`,
    'Lease:',
    `  HolderIdentity:\t${name}`,
    '  AcquireTime:\t<unset>',
    `  RenewTime:\t${rfc1123z(iso(renew))}`,
  ];
  if (conditions.length) {
    lines.push(
      'Conditions:',
      '  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage',
      '  ----\t------\t-----------------\t------------------\t------\t-------',
      ...conditions.map(
        (c) =>
          `  ${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime!)} \t${rfc1123z(c.lastTransitionTime!)} \t${c.reason ?? ''} \t${c.message ?? ''}`,
      ),
    );
  }
  lines.push('Addresses:', ...addresses.map((a) => `  ${a.type}:\t${a.address}`));
  lines.push(...resourceLines('Capacity', resourcesOf(node, 'capacity')));
  lines.push(...resourceLines('Allocatable', resourcesOf(node, 'allocatable')));
  const machineId = info.machineID ?? hexId(node, 'machine-id').slice(0, 32);
  lines.push(
    'System Info:',
    `  Machine ID:\t${machineId}`,
    `  System UUID:\t${info.systemUUID ?? uuid(hexId(node, 'system-uuid'))}`,
    `  Boot ID:\t${info.bootID ?? uuid(hexId(node, 'boot-id'))}`,
    `  Kernel Version:\t${info.kernelVersion ?? ''}`,
    `  OS Image:\t${info.osImage ?? ''}`,
    `  Operating System:\t${info.operatingSystem ?? ''}`,
    `  Architecture:\t${info.architecture ?? ''}`,
    `  Container Runtime Version:\t${info.containerRuntimeVersion ?? ''}`,
    `  Kubelet Version:\t${info.kubeletVersion ?? ''}`,
    // From v1.31 the kubelet leaves kubeProxyVersion unset (KEP-4004): the line stays, empty.
    `  Kube-Proxy Version:\t${cluster.preset.minor >= 31 ? '' : (info.kubeProxyVersion ?? '')}`,
  );
  if (spec.podCIDR) lines.push(`PodCIDR:\t${spec.podCIDR}`);
  if (spec.podCIDRs?.length) lines.push(`PodCIDRs:\t${spec.podCIDRs.join(',')}`);
  lines.push(...podResourceLines(cluster, node));
  lines.push(...eventLines(cluster, node));
  return lines;
}
