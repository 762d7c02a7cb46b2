// Simulated time: the clock moves forward, and everything that falls due on the way happens in
// order (containers starting, pods going away), with the controllers reacting after each step.
import { clearTimer, timerOf, timerOrder, type Cluster, type Ctx } from '../api/cluster.ts';
import { syncAutoscaler } from './hpa.ts';
import { runNodeTimer } from './nodeLifecycle.ts';
import { nextTimer, runPodTimer } from './podLifecycle.ts';
import { reconcile } from './reconcile.ts';

/**
 * How long the controllers may lag behind the kubelets: timers falling due within this window run
 * (each at its own time) before the controllers react once. The real controllers batch too: their
 * work queues coalesce the events that arrive while they are busy.
 */
const REACTION_WINDOW_MS = 1000;

/** Does whatever falls due up to `until`, oldest first, each at its own time. */
function runDueTimers(cluster: Cluster, ctx: Ctx, until: number): Cluster {
  const due = [...cluster.timers.values()].filter((t) => t.at <= until).sort(timerOrder);
  for (const t of due) {
    // A timer run earlier in the batch may have cleared or moved this one.
    if (timerOf(cluster, t.kind, t.key) !== t) continue;
    cluster = { ...cluster, now: Math.max(cluster.now, t.at) };
    cluster = clearTimer(cluster, t.kind, t.key);
    if (t.kind === 'hpa-sync') cluster = syncAutoscaler(cluster, ctx, t.key);
    else
      cluster = t.kind.startsWith('node-')
        ? runNodeTimer(cluster, ctx, t)
        : runPodTimer(cluster, ctx, t);
  }
  return cluster;
}

export function advance(cluster: Cluster, ctx: Ctx, millis: number): Cluster {
  const target = cluster.now + millis;
  // A bound on steps, so a controller bug that keeps scheduling work cannot hang the page.
  for (let step = 0; step < 10000; step++) {
    const next = nextTimer(cluster);
    if (next === null || next > target) break;
    cluster = runDueTimers(
      cluster,
      ctx,
      Math.min(target, Math.max(next, cluster.now) + REACTION_WINDOW_MS),
    );
    cluster = reconcile(cluster, ctx);
  }
  return reconcile({ ...cluster, now: target }, ctx);
}
