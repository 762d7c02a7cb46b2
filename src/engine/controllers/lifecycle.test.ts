import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import { eventsFor, type KubeEvent } from '../api/events.ts';
import type { Pod, ReplicaSet } from '../api/objects.ts';
import { createSession } from '../session.ts';
import { isPodReady, podStatusText } from './podLifecycle.ts';

const pods = (s: ReturnType<typeof createSession>) =>
  listObjects<Pod>(s.cluster(), 'Pod', 'default');
const status = (s: ReturnType<typeof createSession>) =>
  s
    .run('kubectl get pods')
    .stdout.split('\n')
    .slice(1, -1)
    .map((l) => l.split(/\s+/)[2]);

describe('a new pod over simulated time', () => {
  it('is ContainerCreating while its image is pulled, then Running', () => {
    const s = createSession({ preset: 'k8sinfra' });
    s.run('kubectl create deployment np-pods --image=sysnet4admin/echo-hname');
    // Right after creation (no simulated time has passed since): the image is being pulled.
    expect(pods(s).map(podStatusText)).toEqual(['ContainerCreating']);
    s.advance(5);
    expect(status(s)).toEqual(['Running']);
  });

  it("records the scheduler's and the kubelet's events in the wording of its version", () => {
    const s = createSession({ preset: 'k8sinfra' });
    s.run('kubectl create deployment np-pods --image=sysnet4admin/echo-hname');
    s.advance(5);
    const pod = pods(s)[0]!;
    const events = eventsFor(s.cluster(), pod);
    expect(events.map((e) => e.reason)).toEqual([
      'Scheduled',
      'Pulling',
      'Pulled',
      'Created',
      'Started',
    ]);
    expect(events[0]!.message).toBe(
      `Successfully assigned default/${pod.metadata.name} to ${pod.spec.nodeName}`,
    );
    expect(events[1]!.message).toBe('Pulling image "sysnet4admin/echo-hname"');
    expect(events[2]!.message).toMatch(
      /^Successfully pulled image "sysnet4admin\/echo-hname" in \d+\.\d{9}s$/,
    );
    expect(events[3]!.message).toBe('Created container echo-hname');
    expect(events[4]!.message).toBe('Started container echo-hname');
  });

  it('pulls an image once per node: the next pod there finds it present', () => {
    const s = createSession({ preset: 'minikube' });
    s.run('kubectl create deployment web --image=nginx:1.25');
    s.advance(5);
    s.run('kubectl scale deployment web --replicas=2');
    s.advance(5);
    const second = pods(s).sort((a, b) =>
      a.metadata.creationTimestamp < b.metadata.creationTimestamp ? 1 : -1,
    )[0]!;
    const reasons = listObjects<KubeEvent>(s.cluster(), 'Event', 'default').filter(
      (e) => e.involvedObject.name === second.metadata.name,
    );
    expect(reasons.find((e) => e.reason === 'Pulled')!.message).toBe(
      'Container image "nginx:1.25" already present on machine',
    );
  });
});

describe('a container whose process exits (busybox with no command)', () => {
  it('restarts at once, then backs off 10 s, 20 s, ... showing CrashLoopBackOff', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment bb --image=busybox');
    // Started within 4 s, exits, restarted a second later, exits again: back-off 10 s.
    s.advance(8);
    const restarts = () =>
      (pods(s)[0]!.status.containerStatuses as { restartCount: number }[])[0]!.restartCount;
    expect(restarts()).toBe(1);
    expect(status(s)).toEqual(['CrashLoopBackOff']);
    s.advance(12);
    expect(restarts()).toBe(2);
    s.advance(22);
    expect(restarts()).toBe(3);
    expect(s.run('kubectl get pods').stdout.split('\n')[1]).toMatch(
      /CrashLoopBackOff   3 \(\d+s ago\)/,
    );
  });
});

describe('a rolling update (reference §2.2)', () => {
  it('keeps within replicas + maxSurge pods and replicas - maxUnavailable available at every second', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment web --image=nginx:1.15.12 --replicas=4');
    s.advance(10);
    s.run('kubectl set image deployment/web nginx=nginx:1.16.0');
    // 4 replicas: maxSurge ceil(25%) = 1, maxUnavailable floor(25%) = 1.
    for (let t = 0; t < 60; t++) {
      const live = pods(s).filter((p) => !p.metadata.deletionTimestamp);
      expect(live.length).toBeLessThanOrEqual(5);
      expect(live.filter(isPodReady).length).toBeGreaterThanOrEqual(3);
      s.advance(1);
    }
    const images = pods(s).map((p) => p.spec.containers[0]!.image);
    expect(images).toEqual(['nginx:1.16.0', 'nginx:1.16.0', 'nginx:1.16.0', 'nginx:1.16.0']);
  });

  it('reports progress the way kubectl rollout status does', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment web --image=nginx:1.15.12 --replicas=3');
    s.advance(10);
    s.run('kubectl set image deployment/web nginx=nginx:1.16.0');
    const out = s.run('kubectl rollout status deployment/web').stdout.split('\n');
    expect(out[0]).toMatch(
      /^Waiting for deployment "web" rollout to finish: \d out of 3 new replicas have been updated\.\.\.$/,
    );
    expect(out.at(-2)).toBe('deployment "web" successfully rolled out');
  });

  it('renumbers a rolled-back revision, as history shows (reference §2.3)', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment web --image=nginx:1.15.12');
    s.advance(10);
    s.run('kubectl set image deployment/web nginx=nginx:1.16.0');
    s.advance(20);
    expect(s.run('kubectl rollout undo deployment/web').stdout).toBe(
      'deployment.apps/web rolled back\n',
    );
    s.advance(20);
    expect(s.run('kubectl rollout history deployment/web').stdout).toBe(
      'deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n',
    );
    const sets = listObjects<ReplicaSet>(s.cluster(), 'ReplicaSet', 'default');
    expect(sets).toHaveLength(2);
    expect(s.run('kubectl rollout undo deployment/web --to-revision=3').stdout).toBe(
      'deployment.apps/web skipped rollback (current template already matches revision 3)\n',
    );
  });
});

describe("a Deployment's new ReplicaSet (getNewReplicaSet)", () => {
  const replicaSets = (s: ReturnType<typeof createSession>) =>
    listObjects<ReplicaSet>(s.cluster(), 'ReplicaSet', 'default');
  const scaling = (s: ReturnType<typeof createSession>) =>
    listObjects<KubeEvent>(s.cluster(), 'Event', 'default')
      .filter((e) => e.reason === 'ScalingReplicaSet')
      .map((e) => e.message);

  it('is created at its size: generation 1, observed, and the scale-up told as one event', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment web --image=nginx:1.15.12 --replicas=4');
    const [rs] = replicaSets(s);
    expect(rs!.spec.replicas).toBe(4);
    expect(rs!.metadata.generation).toBe(1);
    expect(
      s.run(`kubectl get rs ${rs!.metadata.name} -o jsonpath={.status.observedGeneration}`).stdout,
    ).toBe('1');
    // v1.28 and later say where the scale started ("from 0 to 4").
    expect(scaling(s)).toEqual([`Scaled up replica set ${rs!.metadata.name} from 0 to 4`]);
  });

  it('in a rolling update starts at the room maxSurge leaves; each later scale is one generation', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment web --image=nginx:1.15.12 --replicas=4');
    s.advance(10);
    s.run('kubectl set image deployment/web nginx=nginx:1.16.0');
    s.advance(60);
    const next = replicaSets(s).find(
      (rs) => rs.spec.template.spec.containers[0]!.image === 'nginx:1.16.0',
    )!;
    const told = scaling(s).filter((m) => m.includes(` ${next.metadata.name} `));
    // 4 replicas + ceil(25%) = 5 pods at most, 4 of them old: the ReplicaSet is made with 1.
    expect(told[0]).toBe(`Scaled up replica set ${next.metadata.name} from 0 to 1`);
    expect(next.spec.replicas).toBe(4);
    // Made at generation 1; every scale after that changed its spec once.
    expect(next.metadata.generation).toBe(told.length);
  });

  it('with the Recreate strategy is made only once no old pod is left, at full size', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment web --image=nginx:1.15.12 --replicas=2');
    s.run(
      `kubectl patch deployment web -p '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}'`,
    );
    s.advance(10);
    s.run('kubectl set image deployment/web nginx=nginx:1.16.0');
    s.advance(0);
    // The old pods are terminating: rolloutRecreate waits, and no new ReplicaSet exists yet.
    expect(replicaSets(s).map((rs) => rs.spec.replicas)).toEqual([0]);
    s.advance(40);
    const next = replicaSets(s).find(
      (rs) => rs.spec.template.spec.containers[0]!.image === 'nginx:1.16.0',
    )!;
    expect(next.spec.replicas).toBe(2);
    expect(next.metadata.generation).toBe(1);
    expect(scaling(s)).toContain(`Scaled up replica set ${next.metadata.name} from 0 to 2`);
    expect(pods(s).map((p) => p.spec.containers[0]!.image)).toEqual([
      'nginx:1.16.0',
      'nginx:1.16.0',
    ]);
  });
});

describe('a node switched off', () => {
  const setup = (preset: string) => {
    const s = createSession({ preset, seed: 4 });
    s.run('kubectl create deployment web --image=nginx --replicas=3');
    s.advance(10);
    return s;
  };

  it('turns NotReady after node-monitor-grace-period: 40 s on v1.20, 50 s from v1.32', () => {
    for (const [preset, node, grace] of [
      ['k8sinfra', 'w1-k8s', 40],
      ['lab', 'worker-1', 50],
    ] as const) {
      const s = setup(preset);
      s.run(`lab node down ${node}`);
      s.advance(grace - 4); // each command adds 2 s
      expect(s.run('kubectl get nodes').stdout).toMatch(new RegExp(`${node} +Ready `));
      s.advance(2);
      expect(s.run('kubectl get nodes').stdout).toMatch(new RegExp(`${node} +NotReady `));
    }
  });

  it('loses its endpoints when NotReady, and its pods are replaced elsewhere after the 300 s toleration', () => {
    const s = setup('k8sinfra');
    const victim = pods(s).find((p) => p.spec.nodeName === 'w1-k8s')!;
    s.run('lab node down w1-k8s');
    s.advance(45);
    expect(s.run('kubectl get endpoints web').stdout).not.toContain(victim.status.podIP!);
    expect(pods(s)).toHaveLength(3);
    s.advance(300);
    const now = pods(s);
    expect(
      now.find((p) => p.metadata.name === victim.metadata.name)!.metadata.deletionTimestamp,
    ).toBeDefined();
    expect(
      now.filter((p) => !p.metadata.deletionTimestamp && p.spec.nodeName !== 'w1-k8s'),
    ).toHaveLength(3);
    s.run('lab node up w1-k8s');
    expect(pods(s).find((p) => p.metadata.name === victim.metadata.name)).toBeUndefined();
  });

  it('times requests out when they enter through it', () => {
    const s = setup('k8sinfra');
    s.run('kubectl expose deployment web --type=NodePort --port=80');
    s.run('lab node down w2-k8s');
    const port = /80:(\d+)/.exec(s.run('kubectl get svc web').stdout)![1];
    expect(s.run(`curl -m 3 http://192.168.1.102:${port}`).trace!.verdict).toBe('timeout');
  });
});
