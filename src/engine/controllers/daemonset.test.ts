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

describe('DaemonSet rolling update', () => {
  it('replaces the pods node by node, one unavailable at a time, each after its old pod is gone', () => {
    const s = createSession({ preset: 'lab' });
    const ds = (image: string) => `apiVersion: apps/v1
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
      containers:
      - name: agent
        image: ${image}
`;
    s.apply(ds('nginx:1.25'));
    s.run('lab wait 30');
    s.apply(ds('nginx:1.27'));
    // Right after the change: one node's pod is being replaced, the other two still run the old one.
    const images = () =>
      listObjects<Pod>(s.cluster(), 'Pod', 'default')
        .filter((p) => p.metadata.name.startsWith('agent-') && !p.metadata.deletionTimestamp)
        .map((p) => p.spec.containers[0]!.image);
    expect(images().filter((i) => i === 'nginx:1.25').length).toBeGreaterThanOrEqual(2);
    s.run('lab wait 120');
    expect(images()).toEqual(['nginx:1.27', 'nginx:1.27', 'nginx:1.27']);
    expect(s.run('kubectl get ds agent --no-headers').stdout).toMatch(
      /^agent\s+3\s+3\s+3\s+3\s+3\s/,
    );
  });
});
