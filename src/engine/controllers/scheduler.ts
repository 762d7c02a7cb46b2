// The default scheduler, approximated (reference §2.5): filter out nodes that are not Ready or whose
// NoSchedule taints the pod does not tolerate, then prefer the node with the fewest pods of the same
// owner, then the fewest pods, then a seeded random pick.
import { listObjects, type Cluster, type Ctx } from '../api/cluster.ts';
import type { Node, Pod } from '../api/objects.ts';

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

export function schedulePod(cluster: Cluster, ctx: Ctx, pod: Pod): string | null {
  const tolerations = (pod.spec.tolerations ?? []) as readonly Toleration[];
  const nodes = listObjects<Node>(cluster, 'Node').filter(
    (n) =>
      isNodeReady(n) &&
      (n.spec.taints ?? []).every((t) => t.effect !== 'NoSchedule' || tolerates(tolerations, t)),
  );
  if (nodes.length === 0) return null;
  const owner = pod.metadata.ownerReferences?.[0]?.uid;
  // From the store's groups: how many pods each node runs, and how many of this pod's siblings.
  const siblingsPerNode = new Map<string, number>();
  if (owner)
    for (const p of cluster.objects.podsOwnedBy(owner)) {
      const at = p.spec.nodeName;
      if (at) siblingsPerNode.set(at, (siblingsPerNode.get(at) ?? 0) + 1);
    }
  const perNode = new Map<string, number>(
    nodes.map((n) => [n.metadata.name, [...cluster.objects.podsOnNode(n.metadata.name)].length]),
  );
  const score = (node: Node) => {
    const name = node.metadata.name;
    return [siblingsPerNode.get(name) ?? 0, perNode.get(name) ?? 0] as const;
  };
  const scored = nodes.map((n) => ({ name: n.metadata.name, score: score(n) }));
  const best = scored.reduce((a, b) =>
    b.score[0] < a.score[0] || (b.score[0] === a.score[0] && b.score[1] < a.score[1]) ? b : a,
  );
  const ties = scored.filter((s) => s.score[0] === best.score[0] && s.score[1] === best.score[1]);
  return ties[ctx.random.int(ties.length)]!.name;
}
