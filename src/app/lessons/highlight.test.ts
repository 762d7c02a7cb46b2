import { describe, expect, it } from 'vitest';
import { createSession, NP_SVC } from '../../engine/index.ts';
import { highlightTargets } from './highlight.ts';

function labWithNpSvc() {
  const s = createSession({ preset: 'k8sinfra', seed: 7 });
  s.run('kubectl create deployment np-pods --image=sysnet4admin/echo-hname --replicas=2');
  s.apply(NP_SVC);
  s.advance(30);
  return s;
}

describe('highlightTargets', () => {
  it("names the step's pods by prefix, and a Service's node port and nothing else", () => {
    const view = labWithNpSvc().view();
    const t = highlightTargets(
      { nodes: ['w1-k8s'], pods: ['np-pods'], services: ['np-svc'], rules: ['KUBE-NODEPORTS'] },
      view,
    );
    const npPods = view.pods.filter((p) => p.name.startsWith('np-pods-'));
    expect(npPods).toHaveLength(2);
    expect([...t.pods].sort()).toEqual(npPods.map((p) => `default/${p.name}`).sort());
    // np-svc asks for nodePort 30000 (the note's manifest); the badge reads "30000".
    expect([...t.nodePorts]).toEqual(['30000']);
    expect([...t.nodes]).toEqual(['w1-k8s']);
    expect(t.addresses.size).toBe(0);
  });

  it('honours a namespace and matches nothing the cluster does not have', () => {
    const view = labWithNpSvc().view();
    const t = highlightTargets(
      {
        nodes: [],
        pods: ['kube-system/np-pods', 'coredns'],
        services: ['other/np-svc'],
        rules: [],
      },
      view,
    );
    expect([...t.pods].every((id) => id.startsWith('kube-system/coredns-'))).toBe(true);
    expect(t.pods.size).toBe(2);
    expect(t.nodePorts.size).toBe(0);
  });
});
