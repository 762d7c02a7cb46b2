// A container whose process ends (a busybox with no command, a curl with no URL): the kubelet
// records it terminated, and under restartPolicy Always restarts it after a back-off that doubles
// from 10 s up to 5 minutes, showing CrashLoopBackOff meanwhile (pkg/kubelet, backOff defaults).
import { setTimer, timestamp, updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import { recordEvent } from '../api/events.ts';
import type { Container, Pod } from '../api/objects.ts';
import { exitsAfterStart, isServer } from '../workloads/images.ts';
import { recordContainerStart, recordImagePresent } from './kubeletEvents.ts';

const key = (pod: Pod) => `Pod/${pod.metadata.namespace}/${pod.metadata.name}`;
const kubelet = (pod: Pod) => ({ component: 'kubelet', host: pod.spec.nodeName! });

type Status = {
  name: string;
  restartCount: number;
  state: Record<string, Record<string, unknown>>;
  lastState?: Record<string, unknown>;
  ready: boolean;
  started?: boolean;
  [k: string]: unknown;
};

const statusesOf = (pod: Pod) => (pod.status.containerStatuses ?? []) as Status[];

/**
 * Seconds of back-off before the next restart, after `restarts` restarts: the first exit is
 * restarted at once (the kubelet has no back-off entry yet), then 10, 20, 40, ... at most 300.
 */
export function backOffSeconds(restarts: number): number {
  return restarts === 0 ? 0 : Math.min(300, 10 * 2 ** (restarts - 1));
}

/** After a start: if a container's process ends on its own, it will be gone in a moment. */
/**
 * The exit code of a container's process if it ends on its own: an image whose default command
 * exits, or any non-server program in a Job's pod (a Job runs its command to completion).
 */
export function exitCode(pod: Pod, container: Container): number | null {
  const own = exitsAfterStart(container);
  if (own !== null) return own;
  const inJob = pod.metadata.ownerReferences?.some((o) => o.kind === 'Job') ?? false;
  return inJob && !isServer(container) ? 0 : null;
}

export function scheduleExit(cluster: Cluster, pod: Pod, startedAt: number): Cluster {
  const codes = pod.spec.containers.map((c) => exitCode(pod, c));
  if (codes.every((c) => c === null)) return cluster;
  // A shell with nothing to read ends at once; a Job's command takes a moment of work.
  const after = pod.spec.containers.some((c) => exitsAfterStart(c) !== null) ? 200 : 2000;
  return setTimer(cluster, { at: startedAt + after, kind: 'exit', key: key(pod) });
}

function notReady(cluster: Cluster, pod: Pod, statuses: Status[], phase: string): Pod {
  const conditions = ((pod.status.conditions ?? []) as { type: string }[]).map((c) =>
    c.type === 'Ready' || c.type === 'ContainersReady'
      ? {
          lastProbeTime: null,
          lastTransitionTime: timestamp(cluster),
          status: 'False',
          type: c.type,
          reason: 'ContainersNotReady',
          message: `containers with unready status: [${statuses
            .filter((s) => !s.ready)
            .map((s) => s.name)
            .join(' ')}]`,
        }
      : c,
  );
  return { ...pod, status: { ...pod.status, conditions, containerStatuses: statuses, phase } };
}

export function containerExited(cluster: Cluster, pod: Pod): Cluster {
  const now = timestamp(cluster);
  const statuses = statusesOf(pod).map((s) => {
    const c = pod.spec.containers.find((x) => x.name === s.name)!;
    const code = exitCode(pod, c);
    if (code === null) return s;
    const terminated = {
      containerID: s.containerID,
      exitCode: code,
      finishedAt: now,
      reason: code === 0 ? 'Completed' : 'Error',
      startedAt: s.state.running?.startedAt ?? now,
    };
    return { ...s, ready: false, started: false, state: { terminated } };
  });
  const policy = (pod.spec.restartPolicy as string | undefined) ?? 'Always';
  const failed = statuses.some((s) => Number(s.state.terminated?.exitCode ?? 0) !== 0);
  const restart = policy === 'Always' || (policy === 'OnFailure' && failed);
  const allDone = statuses.every((s) => s.state.terminated);
  const phase = !restart && allDone ? (failed ? 'Failed' : 'Succeeded') : pod.status.phase;
  [cluster] = updateObject(cluster, notReady(cluster, pod, statuses, phase));
  if (!restart) return cluster;
  const restarts = Math.max(...statuses.map((s) => s.restartCount));
  const wait = backOffSeconds(restarts);
  // The kubelet's next sync (about a second later) restarts the container or finds it in back-off;
  // until then the pod shows Completed or Error.
  if (wait > 0)
    cluster = setTimer(cluster, { at: cluster.now + 1000, kind: 'backoff', key: key(pod) });
  return setTimer(cluster, {
    at: cluster.now + 1000 + wait * 1000,
    kind: 'restart',
    key: key(pod),
  });
}

export function enterBackOff(cluster: Cluster, ctx: Ctx, pod: Pod): Cluster {
  const statuses = statusesOf(pod).map((s) => {
    if (!s.state.terminated) return s;
    const seconds = backOffSeconds(s.restartCount);
    const message = `back-off ${seconds < 60 ? `${seconds}s` : `${seconds / 60}m0s`} restarting failed container=${s.name} pod=${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
    return {
      ...s,
      lastState: { terminated: s.state.terminated },
      state: { waiting: { message, reason: 'CrashLoopBackOff' } },
    };
  });
  [cluster] = updateObject(cluster, notReady(cluster, pod, statuses, pod.status.phase));
  const name = statuses.find((s) => s.state.waiting)?.name ?? '';
  const text = `Back-off restarting failed container ${name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
  return recordEvent(cluster, ctx, pod, 'Warning', 'BackOff', text, kubelet(pod));
}

export function restartContainers(cluster: Cluster, ctx: Ctx, pod: Pod): Cluster {
  const now = timestamp(cluster);
  const statuses = statusesOf(pod).map((s) => {
    const last =
      s.state.terminated ?? (s.lastState?.terminated as Record<string, unknown> | undefined);
    if (!last) return s;
    return {
      ...s,
      lastState: { terminated: last },
      restartCount: s.restartCount + 1,
      started: true,
      state: { running: { startedAt: now } },
    };
  });
  [cluster] = updateObject(cluster, {
    ...pod,
    status: { ...pod.status, containerStatuses: statuses },
  });
  for (const s of statuses) {
    const c = pod.spec.containers.find((x) => x.name === s.name)!;
    if (exitCode(pod, c) === null) continue;
    cluster = recordImagePresent(cluster, ctx, pod, c.image);
    cluster = recordContainerStart(cluster, ctx, pod, c.name);
  }
  return scheduleExit(cluster, pod, cluster.now);
}
