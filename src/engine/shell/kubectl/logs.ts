// `kubectl logs [-n NS] POD|TYPE/NAME [-c CONTAINER] [--tail N]` (kubectl pkg/cmd/logs,
// polymorphichelpers logsforobject.go; the kubelet's container log endpoint). What a container
// wrote to stdout comes from one table, LOG_WRITERS: a row per image, written once at container
// start. Access-log lines per request are not tracked yet; append them in `logLines`.
import { getObject, listObjects, type Cluster } from '../../api/cluster.ts';
import type { Container, Pod } from '../../api/objects.ts';
import { imageRepository } from '../../workloads/images.ts';
import { fail, parseFlags, type Output, type ShellState } from '../context.ts';
import { findResource } from '../resources.ts';
import { NS_FLAGS } from './common.ts';

interface ContainerStatus {
  readonly name: string;
  readonly restartCount?: number;
  readonly state?: {
    readonly waiting?: { readonly reason?: string };
    readonly running?: { readonly startedAt?: string };
    readonly terminated?: { readonly startedAt?: string };
  };
  readonly lastState?: { readonly terminated?: { readonly startedAt?: string } };
}

interface LogContext {
  readonly cluster: Cluster;
  readonly pod: Pod;
  readonly container: Container;
  /** When the container's current (or, crashed, its last) run started, in ms. */
  readonly startedAt: number;
}

/** nginx's error-log time stamp: "2025/01/09 10:00:02" (UTC). */
function nginxTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/**
 * The nginx release `nginx` (no tag, or a floating tag) pulled at the time the preset's cluster
 * was built, and the compiler line of its Debian base. Versions from Docker Hub's release history.
 */
function nginxRelease(cluster: Cluster, image: string): { version: string; gcc: string } | null {
  const tag = /:([^/@]+)$/.exec(image.split('@')[0]!)?.[1] ?? 'latest';
  const pinned = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(tag);
  const built = cluster.preset.createdAt;
  const floating =
    built >= '2024-11'
      ? { version: '1.27.3', gcc: 'built by gcc 12.2.0 (Debian 12.2.0-14) ' }
      : built >= '2023-10'
        ? { version: '1.25.3', gcc: 'built by gcc 12.2.0 (Debian 12.2.0-14) ' }
        : { version: '1.19.6', gcc: 'built by gcc 8.3.0 (Debian 8.3.0-6) ' };
  if (!pinned) return floating;
  const minor = Number(pinned[2]);
  // The official image has run docker-entrypoint.sh and logged at notice level since 1.19.
  if (Number(pinned[1]) !== 1 || minor < 19) return null;
  const gcc =
    minor >= 25
      ? 'built by gcc 12.2.0 (Debian 12.2.0-14) '
      : minor >= 22
        ? 'built by gcc 10.2.1 20210110 (Debian 10.2.1-6) '
        : 'built by gcc 8.3.0 (Debian 8.3.0-6) ';
  return { version: pinned[3] !== undefined ? tag.split('-')[0]! : floating.version, gcc };
}

/** The official nginx image's start-up: docker-entrypoint.sh, then nginx's notices on stderr. */
function nginxStart(ctx: LogContext): string[] {
  const release = nginxRelease(ctx.cluster, ctx.container.image);
  if (!release) return [];
  const localResolvers = Number(release.version.split('.')[1]) >= 25;
  const t = nginxTime(ctx.startedAt);
  const notice = (s: string) => `${t} [notice] 1#1: ${s}`;
  const kernel = ctx.cluster.preset.nodeInfo.kernelVersion;
  return [
    '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    ...(localResolvers
      ? ['/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh']
      : []),
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
    '/docker-entrypoint.sh: Configuration complete; ready for start up',
    notice('using the "epoll" event method'),
    notice(`nginx/${release.version}`),
    notice(release.gcc),
    notice(`OS: Linux ${kernel}`),
    notice('getrlimit(RLIMIT_NOFILE): 1048576:1048576'),
    notice('start worker processes'),
    // worker_processes auto: one per CPU of the 2-CPU simulated machine.
    notice('start worker process 29'),
    notice('start worker process 30'),
  ];
}

interface LogWriter {
  /** Matches the image's repository path (workloads/images.ts imageRepository). */
  readonly pattern: RegExp;
  readonly start: (ctx: LogContext) => string[];
}

/**
 * What each image writes when its container starts. Images not listed write nothing that is
 * modelled: a busybox that ran `sh` on an empty stdin and exited, the system components (their
 * klog output is not simulated), echo-hname (its start-up output was not verified).
 */
export const LOG_WRITERS: readonly LogWriter[] = [
  { pattern: /(^|\/)nginx$/, start: nginxStart },
  // luksa/kubia's app.js: console.log("Kubia server starting...") before listening.
  { pattern: /(^|\/)kubia(-unhealthy)?$/, start: () => ['Kubia server starting...'] },
];

function statusOf(pod: Pod, name: string): ContainerStatus | undefined {
  return ((pod.status.containerStatuses ?? []) as ContainerStatus[]).find((s) => s.name === name);
}

/** The lines the container's current run (a crashed one: its last run) has written, oldest first. */
export function logLines(cluster: Cluster, pod: Pod, container: string): string[] {
  const spec = pod.spec.containers.find((c) => c.name === container);
  const status = statusOf(pod, container);
  if (!spec || !status) return [];
  // A container with its own command prints what that command prints: not modelled.
  if (spec.command !== undefined || spec.args !== undefined) return [];
  const started =
    status.state?.running?.startedAt ??
    status.state?.terminated?.startedAt ??
    status.lastState?.terminated?.startedAt;
  if (started === undefined) return [];
  const writer = LOG_WRITERS.find((w) => w.pattern.test(imageRepository(spec.image)));
  if (!writer) return [];
  return writer.start({ cluster, pod, container: spec, startedAt: Date.parse(started) });
}

const FLAGS = {
  ...NS_FLAGS,
  '-c': { name: 'container', value: true },
  '--container': { name: 'container', value: true },
  '--tail': { name: 'tail', value: true },
  '-f': { name: 'follow', value: false },
  '--follow': { name: 'follow', value: false },
};

/** podutils.ByLogging, the pod `kubectl logs deploy/x` picks: scheduled, running, ready, oldest. */
function byLogging(a: Pod, b: Pod): number {
  const rank = (p: Pod) => [
    p.spec.nodeName ? 0 : 1,
    p.status.phase === 'Running' ? 0 : p.status.phase === 'Pending' ? 2 : 1,
    ((p.status.conditions ?? []) as { type: string; status: string }[]).some(
      (c) => c.type === 'Ready' && c.status === 'True',
    )
      ? 0
      : 1,
  ];
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
  const ta = a.metadata.creationTimestamp;
  const tb = b.metadata.creationTimestamp;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : 1;
}

/** The pod behind TYPE/NAME: the pod itself, or the first of a workload's pods. */
function resolvePod(
  cluster: Cluster,
  ns: string,
  arg: string,
): { pod: Pod; notice: string } | Output {
  const slash = arg.indexOf('/');
  if (slash < 0 || findResource(arg.slice(0, slash))?.kind === 'Pod') {
    const name = slash < 0 ? arg : arg.slice(slash + 1);
    const pod = getObject<Pod>(cluster, 'Pod', ns, name);
    return pod
      ? { pod, notice: '' }
      : fail(`Error from server (NotFound): pods "${name}" not found`);
  }
  const type = arg.slice(0, slash);
  const name = arg.slice(slash + 1);
  const resource = findResource(type);
  if (!resource) return fail(`error: the server doesn't have a resource type "${type}"`);
  const owner = getObject(cluster, resource.kind, ns, name);
  const plural = resource.group ? `${resource.plural}.${resource.group}` : resource.plural;
  if (!owner) return fail(`Error from server (NotFound): ${plural} "${name}" not found`);
  const selector = (owner as { spec?: { selector?: { matchLabels?: Record<string, string> } } })
    .spec?.selector?.matchLabels;
  if (!selector) return fail(`error: cannot get the logs from ${resource.kind.toLowerCase()}`);
  const pods = listObjects<Pod>(cluster, 'Pod', ns)
    .filter((p) => Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v))
    .sort(byLogging);
  const first = pods[0];
  if (!first) return fail(`error: timed out waiting for the condition`);
  const notice =
    pods.length > 1 ? `Found ${pods.length} pods, using pod/${first.metadata.name}\n` : '';
  return { pod: first, notice };
}

export function logs(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, FLAGS);
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl logs --help' for usage.`);
  if (flags.values.get('follow') === 'true')
    return fail(
      'lab: kubectl logs -f waits for new lines, which this terminal cannot show; run it without -f',
    );
  const [arg, second] = flags.positional;
  if (!arg)
    return fail(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples",
    );
  const cluster = state.cluster;
  const minor = cluster.preset.minor;
  const ns = flags.values.get('namespace') ?? 'default';
  const found = resolvePod(cluster, ns, arg);
  if ('exitCode' in found) return found;
  const { pod } = found;
  let notice = found.notice;
  const names = pod.spec.containers.map((c) => c.name);
  // The container may also be the second word: `kubectl logs POD CONTAINER`.
  let container = flags.values.get('container') ?? second;
  if (container === undefined) {
    const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
    if (names.length === 1) container = names[0]!;
    else if (minor >= 21 && annotated && names.includes(annotated)) container = annotated;
    else if (minor >= 23) {
      // kubectl ≥1.23 (podcmd.FindOrDefaultContainerByName) takes the first and says so.
      container = names[0]!;
      notice += `Defaulted container "${container}" out of: ${names.join(', ')}\n`;
    } else {
      const message = `a container name must be specified for pod ${pod.metadata.name}, choose one of: [${names.join(' ')}]`;
      // kubectl 1.21 and 1.22 check on the client; older kubectl leaves it to the API server.
      return fail(minor >= 21 ? `error: ${message}` : `Error from server (BadRequest): ${message}`);
    }
  }
  if (!names.includes(container))
    return fail(
      `${notice}Error from server (BadRequest): container ${container} is not valid for pod ${pod.metadata.name}`,
    );
  if (!pod.spec.nodeName)
    return fail(
      `${notice}Error from server (BadRequest): pod ${pod.metadata.name} does not have a host assigned`,
    );
  const status = statusOf(pod, container);
  const waiting = status?.state?.waiting;
  if (!status || (waiting && !status.lastState?.terminated)) {
    return fail(
      `${notice}Error from server (BadRequest): container "${container}" in pod "${pod.metadata.name}" is waiting to start: ${waiting?.reason ?? 'ContainerCreating'}`,
    );
  }
  let lines = logLines(cluster, pod, container);
  const tail = flags.values.get('tail');
  if (tail !== undefined) {
    const n = Number(tail);
    if (!Number.isInteger(n))
      return fail(
        `error: invalid argument "${tail}" for "--tail" flag: strconv.ParseInt: parsing "${tail}": invalid syntax\nSee 'kubectl logs --help' for usage.`,
      );
    if (n >= 0) lines = lines.slice(Math.max(0, lines.length - n));
  }
  return { stdout: lines.map((l) => `${l}\n`).join(''), stderr: notice, exitCode: 0 };
}
