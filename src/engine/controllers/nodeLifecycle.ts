// A node switched off (`lab node down`) and back on (`lab node up`), as the node lifecycle
// controller sees it: after node-monitor-grace-period without a kubelet heartbeat the node turns
// NotReady (condition Unknown), its pods are marked not ready (so they leave the endpoints), it is
// tainted unreachable, and after the pods' default 300 s toleration they are evicted: Terminating
// for good (no kubelet confirms the deletion), while their ReplicaSets make replacements elsewhere.
import {
  clearTimer,
  listObjects,
  setTimer,
  timestamp,
  updateObject,
  deleteObject,
  type Cluster,
  type Ctx,
  type Timer,
} from '../api/cluster.ts';
import { recordEvent } from '../api/events.ts';
import type { Node, Pod } from '../api/objects.ts';

const UNREACHABLE = 'node.kubernetes.io/unreachable';
/** DefaultTolerationSeconds admission gives every pod 300 s of tolerance to unreachable nodes. */
const EVICTION_SECONDS = 300;

/** node-monitor-grace-period: 40 s, raised to 50 s in v1.32. */
export function gracePeriodSeconds(minor: number): number {
  return minor >= 32 ? 50 : 40;
}

const nodeKey = (name: string) => `Node//${name}`;
const podsOn = (cluster: Cluster, node: string) =>
  listObjects<Pod>(cluster, 'Pod').filter((p) => p.spec.nodeName === node);
const ownedByDaemonSet = (p: Pod) =>
  p.metadata.ownerReferences?.some((o) => o.kind === 'DaemonSet') ?? false;
const isStatic = (p: Pod) =>
  p.metadata.ownerReferences === undefined && p.spec.hostNetwork === true;

export function powerOff(cluster: Cluster, node: string): Cluster {
  if (cluster.poweredOff.has(node)) return cluster;
  cluster = { ...cluster, poweredOff: new Set([...cluster.poweredOff, node]) };
  return setTimer(cluster, {
    at: cluster.now + gracePeriodSeconds(cluster.preset.minor) * 1000,
    kind: 'node-unreachable',
    key: nodeKey(node),
  });
}

/** The conditions the kubelet owns, with what a healthy kubelet reports for each. */
const KUBELET_CONDITIONS: Readonly<Record<string, readonly [string, string, string]>> = {
  MemoryPressure: [
    'False',
    'KubeletHasSufficientMemory',
    'kubelet has sufficient memory available',
  ],
  DiskPressure: ['False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
  PIDPressure: ['False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
  Ready: ['True', 'KubeletReady', 'kubelet is posting ready status'],
};
/** The kubelet posts node status every nodeStatusReportFrequency (5 min) when nothing changes. */
const STATUS_REPORT_MS = 5 * 60_000;

interface Condition {
  readonly type: string;
  readonly status?: string;
  readonly lastHeartbeatTime?: string;
  readonly lastTransitionTime?: string;
}

/**
 * The kubelet's last status post before it went silent: its last 5-minute report since the node
 * registered, at or before the moment it stopped (a grace period before the controller noticed).
 */
function lastHeartbeat(cluster: Cluster, node: Node): string {
  const born =
    Date.parse(node.metadata.creationTimestamp ?? '') || Date.parse(cluster.preset.createdAt);
  const stopped = cluster.now - gracePeriodSeconds(cluster.preset.minor) * 1000;
  const at = born + Math.max(0, Math.floor((stopped - born) / STATUS_REPORT_MS)) * STATUS_REPORT_MS;
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Ready and the pressure conditions: the node controller's NodeStatusUnknown for all four when the
 * kubelet stops posting (tryUpdateNodeHealth: heartbeat kept, transition now), or the kubelet's own
 * healthy values when it is back (heartbeat and transition now).
 */
function setKubeletConditions(cluster: Cluster, node: Node, ready: boolean): Node['status'] {
  const now = timestamp(cluster);
  const stored = (node.status.conditions ?? []) as Condition[];
  const heartbeat = ready ? now : lastHeartbeat(cluster, node);
  const conditions = Object.entries(KUBELET_CONDITIONS).map(([type, [status, reason, message]]) => {
    const before = stored.find((c) => c.type === type);
    const next = ready ? status : 'Unknown';
    return {
      type,
      status: next,
      lastHeartbeatTime: heartbeat,
      lastTransitionTime: before?.status === next ? (before.lastTransitionTime ?? now) : now,
      reason: ready ? reason : 'NodeStatusUnknown',
      message: ready ? message : 'Kubelet stopped posting node status.',
    };
  });
  const others = stored.filter((c) => !(c.type in KUBELET_CONDITIONS));
  return { ...node.status, conditions: [...conditions, ...others] };
}

function markPodNotReady(cluster: Cluster, pod: Pod): Cluster {
  const conditions = ((pod.status.conditions ?? []) as { type: string }[]).map((c) =>
    c.type === 'Ready' ? { ...c, status: 'False', lastTransitionTime: timestamp(cluster) } : c,
  );
  [cluster] = updateObject(cluster, { ...pod, status: { ...pod.status, conditions } });
  return cluster;
}

function unreachable(cluster: Cluster, ctx: Ctx, node: Node): Cluster {
  const name = node.metadata.name;
  const taints = [
    ...(node.spec.taints ?? []).filter((t) => t.key !== UNREACHABLE),
    { key: UNREACHABLE, effect: 'NoSchedule', timeAdded: timestamp(cluster) },
    { key: UNREACHABLE, effect: 'NoExecute', timeAdded: timestamp(cluster) },
  ];
  [cluster] = updateObject(cluster, {
    ...node,
    spec: { ...node.spec, taints },
    status: setKubeletConditions(cluster, node, false),
  });
  cluster = recordEvent(
    cluster,
    ctx,
    node,
    'Normal',
    'NodeNotReady',
    `Node ${name} status is now: NodeNotReady`,
    { component: 'node-controller' },
  );
  for (const pod of podsOn(cluster, name)) cluster = markPodNotReady(cluster, pod);
  return setTimer(cluster, {
    at: cluster.now + EVICTION_SECONDS * 1000,
    kind: 'node-evict',
    key: nodeKey(name),
  });
}

function evict(cluster: Cluster, ctx: Ctx, node: string): Cluster {
  for (const pod of podsOn(cluster, node)) {
    // DaemonSet pods tolerate unreachable nodes for ever; static pods are the kubelet's own.
    if (ownedByDaemonSet(pod) || isStatic(pod) || pod.metadata.deletionTimestamp) continue;
    [cluster] = updateObject(cluster, {
      ...pod,
      metadata: {
        ...pod.metadata,
        deletionGracePeriodSeconds: 30,
        deletionTimestamp: new Date(cluster.now + 30000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      },
    });
    const message = `Marking for deletion Pod ${pod.metadata.namespace}/${pod.metadata.name}`;
    cluster = recordEvent(cluster, ctx, pod, 'Normal', 'TaintManagerEviction', message, {
      component: 'taint-eviction-controller',
    });
  }
  return cluster;
}

export function runNodeTimer(cluster: Cluster, ctx: Ctx, t: Timer): Cluster {
  const node = cluster.objects.get(t.key) as Node | undefined;
  if (!node || !cluster.poweredOff.has(node.metadata.name)) return cluster;
  return t.kind === 'node-unreachable'
    ? unreachable(cluster, ctx, node)
    : evict(cluster, ctx, node.metadata.name);
}

/** The node boots: the kubelet reports Ready again, removes the pods deleted meanwhile, restarts the rest. */
export function powerOn(cluster: Cluster, ctx: Ctx, name: string): Cluster {
  if (!cluster.poweredOff.has(name)) return cluster;
  const poweredOff = new Set(cluster.poweredOff);
  poweredOff.delete(name);
  cluster = { ...cluster, poweredOff };
  cluster = clearTimer(
    clearTimer(cluster, 'node-unreachable', nodeKey(name)),
    'node-evict',
    nodeKey(name),
  );
  const node = cluster.objects.get(nodeKey(name)) as Node | undefined;
  if (!node) return cluster;
  const taints = (node.spec.taints ?? []).filter((t) => t.key !== UNREACHABLE);
  const { taints: _old, ...spec } = node.spec;
  [cluster] = updateObject(cluster, {
    ...node,
    spec: taints.length ? { ...spec, taints } : spec,
    status: setKubeletConditions(cluster, node, true),
  });
  cluster = recordEvent(
    cluster,
    ctx,
    node,
    'Normal',
    'NodeReady',
    `Node ${name} status is now: NodeReady`,
    { component: 'kubelet', host: name },
  );
  for (const pod of podsOn(cluster, name)) {
    if (pod.metadata.deletionTimestamp) cluster = deleteObject(cluster, pod);
    else if (pod.status.phase === 'Pending') {
      // Containers that were being created when the power went resume.
      cluster = setTimer(cluster, {
        at: cluster.now + 2000,
        kind: 'start',
        key: `Pod/${pod.metadata.namespace}/${pod.metadata.name}`,
      });
    } else {
      const conditions = ((pod.status.conditions ?? []) as { type: string }[]).map((c) =>
        c.type === 'Ready' ? { ...c, status: 'True', lastTransitionTime: timestamp(cluster) } : c,
      );
      [cluster] = updateObject(cluster, { ...pod, status: { ...pod.status, conditions } });
    }
  }
  return cluster;
}
