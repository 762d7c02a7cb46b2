import { describe, expect, it } from 'vitest';
import { createSession, NP_PODS_DEPLOYMENT, NP_SVC } from '../engine/index.ts';
import { controlCommand, deploymentOf, deploymentsOf } from './controls.ts';

describe('controlCommand', () => {
  it('writes the lines cli.md and kubectl take', () => {
    expect(controlCommand({ kind: 'power', node: 'w2-k8s', on: false })).toBe(
      'lab node down w2-k8s',
    );
    expect(controlCommand({ kind: 'power', node: 'w2-k8s', on: true })).toBe('lab node up w2-k8s');
    expect(controlCommand({ kind: 'delete-pod', namespace: 'default', name: 'web-1' })).toBe(
      'kubectl delete pod web-1',
    );
    expect(controlCommand({ kind: 'delete-pod', namespace: 'shop', name: 'api-1' })).toBe(
      'kubectl delete pod api-1 -n shop',
    );
    expect(controlCommand({ kind: 'scale', namespace: 'default', name: 'web', replicas: 4 })).toBe(
      'kubectl scale deployment web --replicas=4',
    );
    expect(controlCommand({ kind: 'scale', namespace: 'default', name: 'web', replicas: -1 })).toBe(
      'kubectl scale deployment web --replicas=0',
    );
  });
});

describe('deploymentsOf', () => {
  it('finds np-pods from its pods and scales it through the shell', () => {
    const session = createSession({ preset: 'k8sinfra', seed: 1 });
    session.apply(NP_PODS_DEPLOYMENT);
    session.apply(NP_SVC);
    session.advance(60);
    expect(deploymentsOf(session.view())).toEqual([
      { namespace: 'default', name: 'np-pods', replicas: 3 },
    ]);
    const line = controlCommand({
      kind: 'scale',
      namespace: 'default',
      name: 'np-pods',
      replicas: 5,
    });
    const result = session.run(line);
    // kubectl's answer to a scale (kubectl/pkg/cmd/scale: "<resource>/<name> scaled").
    expect(result.stdout).toBe('deployment.apps/np-pods scaled\n');
    session.advance(30);
    expect(deploymentsOf(session.view())[0]?.replicas).toBe(5);
  });

  it('needs the pod-template-hash in the name (a bare pod or a StatefulSet is no Deployment)', () => {
    const pod = (name: string, labels: Record<string, string>) =>
      ({ name, labels }) as unknown as Parameters<typeof deploymentOf>[0];
    expect(deploymentOf(pod('web-5d8f7c9b4-abcde', { 'pod-template-hash': '5d8f7c9b4' }))).toBe(
      'web',
    );
    expect(deploymentOf(pod('db-0', {}))).toBeNull();
    expect(deploymentOf(pod('odd', { 'pod-template-hash': 'x' }))).toBeNull();
  });
});
