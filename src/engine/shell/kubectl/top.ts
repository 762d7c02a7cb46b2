// `kubectl top pod|node` (kubectl pkg/cmd/top, pkg/metricsutil/metrics_printer.go): what
// metrics-server reports, or kubectl's own error when the Metrics API is not served. Columns are
// tab-terminated and written through tabwriter(minwidth 10, padding 3), so every line ends in spaces.
import { listObjects, type Cluster } from '../../api/cluster.ts';
import type { Pod } from '../../api/objects.ts';
import {
  hasMetrics,
  metricsApiAvailable,
  metricsApiRegistered,
  podCpuMillicores,
  podMemoryMiB,
} from '../../controllers/cpuMetrics.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from '../context.ts';
import { tabwrite } from '../tabwriter.ts';
import { matchesSelector, NS_FLAGS } from './common.ts';
import { parseQuantity } from '../describeNode.ts';

/**
 * What the kubelet, the runtime and the system daemons use that no pod accounts for (an
 * assumption). Percentages are of the node's allocatable, as kubectl computes them.
 */
const NODE = { baseMillicores: 60, baseMiB: 600 };

/** The node's allocatable CPU (millicores) and memory (MiB), from the stored Node. */
function allocatable(cluster: Cluster, name: string): { millicores: number; mib: number } {
  const node = cluster.objects.get(`Node//${name}`) as
    { status?: { allocatable?: Record<string, string> } } | undefined;
  const cpu = parseQuantity(node?.status?.allocatable?.cpu ?? '2');
  const memory = parseQuantity(node?.status?.allocatable?.memory ?? '4Gi');
  return {
    millicores: cpu ? cpu.milli : 2000,
    mib: memory ? memory.milli / 1000 / 1024 / 1024 : 4096,
  };
}

const UNAVAILABLE = '(get pods.metrics.k8s.io)';

function metricsError(cluster: Cluster, what: 'pods' | 'nodes'): Output | null {
  if (!metricsApiRegistered(cluster)) return fail('error: Metrics API not available');
  if (!metricsApiAvailable(cluster))
    return fail(
      `Error from server (ServiceUnavailable): the server is currently unable to handle the request ${what === 'pods' ? UNAVAILABLE : '(get nodes.metrics.k8s.io)'}`,
    );
  return null;
}

const render = (rows: string[][]) =>
  tabwrite(rows.map((r) => `${r.join('\t')}\t\n`).join(''), 3, 10);

function topPods(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    '-A': { name: 'all', value: false },
    '--all-namespaces': { name: 'all', value: false },
    '-l': { name: 'selector', value: true },
    '--selector': { name: 'selector', value: true },
    '--no-headers': { name: 'no-headers', value: false },
  });
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl top pod --help' for usage.`,
    );
  const cluster = state.cluster;
  const error = metricsError(cluster, 'pods');
  if (error) return error;
  const all = flags.values.get('all') === 'true';
  const ns = flags.values.get('namespace') ?? 'default';
  const name = flags.positional[0];
  const pods = listObjects<Pod>(cluster, 'Pod', all ? undefined : ns).filter(
    (p) => (!name || p.metadata.name === name) && matchesSelector(p, flags.values.get('selector')),
  );
  const measured = pods.filter((p) => hasMetrics(cluster, p));
  if (name && measured.length === 0)
    return fail(
      `Error from server (NotFound): podmetrics.metrics.k8s.io "${ns}/${name}" not found`,
    );
  if (measured.length === 0) {
    // verifyEmptyMetrics: pods without samples yet (older ones would name the pod and its age).
    if (pods.length > 0) return fail('error: metrics not available yet');
    return ok('', all ? 'No resources found\n' : `No resources found in ${ns} namespace.\n`);
  }
  measured.sort((a, b) =>
    all && a.metadata.namespace !== b.metadata.namespace
      ? a.metadata.namespace! < b.metadata.namespace!
        ? -1
        : 1
      : a.metadata.name < b.metadata.name
        ? -1
        : 1,
  );
  const rows = measured.map((p) => [
    ...(all ? [p.metadata.namespace ?? ''] : []),
    p.metadata.name,
    `${podCpuMillicores(cluster, p) ?? 0}m`,
    `${podMemoryMiB(p)}Mi`,
  ]);
  const header = [...(all ? ['NAMESPACE'] : []), 'NAME', 'CPU(cores)', 'MEMORY(bytes)'];
  return ok(render(flags.values.get('no-headers') === 'true' ? rows : [header, ...rows]));
}

function topNodes(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, { '--no-headers': { name: 'no-headers', value: false } });
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl top node --help' for usage.`,
    );
  const cluster = state.cluster;
  const error = metricsError(cluster, 'nodes');
  if (error) return error;
  const pods = listObjects<Pod>(cluster, 'Pod').filter((p) => hasMetrics(cluster, p));
  const rows: string[][] = [];
  for (const node of cluster.preset.nodes) {
    if (flags.positional[0] && node.name !== flags.positional[0]) continue;
    if (cluster.poweredOff.has(node.name)) {
      // No sample from a node whose kubelet is gone: printMissingMetricsNodeLine.
      rows.push([node.name, '<unknown>', '<unknown>', '<unknown>', '<unknown>']);
      continue;
    }
    const on = pods.filter((p) => p.spec.nodeName === node.name);
    const size = allocatable(cluster, node.name);
    const cpu = on.reduce((s, p) => s + (podCpuMillicores(cluster, p) ?? 0), NODE.baseMillicores);
    const mib = on.reduce((s, p) => s + podMemoryMiB(p), NODE.baseMiB);
    rows.push([
      node.name,
      `${cpu}m`,
      `${Math.floor((cpu / size.millicores) * 100)}%`,
      `${mib}Mi`,
      `${Math.floor((mib / size.mib) * 100)}%`,
    ]);
  }
  // Recent kubectl heads the percentages CPU(%) and MEMORY(%); older ones CPU% and MEMORY%. The
  // release of the change was not pinned: taken here to be v1.32.
  const pct = cluster.preset.minor >= 32 ? ['CPU(%)', 'MEMORY(%)'] : ['CPU%', 'MEMORY%'];
  const header = ['NAME', 'CPU(cores)', pct[0]!, 'MEMORY(bytes)', pct[1]!];
  return ok(render(flags.values.get('no-headers') === 'true' ? rows : [header, ...rows]));
}

const TOP: Readonly<Record<string, (state: ShellState, args: readonly string[]) => Output>> = {
  pod: topPods,
  pods: topPods,
  po: topPods,
  node: topNodes,
  nodes: topNodes,
  no: topNodes,
};

export function top(state: ShellState, args: readonly string[]): Output {
  const run = TOP[args[0] ?? ''];
  if (!run)
    return ok(
      'Display resource (CPU/memory) usage.\n\nAvailable Commands:\n  node          Display resource (CPU/memory) usage of nodes\n  pod           Display resource (CPU/memory) usage of pods\n',
    );
  return run(state, args.slice(1));
}
