// `kubectl exec POD [-c CONTAINER] [-it] -- COMMAND...` (kubectl pkg/cmd/exec; reference §9.8).
// Without `--`, kubectl ≥1.31 refuses; older kubectl ran the command after a deprecation notice.
import { getObject } from '../../api/cluster.ts';
import type { Pod } from '../../api/objects.ts';
import { fail, parseFlags, type Output, type ShellState } from '../context.ts';
import { podNetworkCommand } from '../network.ts';
import { execInPod } from '../podExec.ts';
import { NS_FLAGS } from './common.ts';

const FLAGS = {
  ...NS_FLAGS,
  '-c': { name: 'container', value: true },
  '--container': { name: 'container', value: true },
  '-i': { name: 'stdin', value: false },
  '--stdin': { name: 'stdin', value: false },
  '-t': { name: 'tty', value: false },
  '--tty': { name: 'tty', value: false },
  '-it': { name: 'stdin-tty', value: false },
  '-ti': { name: 'stdin-tty', value: false },
  // kubectl's global --server: without `--`, curl's `-s URL` lands here (reference §9.8).
  '-s': { name: 'server', value: true },
  '--server': { name: 'server', value: true },
};

const HELP = "See 'kubectl exec -h' for help and examples";

export function exec(state: ShellState, args: readonly string[]): Output {
  const dash = args.indexOf('--');
  const before = dash >= 0 ? args.slice(0, dash) : args;
  const flags = parseFlags(before, FLAGS);
  if (flags.unknown.length) {
    // Without `--`, the inner command's options reach kubectl's own flag parser (§9.8).
    const f = flags.unknown[0]!;
    return fail(
      f.startsWith('--')
        ? `error: unknown flag: ${f}\nSee 'kubectl exec --help' for usage.`
        : `error: unknown shorthand flag: '${f.charAt(1)}' in ${f}\nSee 'kubectl exec --help' for usage.`,
    );
  }
  const minor = state.cluster.preset.minor;
  const [podArg, ...loose] = flags.positional;
  if (!podArg) return fail('error: pod, type/name or --filename must be specified');
  let command = dash >= 0 ? args.slice(dash + 1) : loose;
  let notice = '';
  if (dash < 0 && loose.length) {
    if (minor >= 31)
      return fail(
        `error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\n${HELP}`,
      );
    notice =
      'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n';
  }
  if (command.length === 0)
    return fail('error: you must specify at least one command for the container');
  const server = flags.values.get('server');
  if (server !== undefined) {
    // kubectl now asks that URL for the pod. A ClusterIP is not routed outside the cluster, so the
    // dial times out after the transport's 30 s (client-go's net/http error, as CheckErr prints it).
    const hostPort = /^(?:[a-z]+:\/\/)?([^/]+)/.exec(server)?.[1] ?? server;
    const withPort = hostPort.includes(':')
      ? hostPort
      : `${hostPort}:${server.startsWith('https') ? 443 : 80}`;
    return fail(`${notice}Unable to connect to the server: dial tcp ${withPort}: i/o timeout`);
  }
  const podName =
    podArg.startsWith('pod/') || podArg.startsWith('pods/') ? podArg.split('/')[1]! : podArg;
  const ns = flags.values.get('namespace') ?? 'default';
  const pod = getObject<Pod>(state.cluster, 'Pod', ns, podName);
  if (!pod) return fail(`${notice}Error from server (NotFound): pods "${podName}" not found`);
  const phase = pod.status.phase;
  if (phase === 'Succeeded' || phase === 'Failed')
    return fail(
      `${notice}error: cannot exec into a container in a completed pod; current phase is ${phase}`,
    );
  const wanted = flags.values.get('container');
  const container = wanted
    ? pod.spec.containers.find((c) => c.name === wanted)
    : pod.spec.containers[0];
  if (!container)
    return fail(`${notice}error: container ${wanted} is not valid for pod ${podName}`);
  if (!wanted && pod.spec.containers.length > 1) {
    // The wording changed with kubectl v1.21's default-container annotation support (not pinned exactly).
    notice +=
      minor >= 21
        ? `Defaulted container "${container.name}" out of: ${pod.spec.containers.map((c) => c.name).join(', ')}\n`
        : `Defaulting container name to ${container.name}.\nUse 'kubectl describe pod/${podName} -n ${ns}' to see all of the containers in this pod.\n`;
  }
  const statuses = (pod.status.containerStatuses ?? []) as {
    name: string;
    state?: { running?: unknown };
  }[];
  if (!statuses.find((s) => s.name === container.name)?.state?.running)
    return fail(
      `${notice}error: unable to upgrade connection: container not found ("${container.name}")`,
    );
  if (
    command[0] === 'sh' ||
    command[0] === 'bash' ||
    command[0] === '/bin/sh' ||
    command[0] === '/bin/bash'
  ) {
    command = command.slice(1);
    if (command[0] !== '-c' || command.length < 2)
      return fail(
        `${notice}lab: an interactive shell inside a pod is available in the browser's terminal only`,
      );
    command = command[1]!.split(/\s+/).filter(Boolean);
  }
  const out =
    podNetworkCommand(state, pod, container, command) ??
    execInPod(state.cluster, pod, container, command, state.ctx);
  return { ...out, stderr: notice + out.stderr };
}
