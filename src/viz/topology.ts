// The topology as a framework-free factory (after xyflow's XYPanZoom): values in, SVG out.
// React only owns its lifecycle (src/app/useTopology.ts); nothing here knows React or the store.
import { select, zoom, zoomIdentity } from 'd3';
import type { ZoomBehavior } from 'd3';
import type { ClusterView, Hop, Trace } from '../engine/index.ts';
import { createPacketAnimator } from './animate.ts';
import type { AnimState } from './animate.ts';
import { controlOf } from './controls.ts';
import type { Control } from './controls.ts';
import { drawScene } from './drawScene.ts';
import { createSwarm } from './swarm.ts';
import { fallbackPlace, layoutTopology } from './layout.ts';
import type { Box, PodLayout, TopologyLayout } from './layout.ts';
import { factsFromTrace, mergeFacts, NO_FACTS } from './sceneFacts.ts';
import type { SceneFacts } from './sceneFacts.ts';
import { setVizText, vizText, type VizText } from './text.ts';

export type { AnimState } from './animate.ts';
export type { SceneFacts } from './sceneFacts.ts';
export type { Control } from './controls.ts';

export interface TopologyOptions {
  /** The latest view; read again when the drawing area changes size. */
  getView(): ClusterView | null;
  /** Balancers and VIPs the view does not carry (read with the view). */
  getFacts?(): SceneFacts;
  /** A client, node or pod was clicked: its place ("node/w2-k8s", "pod/default/web-1"). */
  onSelect?(place: string): void;
  /** The packet reached hop `index` (once per hop, never per frame). */
  onHop?(index: number): void;
  onState?(state: AnimState): void;
  /** A control on the drawing was used (a node's power switch, a pod's delete button). */
  onControl?(control: Control): void;
  /** One of a load's packets was clicked: its index in the load's traces. */
  onPickPacket?(index: number): void;
  /**
   * The drawing's words (not names or addresses) in the reader's language; English without it.
   * `update` redraws them after a language change.
   */
  text?: VizText;
}

export interface Topology {
  /** Redraws for a new view (and facts, when given). */
  update(view: ClusterView | null, facts?: SceneFacts): void;
  play(trace: Trace): void;
  /** Stops any animation and shows the packet of hop `index` of the last trace. */
  showHop(index: number): void;
  /** Shows hop `index` of this trace (one of a load's packets) without flying it. */
  showTrace(trace: Trace, index: number): void;
  /** Flies every request of a `lab load` at once, each along its own trace. */
  playLoad(traces: readonly Trace[]): void;
  /** Marks one of the load's packets as chosen (null: none). */
  pickPacket(index: number | null): void;
  /** Zooms by a factor around the centre of the drawing. */
  zoomBy(factor: number): void;
  /** Back to the whole cluster in view (no zoom, no pan). */
  fit(): void;
  pause(): void;
  /** Goes on from the hop shown (plays the last trace again once it is done). */
  resume(): void;
  setSpeed(speed: number): void;
  /** Projector mode: larger type against the boxes, fewer details (layout.ts PROJECTOR_SIZES). */
  setProjector(on: boolean): void;
  destroy(): void;
}

/** Pod cards a frame adds to the drawing, at most (see drawInFrames). */
const NEW_CARDS_PER_FRAME = 30;

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function createTopology(svgElement: SVGSVGElement, options: TopologyOptions): Topology {
  setVizText(options.text);
  const svg = select(svgElement)
    // A group, not an image: the drawing holds controls (a pod's delete button, a node's switch).
    .attr('role', 'group')
    .attr('aria-label', vizText('viz.topology'))
    .attr('preserveAspectRatio', 'xMidYMid meet')
    .attr('data-anim-state', 'idle');
  // Zoom and pan move one group; the layout and the packets inside it keep viewBox units.
  const viewport = svg.append('g').attr('class', 'viewport');
  const scene = viewport.append('g').attr('class', 'scene');
  const packets = viewport.append('g').attr('class', 'packets');
  // A load's packets fly as HTML dots in a layer over the drawing, moved by CSS transforms: the
  // browser composites them without laying out or repainting the cluster's hundreds of cards and
  // texts underneath (measured by npm run bench:frames).
  const overlayElement = document.createElement('div');
  overlayElement.className = 'topology-overlay';
  svgElement.after(overlayElement);
  const overlay = select(overlayElement);
  /** The drawing's viewBox -> the layer's pixels (without zoom), read once per layout. */
  let base = { a: 1, d: 1, e: 0, f: 0 };
  /** The zoom and pan. */
  let zoomAt = { k: 1, x: 0, y: 0 };

  let view: ClusterView | null = options.getView();
  let facts: SceneFacts = options.getFacts?.() ?? NO_FACTS;
  let layout: TopologyLayout | null = null;
  let lastTrace: Trace | null = null;
  let frame = 0;
  /** The next frame's share of pod cards still to draw (see drawInFrames), or 0. */
  let moreCards = 0;
  let projector = false;
  let size: { width: number; height: number } | null = null;

  const bounds = (): Box => ({
    x: 0,
    y: 0,
    width: layout?.width ?? 0,
    height: layout?.height ?? 0,
  });

  function markCurrent(at: string | null): void {
    scene
      .selectAll<SVGGElement, unknown>('[data-place]')
      .classed('is-current', function isCurrent() {
        return at !== null && this.getAttribute('data-place') === at;
      });
  }

  function onArrive(index: number, hop: Hop): void {
    svg.attr('data-anim-hop', index);
    if (hop.action === 'deliver' && hop.at.startsWith('pod/')) {
      svg.attr('data-reached-pod', hop.at.slice('pod/'.length));
    }
    markCurrent(hop.at);
    options.onHop?.(index);
  }

  /**
   * viewBox units per screen pixel (at least 1): labels stay readable when drawn small. Worked out
   * from the sizes, not read from the DOM, which would force a layout of the whole drawing.
   */
  const screenScale = (): number => {
    const k = base.a * zoomAt.k;
    return k > 0 ? Math.max(1, 1 / k) : 1;
  };

  const animator = createPacketAnimator(packets, {
    place: (at, previous) =>
      layout === null ? (previous ?? { x: 0, y: 0 }) : fallbackPlace(layout, at, previous),
    dnsPlace: (hop) => {
      // Only questions sent to the kube-dns Service go to CoreDNS (not dnsPolicy: Default ones).
      const dns = layout?.dns ?? null;
      const host = hop.packet.dst.slice(0, hop.packet.dst.lastIndexOf(':'));
      return dns !== null && host === dns.address ? dns.place : null;
    },
    // The label's 15px text must stay readable when a large cluster is drawn small, and grow
    // with the drawing when it is drawn large (projectors).
    labelScale: () => {
      const base = screenScale();
      // Projector mode: 15px label text becomes 25px on screen, for the back row.
      return svgElement.closest('.is-projector') === null ? base : base * (5 / 3);
    },
    bounds,
    avoid: (at) => layout?.areas.get(at),
    reducedMotion,
    onArrive,
    onState: (state) => {
      svg.attr('data-anim-state', state);
      options.onState?.(state);
    },
  });

  const swarm = createSwarm(overlayElement, {
    place: (at, previous) =>
      layout === null ? (previous ?? { x: 0, y: 0 }) : fallbackPlace(layout, at, previous),
    toLayer: (p) => ({
      x: base.a * (zoomAt.k * p.x + zoomAt.x) + base.e,
      y: base.d * (zoomAt.k * p.y + zoomAt.y) + base.f,
    }),
    reducedMotion,
    onFlying: (count) => {
      svg.attr('data-packets-in-flight', count);
    },
  });

  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, 8])
    .on('zoom', (event: { transform: { toString(): string; k: number; x: number; y: number } }) => {
      const t = event.transform;
      viewport.attr('transform', t.toString());
      zoomAt = { k: t.k, x: t.x, y: t.y };
      svg.attr('data-zoom', t.k.toFixed(3));
      swarm.reproject();
    });
  svg.call(zoomer).on('dblclick.zoom', null);
  svg.attr('data-zoom', '1.000');

  /**
   * Draws the layout, at most NEW_CARDS_PER_FRAME new pod cards at a time: the rest come in the
   * next frames (a hundred cards at once held the page for 50 ms of script and as long again of
   * layout). Places are the layout's from the start, so a packet flies to a card not yet drawn.
   */
  function drawInFrames(target: TopologyLayout): void {
    cancelAnimationFrame(moreCards);
    moreCards = 0;
    const drawn = new Set(
      scene
        .selectAll<SVGGElement, PodLayout>('g.pod')
        .data()
        .map((d) => d.id),
    );
    let budget = NEW_CARDS_PER_FRAME;
    const nodes = target.nodes.map((n) => {
      const pods = n.pods.filter((p) => drawn.has(p.id) || budget-- > 0);
      return pods.length === n.pods.length ? n : { ...n, pods };
    });
    drawScene(scene, budget >= 0 ? target : { ...target, nodes }, !reducedMotion());
    if (budget < 0)
      moreCards = requestAnimationFrame(() => {
        moreCards = 0;
        if (layout === target) drawInFrames(target);
      });
  }

  function render(): void {
    if (view === null) {
      cancelAnimationFrame(moreCards);
      layout = null;
      scene.selectAll('*').remove();
      animator.clear();
      return;
    }
    const started = performance.now();
    const rect = size ?? measure();
    // Before the first layout pass the element may have no size; any sane aspect will do.
    const viewport =
      rect.width > 0 && rect.height > 0
        ? { width: rect.width, height: rect.height }
        : { width: 1200, height: 800 };
    // A trace can name balancers and VIPs the objects did not (yet): draw them too.
    const seen = lastTrace === null ? facts : mergeFacts(facts, factsFromTrace(lastTrace));
    // The last layout keeps every pod in its card slot: adding a pod moves no other card.
    layout = layoutTopology(view, viewport, seen, projector ? 'projector' : 'normal', layout);
    svg.attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
    // viewBox -> pixels under preserveAspectRatio="xMidYMid meet".
    const k = Math.min(viewport.width / layout.width, viewport.height / layout.height);
    base = {
      a: k,
      d: k,
      e: (viewport.width - layout.width * k) / 2,
      f: (viewport.height - layout.height * k) / 2,
    };
    drawInFrames(layout);
    animator.relayout();
    swarm.relayout();
    // User Timing: the frame benchmark reads how long a redraw (layout, D3 joins, packets) takes.
    // (Only the latest is kept; the benchmark collects them with a PerformanceObserver.)
    performance.clearMeasures('topology-render');
    performance.measure('topology-render', { start: started });
  }

  /** The drawing's size, and the packets' layer laid over it (read when the size changes). */
  function measure(): { width: number; height: number } {
    const rect = svgElement.getBoundingClientRect();
    const wrap = svgElement.parentElement?.getBoundingClientRect() ?? rect;
    overlay
      .style('left', `${rect.left - wrap.left}px`)
      .style('top', `${rect.top - wrap.top}px`)
      .style('width', `${rect.width}px`)
      .style('height', `${rect.height}px`);
    size = { width: rect.width, height: rect.height };
    return size;
  }

  // Re-layout when the drawing area changes (window resize, panels), at most once per frame. The
  // size is read here, where the browser has just laid the page out: read in the next frame, after
  // other changes, it forced a layout of the whole page (30 ms after a 40-node import).
  const resizeObserver = new ResizeObserver(() => {
    measure();
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      view = options.getView();
      facts = options.getFacts?.() ?? facts;
      render();
    });
  });
  resizeObserver.observe(svgElement);

  overlay.on('click', (event: MouseEvent) => {
    const dot = event.target instanceof Element ? event.target.closest('[data-packet]') : null;
    const index = dot === null ? NaN : Number(dot.getAttribute('data-packet'));
    if (Number.isInteger(index)) options.onPickPacket?.(index);
  });

  svg.on('click', (event: MouseEvent) => {
    const control = event.target instanceof Element ? event.target.closest('[data-control]') : null;
    const used = control === null ? null : controlOf(control);
    if (used !== null) {
      options.onControl?.(used);
      return;
    }
    const target = event.target instanceof Element ? event.target.closest('[data-place]') : null;
    const place = target?.getAttribute('data-place');
    if (place) options.onSelect?.(place);
  });

  // The controls are focusable: Enter (or Space) uses the focused one.
  svg.on('keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const control = event.target instanceof Element ? event.target.closest('[data-control]') : null;
    const used = control === null ? null : controlOf(control);
    if (used === null) return;
    event.preventDefault();
    event.stopPropagation();
    options.onControl?.(used);
  });

  render();

  return {
    update(next, nextFacts) {
      view = next;
      if (nextFacts !== undefined) facts = nextFacts;
      render();
    },
    play(trace) {
      const before = lastTrace;
      lastTrace = trace;
      // New balancers or VIPs in this trace change the picture before the packet flies.
      if (before !== trace) render();
      svg.attr('data-reached-pod', null).attr('data-anim-hop', null);
      markCurrent(null);
      animator.play(trace);
    },
    showHop(index) {
      if (lastTrace !== null) animator.show(lastTrace, index);
    },
    showTrace(trace, index) {
      lastTrace = trace;
      svg.attr('data-reached-pod', null).attr('data-anim-hop', null);
      animator.show(trace, index);
    },
    playLoad(traces) {
      // The load's packets replace the single packet on the picture.
      animator.clear();
      markCurrent(null);
      swarm.play(traces);
    },
    pickPacket: (index) => swarm.pick(index),
    zoomBy(factor) {
      svg
        .transition()
        .duration(reducedMotion() ? 0 : 250)
        .call(zoomer.scaleBy, factor);
    },
    fit() {
      svg
        .transition()
        .duration(reducedMotion() ? 0 : 300)
        .call(zoomer.transform, zoomIdentity);
    },
    pause: () => animator.pause(),
    resume: () => animator.resume(),
    setSpeed(speed) {
      animator.setSpeed(speed);
      swarm.setSpeed(speed);
    },
    setProjector(on) {
      if (on === projector) return;
      projector = on;
      render();
    },
    destroy() {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(moreCards);
      resizeObserver.disconnect();
      animator.destroy();
      swarm.destroy();
      svg.on('click', null).on('keydown', null).on('.zoom', null);
      viewport.remove();
      overlayElement.remove();
    },
  };
}
