// The default scheduler, approximated (reference §2.5): filter out nodes that are not Ready or whose
// NoSchedule taints the pod does not tolerate, then prefer the node with the fewest pods of the same
// owner, then the fewest pods, then a seeded random pick.
import { sortedObjects, type Cluster, type Ctx } from '../api/cluster.ts';
import { selectorMatches, type LabelSelector, type Node, type Pod } from '../api/objects.ts';

interface Toleration {
  readonly key?: string;
  readonly operator?: string;
  readonly effect?: string;
}

function tolerates(
  tolerations: readonly Toleration[],
  taint: { key: string; effect: string },
): boolean {
  return tolerations.some(
    (t) =>
      (t.operator === 'Exists' && (t.key === undefined || t.key === taint.key)) ||
      (t.key === taint.key && (t.effect === undefined || t.effect === taint.effect)),
  );
}

export function isNodeReady(node: Node): boolean {
  const conditions = (node.status.conditions ?? []) as readonly { type: string; status: string }[];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

interface AffinityTerm {
  readonly labelSelector?: LabelSelector;
  readonly topologyKey?: string;
  readonly namespaces?: readonly string[];
}

/** requiredDuringSchedulingIgnoredDuringExecution terms of the pod's (anti-)affinity. */
const NO_TERMS: readonly never[] = [];

function requiredTerms(pod: Pod, kind: 'podAffinity' | 'podAntiAffinity'): readonly AffinityTerm[] {
  const affinity = pod.spec.affinity as
    Record<string, { requiredDuringSchedulingIgnoredDuringExecution?: AffinityTerm[] }> | undefined;
  return affinity?.[kind]?.requiredDuringSchedulingIgnoredDuringExecution ?? NO_TERMS;
}

/** The running (non-terminated) pods on a node a term's selector selects. */
function termMatchesOn(cluster: Cluster, pod: Pod, term: AffinityTerm, node: string): boolean {
  // kubernetes.io/hostname (the usual key) makes each node its own topology domain; other keys
  // (zones) are not modelled and act the same way.
  const namespaces = term.namespaces ?? [pod.metadata.namespace ?? 'default'];
  for (const other of cluster.objects.podsOnNode(node)) {
    if (other === pod || other.status.phase === 'Succeeded' || other.status.phase === 'Failed')
      continue;
    if (!namespaces.includes(other.metadata.namespace ?? 'default')) continue;
    if (term.labelSelector && selectorMatches(term.labelSelector, other.metadata.labels))
      return true;
  }
  return false;
}

/** What the filter plugins ask of a pod, read once for all the nodes. */
interface Wants {
  readonly tolerations: readonly Toleration[];
  readonly antiAffinity: readonly AffinityTerm[];
  readonly affinity: readonly AffinityTerm[];
}

/** Why a node cannot take the pod (the scheduler's filter plugins), or null when it can. */
function unfit(cluster: Cluster, pod: Pod, wants: Wants, node: Node): string | null {
  const taint = node.spec.taints?.find(
    (t) => t.effect === 'NoSchedule' && !tolerates(wants.tolerations, t),
  );
  if (taint) return `taint:${taint.key}:${(taint as { value?: string }).value ?? ''}`;
  if (!isNodeReady(node)) return 'taint:node.kubernetes.io/not-ready:';
  const name = node.metadata.name;
  if (wants.antiAffinity.some((t) => termMatchesOn(cluster, pod, t, name))) return 'anti-affinity';
  if (wants.affinity.length && !wants.affinity.every((t) => termMatchesOn(cluster, pod, t, name)))
    return 'affinity';
  return null;
}

/**
 * The FailedScheduling message: how many nodes failed for each reason, the reasons sorted, and from
 * v1.25 the preemption verdict (untolerated taints are not helped by preemption; an affinity rule
 * finds no victim). v1.20 worded taints "had taint {k: v}, that the pod didn't tolerate".
 */
function failureMessage(cluster: Cluster, reasons: readonly string[]): string {
  const total = reasons.length;
  const minor = cluster.preset.minor;
  const text = (r: string): string => {
    if (r.startsWith('taint:')) {
      const [, key, value] = r.split(':') as [string, string, string];
      return minor >= 22
        ? `node(s) had untolerated taint {${key}: ${value}}`
        : `node(s) had taint {${key}: ${value}}, that the pod didn't tolerate`;
    }
    return r === 'anti-affinity'
      ? "node(s) didn't match pod anti-affinity rules"
      : "node(s) didn't match pod affinity rules";
  };
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(text(r), (counts.get(text(r)) ?? 0) + 1);
  const parts = [...counts].map(([t, n]) => `${n} ${t}`).sort();
  let message = `0/${total} nodes are available: ${parts.join(', ')}.`;
  if (minor >= 25) {
    const verdicts = new Map<string, number>();
    for (const r of reasons) {
      const v = r.startsWith('taint:')
        ? 'Preemption is not helpful for scheduling'
        : 'No preemption victims found for incoming pod';
      verdicts.set(v, (verdicts.get(v) ?? 0) + 1);
    }
    const vparts = [...verdicts].map(([t, n]) => `${n} ${t}`).sort();
    message += ` preemption: 0/${total} nodes are available: ${vparts.join(', ')}.`;
  }
  return message;
}

/**
 * unfit's answer for a pod that asks for nothing (no tolerations, no pod affinity of either kind),
 * which depends on the node alone: most pods, each looking at every node.
 */
const plainUnfit = new WeakMap<Node, string | null>();
const NOTHING_WANTED: Wants = { tolerations: [], antiAffinity: [], affinity: [] };

/** A node as the scheduler walks it: its name, and its plainUnfit answer once known. */
interface NodeEntry {
  readonly node: Node;
  readonly name: string;
  plain: string | null | undefined;
}

/** The nodes in list order, one table per version of the Node kind (its sorted list). */
const nodeTables = new WeakMap<readonly Node[], NodeEntry[]>();

function nodeTable(cluster: Cluster): NodeEntry[] {
  const nodes = sortedObjects<Node>(cluster, 'Node');
  let table = nodeTables.get(nodes);
  if (!table) {
    table = nodes.map((node) => ({ node, name: node.metadata.name, plain: plainUnfit.get(node) }));
    nodeTables.set(nodes, table);
  }
  return table;
}

/** The node the scheduler binds the pod to, or why none can take it. */
export function schedulePod(cluster: Cluster, ctx: Ctx, pod: Pod): string | { message: string } {
  const tolerations = (pod.spec.tolerations ?? NO_TERMS) as readonly Toleration[];
  const antiAffinity = requiredTerms(pod, 'podAntiAffinity');
  const affinity = requiredTerms(pod, 'podAffinity');
  const plain = !tolerations.length && !antiAffinity.length && !affinity.length;
  const wants: Wants = plain ? NOTHING_WANTED : { tolerations, antiAffinity, affinity };
  // From the store's groups: how many of this pod's siblings each node runs, then how many pods.
  const owner = pod.metadata.ownerReferences?.[0]?.uid;
  let siblingsPerNode: Map<string, number> | undefined;
  if (owner)
    for (const p of cluster.objects.podsOwnedBy(owner)) {
      const at = p.spec.nodeName;
      if (at) (siblingsPerNode ??= new Map()).set(at, (siblingsPerNode.get(at) ?? 0) + 1);
    }
  const podsOn = cluster.objects.podCountsByNode();
  // The fittest nodes in list order: fewest siblings, then fewest pods; a seeded pick among ties.
  const reasons: string[] = [];
  let ties: string[] = [];
  let bestSiblings = Infinity;
  let bestPods = Infinity;
  for (const entry of nodeTable(cluster)) {
    let why = plain ? entry.plain : undefined;
    if (why === undefined) {
      why = unfit(cluster, pod, wants, entry.node);
      if (plain) plainUnfit.set(entry.node, (entry.plain = why));
    }
    if (why) {
      reasons.push(why);
      continue;
    }
    const name = entry.name;
    const siblings = siblingsPerNode?.get(name) ?? 0;
    if (siblings > bestSiblings) continue;
    const pods = podsOn.get(name);
    if (siblings === bestSiblings && pods > bestPods) continue;
    if (siblings < bestSiblings || pods < bestPods) ties = [];
    bestSiblings = siblings;
    bestPods = pods;
    ties.push(name);
  }
  if (ties.length === 0) return { message: failureMessage(cluster, reasons) };
  return ties[ctx.random.int(ties.length)]!;
}
