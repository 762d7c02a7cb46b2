// What the scheduler, the CNI's IPAM and the kubelet do to a new pod, folded into one step: bind it
// to a node, give it an address from that node's pod range, and start its containers.
// (Simulated start-up time and readiness probes come with the cluster issue; pods here start at once.)
import { createObject, timestamp, type Cluster, type Ctx } from '../api/cluster.ts';
import type { Pod } from '../api/objects.ts';
import { intToIp, ipToInt } from '../net/ipv4.ts';
import { schedulePod } from './scheduler.ts';

/** Host-local IPAM: the next address after the last one handed out on that node. */
function allocatePodIP(cluster: Cluster, nodeName: string): [Cluster, string] {
  const node = cluster.preset.nodes.find((n) => n.name === nodeName)!;
  const offset = cluster.ipam.get(nodeName) ?? 0;
  const ip = intToIp(ipToInt(node.firstPodIP) + offset);
  const ipam = new Map(cluster.ipam);
  ipam.set(nodeName, offset + 1);
  return [{ ...cluster, ipam }, ip];
}

function runningStatus(cluster: Cluster, pod: Pod, hostIP: string, podIP: string): Pod['status'] {
  const now = timestamp(cluster);
  const condition = (type: string) => ({
    lastProbeTime: null,
    lastTransitionTime: now,
    status: 'True',
    type,
  });
  return {
    conditions: ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map(condition),
    containerStatuses: pod.spec.containers.map((c) => ({
      image: c.image,
      name: c.name,
      ready: true,
      restartCount: 0,
      started: true,
      state: { running: { startedAt: now } },
    })),
    hostIP,
    phase: 'Running',
    podIP,
    podIPs: [{ ip: podIP }],
    qosClass: 'BestEffort',
    startTime: now,
  };
}

/** Creates a pod and brings it up (or leaves it Pending when no node fits). */
export function createAndStartPod(cluster: Cluster, ctx: Ctx, pod: Pod): [Cluster, Pod] {
  const nodeName = pod.spec.nodeName ?? schedulePod(cluster, ctx, pod);
  if (!nodeName) {
    return createObject(cluster, ctx, {
      ...pod,
      status: { phase: 'Pending', qosClass: 'BestEffort' },
    });
  }
  const node = cluster.preset.nodes.find((n) => n.name === nodeName)!;
  let podIP = node.ip;
  if (pod.spec.hostNetwork !== true) [cluster, podIP] = allocatePodIP(cluster, nodeName);
  const bound: Pod = { ...pod, spec: { ...pod.spec, nodeName } };
  return createObject(cluster, ctx, {
    ...bound,
    status: runningStatus(cluster, bound, node.ip, podIP),
  });
}

export function isPodReady(pod: Pod): boolean {
  const conditions = (pod.status.conditions ?? []) as readonly { type: string; status: string }[];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}
