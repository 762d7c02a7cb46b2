// Simulated time: the clock moves forward, and everything that falls due on the way happens in
// order (containers starting, pods going away), with the controllers reacting after each step.
import { clearTimer, type Cluster, type Ctx } from '../api/cluster.ts';
import { syncAutoscaler } from './hpa.ts';
import { runNodeTimer } from './nodeLifecycle.ts';
import { nextTimer, runPodTimer } from './podLifecycle.ts';
import { reconcile } from './reconcile.ts';

/** Does whatever is due at `cluster.now`, oldest first. */
function runDueTimers(cluster: Cluster, ctx: Ctx): Cluster {
  const due = [...cluster.timers.values()]
    .filter((t) => t.at <= cluster.now)
    .sort((a, b) => a.at - b.at);
  for (const t of due) {
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
    cluster = { ...cluster, now: Math.max(cluster.now, next) };
    cluster = reconcile(runDueTimers(cluster, ctx), ctx);
  }
  return reconcile({ ...cluster, now: target }, ctx);
}
