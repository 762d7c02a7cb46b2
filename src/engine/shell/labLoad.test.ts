import { describe, expect, it } from 'vitest';
import { createSession } from '../index.ts';

describe('lab load traces', () => {
  it('carries each request trace in order, agreeing with the counts it prints', () => {
    const s = createSession({ preset: 'lab', seed: 3 });
    s.run('kubectl create deployment web --image=nginx --replicas=3');
    s.run('kubectl expose deployment web --type=NodePort --port=80 --name=web');
    s.run('lab wait 30');
    const port = /80:(\d+)\/TCP/.exec(s.run('kubectl get svc web').stdout)![1];
    const result = s.run(`lab load -n 40 http://10.0.0.11:${port}`);
    const traces = result.traces!;
    expect(traces).toHaveLength(40);
    const counted: Record<string, number> = {};
    for (const t of traces) {
      expect(t.verdict).toBe('delivered');
      // Every request starts at the outside machine and its reply comes back to it.
      expect(t.hops[0]!.at).toBe('client/laptop');
      const pod = t.servedBy!.pod;
      counted[pod] = (counted[pod] ?? 0) + 1;
    }
    expect(counted).toEqual(result.load!.byPod);
    // The printed text is the same whether or not the traces ride along.
    expect(result.stdout.split('\n')[0]).toBe('40 requests, 40 answered, 0 failed');
  });

  it('a keep-alive run sends all requests to the one pod of its connection', () => {
    const s = createSession({ preset: 'lab', seed: 3 });
    s.run('kubectl create deployment web --image=nginx --replicas=3');
    s.run('kubectl expose deployment web --type=NodePort --port=80 --name=web');
    s.run('lab wait 30');
    const port = /80:(\d+)\/TCP/.exec(s.run('kubectl get svc web').stdout)![1];
    const traces = s.run(`lab load -n 10 --keepalive http://10.0.0.11:${port}`).traces!;
    expect(new Set(traces.map((t) => t.servedBy?.pod)).size).toBe(1);
  });
});
