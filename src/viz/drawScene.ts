// Draws the static part of the topology (clients, nodes, node ports, pods) from a layout.
// Keyed joins keep each element (and its data-* attributes) across updates; an element's content
// is simply redrawn, which is cheap because views change only when the cluster does.
import type { Selection } from 'd3';
import type { PodView } from '../engine/index.ts';
import { chipColour, shorten } from './chips.ts';
import { PROJECTOR_SIZES } from './layout.ts';
import { vizText } from './text.ts';
import type {
  BalancerLayout,
  Box,
  ClientLayout,
  NodeLayout,
  PodLayout,
  Sizes,
  TopologyLayout,
} from './layout.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

// Average glyph widths in em, measured on the fonts we fall back to (DejaVu/Liberation); the
// drawing estimates text widths instead of measuring the DOM, so it stays a function of the view.
const BOLD_CHAR_EM = 0.64;
/** The node power switch's track. */
const SWITCH_WIDTH = 34;
const MONO_CHAR_EM = 0.61;

/** Roughly how many characters fit in a width, given one character's width. */
function charsFor(width: number, charWidth: number): number {
  return Math.max(4, Math.floor(width / charWidth));
}

function drawClient(g: Selection<SVGGElement, ClientLayout, SVGGElement, unknown>, S: Sizes): void {
  const T = S.text;
  g.attr('data-client', (d) => d.name).attr('data-place', (d) => `client/${d.name}`);
  g.selectAll('*').remove();
  g.append('rect')
    .attr('class', 'client-box')
    .attr('x', (d) => d.box.x)
    .attr('y', (d) => d.box.y)
    .attr('width', (d) => d.box.width)
    .attr('height', (d) => d.box.height)
    .attr('rx', 10);
  // A small laptop: screen and base.
  g.append('rect')
    .attr('class', 'client-icon')
    .attr('x', (d) => d.box.x + 16)
    .attr('y', (d) => d.box.y + d.box.height / 2 - 12)
    .attr('width', 24)
    .attr('height', 16)
    .attr('rx', 2);
  g.append('rect')
    .attr('class', 'client-icon')
    .attr('x', (d) => d.box.x + 12)
    .attr('y', (d) => d.box.y + d.box.height / 2 + 6)
    .attr('width', 32)
    .attr('height', 4)
    .attr('rx', 2);
  g.append('text')
    .attr('class', 'client-name')
    .attr('x', (d) => d.box.x + 56)
    .attr('y', (d) => d.box.y + T.clientName.y)
    .style('font-size', `${T.clientName.size}px`)
    .text((d) => d.name);
  g.append('text')
    .attr('class', 'client-ip mono')
    .attr('x', (d) => d.box.x + 56)
    .attr('y', (d) => d.box.y + T.clientIp.y)
    .style('font-size', `${T.clientIp.size}px`)
    .text((d) => d.ip);
}

function drawBalancer(
  g: Selection<SVGGElement, BalancerLayout, SVGGElement, unknown>,
  S: Sizes,
): void {
  const T = S.text;
  g.attr('data-lb', (d) => d.name).attr('data-place', (d) => `lb/${d.name}`);
  g.selectAll('*').remove();
  g.append('title').text((d) =>
    [`load balancer ${d.name}`, d.address, d.service === null ? '' : `Service ${d.service}`]
      .filter((line) => line !== '')
      .join('\n'),
  );
  g.append('rect')
    .attr('class', 'lb-box')
    .attr('x', (d) => d.box.x)
    .attr('y', (d) => d.box.y)
    .attr('width', (d) => d.box.width)
    .attr('height', (d) => d.box.height)
    .attr('rx', 10);
  // A fan-out icon: one line in, three out.
  const icon = g.append('g').attr('class', 'lb-icon');
  icon
    .append('circle')
    .attr('cx', (d) => d.box.x + 28)
    .attr('cy', (d) => d.box.y + d.box.height / 2)
    .attr('r', 12);
  for (const dy of [-8, 0, 8]) {
    icon
      .append('line')
      .attr('x1', (d) => d.box.x + 28)
      .attr('y1', (d) => d.box.y + d.box.height / 2)
      .attr('x2', (d) => d.box.x + 44)
      .attr('y2', (d) => d.box.y + d.box.height / 2 + dy);
  }
  g.append('text')
    .attr('class', 'lb-name')
    .attr('x', (d) => d.box.x + 54)
    .attr('y', (d) => d.box.y + T.clientName.y)
    .style('font-size', `${T.clientName.size}px`)
    .text((d) =>
      d.service === null ? vizText('viz.loadBalancer') : `LB ${d.service.split('/')[1] ?? ''}`,
    );
  g.append('text')
    .attr('class', 'lb-address mono')
    .attr('x', (d) => d.box.x + 54)
    .attr('y', (d) => d.box.y + T.clientIp.y)
    .style('font-size', `${T.clientIp.size}px`)
    .text((d) => shorten(d.address, charsFor(d.box.width - 64, MONO_CHAR_EM * T.clientIp.size)));
}

function drawPod(g: Selection<SVGGElement, PodLayout, SVGGElement, unknown>, S: Sizes): void {
  const T = S.text;
  g.attr('data-pod', (d) => d.id)
    .attr('data-place', (d) => `pod/${d.id}`)
    .classed('is-not-ready', (d) => !d.pod.ready)
    .classed('is-terminating', (d) => d.pod.phase === 'Terminating')
    .classed('is-ingress', (d) => isIngressController(d));
  g.selectAll('*').remove();
  g.append('title').text((d) => {
    const labels = Object.entries(d.pod.labels).map(([k, v]) => `${k}=${v}`);
    return [`${d.id} (${d.pod.phase})`, d.pod.ip ?? 'no IP yet', ...labels].join('\n');
  });
  g.append('rect')
    .attr('class', 'pod-card')
    .attr('x', 0)
    .attr('y', 0)
    .attr('width', (d) => d.box.width)
    .attr('height', (d) => d.box.height)
    .attr('rx', 7);
  g.append('circle')
    .attr('class', 'pod-ready')
    .attr('cx', 13)
    .attr('cy', T.podName.y - T.podName.size * 0.36)
    .attr('r', 4.5);
  g.append('text')
    .attr('class', 'pod-name')
    .attr('x', 24)
    .attr('y', T.podName.y)
    .style('font-size', `${T.podName.size}px`)
    .text((d) => {
      const tag = (isIngressController(d) ? 56 : 0) + (S.details ? 2 * DELETE_INSET : 0);
      return shorten(d.pod.name, charsFor(d.box.width - 32 - tag, BOLD_CHAR_EM * T.podName.size));
    });
  g.append('text')
    .attr('class', 'pod-ip mono')
    .attr('x', 24)
    .attr('y', T.podIp.y)
    .style('font-size', `${T.podIp.size}px`)
    .text(podAddress);
  // The delete button: an x in the card's top-right corner (`kubectl delete pod NAME`).
  const remove = g
    .filter((d) => S.details && d.pod.phase !== 'Terminating')
    .append('g')
    .attr('class', 'pod-delete')
    .attr('data-control', 'delete-pod')
    .attr('data-target-pod', (d) => d.id)
    .attr('role', 'button')
    .attr('tabindex', 0)
    .attr('aria-label', (d) => vizText('viz.deletePod', { pod: d.pod.name }));
  remove.append('title').text((d) => `kubectl delete pod ${d.pod.name}`);
  remove
    .append('circle')
    .attr('cx', (d) => d.box.width - DELETE_INSET)
    .attr('cy', DELETE_INSET)
    .attr('r', 8);
  remove.append('path').attr('d', (d) => {
    const cx = d.box.width - DELETE_INSET;
    const cy = DELETE_INSET;
    return `M${cx - 3.5},${cy - 3.5}L${cx + 3.5},${cy + 3.5}M${cx + 3.5},${cy - 3.5}L${cx - 3.5},${cy + 3.5}`;
  });
  g.filter(isIngressController)
    .append('text')
    .attr('class', 'pod-tag')
    .attr('x', (d) => d.box.width - 10 - (S.details ? 2 * DELETE_INSET : 0))
    .attr('y', T.podName.y)
    .text('ingress');
  g.filter(() => S.details)
    .append('g')
    .attr('class', 'pod-chips')
    .selectAll('rect')
    .data(chipsOf)
    .join('rect')
    .attr('x', (c) => c.x)
    .attr('y', (c) => c.y)
    .attr('width', CHIP)
    .attr('height', CHIP)
    .attr('rx', 2)
    .attr('fill', (c) => c.colour);
}

/**
 * ingress-nginx's controller pods, by the label its manifests give every object (old releases
 * have no component label; the admission jobs of new ones say admission-webhook).
 */
function isIngressController(d: PodLayout): boolean {
  return (
    d.pod.labels['app.kubernetes.io/name'] === 'ingress-nginx' &&
    d.pod.labels['app.kubernetes.io/component'] !== 'admission-webhook'
  );
}

/** The pod's address, and while it is not Running its status too (ContainerCreating, Terminating). */
function podAddress(d: PodLayout): string {
  if (d.pod.ip === null) return d.pod.phase;
  return d.pod.phase === 'Running' ? d.pod.ip : `${d.pod.ip} · ${d.pod.phase}`;
}

interface Chip {
  readonly x: number;
  readonly y: number;
  readonly colour: string;
}

const CHIP = 9;
/** Distance of the delete button's centre from the card's top-right corner. */
const DELETE_INSET = 13;
const CHIP_STEP = 12;

/** Chips right-aligned on the address line, as many as fit after the address (at most four). */
function chipsOf(d: PodLayout): Chip[] {
  const addressEnd = 24 + podAddress(d).length * MONO_CHAR_EM * 12;
  const room = Math.floor((d.box.width - 10 - addressEnd) / CHIP_STEP);
  const labels = Object.entries(d.pod.labels)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(0, Math.max(0, Math.min(4, room)));
  return labels.map(([k, v], i) => ({
    x: d.box.width - 10 - (labels.length - i) * CHIP_STEP + (CHIP_STEP - CHIP),
    y: 29,
    colour: chipColour(k, v),
  }));
}

/** What a pod card shows; a card whose signature did not change is not redrawn. */
const drawn = new WeakMap<Element, string>();

function podSignature(d: PodLayout, S: Sizes): string {
  return `${S === PROJECTOR_SIZES ? 'p' : 'n'}|${d.box.width}|${d.box.height}|${JSON.stringify(d.pod)}`;
}

/** A card's place in its node (the data's box is relative to the node's corner). */
const translateOf = (d: PodLayout): string => `translate(${d.box.x},${d.box.y})`;

/** A card's current place, from its transform attribute (null when it has none). */
function placeOf(el: Element): { x: number; y: number } | null {
  const m = /translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)/.exec(
    el.getAttribute('transform') ?? '',
  );
  return m === null ? null : { x: Number(m[1]), y: Number(m[2]) };
}

/** How long pods take to appear, leave and move to a new place (ms). */
const POD_MS = 350;

/**
 * More cards than this coming, going or moving at once change without animating: each animated
 * card makes the browser lay out and paint the picture again in every frame of the transition.
 */
const MAX_ANIMATED = 24;

function drawPods(
  g: Selection<SVGGElement, NodeLayout, SVGGElement, unknown>,
  S: Sizes,
  animate: boolean,
): void {
  // Cards sit in a group at the node's corner, placed relative to it: when the whole node moves
  // (a resize, a row above growing) the cards go with it at once, and only a card whose place in
  // its node changed slides.
  const holder = g
    .selectAll<SVGGElement, NodeLayout>(':scope > g.node-pods')
    .data((d) => [d])
    .join('g')
    .attr('class', 'node-pods')
    .attr('transform', (d) => `translate(${d.box.x},${d.box.y})`);
  holder
    .selectAll<SVGGElement, PodLayout>('g.pod')
    .data(
      (d) =>
        d.pods.map((p) => ({
          ...p,
          box: { ...p.box, x: p.box.x - d.box.x, y: p.box.y - d.box.y },
        })),
      (p) => p.id,
    )
    .join(
      (enter) => {
        const added = enter.append('g').attr('class', 'pod').attr('transform', translateOf);
        if (animate && added.size() <= MAX_ANIMATED) {
          added
            .style('opacity', 0)
            .transition('pod-in')
            .duration(POD_MS)
            .style('opacity', 1)
            // The stylesheet decides from here on (a Terminating pod is drawn faded).
            .on('end', function done() {
              this.style.removeProperty('opacity');
            });
        }
        return added;
      },
      (update) => {
        // A card whose place changed slides there (or jumps, with reduced motion).
        const moved = update.filter(function hasMoved(d) {
          return this.getAttribute('transform') !== translateOf(d);
        });
        if (animate && moved.size() <= MAX_ANIMATED) {
          // Interpolated in our own format, so the attribute ends exactly as translateOf says.
          moved
            .transition('pod-move')
            .duration(POD_MS)
            .attrTween('transform', function slide(d) {
              const from = placeOf(this) ?? d.box;
              return (t) =>
                t >= 1
                  ? translateOf(d)
                  : `translate(${from.x + (d.box.x - from.x) * t},${from.y + (d.box.y - from.y) * t})`;
            });
        } else moved.attr('transform', translateOf);
        return update;
      },
      (exit) => {
        // A pod that is gone fades out; it is no longer a place or a pod for anyone asking.
        const leaving = exit
          .attr('data-pod', null)
          .attr('data-place', null)
          .attr('class', 'pod-leaving');
        if (animate && leaving.size() <= MAX_ANIMATED) {
          leaving
            .interrupt('pod-in')
            .transition('pod-out')
            .duration(POD_MS)
            .style('opacity', 0)
            .remove();
        } else leaving.remove();
      },
    )
    .filter(function changed(d) {
      const signature = podSignature(d, S);
      if (drawn.get(this) === signature) return false;
      drawn.set(this, signature);
      return true;
    })
    .call(drawPod, S);
}

/** What a node's frame shows (its words too, in the language in use). */
function frameSignature(d: NodeLayout, S: Sizes): string {
  const names = (pods: readonly PodView[]) =>
    pods.slice(0, SUMMARY_NAMES).map((p) => `${p.namespace}/${p.name}`);
  return JSON.stringify([
    S === PROJECTOR_SIZES,
    vizText('viz.controlPlane'),
    d.box,
    d.node,
    d.ports,
    d.vips,
    d.slots.length === 0,
    d.systemBox,
    d.systemPods.length,
    names(d.systemPods),
    d.moreBox,
    d.morePods.length,
    names(d.morePods),
  ]);
}

/** Names in a summary line's tooltip, at most (the rest as "…"). */
const SUMMARY_NAMES = 30;

/** A node's one-line summary of pods without cards (system pods, pods past its share). */
function summaryLine(
  frame: Selection<SVGGElement, NodeLayout, SVGGElement, unknown>,
  S: Sizes,
  className: string,
  boxOf: (d: NodeLayout) => Box | null,
  podsOf: (d: NodeLayout) => readonly PodView[],
  text: (n: number) => string,
): void {
  const line = frame
    .filter((d) => boxOf(d) !== null)
    .append('g')
    .attr('class', className);
  line.append('title').text((d) => {
    const pods = podsOf(d);
    const names = pods.slice(0, SUMMARY_NAMES).map((p) => `${p.namespace}/${p.name}`);
    return pods.length > SUMMARY_NAMES ? [...names, '…'].join('\n') : names.join('\n');
  });
  line
    .append('rect')
    .attr('x', (d) => boxOf(d)?.x ?? 0)
    .attr('y', (d) => boxOf(d)?.y ?? 0)
    .attr('width', (d) => boxOf(d)?.width ?? 0)
    .attr('height', (d) => boxOf(d)?.height ?? 0)
    .attr('rx', 6);
  line
    .append('text')
    .attr('x', (d) => (boxOf(d)?.x ?? 0) + 10)
    .attr('y', (d) => (boxOf(d)?.y ?? 0) + S.systemLine / 2 + S.text.small * 0.37)
    .style('font-size', `${S.text.small}px`)
    .text((d) => text(podsOf(d).length));
}

function drawNode(
  g: Selection<SVGGElement, NodeLayout, SVGGElement, unknown>,
  S: Sizes,
  animate: boolean,
): void {
  const T = S.text;
  g.attr('data-node', (d) => (d.node === null ? null : d.name))
    .attr('data-place', (d) => (d.node === null ? null : `node/${d.name}`))
    .classed('is-unscheduled', (d) => d.node === null)
    .classed('is-not-ready', (d) => d.node !== null && !d.node.ready)
    .classed('is-powered-off', (d) => d.node?.poweredOff === true)
    .classed('is-control-plane', (d) => d.node?.role === 'control-plane');
  // The frame (box, texts, ports) is redrawn when what it shows changed, as a pod card is: time
  // passing redraws every node every second, and a picture of 40 nodes has thousands of frame
  // elements. Pods are joined by id after it, so they stay on top.
  const frame = g
    .selectAll<SVGGElement, NodeLayout>(':scope > g.node-frame')
    .data((d) => [d])
    .join((enter) => enter.insert('g', ':first-child').attr('class', 'node-frame'))
    .filter(function changed(d) {
      const signature = frameSignature(d, S);
      if (drawn.get(this) === signature) return false;
      drawn.set(this, signature);
      return true;
    });
  frame.selectAll('*').remove();
  frame
    .append('rect')
    .attr('class', 'node-box')
    .attr('x', (d) => d.box.x)
    .attr('y', (d) => d.box.y)
    .attr('width', (d) => d.box.width)
    .attr('height', (d) => d.box.height)
    .attr('rx', 12);
  frame
    .append('text')
    .attr('class', 'node-name')
    .attr('x', (d) => d.box.x + 16)
    .attr('y', (d) => d.box.y + T.nodeName.y)
    .style('font-size', `${T.nodeName.size}px`)
    .text((d) => d.node?.name ?? vizText('viz.notScheduled'));
  // The power switch, top right (`lab node down|up NODE`).
  const power = frame
    .filter((d) => S.details && d.node !== null)
    .append('g')
    .attr('class', 'node-power')
    .classed('is-on', (d) => d.node?.poweredOff !== true)
    .attr('data-control', 'power')
    .attr('data-target-node', (d) => d.name)
    .attr('data-turn-on', (d) => String(d.node?.poweredOff === true))
    .attr('role', 'switch')
    .attr('tabindex', 0)
    .attr('aria-checked', (d) => String(d.node?.poweredOff !== true))
    .attr('aria-label', (d) => vizText('viz.power', { node: d.name }));
  power
    .append('title')
    .text((d) => `lab node ${d.node?.poweredOff === true ? 'up' : 'down'} ${d.name}`);
  power
    .append('rect')
    .attr('class', 'node-power-track')
    .attr('x', (d) => d.box.x + d.box.width - 16 - SWITCH_WIDTH)
    .attr('y', (d) => d.box.y + 16)
    .attr('width', SWITCH_WIDTH)
    .attr('height', 18)
    .attr('rx', 9);
  power
    .append('circle')
    .attr('class', 'node-power-knob')
    .attr('cx', (d) =>
      d.node?.poweredOff === true
        ? d.box.x + d.box.width - 16 - SWITCH_WIDTH + 9
        : d.box.x + d.box.width - 16 - 9,
    )
    .attr('cy', (d) => d.box.y + 25)
    .attr('r', 6.5);
  frame
    .append('text')
    .attr('class', 'node-role')
    .attr('x', (d) => d.box.x + d.box.width - (S.details ? 24 + SWITCH_WIDTH : 16))
    .attr('y', (d) => d.box.y + T.nodeRole.y)
    .style('font-size', `${T.nodeRole.size}px`)
    .text((d) => {
      if (d.node === null) return '';
      if (d.node.poweredOff) return vizText('viz.poweredOff');
      if (!d.node.ready) return 'NotReady';
      return d.node.role === 'control-plane' ? vizText('viz.controlPlane') : '';
    });
  frame
    .append('text')
    .attr('class', 'node-ip mono')
    .attr('x', (d) => d.box.x + 16)
    .attr('y', (d) => d.box.y + T.nodeIp.y)
    .style('font-size', `${T.nodeIp.size}px`)
    .text((d) => d.node?.ip ?? '');
  frame
    .filter(() => T.nodeCidr !== null)
    .append('text')
    .attr('class', 'node-cidr mono')
    .attr('x', (d) => d.box.x + 16)
    .attr('y', (d) => d.box.y + (T.nodeCidr?.y ?? 0))
    .style('font-size', `${T.nodeCidr?.size ?? 0}px`)
    .text((d) => (d.node === null ? '' : `pod CIDR ${d.node.podCIDR}`));
  frame
    // By its slots: while cards are drawn over several frames (topology.ts), a node has its slots.
    .filter((d) => d.slots.length === 0)
    .append('text')
    .attr('class', 'node-empty')
    .attr('x', (d) => d.box.x + 16)
    .attr('y', (d) => d.box.y + S.nodeHeader + 16)
    .style('font-size', `${T.small}px`)
    .text(vizText('viz.noAppPods'));

  const ports = frame
    .selectAll<SVGGElement, NodeLayout['ports'][number]>('g.node-port')
    .data((d) => d.ports)
    .join('g')
    .attr('class', 'node-port');
  ports.append('title').text((p) => p.title);
  ports
    .append('rect')
    .attr('x', (p) => p.box.x)
    .attr('y', (p) => p.box.y)
    .attr('width', (p) => p.box.width)
    .attr('height', (p) => p.box.height)
    .attr('rx', (p) => p.box.height / 2);
  ports
    .append('text')
    .attr('x', (p) => p.box.x + p.box.width / 2)
    .attr('y', (p) => p.box.y + p.box.height / 2 + T.badge * 0.37)
    .style('font-size', `${T.badge}px`)
    .text((p) => p.label);

  const vips = frame
    .selectAll<SVGGElement, NodeLayout['vips'][number]>('g.node-vip')
    .data((d) => d.vips)
    .join('g')
    .attr('class', 'node-vip')
    .attr('data-vip', (p) => p.label.replace(/^VIP /, ''));
  vips.append('title').text((p) => p.title);
  vips
    .append('rect')
    .attr('x', (p) => p.box.x)
    .attr('y', (p) => p.box.y)
    .attr('width', (p) => p.box.width)
    .attr('height', (p) => p.box.height)
    .attr('rx', 4);
  vips
    .append('text')
    .attr('x', (p) => p.box.x + p.box.width / 2)
    .attr('y', (p) => p.box.y + p.box.height / 2 + T.badge * 0.37)
    .style('font-size', `${T.badge}px`)
    .text((p) => p.label);

  summaryLine(
    frame,
    S,
    'node-system',
    (d) => d.systemBox,
    (d) => d.systemPods,
    (n) => vizText(n === 1 ? 'viz.systemPod' : 'viz.systemPods', { n }),
  );
  summaryLine(
    frame,
    S,
    'node-more',
    (d) => d.moreBox,
    (d) => d.morePods,
    (n) => vizText(n === 1 ? 'viz.morePod' : 'viz.morePods', { n }),
  );

  drawPods(g, S, animate);
}

/** Draws the layout; `animate` lets pods fade in and out and slide to new places. */
export function drawScene(layer: Layer, layout: TopologyLayout, animate = false): void {
  layer
    .selectAll<SVGGElement, ClientLayout>('g.client')
    .data(layout.clients, (c) => c.name)
    .join('g')
    .attr('class', 'client')
    .call(drawClient, layout.sizes);
  layer
    .selectAll<SVGGElement, BalancerLayout>('g.lb')
    .data(layout.balancers, (b) => b.name)
    .join('g')
    .attr('class', 'lb')
    .call(drawBalancer, layout.sizes);
  layer
    .selectAll<SVGGElement, NodeLayout>('g.node')
    .data(layout.nodes, (n) => (n.node === null ? ' unscheduled' : n.name))
    .join('g')
    .attr('class', 'node')
    .call(drawNode, layout.sizes, animate);
}
