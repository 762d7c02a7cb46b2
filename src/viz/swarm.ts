// Many packets at once (`lab load`): every request flies as its own dot along its own trace's
// hops, started a little after the one before, so a class sees the spread happen. The plan (paths
// and timings) is pure; the drawing touches only the dots in flight, one CSS `transform` per dot
// per frame, from one timer. Dots join and leave the DOM when they start and land.
import { timer } from 'd3';
import type { Timer } from 'd3';
import type { Trace } from '../engine/index.ts';
import type { Point } from './layout.ts';
import { vizText } from './text.ts';

/** One request's way through the picture: where it goes, and which legs are the reply. */
export interface FlightPath {
  readonly points: readonly Point[];
  /** For leg i (points[i] -> points[i+1]): true when it carries the reply. */
  readonly reply: readonly boolean[];
  /** The request ended in a drop or reject (the dot turns red where it stopped). */
  readonly stopped: boolean;
}

export interface Flight {
  readonly index: number;
  readonly path: FlightPath;
  /** Start time of the flight and of each leg (ms of swarm time), and its end. */
  readonly start: number;
  readonly legStarts: readonly number[];
  /** When the last leg lands (where a dropped packet stops). */
  readonly lastLegEnd: number;
  readonly end: number;
}

export interface SwarmPlan {
  readonly flights: readonly Flight[];
  readonly duration: number;
}

/** Leg speed (ms per viewBox unit) and the bounds of a leg; a short rest where the packet lands. */
const MS_PER_UNIT = 0.9;
const MIN_LEG_MS = 160;
const MAX_LEG_MS = 700;
const REST_MS = 90;

/** The whole run of N requests starts within about this long, however many there are. */
const SPREAD_MS = 9000;
const MIN_STAGGER_MS = 12;
const MAX_STAGGER_MS = 90;

function samePoint(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
}

/** The places a trace's hops are drawn at, consecutive repeats merged into one stop. */
export function flightPath(
  trace: Trace,
  place: (at: string, previous: Point | null) => Point,
): FlightPath {
  const points: Point[] = [];
  const reply: boolean[] = [];
  let previous: Point | null = null;
  for (const hop of trace.hops) {
    const here = place(hop.at, previous);
    if (previous === null || !samePoint(previous, here)) {
      if (previous !== null) reply.push(hop.reply === true);
      points.push(here);
    }
    previous = here;
  }
  const last = trace.hops[trace.hops.length - 1];
  const stopped = last?.action === 'drop' || last?.action === 'reject';
  return { points, reply, stopped };
}

export function legMs(from: Point, to: Point): number {
  const distance = Math.hypot(to.x - from.x, to.y - from.y);
  return Math.min(MAX_LEG_MS, Math.max(MIN_LEG_MS, distance * MS_PER_UNIT));
}

/** The gap between two requests' departures: N requests leave within SPREAD_MS. */
export function staggerMs(count: number): number {
  return Math.min(MAX_STAGGER_MS, Math.max(MIN_STAGGER_MS, SPREAD_MS / Math.max(1, count)));
}

export function planSwarm(paths: readonly FlightPath[]): SwarmPlan {
  const gap = staggerMs(paths.length);
  let duration = 0;
  const flights = paths.map((path, index): Flight => {
    const start = index * gap;
    const legStarts: number[] = [];
    let t = start;
    for (let i = 0; i + 1 < path.points.length; i++) {
      legStarts.push(t);
      t += legMs(path.points[i]!, path.points[i + 1]!) + REST_MS;
    }
    const lastLegEnd = t - (legStarts.length > 0 ? REST_MS : 0);
    // A packet that never moves (a one-place trace) still shows for a moment; a stopped one
    // stays a little longer where it stopped.
    const end = Math.max(t + (path.stopped ? 600 : 0), start + 400);
    duration = Math.max(duration, end);
    return { index, path, start, legStarts, lastLegEnd, end };
  });
  return { flights, duration };
}

function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/** Where a flight is at swarm time `t`, and whether it carries the reply then. */
export function flightAt(flight: Flight, t: number): { point: Point; reply: boolean } {
  const { points, reply } = flight.path;
  const first = points[0] ?? { x: 0, y: 0 };
  let leg = -1;
  for (let i = flight.legStarts.length - 1; i >= 0; i--) {
    if (t >= flight.legStarts[i]!) {
      leg = i;
      break;
    }
  }
  if (leg < 0) return { point: first, reply: false };
  const from = points[leg]!;
  const to = points[leg + 1]!;
  const travel = legMs(from, to);
  const f = Math.min(1, (t - flight.legStarts[leg]!) / travel);
  const k = easeInOut(f);
  return {
    point: { x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k },
    reply: reply[leg] ?? false,
  };
}

export interface SwarmHooks {
  place(at: string, previous: Point | null): Point;
  /** Where a point of the drawing (viewBox units) is on the layer, in CSS pixels (zoom included). */
  toLayer(p: Point): Point;
  reducedMotion(): boolean;
  /** How many dots are in flight, when that changes. */
  onFlying?(count: number): void;
}

export interface Swarm {
  /** Flies every trace (replacing a swarm still flying). */
  play(traces: readonly Trace[]): void;
  /** Marks one packet as the chosen one (its dot larger and ringed), or none. */
  pick(index: number | null): void;
  setSpeed(speed: number): void;
  /** The places moved (a new layout): the paths follow. */
  relayout(): void;
  /** The drawing moved on the screen (zoom, pan): the dots follow. */
  reproject(): void;
  clear(): void;
  destroy(): void;
}

/**
 * The dots are HTML elements over the drawing, moved by a CSS transform each frame: the browser
 * then composites them without laying out or repainting the cluster's SVG underneath.
 */
export function createSwarm(layer: HTMLElement, hooks: SwarmHooks): Swarm {
  const group = document.createElement('div');
  group.className = 'swarm';
  layer.append(group);
  let traces: readonly Trace[] = [];
  let plan: SwarmPlan | null = null;
  let clock: Timer | null = null;
  let now = 0;
  let lastReal: number | null = null;
  let speed = 1;
  let picked: number | null = null;
  let flyingCount = -1;
  /** The dots in the DOM, by packet index. */
  const dots = new Map<number, { el: HTMLElement; reply: boolean; stopped: boolean }>();

  function setFlying(count: number): void {
    if (count === flyingCount) return;
    flyingCount = count;
    group.dataset['inFlight'] = String(count);
    hooks.onFlying?.(count);
  }

  function dotFor(flight: Flight): HTMLElement {
    const el = document.createElement('div');
    el.className = flight.index === picked ? 'swarm-packet is-picked' : 'swarm-packet';
    el.dataset['packet'] = String(flight.index);
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', vizText('viz.request', { n: flight.index + 1 }));
    el.title = vizText('viz.requestTitle', { n: flight.index + 1 });
    const dot = document.createElement('span');
    dot.className = 'swarm-dot';
    el.append(dot);
    group.append(el);
    return el;
  }

  function frame(): void {
    if (plan === null) return;
    let flying = 0;
    for (const flight of plan.flights) {
      const active = now >= flight.start && now < flight.end;
      const dot = dots.get(flight.index);
      if (!active) {
        if (dot !== undefined) {
          dot.el.remove();
          dots.delete(flight.index);
        }
        continue;
      }
      flying++;
      const at = flightAt(flight, now);
      let entry = dot;
      if (entry === undefined) {
        entry = { el: dotFor(flight), reply: false, stopped: false };
        dots.set(flight.index, entry);
      }
      const p = hooks.toLayer(at.point);
      entry.el.style.transform = `translate(${p.x.toFixed(1)}px,${p.y.toFixed(1)}px)`;
      if (at.reply !== entry.reply) {
        entry.reply = at.reply;
        entry.el.classList.toggle('is-reply', at.reply);
      }
      // A dropped or rejected request turns red where it stopped.
      if (flight.path.stopped && !entry.stopped && now >= flight.lastLegEnd) {
        entry.stopped = true;
        entry.el.classList.add('is-stopped');
      }
    }
    setFlying(flying);
    if (now >= plan.duration) stopClock();
  }

  function stopClock(): void {
    clock?.stop();
    clock = null;
    lastReal = null;
  }

  function removeDots(): void {
    for (const dot of dots.values()) dot.el.remove();
    dots.clear();
  }

  function paths(): FlightPath[] {
    return traces.map((trace) => flightPath(trace, hooks.place));
  }

  return {
    play(next) {
      stopClock();
      removeDots();
      traces = next;
      picked = null;
      now = 0;
      // Reduced motion: nothing flies; the bars and the list of requests show the result.
      if (hooks.reducedMotion() || next.length === 0) {
        plan = null;
        setFlying(0);
        return;
      }
      plan = planSwarm(paths());
      clock = timer((elapsed) => {
        const dt = lastReal === null ? 0 : elapsed - lastReal;
        lastReal = elapsed;
        now += dt * speed;
        frame();
      });
      frame();
    },
    pick(index) {
      picked = index;
      for (const [i, dot] of dots) dot.el.classList.toggle('is-picked', i === index);
    },
    setSpeed(next) {
      speed = next;
    },
    relayout() {
      if (plan === null) return;
      // Same timings, new places: each dot goes on along its legs where they are drawn now.
      const fresh = paths();
      plan = {
        duration: plan.duration,
        flights: plan.flights.map((f, i) => ({ ...f, path: fresh[i] ?? f.path })),
      };
      frame();
    },
    reproject() {
      frame();
    },
    clear() {
      stopClock();
      removeDots();
      plan = null;
      traces = [];
      setFlying(0);
    },
    destroy() {
      stopClock();
      group.remove();
    },
  };
}
