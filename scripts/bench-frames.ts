// `npm run bench:frames`: how smoothly the topology animates, measured in headless Chromium.
// Builds the app, serves it, opens the benchmark cluster (`#/playground?bench=1`: ten nodes, 100
// pods), sends a load so that 50 or more packets fly at once, and records requestAnimationFrame
// times for a few seconds; then times the topology's redraw for changes of 100 pods (relabelled,
// scaled up from zero). Prints the figures; targets: frame p95 <= 16.7 ms, redraw < 50 ms.
// Options: --no-build (serve the last build), --seconds N (recording length, default 5),
// --requests N (the load, default 200), --size WxH (default 1920x1080), --screenshot FILE (a
// picture of the packets in flight).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { build, preview } from 'vite';

const FRAME_BUDGET_MS = 1000 / 60;
const REDRAW_TARGET_MS = 50;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const outDir = join(tmpdir(), 'k8s-lab-bench-frames');
const seconds = Number(option('--seconds', '5'));
const requests = Number(option('--requests', '200'));
const [width = 1920, height = 1080] = option('--size', '1920x1080').split('x').map(Number);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;

interface FrameRecord {
  readonly deltas: number[];
  readonly flying: number[];
  readonly longTasks: number[];
  /** Main-thread CPU time per frame (ms), from a Chromium trace; unaffected by other processes. */
  cpu?: number[];
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
}

/**
 * The renderer main thread's CPU time per frame: its tasks' thread time, bucketed between
 * successive animation frames. On a busy machine frame intervals stretch when the page is not
 * scheduled; this says how much work a frame itself costs.
 */
function cpuPerFrame(events: readonly TraceEvent[]): number[] {
  const frames = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X');
  const main = frames[0]?.tid;
  if (main === undefined) return [];
  // One event per requestAnimationFrame callback: callbacks of one frame run within a few ms.
  const starts: number[] = [];
  for (const ts of frames.map((e) => e.ts).sort((a, b) => a - b)) {
    if (starts.length === 0 || ts - starts[starts.length - 1]! > 4000) starts.push(ts);
  }
  const tasks = events.filter((e) => e.tid === main && e.name === 'RunTask' && e.ph === 'X');
  const sums = new Array<number>(Math.max(0, starts.length - 1)).fill(0);
  for (const task of tasks) {
    // The frame whose interval the task ends in (a frame's task starts just before its
    // animation-frame callbacks run).
    const end = task.ts + (task.dur ?? 0);
    let lo = 0;
    let hi = starts.length - 1;
    if (end < starts[0]! || end >= starts[hi]!) continue;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= end) lo = mid;
      else hi = mid;
    }
    sums[lo]! += (task.tdur ?? task.dur ?? 0) / 1000;
  }
  return sums;
}

/** rAF timestamps for `seconds`, with the number of packets in flight at each frame. */
async function recordFrames(page: Page, seconds: number): Promise<FrameRecord> {
  return page.evaluate(async (duration) => {
    const svg = document.querySelector('[data-testid="topology"]');
    const deltas: number[] = [];
    const flying: number[] = [];
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    try {
      observer.observe({ type: 'longtask' });
    } catch {
      // Long tasks are a Chromium extra; frame times are what counts.
    }
    await new Promise<void>((resolve) => {
      let last: number | null = null;
      let start: number | null = null;
      const frame = (t: number) => {
        if (last !== null) deltas.push(t - last);
        flying.push(Number(svg?.getAttribute('data-packets-in-flight') ?? 0));
        last = t;
        start ??= t;
        if (t - start < duration * 1000) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    observer.disconnect();
    return { deltas, flying, longTasks };
  }, seconds);
}

interface Redraw {
  /** Layout and D3 joins (the topology's own `topology-render` measures). */
  readonly render: number[];
  /** From the command to the next painted frame: engine, store, React, D3, style, layout, paint. */
  readonly painted: number;
  /** The command's round trip: the engine's worker, then the store and the topology's update. */
  readonly script: number;
}

/** Runs a shell line through the page and times the topology's redraw it causes. */
async function timeRedraw(page: Page, line: string): Promise<Redraw> {
  return page.evaluate(async (command) => {
    const render: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'topology-render') render.push(entry.duration);
      }
    });
    observer.observe({ type: 'measure' });
    const t0 = performance.now();
    const ran = await window.labBench!.run(command);
    const t1 = performance.now();
    if (ran.exitCode !== 0) throw new Error(`${command}: ${ran.stderr}`);
    // The frame after the next one has painted what the command changed.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const t2 = performance.now();
    // Measures are delivered to observers asynchronously.
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    return { render, painted: t2 - t0, script: t1 - t0 };
  }, line);
}

function frameSummary(title: string, record: FrameRecord): boolean {
  const sorted = [...record.deltas].sort((a, b) => a - b);
  const dropped = record.deltas.reduce(
    (sum, d) => sum + Math.max(0, Math.round(d / FRAME_BUDGET_MS) - 1),
    0,
  );
  const flying = [...record.flying].sort((a, b) => a - b);
  const p95 = quantile(sorted, 0.95);
  // Frame timestamps jitter by a few tenths of a millisecond around the 60 Hz period.
  const ok = p95 <= FRAME_BUDGET_MS + 0.3;
  const cpu = [...(record.cpu ?? [])].sort((a, b) => a - b);
  process.stdout.write(
    `${title}\n` +
      `  frames ${sorted.length}, packets in flight min ${flying[0] ?? 0} / median ${quantile(flying, 0.5)} / max ${flying[flying.length - 1] ?? 0}\n` +
      `  frame time p50 ${ms(quantile(sorted, 0.5))}, p95 ${ms(p95)}, max ${ms(sorted[sorted.length - 1] ?? NaN)}\n` +
      `  dropped frames ${dropped} (of ${sorted.length + dropped} at 60 Hz)` +
      (record.longTasks.length > 0
        ? `, long tasks ${record.longTasks.length} (longest ${ms(Math.max(...record.longTasks))})`
        : '') +
      (cpu.length > 0
        ? `\n  main-thread CPU per frame p50 ${ms(quantile(cpu, 0.5))}, p95 ${ms(quantile(cpu, 0.95))}, max ${ms(cpu[cpu.length - 1]!)}`
        : '') +
      `\n  target p95 <= ${ms(FRAME_BUDGET_MS)}: ${ok ? 'met' : 'MISSED'}` +
      (!ok && cpu.length > 0 && quantile(cpu, 0.95) <= FRAME_BUDGET_MS
        ? ` (a frame's own work fits in the budget: the page waited for the CPU, load average ${loadavg()[0]!.toFixed(1)})`
        : '') +
      '\n',
  );
  return ok;
}

/** The run with the median redraw time. */
function median(runs: readonly Redraw[]): Redraw {
  const score = (r: Redraw) => Math.max(...r.render);
  return [...runs].sort((a, b) => score(a) - score(b))[Math.floor(runs.length / 2)]!;
}

function redrawSummary(title: string, redraw: Redraw): boolean {
  const render = redraw.render.length === 0 ? NaN : Math.max(...redraw.render);
  const ok = render < REDRAW_TARGET_MS;
  process.stdout.write(
    `${title}\n` +
      `  topology redraw (layout + D3 joins) ${ms(render)}` +
      `; command to painted frame ${ms(redraw.painted)} (of which engine, store and redraw ${ms(redraw.script)})\n` +
      `  target redraw < ${REDRAW_TARGET_MS} ms: ${ok ? 'met' : 'MISSED'}\n`,
  );
  return ok;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build') || !existsSync(join(outDir, 'index.html'))) {
    process.stdout.write('building the app...\n');
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  }
  const port = await freePort();
  const server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, open: false },
  });
  const systemChromium = '/usr/bin/chromium';
  const browser = await chromium.launch(
    existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        }
      : {},
  );
  let allMet = true;
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // tsx compiles this file with esbuild's keepNames, whose __name helper the functions passed to
    // page.evaluate then call inside the page.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(`http://localhost:${port}/#/playground?bench=1`);
    const topology = page.getByTestId('topology');
    const pods = topology.locator('[data-pod^="default/web-"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-pod^="default/web-"]').length === 100,
      undefined,
      { timeout: 60_000 },
    );
    // Simulated time follows real time: wait until every pod has pulled its image and is ready.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-pod^="default/web-"]').length === 100 &&
        document.querySelectorAll('[data-pod^="default/web-"].is-not-ready').length === 0,
      undefined,
      { timeout: 90_000, polling: 500 },
    );
    const nodes = await topology.locator('[data-node]').count();
    process.stdout.write(
      `topology: ${nodes} nodes, ${await pods.count()} app pods, ${width}x${height}, headless Chromium\n` +
        // Frame intervals stretch when other processes hold the CPU; CPU per frame does not.
        `machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}\n\n`,
    );

    frameSummary('idle (no packets)', await recordFrames(page, 2));

    await page.getByTestId('tab-distribution').click();
    await page.getByTestId('load-count').fill(String(requests));
    await page.getByTestId('send-load').click();
    await page.waitForFunction(
      () =>
        Number(
          document
            .querySelector('[data-testid="topology"]')
            ?.getAttribute('data-packets-in-flight') ?? 0,
        ) >= 50,
      undefined,
      { timeout: 20_000, polling: 'raf' },
    );
    const shot = option('--screenshot', '');
    if (shot !== '') await page.screenshot({ path: shot });
    const tracePath = join(tmpdir(), `k8s-lab-bench-frames-${process.pid}.json`);
    await browser.startTracing(page, {
      path: tracePath,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'],
    });
    const record = await recordFrames(page, seconds);
    await browser.stopTracing();
    const events = (JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] })
      .traceEvents;
    rmSync(tracePath, { force: true });
    record.cpu = cpuPerFrame(events);
    allMet =
      frameSummary(
        `lab load -n ${requests}: ${seconds} s from the moment 50 packets are in flight`,
        record,
      ) && allMet;
    process.stdout.write('\n');

    // Let the load land, then change 100 pods at once.
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="topology"]')
          ?.getAttribute('data-packets-in-flight') === '0',
      undefined,
      { timeout: 60_000 },
    );
    // Relabelled five times (alternating values); the median says more than one try on a busy machine.
    const relabels: Redraw[] = [];
    for (const tier of ['a', 'b', 'a', 'b', 'a']) {
      relabels.push(
        await timeRedraw(page, `kubectl label pods -l app=web tier=${tier} --overwrite`),
      );
      await page.waitForTimeout(300);
    }
    allMet =
      redrawSummary(
        '100 pods relabelled (kubectl label pods -l app=web tier=X --overwrite), median of 5',
        median(relabels),
      ) && allMet;
    allMet =
      redrawSummary(
        '100 pods deleted (kubectl delete pods -l app=web: 100 go, 100 replacements appear)',
        await timeRedraw(page, 'kubectl delete pods -l app=web'),
      ) && allMet;
    await timeRedraw(page, 'kubectl create deployment burst --image=nginx --replicas=0');
    // Three rounds (back to zero in between, once the pods are gone); the median is printed.
    const scales: Redraw[] = [];
    for (let round = 0; round < 3; round++) {
      scales.push(await timeRedraw(page, 'kubectl scale deployment burst --replicas=100'));
      await timeRedraw(page, 'kubectl scale deployment burst --replicas=0');
      await page.waitForFunction(
        () => document.querySelectorAll('[data-pod^="default/burst-"]').length === 0,
        undefined,
        { timeout: 60_000, polling: 200 },
      );
      await page.waitForTimeout(500);
    }
    allMet =
      redrawSummary(
        'a Deployment scaled 0 -> 100 (kubectl scale deployment burst --replicas=100), median of 3',
        median(scales),
      ) && allMet;
    if (errors.length > 0) {
      process.stdout.write(`page errors:\n  ${errors.join('\n  ')}\n`);
      allMet = false;
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  process.stdout.write(allMet ? '\nall targets met\n' : '\nsome targets missed\n');
  process.exitCode = allMet ? 0 : 1;
}

await main();
