import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { Pod } from '../api/objects.ts';
import { createSession } from '../session.ts';

const ds = (extra = '') => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
${extra}      containers:
      - name: agent
        image: nginx
`;

const agents = (s: ReturnType<typeof createSession>) =>
  listObjects<Pod>(s.cluster(), 'Pod', 'default').filter((p) =>
    p.metadata.name.startsWith('agent-'),
  );

describe('a DaemonSet', () => {
  it('runs one pod on every worker, not on the tainted control plane', () => {
    const s = createSession({ preset: 'lab' });
    expect(s.apply(ds()).stdout).toBe('daemonset.apps/agent created\n');
    expect(
      agents(s)
        .map((p) => p.spec.nodeName)
        .sort(),
    ).toEqual(['worker-1', 'worker-2', 'worker-3']);
    for (const p of agents(s))
      expect(p.metadata.name).toMatch(/^agent-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('runs on the control plane too when it tolerates the taint', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(
      ds(
        '      tolerations:\n      - key: node-role.kubernetes.io/control-plane\n        effect: NoSchedule\n',
      ),
    );
    expect(agents(s)).toHaveLength(4);
  });

  it('follows its nodeSelector', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(ds('      nodeSelector:\n        kubernetes.io/hostname: worker-2\n'));
    expect(agents(s).map((p) => p.spec.nodeName)).toEqual(['worker-2']);
  });

  it('counts its pods in DESIRED, CURRENT and READY', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(ds());
    s.advance(10);
    expect(s.run('kubectl get ds agent').stdout.split('\n')[1]).toMatch(
      /^agent   3         3         3       3            3           <none>          \d+s$/,
    );
  });
});
