import { describe, expect, it } from 'vitest';
import type { ClusterView, NodeView, PodView } from '../engine/index.ts';
import { fallbackPlace, layoutTopology, MAX_POD_CARDS, MIN_CARDS_PER_NODE } from './layout.ts';
import type { Box } from './layout.ts';

function node(i: number): NodeView {
  return {
    name: `node-${String(i).padStart(2, '0')}`,
    ip: `10.0.0.${10 + i}`,
    podCIDR: `10.244.${i}.0/24`,
    role: i === 0 ? 'control-plane' : 'worker',
    ready: true,
    poweredOff: false,
    nodePorts: [{ port: 30000 + i, protocol: 'TCP', service: 'default/web' }],
  };
}

function pod(i: number, nodeName: string | null, system = false): PodView {
  return {
    namespace: system ? 'kube-system' : 'default',
    name: `${system ? 'kube-proxy' : 'web'}-${String(i).padStart(3, '0')}`,
    ip: `10.244.0.${i}`,
    node: nodeName,
    labels: { app: 'web' },
    ready: true,
    phase: 'Running',
    system,
    images: [],
    ingressController: false,
  };
}

/** n nodes, p app pods dealt round-robin, one system pod per node. */
function cluster(n: number, p: number): ClusterView {
  const nodes = Array.from({ length: n }, (_, i) => node(i));
  const pods = [
    ...Array.from({ length: p }, (_, i) => pod(i, nodes[i % n]?.name ?? null)),
    ...nodes.map((nd, i) => pod(i, nd.name, true)),
  ];
  return {
    preset: 'test',
    version: 'v1.33.0',
    clients: [{ name: 'laptop', ip: '10.0.0.1' }],
    nodes,
    pods,
    services: [],
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

const viewports = [
  { width: 640, height: 620 },
  { width: 1060, height: 940 },
];

describe('layoutTopology', () => {
  it('draws nothing on top of anything else for 1..10 nodes and 0..100 pods', () => {
    for (const [viewport, mode] of viewports.flatMap((v) =>
      (['normal', 'projector'] as const).map((m) => [v, m] as const),
    )) {
      for (let n = 1; n <= 10; n++) {
        for (const p of [0, 1, 7, 33, 100]) {
          const layout = layoutTopology(cluster(n, p), viewport, undefined, mode);
          const label = `${n} nodes, ${p} pods, ${viewport.width}x${viewport.height} ${mode}`;
          const boxes = [...layout.clients.map((c) => c.box), ...layout.nodes.map((nd) => nd.box)];
          boxes.forEach((a, i) =>
            boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b), label).toBe(false)),
          );
          for (const nd of layout.nodes) {
            const inner = [...nd.pods.map((pd) => pd.box), ...(nd.systemBox ? [nd.systemBox] : [])];
            inner.forEach((a, i) => {
              expect(inside(a, nd.box), label).toBe(true);
              inner.slice(i + 1).forEach((b) => expect(overlaps(a, b), label).toBe(false));
            });
          }
          for (const box of boxes) {
            expect(inside(box, { x: 0, y: 0, width: layout.width, height: layout.height })).toBe(
              true,
            );
          }
          expect(layout.nodes.flatMap((nd) => nd.pods)).toHaveLength(p);
        }
      }
    }
  });

  it("projector: a lesson's cluster (4 nodes, 3 pods) has names and IPs of 24 px at 1280x720", () => {
    // 1280x720 less the projector's playback bar and hop caption (measured in e2e: about 560 px).
    const viewport = { width: 1280, height: 560 };
    const layout = layoutTopology(cluster(4, 3), viewport, undefined, 'projector');
    const scale = Math.min(viewport.width / layout.width, viewport.height / layout.height);
    const t = layout.sizes.text;
    const sizes = [t.nodeName, t.nodeIp, t.clientName, t.clientIp, t.podName, t.podIp];
    for (const line of sizes) expect(line.size * scale).toBeGreaterThanOrEqual(24);
    // Normal mode would not: its type is sized for a desk, not the back row.
    const normal = layoutTopology(cluster(4, 3), viewport);
    const normalScale = Math.min(viewport.width / normal.width, viewport.height / normal.height);
    expect(normal.sizes.text.podIp.size * normalScale).toBeLessThan(24);
  });

  it('gives the same positions for the same cluster, whatever order its lists come in', () => {
    const view = cluster(4, 9);
    const shuffled: ClusterView = {
      ...view,
      nodes: [...view.nodes].reverse(),
      pods: [...view.pods].reverse(),
    };
    const a = layoutTopology(view, viewports[0] ?? { width: 800, height: 600 });
    const b = layoutTopology(shuffled, viewports[0] ?? { width: 800, height: 600 });
    expect(b).toEqual(a);
  });

  it('orders nodes by name and pods by name inside their node', () => {
    const layout = layoutTopology(cluster(3, 9), { width: 1600, height: 700 });
    expect(layout.nodes.map((nd) => nd.name)).toEqual(['node-00', 'node-01', 'node-02']);
    const first = layout.nodes[0]?.pods.map((pd) => pd.pod.name) ?? [];
    expect(first).toEqual([...first].sort());
  });

  it('puts every hop place of a client, node and pod on the drawing', () => {
    const layout = layoutTopology(cluster(2, 2), { width: 900, height: 600 });
    expect(layout.places.get('client/laptop')).toBeDefined();
    expect(layout.places.get('node/node-01')).toBeDefined();
    expect(layout.places.get('pod/default/web-001')).toBeDefined();
    // Collapsed system pods are found on their node's summary line.
    expect(layout.places.get('pod/kube-system/kube-proxy-000')).toBeDefined();
  });

  it('keeps pods without a node in a box of their own', () => {
    const view = cluster(2, 0);
    const pending: ClusterView = { ...view, pods: [...view.pods, pod(1, null)] };
    const layout = layoutTopology(pending, { width: 900, height: 600 });
    const homeless = layout.nodes.find((nd) => nd.node === null);
    expect(homeless?.pods.map((pd) => pd.id)).toEqual(['default/web-001']);
  });

  it('folds node ports that do not fit into one "+N" badge', () => {
    const view = cluster(1, 0);
    const busy: ClusterView = {
      ...view,
      nodes: view.nodes.map((nd) => ({
        ...nd,
        nodePorts: Array.from({ length: 30 }, (_, i) => ({
          port: 30000 + i,
          protocol: 'TCP',
          service: `default/s${i}`,
        })),
      })),
    };
    const only = layoutTopology(busy, { width: 900, height: 600 }).nodes[0];
    const badges = only?.ports ?? [];
    expect(badges.at(-1)?.label).toMatch(/^\+\d+$/);
    const shown = badges.length - 1;
    expect(Number(badges.at(-1)?.label.slice(1))).toBe(30 - shown);
    for (const b of badges) expect(b.box.x).toBeGreaterThanOrEqual(only?.box.x ?? 0);
  });
});

describe('a cluster of thousands of pods', () => {
  const viewport = { width: 1600, height: 1000 };

  it('draws at most MAX_POD_CARDS cards; each node sums up the rest on one line, still a place', () => {
    for (const [n, p] of [
      [3, 2000],
      [30, 900],
      [50, 1500],
    ] as const) {
      const layout = layoutTopology(cluster(n, p), viewport);
      const label = `${n} nodes, ${p} pods`;
      const cards = layout.nodes.flatMap((nd) => nd.pods);
      expect(cards.length, label).toBeLessThanOrEqual(
        Math.max(MAX_POD_CARDS, MIN_CARDS_PER_NODE * n),
      );
      expect(cards.length + layout.nodes.reduce((sum, nd) => sum + nd.morePods.length, 0)).toBe(p);
      for (const nd of layout.nodes) {
        const inner = [...nd.pods.map((pd) => pd.box), nd.moreBox!, nd.systemBox!];
        inner.forEach((a, i) => {
          expect(inside(a, nd.box), label).toBe(true);
          inner.slice(i + 1).forEach((b) => expect(overlaps(a, b), label).toBe(false));
        });
        for (const more of nd.morePods)
          expect(layout.places.get(`pod/${more.namespace}/${more.name}`), label).toEqual({
            x: nd.moreBox!.x + nd.moreBox!.width / 2,
            y: nd.moreBox!.y + nd.moreBox!.height / 2,
          });
      }
    }
  });

  it('keeps the cards it drew when pods are added past the share', () => {
    const view = cluster(3, 600);
    const first = layoutTopology(view, viewport);
    const more = { ...view, pods: [...view.pods, pod(999, 'node-00')] };
    const next = layoutTopology(more, viewport, undefined, 'normal', first);
    expect(next.nodes.map((nd) => nd.pods.map((pd) => pd.id))).toEqual(
      first.nodes.map((nd) => nd.pods.map((pd) => pd.id)),
    );
    expect(next.nodes[0]!.morePods.map((pd) => pd.name)).toContain('web-999');
  });
});

describe('balancers, VIPs and places the view does not know', () => {
  const view = cluster(3, 3);
  const facts = {
    balancers: [{ name: 'a1b2', address: '203.0.113.10', service: 'default/web' }],
    vips: [{ node: 'node-02', ip: '10.0.0.200', service: 'default/web' }],
  };

  it('puts each balancer between the outside machines and the nodes, as a place', () => {
    const layout = layoutTopology(view, { width: 1400, height: 900 }, facts);
    const lb = layout.balancers[0];
    const client = layout.clients[0];
    expect(lb).toBeDefined();
    expect(client).toBeDefined();
    if (lb === undefined || client === undefined) return;
    expect(lb.box.y).toBeGreaterThan(client.box.y + client.box.height);
    for (const n of layout.nodes) expect(n.box.y).toBeGreaterThan(lb.box.y + lb.box.height);
    expect(layout.places.get('lb/a1b2')).toEqual({
      x: lb.box.x + lb.box.width / 2,
      y: lb.box.y + lb.box.height / 2,
    });
  });

  it('adding a balancer keeps the nodes in the same order and columns', () => {
    const before = layoutTopology(view, { width: 1400, height: 900 });
    const after = layoutTopology(view, { width: 1400, height: 900 }, facts);
    expect(after.nodes.map((n) => n.name)).toEqual(before.nodes.map((n) => n.name));
  });

  it('badges a VIP on its speaker node only, inside the node and clear of the node ports', () => {
    const layout = layoutTopology(view, { width: 1400, height: 900 }, facts);
    const withVip = layout.nodes.filter((n) => n.vips.length > 0).map((n) => n.name);
    expect(withVip).toEqual(['node-02']);
    const node = layout.nodes.find((n) => n.name === 'node-02');
    const badge = node?.vips[0];
    expect(badge?.label).toBe('VIP 10.0.0.200');
    if (node === undefined || badge === undefined) return;
    expect(inside(badge.box, node.box)).toBe(true);
    for (const p of node.ports) expect(overlaps(badge.box, p.box)).toBe(false);
  });

  it('never leaves a hop without a place', () => {
    const layout = layoutTopology(view, { width: 1400, height: 900 }, facts);
    const here = { x: 10, y: 20 };
    expect(fallbackPlace(layout, 'pod/default/gone', here)).toEqual(here);
    const first = fallbackPlace(layout, 'lb/unknown', null);
    expect(Number.isFinite(first.x) && Number.isFinite(first.y)).toBe(true);
    expect(fallbackPlace(layout, 'node/node-01', here)).toEqual(layout.places.get('node/node-01'));
  });
});

describe('a stable picture: pods keep their card when others come and go', () => {
  const viewport = { width: 1600, height: 1000 };
  // Where each card sits in its node: a node may grow and push the row below down, but no card
  // changes node or place within it, and no node changes column.
  const boxes = (layout: ReturnType<typeof layoutTopology>) =>
    new Map(
      layout.nodes.flatMap((n) =>
        n.pods.map(
          (p) =>
            [
              p.id,
              { x: p.box.x - n.box.x, y: p.box.y - n.box.y, width: p.box.width, node: n.box.x },
            ] as const,
        ),
      ),
    );
  const withPods = (view: ClusterView, pods: readonly PodView[]): ClusterView => ({
    ...view,
    pods,
  });

  it('adding a pod whose name sorts first moves no other card (1 to 10 nodes, 0 to 99 pods)', () => {
    for (const n of [1, 3, 10]) {
      for (const p of [0, 4, 30, 99]) {
        const view = cluster(n, p);
        const before = layoutTopology(view, viewport);
        const newcomer = { ...pod(0, view.nodes[0]!.name), name: 'aaa-new' };
        const after = layoutTopology(
          withPods(view, [newcomer, ...view.pods]),
          viewport,
          undefined,
          'normal',
          before,
        );
        const was = boxes(before);
        const now = boxes(after);
        // Crossing from one card column to two (past six pods on a node) reflows every card; below
        // and above that line nothing else moves.
        if (before.nodes[0]!.slots.length === 6) continue;
        for (const [id, box] of was) {
          const moved = now.get(id)!;
          expect(moved, `${n} nodes, ${p} pods, ${id}`).toEqual(box);
        }
        expect(now.has('default/aaa-new')).toBe(true);
      }
    }
  });

  it('a deleted pod leaves its slot, and the replacement takes it', () => {
    const view = cluster(3, 9);
    const before = layoutTopology(view, viewport);
    const gone = before.nodes[0]!.pods[0]!;
    const rest = view.pods.filter((p) => `${p.namespace}/${p.name}` !== gone.id);
    const without = layoutTopology(withPods(view, rest), viewport, undefined, 'normal', before);
    for (const [id, box] of boxes(without)) expect(box).toEqual(boxes(before).get(id));
    expect(without.nodes[0]!.slots[0]).toBeNull();

    const replacement = { ...pod(50, view.nodes[0]!.name), name: 'web-zzz' };
    const back = layoutTopology(
      withPods(view, [...rest, replacement]),
      viewport,
      undefined,
      'normal',
      without,
    );
    expect(boxes(back).get('default/web-zzz')).toEqual(boxes(before).get(gone.id));
  });

  it('closes up once half of a node’s slots or more are empty, keeping the order', () => {
    const view = cluster(1, 6);
    const before = layoutTopology(view, viewport);
    const kept = view.pods.filter((p) => p.system || p.name === 'web-004' || p.name === 'web-001');
    const after = layoutTopology(withPods(view, kept), viewport, undefined, 'normal', before);
    expect(after.nodes[0]!.slots).toEqual(['default/web-001', 'default/web-004']);
  });

  it('a node of two cards that loses the first shows the other at the top, not below a gap', () => {
    const view = cluster(1, 2);
    const before = layoutTopology(view, viewport);
    const kept = view.pods.filter((p) => p.system || p.name === 'web-001');
    const after = layoutTopology(withPods(view, kept), viewport, undefined, 'normal', before);
    expect(after.nodes[0]!.slots).toEqual(['default/web-001']);
  });
});
