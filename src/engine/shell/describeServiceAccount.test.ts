import { describe as suite, expect, it } from 'vitest';
import { createSession } from '../session.ts';

suite('kubectl describe serviceaccount', () => {
  it('lists the token Secret as mountable and as a token on a v1.20 cluster', () => {
    const s = createSession({ preset: 'k8sinfra', seed: 1 });
    const lines = s.run('kubectl describe sa default').stdout.split('\n');
    const token = /^Tokens: +(default-token-\w{5})$/.exec(lines[6] ?? '')?.[1];
    expect(token).toBeDefined();
    expect(lines).toEqual([
      'Name:                default',
      'Namespace:           default',
      'Labels:              <none>',
      'Annotations:         <none>',
      'Image pull secrets:  <none>',
      `Mountable secrets:   ${token}`,
      `Tokens:              ${token}`,
      'Events:              <none>',
      '',
    ]);
  });

  it('has no token Secrets from v1.24 and marks a pull secret that does not exist', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.apply(`apiVersion: v1
kind: ServiceAccount
metadata:
  name: builder
imagePullSecrets:
- name: regcred
- name: other
`);
    expect(s.run('kubectl describe serviceaccount builder').stdout).toBe(
      [
        'Name:                builder',
        'Namespace:           default',
        'Labels:              <none>',
        'Annotations:         <none>',
        'Image pull secrets:  regcred (not found)',
        '                     other (not found)',
        'Mountable secrets:   <none>',
        'Tokens:              <none>',
        'Events:              <none>',
        '',
      ].join('\n'),
    );
  });
});
