// A view sent as what changed is the same view on the page, with what did not change kept as the
// same objects.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../engine/index.ts';
import { nodePortExample } from '../scenarios/nodePortExample.ts';
import { viewReader, viewSender } from './viewDelta.ts';

describe('views sent as what changed', () => {
  it('rebuild every view exactly, through pods coming, changing, going and a node going down', () => {
    const session = createSession({ preset: 'k8sinfra', seed: 1 });
    const send = viewSender();
    const read = viewReader();
    const steps = [
      () => session.apply(nodePortExample.manifest),
      () => session.advance(30),
      () => session.run('kubectl scale deployment np-pods --replicas=5'),
      () => session.advance(30),
      () => session.run('kubectl delete pod -l app=np-pods'),
      () => session.run('lab node down w2-k8s'),
      () => session.advance(60),
      () => session.run('kubectl expose deployment np-pods --name np-more --port 8080'),
    ];
    for (const step of steps) {
      step();
      const view = session.view();
      // Plain data, as it would cross to the page.
      expect(read(structuredClone(send(view)))).toStrictEqual(view);
    }
  });

  it('sends nothing for a view that did not change, and keeps unchanged pods as they were', () => {
    const session = createSession({ preset: 'k8sinfra', seed: 1 });
    session.apply(nodePortExample.manifest);
    session.advance(30);
    const send = viewSender();
    const read = viewReader();
    const first = read(structuredClone(send(session.view())));
    expect(send(session.view())).toBeNull();
    expect(read(null)).toBe(first);
    session.run('kubectl label pod -l app=np-pods tier=web');
    session.run('kubectl run extra --image=nginx');
    const delta = send(session.view());
    const next = read(structuredClone(delta));
    expect(next).not.toBe(first);
    // The system pods did not change: the page keeps its objects; the relabelled ones are new.
    const unchanged = next.pods.filter((p) => p.namespace === 'kube-system');
    expect(unchanged.length).toBeGreaterThan(0);
    for (const pod of unchanged) expect(first.pods).toContain(pod);
    expect(delta?.pods.every((p) => p.namespace !== 'kube-system')).toBe(true);
    expect(next.services).toBe(first.services);
  });
});
