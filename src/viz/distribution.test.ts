import { describe, expect, it } from 'vitest';
import { createSession, NP_PODS_DEPLOYMENT, NP_SVC } from '../engine/index.ts';
import { compareRuns, loadCommand, loadGroups } from './distribution.ts';
import type { LoadRun } from './distribution.ts';

function npCluster() {
  const session = createSession({ preset: 'k8sinfra', seed: 1 });
  session.apply(NP_PODS_DEPLOYMENT);
  session.apply(NP_SVC);
  session.advance(60);
  return session;
}

describe('loadCommand', () => {
  it('writes lab load as cli.md has it, --from only for another sender', () => {
    const view = { clients: [{ name: 'host', ip: '192.168.1.1' }] } as never;
    expect(loadCommand(view, '', ' http://a:30000 ', 100, false)).toBe(
      'lab load -n 100 http://a:30000',
    );
    expect(loadCommand(view, 'client/host', 'http://a', 5, true)).toBe(
      'lab load -n 5 --keepalive http://a',
    );
    expect(loadCommand(view, 'client/other', 'http://a', 5, false)).toBe(
      'lab load -n 5 --from other http://a',
    );
    expect(loadCommand(view, 'pod/default/web-1', 'http://web', 5, false)).toBe(
      'lab load -n 5 --from pod/default/web-1 http://web',
    );
  });
});

describe('loadGroups', () => {
  it('gives one bar per np-pods pod, under the node it runs on, summing to the answers', () => {
    const session = npCluster();
    const result = session.run('lab load -n 60 http://192.168.1.101:30000');
    const load = result.load;
    expect(load?.ok).toBe(60);
    if (load === undefined) return;
    const groups = loadGroups(load, session.view());
    const bars = groups.flatMap((g) => g.pods);
    expect(bars).toHaveLength(3);
    expect(bars.every((b) => b.pod.startsWith('default/np-pods-'))).toBe(true);
    expect(bars.reduce((sum, b) => sum + b.count, 0)).toBe(60);
    // The node a pod's bar stands under is the node lab load counted it for.
    for (const g of groups) {
      expect(g.pods.reduce((sum, b) => sum + b.count, 0)).toBe(load.byNode[g.node]);
    }
  });

  it("shows the workload's other pods with empty bars (a keep-alive connection stays on one)", () => {
    const session = npCluster();
    const load = session.run('lab load -n 20 --keepalive http://192.168.1.101:30000').load;
    if (load === undefined) throw new Error('no load result');
    expect(Object.keys(load.byPod)).toHaveLength(1);
    const bars = loadGroups(load, session.view()).flatMap((g) => g.pods);
    expect(bars.map((b) => b.count).sort()).toEqual([0, 0, 20]);
  });
});

describe('compareRuns', () => {
  it('lines two runs up pod by pod, null where a run had no such pod', () => {
    const run = (id: number, groups: LoadRun['groups']): LoadRun => ({
      id,
      command: '',
      total: 0,
      ok: 0,
      failed: 0,
      groups,
    });
    const a = run(1, [{ node: 'w1', pods: [{ pod: 'default/a', count: 5 }] }]);
    const b = run(2, [
      { node: 'w1', pods: [{ pod: 'default/a', count: 2 }] },
      { node: 'w2', pods: [{ pod: 'default/b', count: 3 }] },
    ]);
    expect(compareRuns([a, b])).toEqual([
      { node: 'w1', pods: [{ pod: 'default/a', counts: [5, 2] }] },
      { node: 'w2', pods: [{ pod: 'default/b', counts: [null, 3] }] },
    ]);
  });
});
