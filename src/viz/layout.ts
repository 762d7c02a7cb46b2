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
  /** App pods past the node's share of cards (MAX_POD_CARDS), drawn as one "+N more pods" line. */
  readonly morePods: readonly PodView[];
  readonly moreBox: Box | null;
  /** MetalLB VIPs this node's speaker answers for, as badges in its header. */
  readonly vips: readonly PortBadgeLayout[];
  /** Pod ids by card slot (null: a slot a gone pod left), so the next layout keeps them there. */
  readonly slots: readonly (string | null)[];
}

export interface TopologyLayout {
  /** The sizes it was laid out with (normal or projector). */
  readonly sizes: Sizes;
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

/** A line of text: its font size and its baseline below the top of its box (viewBox units). */
export interface TextLine {
  readonly size: number;
  readonly y: number;
}

// Sizes in viewBox units; at scale 1 they are CSS pixels.
export interface Sizes {
  readonly margin: number;
  readonly nodeWidth: number;
  readonly nodePad: number;
  readonly nodeHeader: number;
  readonly nodeGapX: number;
  readonly nodeGapY: number;
  readonly podHeight: number;
  readonly podGap: number;
  readonly emptyPodsHeight: number;
  readonly systemLine: number;
  readonly clientWidth: number;
  readonly clientHeight: number;
  readonly clientGapX: number;
  readonly clientGapY: number;
  readonly badgeHeight: number;
  readonly badgeGap: number;
  readonly badgeCharWidth: number;
  readonly badgePad: number;
  readonly balancerWidth: number;
  readonly balancerHeight: number;
  readonly balancerGapX: number;
  readonly balancerGapY: number;
  /** Text lines: names bold, addresses mono. */
  readonly text: {
    readonly nodeName: TextLine;
    readonly nodeIp: TextLine;
    /** The pod CIDR line; null when left out (projector). */
    readonly nodeCidr: TextLine | null;
    readonly nodeRole: TextLine;
    readonly clientName: TextLine;
    readonly clientIp: TextLine;
    readonly podName: TextLine;
    readonly podIp: TextLine;
    readonly badge: number;
    readonly small: number;
  };
  /** Label chips, power switches and delete buttons (left out in projector mode). */
  readonly details: boolean;
}

export const SIZES: Sizes = {
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
  text: {
    nodeName: { size: 17, y: 30 },
    nodeIp: { size: 13.5, y: 54 },
    nodeCidr: { size: 12, y: 74 },
    nodeRole: { size: 12, y: 30 },
    clientName: { size: 15, y: 25 },
    clientIp: { size: 13, y: 44 },
    podName: { size: 12.5, y: 19.5 },
    podIp: { size: 12, y: 37.5 },
    badge: 12,
    small: 12,
  },
  details: true,
};

/**
 * Projector mode: the same picture with type about twice as large against its boxes and fewer
 * details (no pod CIDR, chips or controls), so that on a 1280x720 projector a lesson's cluster
 * (up to four nodes) is drawn at scale 1 or more and names and addresses reach 24 px.
 */
export const PROJECTOR_SIZES: Sizes = {
  margin: 16,
  nodeWidth: 380,
  nodePad: 12,
  nodeHeader: 78,
  nodeGapX: 24,
  nodeGapY: 40,
  podHeight: 64,
  podGap: 8,
  emptyPodsHeight: 30,
  systemLine: 30,
  clientWidth: 300,
  clientHeight: 72,
  clientGapX: 24,
  clientGapY: 44,
  badgeHeight: 28,
  badgeGap: 6,
  badgeCharWidth: 11,
  badgePad: 16,
  balancerWidth: 380,
  balancerHeight: 72,
  balancerGapX: 24,
  balancerGapY: 40,
  text: {
    nodeName: { size: 27, y: 34 },
    nodeIp: { size: 25, y: 66 },
    nodeCidr: null,
    nodeRole: { size: 20, y: 34 },
    clientName: { size: 26, y: 31 },
    clientIp: { size: 25, y: 61 },
    podName: { size: 25, y: 27 },
    podIp: { size: 25, y: 55 },
    badge: 18,
    small: 18,
  },
  details: false,
};

/** Past this scale a layout is "big enough"; we then prefer more columns (one row reads best). */
const COMFORTABLE_SCALE = 1.15;

/** Up to this many app pods on every node, pods get one wide card per row (full names). */
const ONE_COLUMN_MAX_PODS = 6;

/**
 * Pod cards in the whole picture, at most: each node gets an even share (at least
 * MIN_CARDS_PER_NODE) and shows the pods past it as one "+N more pods" line. A card is a dozen SVG
 * elements that the browser lays out again whenever the drawing changes; thousands of them (500
 * Deployments, a large cluster's dump) held the page for seconds, and nobody reads the 600th card
 * of a node. The pods past the share are still places a packet can go (their line).
 */
export const MAX_POD_CARDS = 120;
export const MIN_CARDS_PER_NODE = 2;

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
  /** App pods by card slot; null is a slot left empty so the pods after it stay where they are. */
  readonly pods: readonly (PodView | null)[];
  /** App pods past the node's share of cards. */
  readonly more: readonly PodView[];
  readonly systemPods: readonly PodView[];
}

/**
 * Card slots for a node's app pods. Without an earlier layout: by name. With one, every pod that
 * was drawn keeps its slot (adding or removing a pod moves no other card); a new pod takes the
 * first slot a gone pod left, else goes last. Empty slots at the end are dropped, and when half
 * the slots or more are empty the cards close up (in the same order).
 */
export function podSlots(
  pods: readonly PodView[],
  before: readonly (string | null)[] | undefined,
): (PodView | null)[] {
  if (before === undefined) return [...pods];
  const byId = new Map(pods.map((p) => [podId(p), p]));
  const slots: (PodView | null)[] = before.map((id) =>
    id === null ? null : (byId.get(id) ?? null),
  );
  const placed = new Set(slots.filter((p) => p !== null).map(podId));
  for (const pod of pods) {
    if (placed.has(podId(pod))) continue;
    const hole = slots.indexOf(null);
    if (hole >= 0) slots[hole] = pod;
    else slots.push(pod);
  }
  while (slots.length > 0 && slots[slots.length - 1] === null) slots.pop();
  const empty = slots.filter((p) => p === null).length;
  return empty * 2 >= slots.length ? slots.filter((p) => p !== null) : slots;
}

/** Nodes by name, then a group for pods without a (known) node, if any. */
function groupPods(view: ClusterView, previous: TopologyLayout | null): Group[] {
  const before = new Map(previous?.nodes.map((n) => [n.name, n.slots]) ?? []);
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
  const share = Math.max(MIN_CARDS_PER_NODE, Math.floor(MAX_POD_CARDS / members.length));
  const slotted = members.map((m) => {
    const slots = podSlots(
      m.pods.filter((p) => !p.system),
      before.get(m.name),
    );
    return {
      ...m,
      slots: slots.slice(0, share),
      more: slots.slice(share).filter((p): p is PodView => p !== null),
    };
  });
  const most = Math.max(0, ...slotted.map((m) => m.slots.length));
  const podColumns = most <= ONE_COLUMN_MAX_PODS ? 1 : 2;
  return slotted.map((m): Group => ({
    name: m.name,
    podColumns,
    node: m.node,
    pods: m.slots,
    more: m.more,
    systemPods: m.pods.filter((p) => p.system),
  }));
}

function groupHeight(S: Sizes, group: Group): number {
  const rows = Math.ceil(group.pods.length / group.podColumns);
  const podsHeight = rows === 0 ? S.emptyPodsHeight : rows * S.podHeight + (rows - 1) * S.podGap;
  const more = group.more.length > 0 ? S.systemLine + S.podGap : 0;
  const system = group.systemPods.length > 0 ? S.systemLine + S.podGap : 0;
  return S.nodeHeader + podsHeight + more + system + S.nodePad;
}

function clientsWidth(S: Sizes, count: number): number {
  return count === 0 ? 0 : count * S.clientWidth + (count - 1) * S.clientGapX;
}

function clientsBand(S: Sizes, count: number): number {
  return count === 0 ? 0 : S.clientHeight + S.clientGapY;
}

function balancersWidth(S: Sizes, count: number): number {
  return count === 0 ? 0 : count * S.balancerWidth + (count - 1) * S.balancerGapX;
}

function balancersBand(S: Sizes, count: number): number {
  return count === 0 ? 0 : S.balancerHeight + S.balancerGapY;
}

/** What sits above the nodes: the outside machines, then the cloud balancers. */
interface Bands {
  readonly clients: number;
  readonly balancers: number;
}

function bandsHeight(S: Sizes, b: Bands): number {
  return clientsBand(S, b.clients) + balancersBand(S, b.balancers);
}

function bandsWidth(S: Sizes, b: Bands): number {
  return Math.max(clientsWidth(S, b.clients), balancersWidth(S, b.balancers));
}

interface Grid {
  readonly columns: number;
  readonly rowHeights: readonly number[];
  readonly width: number;
  readonly height: number;
}

function grid(S: Sizes, groups: readonly Group[], columns: number, bands: Bands): Grid {
  const rowHeights: number[] = [];
  groups.forEach((g, i) => {
    const row = Math.floor(i / columns);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, groupHeight(S, g));
  });
  const used = Math.min(columns, Math.max(groups.length, 1));
  const gridWidth = used * S.nodeWidth + (used - 1) * S.nodeGapX;
  const gridHeight =
    rowHeights.reduce((sum, h) => sum + h, 0) + Math.max(rowHeights.length - 1, 0) * S.nodeGapY;
  return {
    columns,
    rowHeights,
    width: Math.max(gridWidth, bandsWidth(S, bands)) + 2 * S.margin,
    height: bandsHeight(S, bands) + gridHeight + 2 * S.margin,
  };
}

/** The column count that makes the drawing largest in the viewport (capped, see COMFORTABLE_SCALE). */
function bestGrid(S: Sizes, groups: readonly Group[], bands: Bands, viewport: Viewport): Grid {
  let best: Grid | null = null;
  let bestScore = -1;
  for (let columns = 1; columns <= Math.max(groups.length, 1); columns++) {
    const g = grid(S, groups, columns, bands);
    const scale = Math.min(viewport.width / g.width, viewport.height / g.height);
    const score = Math.min(scale, COMFORTABLE_SCALE);
    // `>=`: on a tie the later, wider grid wins.
    if (score >= bestScore - 1e-9) {
      best = g;
      bestScore = score;
    }
  }
  return best ?? grid(S, groups, 1, bands);
}

function portBadges(S: Sizes, node: NodeView | null, box: Box): PortBadgeLayout[] {
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
  const width = (text: string): number => S.badgePad + text.length * S.badgeCharWidth;
  const room = box.width - 2 * S.nodePad;
  const badges: PortBadgeLayout[] = [];
  let right = box.x + box.width - S.nodePad;
  for (let i = 0; i < labels.length; i++) {
    const item = labels[i];
    if (item === undefined) break;
    const rest = labels.length - i - 1;
    const reserve = rest > 0 ? width(`+${rest}`) + S.badgeGap : 0;
    const w = width(item.label);
    const used = box.x + box.width - S.nodePad - right;
    if (used + w + reserve > room) {
      const more = labels.length - i;
      const label = `+${more}`;
      const hidden = labels.slice(i).map((l) => l.label);
      badges.push({
        label,
        title: `more node ports: ${hidden.join(', ')}`,
        box: badgeBox(S, right - width(label), box.y, width(label)),
      });
      break;
    }
    badges.push({ ...item, box: badgeBox(S, right - w, box.y, w) });
    right -= w + S.badgeGap;
  }
  return badges;
}

function badgeBox(S: Sizes, x: number, edgeY: number, width: number): Box {
  return { x, y: edgeY - S.badgeHeight / 2, width, height: S.badgeHeight };
}

/** VIP badges right-aligned on the node's address line; past the first, one "+N" badge. */
function vipBadges(
  S: Sizes,
  node: NodeView | null,
  box: Box,
  facts: SceneFacts,
): PortBadgeLayout[] {
  if (node === null) return [];
  const ips = [...new Set(facts.vips.filter((v) => v.node === node.name).map((v) => v.ip))].sort();
  const width = (text: string): number => S.badgePad + text.length * S.badgeCharWidth;
  const top = box.y + S.text.nodeIp.y - S.badgeHeight + 7;
  const right = box.x + box.width - S.nodePad;
  const first = ips[0];
  if (first === undefined) return [];
  const label = `VIP ${first}`;
  const badges: PortBadgeLayout[] = [
    {
      label,
      title: `MetalLB's speaker on ${node.name} answers ARP for ${first}`,
      box: { x: right - width(label), y: top, width: width(label), height: S.badgeHeight },
    },
  ];
  if (ips.length > 1) {
    const more = `+${ips.length - 1}`;
    const x = right - width(label) - S.badgeGap - width(more);
    badges.unshift({
      label: more,
      title: `more VIPs: ${ips.slice(1).join(', ')}`,
      box: { x, y: top, width: width(more), height: S.badgeHeight },
    });
  }
  return badges;
}

function layoutGroup(
  S: Sizes,
  group: Group,
  x: number,
  y: number,
  height: number,
  facts: SceneFacts,
): NodeLayout {
  const box: Box = { x, y, width: S.nodeWidth, height };
  const columns = group.podColumns;
  const cardWidth = (S.nodeWidth - 2 * S.nodePad - (columns - 1) * S.podGap) / columns;
  const pods: PodLayout[] = [];
  group.pods.forEach((pod, i) => {
    if (pod === null) return;
    const col = i % columns;
    const row = Math.floor(i / columns);
    pods.push({
      id: podId(pod),
      pod,
      box: {
        x: x + S.nodePad + col * (cardWidth + S.podGap),
        y: y + S.nodeHeader + row * (S.podHeight + S.podGap),
        width: cardWidth,
        height: S.podHeight,
      },
    });
  });
  const rows = Math.ceil(group.pods.length / columns);
  // Right under the cards.
  const moreBox: Box | null =
    group.more.length === 0
      ? null
      : {
          x: x + S.nodePad,
          y: y + S.nodeHeader + rows * (S.podHeight + S.podGap),
          width: S.nodeWidth - 2 * S.nodePad,
          height: S.systemLine,
        };
  const systemBox: Box | null =
    group.systemPods.length === 0
      ? null
      : {
          x: x + S.nodePad,
          y: y + height - S.nodePad - S.systemLine,
          width: S.nodeWidth - 2 * S.nodePad,
          height: S.systemLine,
        };
  return {
    name: group.name,
    node: group.node,
    box,
    ports: portBadges(S, group.node, box),
    pods,
    systemPods: group.systemPods,
    systemBox,
    morePods: group.more,
    moreBox,
    vips: vipBadges(S, group.node, box, facts),
    slots: group.pods.map((p) => (p === null ? null : podId(p))),
  };
}

function centre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function placesOf(
  S: Sizes,
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
      areas.set(`node/${n.name}`, { ...n.box, height: S.nodeHeader });
    }
    for (const p of n.pods) {
      places.set(`pod/${p.id}`, centre(p.box));
      areas.set(`pod/${p.id}`, p.box);
    }
    // Collapsed system pods share their summary line, pods past the node's cards theirs.
    for (const [pods, line] of [
      [n.systemPods, n.systemBox ?? n.box],
      [n.morePods, n.moreBox ?? n.box],
    ] as const) {
      for (const p of pods) {
        places.set(`pod/${podId(p)}`, centre(line));
        areas.set(`pod/${podId(p)}`, line);
      }
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
  mode: 'normal' | 'projector' = 'normal',
  /** The layout drawn before: its pods keep their card slots (see podSlots). */
  previous: TopologyLayout | null = null,
): TopologyLayout {
  const S = mode === 'projector' ? PROJECTOR_SIZES : SIZES;
  const groups = groupPods(view, previous);
  const clientsSorted = [...view.clients].sort(byName);
  const balancersSorted = [...facts.balancers].sort(byName);
  const bands: Bands = { clients: clientsSorted.length, balancers: balancersSorted.length };
  const g = bestGrid(S, groups, bands, viewport);

  const innerWidth = g.width - 2 * S.margin;
  const clientsLeft = S.margin + (innerWidth - clientsWidth(S, clientsSorted.length)) / 2;
  const clients = clientsSorted.map((c, i): ClientLayout => ({
    name: c.name,
    ip: c.ip,
    box: {
      x: clientsLeft + i * (S.clientWidth + S.clientGapX),
      y: S.margin,
      width: S.clientWidth,
      height: S.clientHeight,
    },
  }));
  const balancersTop = S.margin + clientsBand(S, clientsSorted.length);
  const balancersLeft = S.margin + (innerWidth - balancersWidth(S, balancersSorted.length)) / 2;
  const balancers = balancersSorted.map((b, i): BalancerLayout => ({
    ...b,
    box: {
      x: balancersLeft + i * (S.balancerWidth + S.balancerGapX),
      y: balancersTop,
      width: S.balancerWidth,
      height: S.balancerHeight,
    },
  }));

  const used = Math.min(g.columns, Math.max(groups.length, 1));
  const gridWidth = used * S.nodeWidth + (used - 1) * S.nodeGapX;
  const gridLeft = S.margin + (innerWidth - gridWidth) / 2;
  const nodes: NodeLayout[] = [];
  let rowTop = S.margin + bandsHeight(S, bands);
  g.rowHeights.forEach((rowHeight, row) => {
    for (let col = 0; col < g.columns; col++) {
      const group = groups[row * g.columns + col];
      if (group === undefined) break;
      const x = gridLeft + col * (S.nodeWidth + S.nodeGapX);
      nodes.push(layoutGroup(S, group, x, rowTop, rowHeight, facts));
    }
    rowTop += rowHeight + S.nodeGapY;
  });

  const { places, areas } = placesOf(S, clients, balancers, nodes);
  return {
    sizes: S,
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
  const S = layout.sizes;
  const known = layout.places.get(at);
  if (known !== undefined) return known;
  if (previous !== null) return previous;
  if (at.startsWith('lb/')) {
    return { x: layout.width / 2, y: S.margin + clientsBand(S, layout.clients.length) + 29 };
  }
  return { x: layout.width / 2, y: layout.height / 2 };
}
