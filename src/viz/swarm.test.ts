import { describe, expect, it } from 'vitest';
import { createSession } from '../engine/index.ts';
import { fallbackPlace, layoutTopology } from './layout.ts';
import { flightAt, flightPath, planSwarm, staggerMs } from './swarm.ts';

function loadOf(n: number) {
  const s = createSession({ preset: 'lab', seed: 5 });
  s.run('kubectl create deployment web --image=nginx --replicas=3');
  s.run('kubectl expose deployment web --type=NodePort --port=80 --name=web');
  s.run('lab wait 30');
  const port = /80:(\d+)\/TCP/.exec(s.run('kubectl get svc web').stdout)![1];
  const result = s.run(`lab load -n ${n} http://10.0.0.11:${port}`);
  const layout = layoutTopology(s.view(), { width: 1400, height: 900 });
  const place = (at: string, previous: { x: number; y: number } | null) =>
    fallbackPlace(layout, at, previous);
  return { traces: result.traces!, layout, place };
}

describe('the packets of a load', () => {
  it("each flies along its own request's places, to the pod that answered it and back", () => {
    const { traces, layout, place } = loadOf(30);
    const paths = traces.map((t) => flightPath(t, place));
    traces.forEach((t, i) => {
      const points = paths[i]!.points;
      // Out from the laptop, through the pod that served it, back to the laptop.
      expect(points[0]).toEqual(layout.places.get('client/laptop'));
      expect(points).toContainEqual(layout.places.get(`pod/${t.servedBy!.pod}`));
      expect(points[points.length - 1]).toEqual(layout.places.get('client/laptop'));
      // The way back is the reply.
      expect(paths[i]!.reply[paths[i]!.reply.length - 1]).toBe(true);
      expect(paths[i]!.reply[0]).toBe(false);
    });
    // The three pods each get some of the 30 requests, so the paths differ.
    expect(new Set(paths.map((p) => JSON.stringify(p.points))).size).toBeGreaterThan(1);
  });

  it('leave one after the other, so several are in the air at once', () => {
    const { traces, place } = loadOf(50);
    const plan = planSwarm(traces.map((t) => flightPath(t, place)));
    const mid = plan.duration / 2;
    const flying = plan.flights.filter((f) => f.start <= mid && mid < f.end).length;
    expect(flying).toBeGreaterThan(1);
    expect(plan.flights[1]!.start - plan.flights[0]!.start).toBe(staggerMs(50));
    // A flight is where its path starts before it leaves and where it ends once landed.
    const f = plan.flights[3]!;
    expect(flightAt(f, f.start).point).toEqual(f.path.points[0]);
    expect(flightAt(f, f.end).point).toEqual(f.path.points[f.path.points.length - 1]);
  });

  it('start within about nine seconds, however many are sent', () => {
    expect(staggerMs(1000) * 999).toBeLessThan(13_000);
    expect(staggerMs(100) * 99).toBeLessThan(9_000);
    expect(staggerMs(3)).toBe(90);
  });
});

describe('a request that is dropped', () => {
  it('stops where it was dropped, marked as stopped, and stays there a moment', async () => {
    const { createSession } = await import('../engine/index.ts');
    const s = createSession({ preset: 'lab', seed: 5 });
    s.run('kubectl create deployment web --image=nginx --replicas=1');
    // A Service with no ready endpoint: kube-proxy rejects the connection (reference: REJECT
    // in KUBE-EXTERNAL-SERVICES / KUBE-SERVICES for a Service without endpoints).
    s.run('kubectl expose deployment web --type=NodePort --port=80 --name=web');
    s.run('kubectl scale deployment web --replicas=0');
    s.run('lab wait 40');
    const port = /80:(\d+)\/TCP/.exec(s.run('kubectl get svc web').stdout)![1];
    const traces = s.run(`lab load -n 2 http://10.0.0.11:${port}`).traces!;
    const layout = layoutTopology(s.view(), { width: 1400, height: 900 });
    const place = (at: string, previous: { x: number; y: number } | null) =>
      fallbackPlace(layout, at, previous);
    const last = traces[0]!.hops[traces[0]!.hops.length - 1]!;
    expect(['reject', 'drop']).toContain(last.action);
    const plan = planSwarm(traces.map((t) => flightPath(t, place)));
    const f = plan.flights[0]!;
    expect(f.path.stopped).toBe(true);
    expect(f.end).toBeGreaterThan(f.lastLegEnd);
    expect(flightAt(f, f.end - 1).point).toEqual(layout.places.get(last.at));
  });
});
