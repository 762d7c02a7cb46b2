// The scheduler's filters and its FailedScheduling message (kube-scheduler's wording per release),
// and the retry of pods it could not place.
import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { Pod } from '../api/objects.ts';
import { createSession } from '../session.ts';

const SPREAD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 4
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector:
              matchLabels:
                app: web
            topologyKey: kubernetes.io/hostname
      containers:
      - name: nginx
        image: nginx
`;

const pending = (s: ReturnType<typeof createSession>) =>
  listObjects<Pod>(s.cluster(), 'Pod').filter(
    (p) => p.status.phase === 'Pending' && !p.spec.nodeName,
  );

describe('required pod anti-affinity', () => {
  it('puts one pod per worker and leaves the fourth Pending with the v1.33 message', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(SPREAD);
    s.run('lab wait 20');
    const nodes = listObjects<Pod>(s.cluster(), 'Pod')
      .filter((p) => p.metadata.name.startsWith('web-') && p.spec.nodeName)
      .map((p) => p.spec.nodeName);
    expect(nodes.sort()).toEqual(['worker-1', 'worker-2', 'worker-3']);
    const [waiting] = pending(s);
    expect(s.run(`kubectl describe pod ${waiting!.metadata.name}`).stdout).toContain(
      "default-scheduler  0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 node(s) didn't match pod anti-affinity rules. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.\n",
    );
  });

  it('words the taint as v1.20 did, without the preemption part', () => {
    const s = createSession({ preset: 'k8sinfra' });
    s.apply(SPREAD);
    s.run('lab wait 20');
    const [waiting] = pending(s);
    expect(s.run(`kubectl describe pod ${waiting!.metadata.name}`).stdout).toContain(
      "0/4 nodes are available: 1 node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't tolerate, 3 node(s) didn't match pod anti-affinity rules.\n",
    );
  });

  it('binds a waiting pod once a node can take it', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(SPREAD);
    s.run('lab wait 20');
    expect(pending(s)).toHaveLength(1);
    s.run('kubectl scale deployment web --replicas=3');
    s.run('lab wait 5');
    expect(pending(s)).toHaveLength(0);
    s.run('kubectl scale deployment web --replicas=4');
    s.run('lab wait 5');
    expect(pending(s)).toHaveLength(1);
    // A pod deleted from a worker frees that worker: the waiting pod lands there.
    const victim = listObjects<Pod>(s.cluster(), 'Pod').find(
      (p) => p.metadata.name.startsWith('web-') && p.spec.nodeName === 'worker-2',
    )!;
    s.run(`kubectl delete pod ${victim.metadata.name}`);
    s.run('lab wait 40');
    const running = listObjects<Pod>(s.cluster(), 'Pod').filter(
      (p) => p.metadata.name.startsWith('web-') && p.status.phase === 'Running',
    );
    expect(running.map((p) => p.spec.nodeName).sort()).toEqual([
      'worker-1',
      'worker-2',
      'worker-3',
    ]);
  });
});
