// What the scheduler, the CNI's IPAM and the kubelet do to a pod over simulated time: bind it to a
// node, give it an address from that node's pod range, pull the image (once per node), start the
// containers, mark it Ready (after a readiness probe's initial delay), and on deletion let it
// terminate before it goes away.
import {
  clearTimer,
  compareNames,
  createBuilt,
  createObject,
  deleteObject,
  setTimer,
  timestamp,
  updateObject,
  type Cluster,
  type Ctx,
  type Timer,
} from '../api/cluster.ts';
import { recordEvent, type EventSource } from '../api/events.ts';
import { keyOf, type Container, type Pod } from '../api/objects.ts';
import { intToIp, ipToInt } from '../net/ipv4.ts';
import { stopSeconds } from '../workloads/images.ts';
import { invalidImageMessage } from '../workloads/imageRef.ts';
import { containerExited, enterBackOff, restartContainers, scheduleExit } from './crashLoop.ts';
import { recordContainerStart, recordImagePresent } from './kubeletEvents.ts';
import { schedulePod } from './scheduler.ts';
import { presetNode } from '../presets/presets.ts';

/** Host-local IPAM: the next address after the last one handed out on that node. */
function allocatePodIP(cluster: Cluster, nodeName: string): [Cluster, string] {
  const node = presetNode(cluster.preset, nodeName)!;
  const offset = cluster.ipam.get(nodeName) ?? 0;
  const ip = intToIp(ipToInt(node.firstPodIP) + offset);
  return [{ ...cluster, ipam: cluster.ipam.set(nodeName, offset + 1) }, ip];
}

const podKey = (pod: Pod) => `Pod/${pod.metadata.namespace}/${pod.metadata.name}`;

function condition(cluster: Cluster, type: string, status: boolean) {
  return {
    lastProbeTime: null,
    lastTransitionTime: timestamp(cluster),
    status: status ? 'True' : 'False',
    type,
  };
}

/** Ready or ContainersReady while containers have not started, written out as one literal. */
function notReady(cluster: Cluster, type: string, pod: Pod) {
  return {
    lastProbeTime: null,
    lastTransitionTime: timestamp(cluster),
    status: 'False',
    type,
    reason: 'ContainersNotReady',
    message: `containers with unready status: [${pod.spec.containers.map((c) => c.name).join(' ')}]`,
  };
}

/** The kubelet of a node as an event source: one object per node, shared by its events. */
const kubelets = new Map<string, EventSource>();
function kubelet(node: string): EventSource {
  let source = kubelets.get(node);
  if (!source) kubelets.set(node, (source = Object.freeze({ component: 'kubelet', host: node })));
  return source;
}

/**
 * A just-bound pod's conditions and container statuses. They depend on the second it was bound
 * and its containers alone, and the pods of one template share their containers (see
 * defaultPodSpec): pods bound together share one frozen copy (stored objects are never changed in
 * place), so a thousand pods keep one.
 */
let lastBound: {
  readonly stamp: string;
  readonly containers: readonly Container[];
  readonly conditions: readonly object[];
  readonly statuses: readonly object[];
} | null = null;

function boundStatus(cluster: Cluster, pod: Pod): NonNullable<typeof lastBound> {
  const stamp = timestamp(cluster);
  const containers = pod.spec.containers;
  if (lastBound?.stamp !== stamp || lastBound.containers !== containers)
    lastBound = {
      stamp,
      containers,
      conditions: deepFreeze([
        condition(cluster, 'Initialized', true),
        notReady(cluster, 'Ready', pod),
        notReady(cluster, 'ContainersReady', pod),
        condition(cluster, 'PodScheduled', true),
      ]),
      statuses: deepFreeze(containers.map(waitingStatus)),
    };
  return lastBound;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** How long the runtime takes to pull `image` on `node`: 0 when already there. */
function pullMillis(cluster: Cluster, ctx: Ctx, node: string, image: string): number {
  if (cluster.images.get(node)?.has(image)) return 0;
  // A small image over a lab network: 1.5 to 3.5 s, drawn from the seeded generator.
  return 1500 + ctx.random.int(2000);
}

function rememberImage(cluster: Cluster, node: string, image: string): Cluster {
  const images = new Map(cluster.images);
  images.set(node, new Set([...(cluster.images.get(node) ?? []), image]));
  return { ...cluster, images };
}

function waitingStatus(c: Container) {
  return {
    image: c.image,
    imageID: '',
    lastState: {},
    name: c.name,
    ready: false,
    restartCount: 0,
    started: false,
    state: { waiting: { reason: 'ContainerCreating' } },
  };
}

/** Creates a pod; the scheduler binds it and the kubelet starts creating its containers. */
export function createAndStartPod(cluster: Cluster, ctx: Ctx, pod: Pod): [Cluster, Pod] {
  const placed = pod.spec.nodeName ?? schedulePod(cluster, ctx, pod);
  if (typeof placed !== 'string') {
    const [next, stored] = createObject(cluster, ctx, {
      ...pod,
      status: {
        conditions: [
          {
            ...condition(cluster, 'PodScheduled', false),
            reason: 'Unschedulable',
            message: placed.message,
          },
        ],
        phase: 'Pending',
        qosClass: 'BestEffort',
      },
    });
    return [
      recordEvent(next, ctx, stored, 'Warning', 'FailedScheduling', placed.message, {
        component: 'default-scheduler',
      }),
      stored,
    ];
  }
  return bindAndStart(cluster, ctx, pod, placed, false);
}

/**
 * The scheduler's retry of pods it could not place: when a node becomes available (or another
 * changes), a Pending pod without a node is bound and started, as the scheduling queue does.
 */
export function scheduleWaitingPods(cluster: Cluster, ctx: Ctx): Cluster {
  // The pods not bound to a node (the store's '' group), in listObjects' order.
  const waiting = [...cluster.objects.podsOnNode('')].sort((a, b) =>
    compareNames(
      `${a.metadata.namespace}/${a.metadata.name}`,
      `${b.metadata.namespace}/${b.metadata.name}`,
    ),
  );
  for (const pod of waiting) {
    if (pod.spec.nodeName || pod.status.phase !== 'Pending' || pod.metadata.deletionTimestamp)
      continue;
    const placed = schedulePod(cluster, ctx, pod);
    if (typeof placed === 'string') [cluster] = bindAndStart(cluster, ctx, pod, placed, true);
  }
  return cluster;
}

/**
 * The spec with nodeName set. nodeName is written first and the spec spread over it: in Node 20's
 * V8 (11.3) a property added after a spread gives every copy a map of its own, which left each
 * pod's spec with a different hidden class and every reader of pod specs megamorphic (Chromium
 * 150's V8 shares the map either way).
 */
function boundSpec(spec: Pod['spec'], nodeName: string): Pod['spec'] {
  const bound = { nodeName, ...spec };
  bound.nodeName = nodeName;
  return bound;
}

/** Binds the pod to a node, hands it an address, and lets the kubelet start its containers. */
function bindAndStart(
  cluster: Cluster,
  ctx: Ctx,
  pod: Pod,
  nodeName: string,
  stored_: boolean,
): [Cluster, Pod] {
  const node = presetNode(cluster.preset, nodeName)!;
  let podIP = node.ip;
  if (pod.spec.hostNetwork !== true) [cluster, podIP] = allocatePodIP(cluster, nodeName);
  const shared = boundStatus(cluster, pod);
  const bound: Pod = {
    ...pod,
    // A pod not stored yet is stamped in place (createBuilt): on its own copy of the metadata.
    metadata: stored_ ? pod.metadata : { ...pod.metadata },
    spec: boundSpec(pod.spec, nodeName),
    status: {
      conditions: shared.conditions,
      containerStatuses: shared.statuses,
      hostIP: node.ip,
      phase: 'Pending',
      podIP,
      podIPs: [{ ip: podIP }],
      qosClass: 'BestEffort',
      startTime: timestamp(cluster),
    },
  };
  let stored: Pod;
  [cluster, stored] = stored_
    ? updateObject(cluster, bound)
    : createBuilt(cluster, ctx, keyOf(bound), bound);
  if (!pod.spec.nodeName) {
    const message = `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${nodeName}`;
    cluster = recordEvent(cluster, ctx, stored, 'Normal', 'Scheduled', message, {
      component: 'default-scheduler',
    });
  }
  // An image the kubelet cannot parse is never pulled: the pod waits (InvalidImageName), the
  // kubelet reporting InspectFailed (the sibling containers are not started either: a simplification).
  const invalid = pod.spec.containers.map((c) =>
    invalidImageMessage(c.image, cluster.preset.minor),
  );
  if (invalid.some((m) => m !== null)) {
    [cluster, stored] = updateObject(cluster, {
      ...stored,
      status: {
        ...stored.status,
        containerStatuses: pod.spec.containers.map((c, i) => {
          const message = invalid[i];
          const waiting = waitingStatus(c);
          return message
            ? { ...waiting, state: { waiting: { message, reason: 'InvalidImageName' } } }
            : waiting;
        }),
      },
    });
    for (const message of invalid) {
      if (message === null) continue;
      cluster = recordEvent(
        cluster,
        ctx,
        stored,
        'Warning',
        'InspectFailed',
        message,
        kubelet(nodeName),
      );
      cluster = recordEvent(
        cluster,
        ctx,
        stored,
        'Warning',
        'Failed',
        'Error: InvalidImageName',
        kubelet(nodeName),
      );
    }
    return [cluster, stored];
  }
  // Containers start one after another, each after its image is there.
  let wait = 0;
  for (const c of pod.spec.containers) {
    const pull = pullMillis(cluster, ctx, nodeName, c.image);
    if (pull > 0)
      cluster = recordEvent(
        cluster,
        ctx,
        stored,
        'Normal',
        'Pulling',
        `Pulling image "${c.image}"`,
        kubelet(nodeName),
      );
    wait += pull + 300;
  }
  cluster = setTimer(cluster, { at: cluster.now + wait, kind: 'start', key: podKey(stored) });
  return [cluster, stored];
}

/**
 * The kubelet prints the pull time as a Go duration: nanosecond digits before v1.28 ("2.906453318s"),
 * rounded to the millisecond with the waiting time from v1.28.
 */
function pulledMessage(cluster: Cluster, ctx: Ctx, image: string, millis: number): string {
  if (cluster.preset.minor >= 28) {
    const seconds = (millis / 1000).toFixed(3);
    return `Successfully pulled image "${image}" in ${seconds}s (${seconds}s including waiting)`;
  }
  const nanos = String(ctx.random.int(1000000)).padStart(6, '0');
  return `Successfully pulled image "${image}" in ${(millis / 1000).toFixed(3)}${nanos}s`;
}

/** The kubelet's side when a pod's containers are due to start. */
function startContainers(cluster: Cluster, ctx: Ctx, pod: Pod, startedAt: number): Cluster {
  const node = pod.spec.nodeName!;
  for (const c of pod.spec.containers) {
    const had = cluster.images.get(node)?.has(c.image) ?? false;
    const policy = (c.imagePullPolicy as string | undefined) ?? 'IfNotPresent';
    if (!had) {
      const millis = Date.parse(timestamp(cluster)) - Date.parse(pod.status.startTime as string);
      cluster = recordEvent(
        cluster,
        ctx,
        pod,
        'Normal',
        'Pulled',
        pulledMessage(cluster, ctx, c.image, Math.max(millis - 300, 500)),
        kubelet(node),
      );
      cluster = rememberImage(cluster, node, c.image);
    } else if (policy !== 'Always') {
      cluster = recordImagePresent(cluster, ctx, pod, c.image);
    }
    cluster = recordContainerStart(cluster, ctx, pod, c.name);
  }
  const started = new Date(startedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const readinessDelay = Math.max(
    0,
    ...pod.spec.containers.map(
      (c) =>
        ((c.readinessProbe as { initialDelaySeconds?: number } | undefined)?.initialDelaySeconds ??
          0) * 1000,
    ),
  );
  const hasProbe = pod.spec.containers.some((c) => c.readinessProbe);
  const ready = !hasProbe || readinessDelay === 0;
  const running: Pod = {
    ...pod,
    status: {
      ...pod.status,
      conditions: [
        condition(cluster, 'Initialized', true),
        condition(cluster, 'Ready', ready),
        condition(cluster, 'ContainersReady', ready),
        condition(cluster, 'PodScheduled', true),
      ],
      containerStatuses: pod.spec.containers.map((c) => ({
        containerID: `containerd://${pod.metadata.uid.replace(/-/g, '')}${c.name.length}`.slice(
          0,
          77,
        ),
        image: c.image,
        imageID: '',
        lastState: {},
        name: c.name,
        ready,
        restartCount: 0,
        started: true,
        state: { running: { startedAt: started } },
      })),
      phase: 'Running',
    },
  };
  [cluster] = updateObject(cluster, running);
  cluster = scheduleExit(cluster, pod, startedAt);
  if (!ready)
    cluster = setTimer(cluster, {
      at: startedAt + readinessDelay,
      kind: 'ready',
      key: podKey(pod),
    });
  return cluster;
}

function markReady(cluster: Cluster, pod: Pod): Cluster {
  const conditions = ((pod.status.conditions ?? []) as { type: string }[]).map((c) =>
    c.type === 'Ready' || c.type === 'ContainersReady' ? condition(cluster, c.type, true) : c,
  );
  const statuses = ((pod.status.containerStatuses ?? []) as object[]).map((s) => ({
    ...s,
    ready: true,
  }));
  [cluster] = updateObject(cluster, {
    ...pod,
    status: { ...pod.status, conditions, containerStatuses: statuses },
  });
  return cluster;
}

/** Graceful deletion: the pod is Terminating until its containers have stopped. */
export function deletePod(cluster: Cluster, ctx: Ctx, pod: Pod): Cluster {
  if (pod.metadata.deletionTimestamp) return cluster;
  if (!pod.spec.nodeName || pod.status.phase === 'Pending') {
    cluster = clearTimer(cluster, 'start', podKey(pod));
    return deleteObject(cluster, pod);
  }
  const grace = (pod.spec.terminationGracePeriodSeconds as number | undefined) ?? 30;
  const [next] = updateObject(cluster, {
    ...pod,
    metadata: {
      ...pod.metadata,
      deletionGracePeriodSeconds: grace,
      deletionTimestamp: new Date(cluster.now + grace * 1000)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
    },
  });
  const seconds = Math.min(grace, Math.max(...pod.spec.containers.map(stopSeconds)));
  const node = pod.spec.nodeName;
  let c = recordEvent(
    next,
    ctx,
    pod,
    'Normal',
    'Killing',
    `Stopping container ${pod.spec.containers[0]!.name}`,
    kubelet(node),
  );
  for (const kind of ['ready', 'exit', 'backoff', 'restart'] as const)
    c = clearTimer(c, kind, podKey(pod));
  return setTimer(c, { at: cluster.now + seconds * 1000, kind: 'remove', key: podKey(pod) });
}

/** The kubelet's work on a pod that fell due (`timer.key` is the pod's store key). */
export function runPodTimer(cluster: Cluster, ctx: Ctx, t: Timer): Cluster {
  const pod = cluster.objects.get(t.key) as Pod | undefined;
  if (!pod) return cluster;
  // A powered-off node's kubelet does nothing until the node is back.
  if (pod.spec.nodeName && cluster.poweredOff.has(pod.spec.nodeName)) return cluster;
  switch (t.kind) {
    case 'start':
      return startContainers(cluster, ctx, pod, t.at);
    case 'ready':
      return markReady(cluster, pod);
    case 'exit':
      return containerExited(cluster, pod);
    case 'backoff':
      return enterBackOff(cluster, ctx, pod);
    case 'restart':
      return restartContainers(cluster, ctx, pod);
    default:
      return deleteObject(cluster, pod);
  }
}

/** The earliest time something is due, if anything is. */
export function nextTimer(cluster: Cluster): number | null {
  let next: number | null = null;
  for (const t of cluster.timers.values()) if (next === null || t.at < next) next = t.at;
  return next;
}

export function isPodReady(pod: Pod): boolean {
  const conditions = (pod.status.conditions ?? []) as readonly { type: string; status: string }[];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

export function isTerminating(pod: Pod): boolean {
  return pod.metadata.deletionTimestamp !== undefined;
}

/** The STATUS column of `kubectl get pods` (printers.go printPod): a reason beats the phase. */
export function podStatusText(pod: Pod): string {
  if (pod.metadata.deletionTimestamp) return 'Terminating';
  const statuses = (pod.status.containerStatuses ?? []) as {
    state?: { waiting?: { reason?: string }; terminated?: { reason?: string } };
  }[];
  for (const s of statuses) {
    const reason = s.state?.waiting?.reason ?? s.state?.terminated?.reason;
    if (reason) return reason;
  }
  return pod.status.phase;
}

/**
 * The RESTARTS column: the restart count, and since kubectl v1.22 how long ago the last restart's
 * container ended, as `3 (2m ago)`.
 */
export function restartsText(
  pod: Pod,
  now: number,
  minor: number,
  age: (ms: number) => string,
): string {
  const statuses = (pod.status.containerStatuses ?? []) as {
    restartCount?: number;
    lastState?: { terminated?: { finishedAt?: string } };
  }[];
  const count = statuses.reduce((n, s) => n + (s.restartCount ?? 0), 0);
  const last = statuses
    .map((s) => s.lastState?.terminated?.finishedAt)
    .filter((t): t is string => t !== undefined)
    .sort()
    .pop();
  if (count === 0 || last === undefined || minor < 22) return String(count);
  return `${count} (${age(now - Date.parse(last))} ago)`;
}
