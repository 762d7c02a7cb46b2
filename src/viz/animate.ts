// The packet that flies along a trace. Per frame only the packet group's `transform` changes;
// its label is rewritten once per hop, when the packet arrives.
import { easeCubicInOut, easeCubicOut, timeout } from 'd3';
import type { Selection, Timer } from 'd3';
// d3 is marked side-effect free, so without this import a production build drops the patch
// that gives selections `.transition()` (docs: notes/stack.md).
import 'd3-transition';
import type { Hop, Trace } from '../engine/index.ts';
import type { Box, Point } from './layout.ts';
import { packetLabel } from './packetLabel.ts';
import type { PacketLabel } from './packetLabel.ts';
import { vizText } from './text.ts';

export type AnimState = 'idle' | 'playing' | 'paused' | 'done';

export interface AnimatorHooks {
  /** Where a hop's `at` is drawn; for a place not in the picture, somewhere sensible near `previous`. */
  place(at: string, previous: Point | null): Point;
  /** Where this DNS hop's question goes (CoreDNS, for the kube-dns address), or null. */
  dnsPlace(hop: Hop): Point | null;
  /** Scale of the dot and label (viewBox units per label unit): keeps them readable on any screen. */
  labelScale(): number;
  /** The drawing's extent, so the label stays inside it. */
  bounds(): Box;
  /** What the label should not cover at a place (the element the packet is at). */
  avoid(at: string): Box | undefined;
  reducedMotion(): boolean;
  onArrive(index: number, hop: Hop): void;
  onState(state: AnimState): void;
}

export interface PacketAnimator {
  play(trace: Trace): void;
  /** Shows the packet at one hop, without animation (stepping, selecting a hop). */
  show(trace: Trace, index: number): void;
  /** Holds the packet at the hop it reached (or is flying to). */
  pause(): void;
  /** Goes on from the hop shown; after the last hop, plays the trace again. */
  resume(): void;
  /** 0.25 to 4: divides every move and rest. */
  setSpeed(speed: number): void;
  /** The layout moved: put the packet and its trail where the places are now. */
  relayout(): void;
  clear(): void;
  destroy(): void;
}

const LINE_HEIGHT = 19;
const LABEL_PAD = 10;
const CAPTION_HEIGHT = 18;

/** Where a packet stops for good, and what the marker there says. */
export function stopMark(trace: Trace, index: number): string | null {
  const hop = trace.hops[index];
  if (hop === undefined) return null;
  if (hop.action === 'reject') return 'REJECT';
  if (hop.action === 'drop')
    return trace.verdict === 'timeout' ? `DROP · ${vizText('viz.timeout')}` : 'DROP';
  return null;
}

/** The speeds the controls offer; anything else is clamped to this range. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

export function clampSpeed(speed: number): number {
  return Number.isFinite(speed) ? Math.min(4, Math.max(0.25, speed)) : 1;
}

function moveMs(from: Point, to: Point): number {
  const distance = Math.hypot(to.x - from.x, to.y - from.y);
  return Math.min(1000, Math.max(380, distance * 1.4));
}

/** How long the packet rests at a hop: longer where something was rewritten, to read it. */
function dwellMs(label: PacketLabel): number {
  const news = label.lines.some((line) => line.some((p) => p.kind === 'new' || p.kind === 'old'));
  return news ? 1300 : 560;
}

function samePoint(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
}

function translate(p: Point): string {
  return `translate(${p.x},${p.y})`;
}

export function createPacketAnimator(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  hooks: AnimatorHooks,
): PacketAnimator {
  const trail = layer.append('g').attr('class', 'packet-trail');
  const marks = layer.append('g').attr('class', 'packet-marks');
  const packet = layer.append('g').attr('class', 'packet').style('display', 'none');
  const body = packet.append('g').attr('class', 'packet-body');
  const halo = body.append('circle').attr('class', 'packet-halo').attr('r', 9);
  body.append('circle').attr('class', 'packet-dot').attr('r', 9);
  const label = packet.append('g').attr('class', 'packet-label');

  let generation = 0;
  let timer: Timer | null = null;
  let current: { trace: Trace; index: number } | null = null;
  let position: Point | null = null;
  let state: AnimState = 'idle';
  let speed = 1;

  function setState(next: AnimState): void {
    state = next;
    hooks.onState(next);
  }

  function stop(): void {
    generation++;
    timer?.stop();
    timer = null;
    packet.interrupt();
    halo.interrupt();
  }

  function setPosition(p: Point): void {
    position = p;
    packet.attr('transform', translate(p));
  }

  function renderLabel(content: PacketLabel, at: string): void {
    label.selectAll('*').remove();
    const bg = label.append('rect').attr('class', 'packet-label-bg').attr('rx', 8);
    label
      .append('text')
      .attr('class', 'packet-caption')
      .attr('x', LABEL_PAD)
      .attr('y', LABEL_PAD + 12)
      .text(content.caption);
    content.lines.forEach((line, i) => {
      const text = label
        .append('text')
        .attr('class', 'packet-line mono')
        .attr('x', LABEL_PAD)
        .attr('y', LABEL_PAD + CAPTION_HEIGHT + (i + 1) * LINE_HEIGHT - 4);
      for (const part of line) {
        text.append('tspan').attr('class', `part-${part.kind}`).text(part.text);
      }
    });
    const node = label.node();
    const size = node === null ? { width: 200, height: 60 } : node.getBBox();
    const width = size.width + 2 * LABEL_PAD;
    const height = CAPTION_HEIGHT + content.lines.length * LINE_HEIGHT + 2 * LABEL_PAD - 2;
    bg.attr('width', width).attr('height', height);
    highlightNewParts();
    placeLabel(width, height, at);
  }

  /** A marker-pen band behind each new address (SVG text has no background of its own). */
  function highlightNewParts(): void {
    label.selectAll<SVGTSpanElement, unknown>('tspan.part-new').each(function band() {
      const box = this.getBBox();
      label
        .insert('rect', 'text')
        .attr('class', 'packet-highlight')
        .attr('x', box.x - 2)
        .attr('y', box.y)
        .attr('width', box.width + 4)
        .attr('height', box.height)
        .attr('rx', 3);
    });
  }

  /**
   * The first spot around the packet that keeps the label inside the drawing and off the
   * element the packet is at: above, below, right, then left of it (slid sideways to fit).
   */
  function placeLabel(width: number, height: number, at: string): void {
    const k = hooks.labelScale();
    const p = position ?? { x: 0, y: 0 };
    const b = hooks.bounds();
    const w = width * k;
    const h = height * k;
    const gap = 12 * k;
    const a = hooks.avoid(at) ?? { x: p.x - gap, y: p.y - gap, width: 2 * gap, height: 2 * gap };
    const slide = (x: number): number => Math.max(b.x, Math.min(x, b.x + b.width - w));
    const candidates: Point[] = [
      { x: slide(p.x + gap), y: a.y - h - gap },
      { x: slide(p.x + gap), y: a.y + a.height + gap },
      { x: a.x + a.width + gap, y: p.y - h / 2 },
      { x: a.x - gap - w, y: p.y - h / 2 },
    ];
    const fits = (c: Point): boolean =>
      c.x >= b.x && c.y >= b.y && c.x + w <= b.x + b.width && c.y + h <= b.y + b.height;
    const clear = (c: Point): boolean =>
      c.x >= a.x + a.width || c.x + w <= a.x || c.y >= a.y + a.height || c.y + h <= a.y;
    const first = candidates[0] ?? p;
    const chosen = candidates.find((c) => fits(c) && clear(c)) ??
      candidates.find(fits) ?? {
        x: first.x,
        y: Math.min(Math.max(first.y, b.y), b.y + b.height - h),
      };
    body.attr('transform', `scale(${k})`);
    label.attr('transform', `translate(${chosen.x - p.x},${chosen.y - p.y}) scale(${k})`);
  }

  /** The hops' places from the first up to `upTo`, with unknown places resolved as the walk goes. */
  function placesUpTo(trace: Trace, upTo: number): Point[] {
    const points: Point[] = [];
    let previous: Point | null = null;
    for (let i = 0; i <= upTo && i < trace.hops.length; i++) {
      const hop = trace.hops[i];
      if (hop === undefined) break;
      previous = hooks.place(hop.at, previous);
      points.push(previous);
    }
    return points;
  }

  function drawTrail(trace: Trace, upTo: number): void {
    trail.selectAll('*').remove();
    marks.selectAll('*').remove();
    const points = placesUpTo(trace, upTo);
    points.forEach((here, i) => {
      const hop = trace.hops[i];
      const previous = points[i - 1];
      if (hop === undefined) return;
      if (previous !== undefined && !samePoint(previous, here)) {
        addTrailSegment(previous, here, hop.reply === true);
      }
      if (hop.action === 'dns') addDnsTrail(here, hop);
      addStopMark(trace, i, here);
    });
  }

  function addTrailSegment(from: Point, to: Point, reply: boolean): void {
    // Replies run back over the request's path: shift them a little so both stay visible.
    const shift = reply ? 5 : -5;
    trail
      .append('line')
      .attr('class', reply ? 'trail-reply' : 'trail-request')
      .attr('x1', from.x + shift)
      .attr('y1', from.y + shift)
      .attr('x2', to.x + shift)
      .attr('y2', to.y + shift);
  }

  /** The DNS question's round trip, dashed, from the asking pod to CoreDNS. */
  function addDnsTrail(from: Point, hop: Hop): void {
    const dns = hooks.dnsPlace(hop);
    if (dns === null || samePoint(dns, from)) return;
    trail
      .append('line')
      .attr('class', 'trail-dns')
      .attr('x1', from.x)
      .attr('y1', from.y)
      .attr('x2', dns.x)
      .attr('y2', dns.y);
  }

  /** An X where the packet was dropped or rejected, with what happened written beside it. */
  function addStopMark(trace: Trace, index: number, at: Point): void {
    const text = stopMark(trace, index);
    if (text === null) return;
    const k = hooks.labelScale();
    const hop = trace.hops[index];
    const g = marks
      .append('g')
      .attr('class', `stop-mark is-${hop?.action ?? 'drop'}`)
      .attr('data-stop', hop?.action ?? 'drop')
      .attr('transform', `${translate(at)} scale(${k})`);
    g.append('circle').attr('r', 17);
    g.append('path').attr('d', 'M-8,-8L8,8M8,-8L-8,8');
    g.append('text').attr('x', 0).attr('y', 36).text(text);
  }

  function arrive(trace: Trace, index: number): PacketLabel | null {
    const hop = trace.hops[index];
    if (hop === undefined) return null;
    current = { trace, index };
    const content = packetLabel(hop, trace.hops[index - 1] ?? null);
    packet
      .classed('is-reply', content.reply)
      .classed('is-dns', hop.action === 'dns')
      .classed('is-stopped', stopMark(trace, index) !== null)
      .style('display', null);
    renderLabel(content, hop.at);
    hooks.onArrive(index, hop);
    return content;
  }

  function pulse(): void {
    if (hooks.reducedMotion()) return;
    halo
      .interrupt()
      .attr('transform', 'scale(1)')
      .style('opacity', 0.55)
      .transition()
      .duration(520 / speed)
      .ease(easeCubicOut)
      .attr('transform', 'scale(2.4)')
      .style('opacity', 0);
  }

  /** A DNS hop: the question flies to CoreDNS and the answer back before the hop is shown. */
  function dnsExcursion(at: Point, hop: Hop, gen: number, then: () => void): void {
    const dns = hooks.dnsPlace(hop);
    if (dns === null || samePoint(dns, at) || hooks.reducedMotion()) {
      then();
      return;
    }
    packet.classed('is-dns', true).classed('is-reply', false);
    label.selectAll('*').remove();
    const ms = moveMs(at, dns) / speed;
    packet
      .transition()
      .duration(ms)
      .ease(easeCubicInOut)
      .attr('transform', translate(dns))
      .transition()
      .duration(ms)
      .ease(easeCubicInOut)
      .attr('transform', translate(at))
      .on('end', () => {
        if (gen === generation) then();
      });
  }

  /** Runs hops from `index` on; the packet is already drawn at `index - 1` (or nowhere). */
  function run(trace: Trace, index: number): void {
    const gen = generation;
    if (index >= trace.hops.length) {
      setState('done');
      return;
    }
    const hop = trace.hops[index];
    if (hop === undefined) return;
    const from = position;
    const target = hooks.place(hop.at, from);
    const landed = (): void => {
      if (gen !== generation) return;
      if (from !== null && !samePoint(from, target))
        addTrailSegment(from, target, hop.reply === true);
      setPosition(target);
      if (hop.action === 'dns') {
        dnsExcursion(target, hop, gen, () => settle());
        return;
      }
      settle();
    };
    const settle = (): void => {
      if (hop.action === 'dns') addDnsTrail(target, hop);
      addStopMark(trace, index, target);
      const content = arrive(trace, index);
      pulse();
      const last = index === trace.hops.length - 1;
      if (last) {
        setState('done');
        return;
      }
      const wait = content === null ? 0 : dwellMs(content) / speed;
      timer = timeout(() => run(trace, index + 1), wait);
    };
    if (from === null || samePoint(from, target) || hooks.reducedMotion()) {
      landed();
      return;
    }
    packet
      .transition()
      .duration(moveMs(from, target) / speed)
      .ease(easeCubicInOut)
      .attr('transform', translate(target))
      .on('end', landed);
  }

  function play(trace: Trace): void {
    stop();
    trail.selectAll('*').remove();
    marks.selectAll('*').remove();
    position = null;
    current = null;
    if (trace.hops.length === 0) {
      packet.style('display', 'none');
      setState('done');
      return;
    }
    setState('playing');
    run(trace, 0);
  }

  function show(trace: Trace, index: number): void {
    stop();
    const hop = trace.hops[index];
    if (hop === undefined) return;
    drawTrail(trace, index);
    const points = placesUpTo(trace, index);
    setPosition(points[points.length - 1] ?? hooks.place(hop.at, position));
    arrive(trace, index);
    setState('paused');
  }

  function relayout(): void {
    if (current === null) return;
    const { trace, index } = current;
    const resume = state === 'playing';
    const done = state === 'done';
    show(trace, index);
    if (done) setState('done');
    if (resume) {
      setState('playing');
      timer = timeout(() => run(trace, index + 1), 400 / speed);
    }
  }

  return {
    play,
    show,
    relayout,
    pause() {
      if (state !== 'playing' || current === null) return;
      // Hold at the last hop reached; a packet in flight goes back there.
      show(current.trace, current.index);
    },
    resume() {
      if (current === null) return;
      const { trace, index } = current;
      if (state === 'done' || index >= trace.hops.length - 1) {
        play(trace);
        return;
      }
      if (state === 'playing') return;
      stop();
      setState('playing');
      run(trace, index + 1);
    },
    setSpeed(next) {
      speed = clampSpeed(next);
    },
    clear() {
      stop();
      current = null;
      position = null;
      trail.selectAll('*').remove();
      marks.selectAll('*').remove();
      packet.style('display', 'none');
      setState('idle');
    },
    destroy() {
      stop();
      trail.remove();
      marks.remove();
      packet.remove();
    },
  };
}
