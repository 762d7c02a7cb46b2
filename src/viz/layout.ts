// Where everything in the topology goes: a pure function of the cluster view and the space we
// draw in. Same input, same output, so the picture never jumps between two identical views.
import type { ClusterView, NodeView, PodView } from '../engine/index.ts';
import { NO_FACTS } from './sceneFacts.ts';
import type { SceneFacts } from './sceneFacts.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ClientLayout {
  readonly name: string;
  readonly ip: string;
  readonly box: Box;
}

/** A cloud load balancer: a box between the outside machines and the nodes. */
export interface BalancerLayout {
  readonly name: string;
  readonly address: string;
  readonly service: string | null;
  readonly box: Box;
}

export interface PortBadgeLayout {
  readonly label: string;
  readonly title: string;
  readonly box: Box;
}

export interface PodLayout {
  /** "NS/NAME", as in `pod/NS/NAME` places and `data-pod`. */
  readonly id: string;
  readonly pod: PodView;
  readonly box: Box;
}

/** A node box, or the box of pods no node runs (node: null). */
export interface NodeLayout {
  readonly name: string;
  readonly node: NodeView | null;
  readonly box: Box;
  readonly ports: readonly PortBadgeLayout[];
  readonly pods: readonly PodLayout[];
  readonly systemPods: readonly PodView[];
  /** The collapsed "+N system pods" line, null when the node has none. */
  readonly systemBox: Box | null;
  /** MetalLB VIPs this node's speaker answers for, as badges in its header. */
  readonly vips: readonly PortBadgeLayout[];
}

export interface TopologyLayout {
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  readonly clients: readonly ClientLayout[];
  readonly balancers: readonly BalancerLayout[];
  readonly nodes: readonly NodeLayout[];
  /** Where the cluster's DNS answers (the CoreDNS pods) and its Service address, if drawn. */
  readonly dns: { readonly place: Point; readonly address: string } | null;
  /** Where a hop's `at` ("client/NAME", "node/NAME", "pod/NS/NAME") is drawn. */
  readonly places: ReadonlyMap<string, Point>;
  /** What the packet's label should not hide at a place (a client, a node's header, a pod card). */
  readonly areas: ReadonlyMap<string, Box>;
}

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

// Sizes in viewBox units; at scale 1 they are CSS pixels.
export const SIZES = {
  margin: 24,
  nodeWidth: 300,
  nodePad: 14,
  nodeHeader: 92,
  nodeGapX: 32,
  nodeGapY: 44,
  podHeight: 48,
  podGap: 10,
  emptyPodsHeight: 26,
  systemLine: 28,
  clientWidth: 210,
  clientHeight: 58,
  clientGapX: 24,
  clientGapY: 60,
  badgeHeight: 22,
  badgeGap: 6,
  badgeCharWidth: 7.4,
  badgePad: 16,
  balancerWidth: 250,
  balancerHeight: 58,
  balancerGapX: 24,
  balancerGapY: 50,
} as const;

/** Past this scale a layout is "big enough"; we then prefer more columns (one row reads best). */
const COMFORTABLE_SCALE = 1.15;

/** Up to this many app pods on every node, pods get one wide card per row (full names). */
const ONE_COLUMN_MAX_PODS = 6;

export function podId(pod: PodView): string {
  return `${pod.namespace}/${pod.name}`;
}

function byName<T extends { readonly name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function byPodName(a: PodView, b: PodView): number {
  return byName(a, b) || (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0);
}

interface Group {
  readonly name: string;
  /** Pod cards per row: the same in every node, so cards line up across the picture. */
  readonly podColumns: number;
  readonly node: NodeView | null;
  readonly pods: readonly PodView[];
  readonly systemPods: readonly PodView[];
}

/** Nodes by name, then a group for pods without a (known) node, if any. */
function groupPods(view: ClusterView): Group[] {
  const nodes = [...view.nodes].sort(byName);
  const known = new Set(nodes.map((n) => n.name));
  const pods = [...view.pods].sort(byPodName);
  const homeless = pods.filter((p) => p.node === null || !known.has(p.node));
  const members: { name: string; node: NodeView | null; pods: PodView[] }[] = nodes.map((node) => ({
    name: node.name,
    node,
    pods: pods.filter((p) => p.node === node.name),
  }));
  if (homeless.length > 0) members.push({ name: '', node: null, pods: homeless });
  const most = Math.max(0, ...members.map((m) => m.pods.filter((p) => !p.system).length));
  const podColumns = most <= ONE_COLUMN_MAX_PODS ? 1 : 2;
  const groups = members.map((m): Group => ({
    name: m.name,
    podColumns,
    node: m.node,
    pods: m.pods.filter((p) => !p.system),
    systemPods: m.pods.filter((p) => p.system),
  }));
  return groups;
}

function groupHeight(group: Group): number {
  const rows = Math.ceil(group.pods.length / group.podColumns);
  const podsHeight =
    rows === 0 ? SIZES.emptyPodsHeight : rows * SIZES.podHeight + (rows - 1) * SIZES.podGap;
  const system = group.systemPods.length > 0 ? SIZES.systemLine + SIZES.podGap : 0;
  return SIZES.nodeHeader + podsHeight + system + SIZES.nodePad;
}

function clientsWidth(count: number): number {
  return count === 0 ? 0 : count * SIZES.clientWidth + (count - 1) * SIZES.clientGapX;
}

function clientsBand(count: number): number {
  return count === 0 ? 0 : SIZES.clientHeight + SIZES.clientGapY;
}

function balancersWidth(count: number): number {
  return count === 0 ? 0 : count * SIZES.balancerWidth + (count - 1) * SIZES.balancerGapX;
}

function balancersBand(count: number): number {
  return count === 0 ? 0 : SIZES.balancerHeight + SIZES.balancerGapY;
}

/** What sits above the nodes: the outside machines, then the cloud balancers. */
interface Bands {
  readonly clients: number;
  readonly balancers: number;
}

function bandsHeight(b: Bands): number {
  return clientsBand(b.clients) + balancersBand(b.balancers);
}

function bandsWidth(b: Bands): number {
  return Math.max(clientsWidth(b.clients), balancersWidth(b.balancers));
}

interface Grid {
  readonly columns: number;
  readonly rowHeights: readonly number[];
  readonly width: number;
  readonly height: number;
}

function grid(groups: readonly Group[], columns: number, bands: Bands): Grid {
  const rowHeights: number[] = [];
  groups.forEach((g, i) => {
    const row = Math.floor(i / columns);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, groupHeight(g));
  });
  const used = Math.min(columns, Math.max(groups.length, 1));
  const gridWidth = used * SIZES.nodeWidth + (used - 1) * SIZES.nodeGapX;
  const gridHeight =
    rowHeights.reduce((sum, h) => sum + h, 0) + Math.max(rowHeights.length - 1, 0) * SIZES.nodeGapY;
  return {
    columns,
    rowHeights,
    width: Math.max(gridWidth, bandsWidth(bands)) + 2 * SIZES.margin,
    height: bandsHeight(bands) + gridHeight + 2 * SIZES.margin,
  };
}

/** The column count that makes the drawing largest in the viewport (capped, see COMFORTABLE_SCALE). */
function bestGrid(groups: readonly Group[], bands: Bands, viewport: Viewport): Grid {
  let best: Grid | null = null;
  let bestScore = -1;
  for (let columns = 1; columns <= Math.max(groups.length, 1); columns++) {
    const g = grid(groups, columns, bands);
    const scale = Math.min(viewport.width / g.width, viewport.height / g.height);
    const score = Math.min(scale, COMFORTABLE_SCALE);
    // `>=`: on a tie the later, wider grid wins.
    if (score >= bestScore - 1e-9) {
      best = g;
      bestScore = score;
    }
  }
  return best ?? grid(groups, 1, bands);
}

function portBadges(node: NodeView | null, box: Box): PortBadgeLayout[] {
  if (node === null) return [];
  const seen = new Set<string>();
  const labels: { label: string; title: string }[] = [];
  for (const p of [...node.nodePorts].sort((a, b) => a.port - b.port)) {
    const label = p.protocol === 'TCP' ? String(p.port) : `${p.port}/${p.protocol}`;
    if (seen.has(label)) continue;
    seen.add(label);
    labels.push({ label, title: `node port ${p.port}/${p.protocol} -> ${p.service}` });
  }
  // Right-aligned on the top edge, straddling it; what does not fit becomes one "+N" badge.
  const width = (text: string): number => SIZES.badgePad + text.length * SIZES.badgeCharWidth;
  const room = box.width - 2 * SIZES.nodePad;
  const badges: PortBadgeLayout[] = [];
  let right = box.x + box.width - SIZES.nodePad;
  for (let i = 0; i < labels.length; i++) {
    const item = labels[i];
    if (item === undefined) break;
    const rest = labels.length - i - 1;
    const reserve = rest > 0 ? width(`+${rest}`) + SIZES.badgeGap : 0;
    const w = width(item.label);
    const used = box.x + box.width - SIZES.nodePad - right;
    if (used + w + reserve > room) {
      const more = labels.length - i;
      const label = `+${more}`;
      const hidden = labels.slice(i).map((l) => l.label);
      badges.push({
        label,
        title: `more node ports: ${hidden.join(', ')}`,
        box: badgeBox(right - width(label), box.y, width(label)),
      });
      break;
    }
    badges.push({ ...item, box: badgeBox(right - w, box.y, w) });
    right -= w + SIZES.badgeGap;
  }
  return badges;
}

function badgeBox(x: number, edgeY: number, width: number): Box {
  return { x, y: edgeY - SIZES.badgeHeight / 2, width, height: SIZES.badgeHeight };
}

/** VIP badges right-aligned on the node's address line; past the first, one "+N" badge. */
function vipBadges(node: NodeView | null, box: Box, facts: SceneFacts): PortBadgeLayout[] {
  if (node === null) return [];
  const ips = [...new Set(facts.vips.filter((v) => v.node === node.name).map((v) => v.ip))].sort();
  const width = (text: string): number => SIZES.badgePad + text.length * SIZES.badgeCharWidth;
  const top = box.y + 54 - 15;
  const right = box.x + box.width - SIZES.nodePad;
  const first = ips[0];
  if (first === undefined) return [];
  const label = `VIP ${first}`;
  const badges: PortBadgeLayout[] = [
    {
      label,
      title: `MetalLB's speaker on ${node.name} answers ARP for ${first}`,
      box: { x: right - width(label), y: top, width: width(label), height: SIZES.badgeHeight },
    },
  ];
  if (ips.length > 1) {
    const more = `+${ips.length - 1}`;
    const x = right - width(label) - SIZES.badgeGap - width(more);
    badges.unshift({
      label: more,
      title: `more VIPs: ${ips.slice(1).join(', ')}`,
      box: { x, y: top, width: width(more), height: SIZES.badgeHeight },
    });
  }
  return badges;
}

function layoutGroup(
  group: Group,
  x: number,
  y: number,
  height: number,
  facts: SceneFacts,
): NodeLayout {
  const box: Box = { x, y, width: SIZES.nodeWidth, height };
  const columns = group.podColumns;
  const cardWidth = (SIZES.nodeWidth - 2 * SIZES.nodePad - (columns - 1) * SIZES.podGap) / columns;
  const pods = group.pods.map((pod, i): PodLayout => {
    const col = i % columns;
    const row = Math.floor(i / columns);
    return {
      id: podId(pod),
      pod,
      box: {
        x: x + SIZES.nodePad + col * (cardWidth + SIZES.podGap),
        y: y + SIZES.nodeHeader + row * (SIZES.podHeight + SIZES.podGap),
        width: cardWidth,
        height: SIZES.podHeight,
      },
    };
  });
  const systemBox: Box | null =
    group.systemPods.length === 0
      ? null
      : {
          x: x + SIZES.nodePad,
          y: y + height - SIZES.nodePad - SIZES.systemLine,
          width: SIZES.nodeWidth - 2 * SIZES.nodePad,
          height: SIZES.systemLine,
        };
  return {
    name: group.name,
    node: group.node,
    box,
    ports: portBadges(group.node, box),
    pods,
    systemPods: group.systemPods,
    systemBox,
    vips: vipBadges(group.node, box, facts),
  };
}

function centre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function placesOf(
  clients: readonly ClientLayout[],
  balancers: readonly BalancerLayout[],
  nodes: readonly NodeLayout[],
) {
  const places = new Map<string, Point>();
  const areas = new Map<string, Box>();
  for (const b of balancers) {
    places.set(`lb/${b.name}`, centre(b.box));
    areas.set(`lb/${b.name}`, b.box);
  }
  // Clients: the bottom edge, where packets leave for the nodes below.
  for (const c of clients) {
    places.set(`client/${c.name}`, { x: c.box.x + c.box.width / 2, y: c.box.y + c.box.height });
    areas.set(`client/${c.name}`, c.box);
  }
  for (const n of nodes) {
    // A node's hops (NAT, routing, tunnels) are drawn where packets enter it, on its top edge
    // beside the node ports, so the packet's label does not hide the node's name and addresses.
    if (n.node !== null) {
      places.set(`node/${n.name}`, { x: n.box.x + n.box.width / 2, y: n.box.y });
      areas.set(`node/${n.name}`, { ...n.box, height: SIZES.nodeHeader });
    }
    for (const p of n.pods) {
      places.set(`pod/${p.id}`, centre(p.box));
      areas.set(`pod/${p.id}`, p.box);
    }
    // Collapsed system pods share their summary line.
    const line = n.systemBox ?? n.box;
    for (const p of n.systemPods) {
      places.set(`pod/${podId(p)}`, centre(line));
      areas.set(`pod/${podId(p)}`, line);
    }
  }
  return { places, areas };
}

/** CoreDNS's pods answer the cluster's DNS (label k8s-app=kube-dns, kept by every preset). */
function dnsPlace(view: ClusterView, places: ReadonlyMap<string, Point>): TopologyLayout['dns'] {
  const service = view.services.find((s) => s.namespace === 'kube-system' && s.name === 'kube-dns');
  const coredns = [...view.pods]
    .sort(byPodName)
    .find((p) => p.labels['k8s-app'] === 'kube-dns' && places.has(`pod/${podId(p)}`));
  const place = coredns === undefined ? undefined : places.get(`pod/${podId(coredns)}`);
  if (place === undefined || !service?.clusterIP) return null;
  return { place, address: service.clusterIP };
}

export function layoutTopology(
  view: ClusterView,
  viewport: Viewport,
  facts: SceneFacts = NO_FACTS,
): TopologyLayout {
  const groups = groupPods(view);
  const clientsSorted = [...view.clients].sort(byName);
  const balancersSorted = [...facts.balancers].sort(byName);
  const bands: Bands = { clients: clientsSorted.length, balancers: balancersSorted.length };
  const g = bestGrid(groups, bands, viewport);

  const innerWidth = g.width - 2 * SIZES.margin;
  const clientsLeft = SIZES.margin + (innerWidth - clientsWidth(clientsSorted.length)) / 2;
  const clients = clientsSorted.map((c, i): ClientLayout => ({
    name: c.name,
    ip: c.ip,
    box: {
      x: clientsLeft + i * (SIZES.clientWidth + SIZES.clientGapX),
      y: SIZES.margin,
      width: SIZES.clientWidth,
      height: SIZES.clientHeight,
    },
  }));
  const balancersTop = SIZES.margin + clientsBand(clientsSorted.length);
  const balancersLeft = SIZES.margin + (innerWidth - balancersWidth(balancersSorted.length)) / 2;
  const balancers = balancersSorted.map((b, i): BalancerLayout => ({
    ...b,
    box: {
      x: balancersLeft + i * (SIZES.balancerWidth + SIZES.balancerGapX),
      y: balancersTop,
      width: SIZES.balancerWidth,
      height: SIZES.balancerHeight,
    },
  }));

  const used = Math.min(g.columns, Math.max(groups.length, 1));
  const gridWidth = used * SIZES.nodeWidth + (used - 1) * SIZES.nodeGapX;
  const gridLeft = SIZES.margin + (innerWidth - gridWidth) / 2;
  const nodes: NodeLayout[] = [];
  let rowTop = SIZES.margin + bandsHeight(bands);
  g.rowHeights.forEach((rowHeight, row) => {
    for (let col = 0; col < g.columns; col++) {
      const group = groups[row * g.columns + col];
      if (group === undefined) break;
      const x = gridLeft + col * (SIZES.nodeWidth + SIZES.nodeGapX);
      nodes.push(layoutGroup(group, x, rowTop, rowHeight, facts));
    }
    rowTop += rowHeight + SIZES.nodeGapY;
  });

  const { places, areas } = placesOf(clients, balancers, nodes);
  return {
    width: g.width,
    height: g.height,
    columns: g.columns,
    clients,
    balancers,
    nodes,
    dns: dnsPlace(view, places),
    places,
    areas,
  };
}

/**
 * Where to draw a hop whose place is not in the picture (a pod that just went away, a balancer
 * the view does not know): where the packet already is, or for a first hop the middle of the
 * balancer band (lb/) or of the drawing. Never undefined: the animation must not stall on it.
 */
export function fallbackPlace(layout: TopologyLayout, at: string, previous: Point | null): Point {
  const known = layout.places.get(at);
  if (known !== undefined) return known;
  if (previous !== null) return previous;
  if (at.startsWith('lb/')) {
    return { x: layout.width / 2, y: SIZES.margin + clientsBand(layout.clients.length) + 29 };
  }
  return { x: layout.width / 2, y: layout.height / 2 };
}
