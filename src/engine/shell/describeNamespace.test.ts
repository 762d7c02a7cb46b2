import { describe as suite, expect, it } from 'vitest';
import { createSession } from '../session.ts';

suite('kubectl describe namespace', () => {
  it('prints the name label a v1.21+ server adds, the phase and the empty quota and limit lists', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('kubectl create namespace team-a');
    expect(s.run('kubectl describe namespace team-a').stdout).toBe(
      [
        'Name:         team-a',
        'Labels:       kubernetes.io/metadata.name=team-a',
        'Annotations:  <none>',
        'Status:       Active',
        '',
        'No resource quota.',
        '',
        'No LimitRange resource.',
        '',
      ].join('\n'),
    );
  });

  it('prints no name label for a namespace created on a v1.20 server', () => {
    const s = createSession({ preset: 'k8sinfra', seed: 1 });
    s.run('kubectl create namespace team-a');
    expect(s.run('kubectl describe ns team-a').stdout.split('\n')[1]).toBe('Labels:       <none>');
  });
});
