// Where N requests went: `lab load`'s byPod counts as bars per pod, grouped by node, with the
// pods that got nothing shown too (a Local policy or a dead node shows as empty bars). Pure.
import type { ClusterView, LoadResult, PodView } from '../engine/index.ts';

export interface PodBar {
  /** "NS/NAME", as `lab load` names it. */
  readonly pod: string;
  readonly count: number;
}

export interface NodeGroup {
  readonly node: string;
  readonly pods: readonly PodBar[];
}

export interface LoadRun {
  readonly id: number;
  /** The shell line that made it (what a user would type). */
  readonly command: string;
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  readonly groups: readonly NodeGroup[];
}

/**
 * `lab load -n N [--keepalive] [--from CLIENT] URL` (cli.md); the preset's first outside machine
 * is the shell's own and needs no --from. CLIENT is a client's name, pod/NS/NAME or node/NAME.
 */
export function loadCommand(
  view: ClusterView | null,
  sender: string,
  url: string,
  count: number,
  keepalive: boolean,
): string {
  const first = `client/${view?.clients[0]?.name ?? ''}`;
  const words = ['lab', 'load', '-n', String(count)];
  if (keepalive) words.push('--keepalive');
  if (sender !== '' && sender !== first) {
    words.push('--from', sender.startsWith('client/') ? sender.slice('client/'.length) : sender);
  }
  words.push(url.trim());
  return words.join(' ');
}

/** A pod's labels without the ReplicaSet's hash: the pods of one Deployment share the rest. */
function family(pod: PodView): string {
  const labels = Object.entries(pod.labels).filter(([k]) => k !== 'pod-template-hash');
  return JSON.stringify(labels.sort(([a], [b]) => (a < b ? -1 : 1)));
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The bars: every pod that answered, and every other running pod of the same workload (same
 * labels but the ReplicaSet hash) with 0, on the node it runs on; nodes and pods by name.
 * (The view does not give a Service's selector: "same labels" stands in for it.)
 */
export function loadGroups(load: LoadResult, view: ClusterView | null): NodeGroup[] {
  const pods = view?.pods ?? [];
  const id = (p: PodView) => `${p.namespace}/${p.name}`;
  const served = pods.filter((p) => (load.byPod[id(p)] ?? 0) > 0);
  const families = new Set(served.map(family));
  const nodeOf = new Map<string, string>();
  for (const p of pods) {
    if (p.system || p.node === null) continue;
    const answered = (load.byPod[id(p)] ?? 0) > 0;
    const sibling = families.has(family(p)) && p.phase !== 'Terminating';
    if (answered || sibling) nodeOf.set(id(p), p.node);
  }
  // Pods gone from the view since (deleted, their node replaced) still get their bar.
  for (const pod of Object.keys(load.byPod)) {
    if (!nodeOf.has(pod)) nodeOf.set(pod, '?');
  }
  const groups = new Map<string, PodBar[]>();
  for (const [pod, node] of nodeOf) {
    const list = groups.get(node) ?? [];
    list.push({ pod, count: load.byPod[pod] ?? 0 });
    groups.set(node, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([node, list]) => ({ node, pods: list.sort((a, b) => byName(a.pod, b.pod)) }));
}

/** The rows two runs share: the union of their nodes and pods, each run's count (null: absent). */
export function compareRuns(
  runs: readonly LoadRun[],
): { node: string; pods: { pod: string; counts: (number | null)[] }[] }[] {
  const nodes = new Map<string, Map<string, (number | null)[]>>();
  runs.forEach((run, r) => {
    for (const g of run.groups) {
      const pods = nodes.get(g.node) ?? new Map<string, (number | null)[]>();
      for (const p of g.pods) {
        const counts = pods.get(p.pod) ?? runs.map(() => null);
        counts[r] = p.count;
        pods.set(p.pod, counts);
      }
      nodes.set(g.node, pods);
    }
  });
  return [...nodes.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([node, pods]) => ({
      node,
      pods: [...pods.entries()]
        .sort(([a], [b]) => byName(a, b))
        .map(([pod, counts]) => ({ pod, counts })),
    }));
}
