import { describe as suite, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { KubeObject } from '../api/objects.ts';
import { createSession } from '../session.ts';

suite('kubectl describe secret', () => {
  it('prints the type and each key with its size in bytes, never the value', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.apply(`apiVersion: v1
kind: Secret
metadata:
  name: db-user-pass
stringData:
  username: admin
  password: S!B*d$zDsb=
`);
    // describeSecret: "\\nType:\\t%s\\n" and "\\nData\\n====\\n" break the alignment into blocks.
    expect(s.run('kubectl describe secret db-user-pass').stdout).toBe(
      [
        'Name:         db-user-pass',
        'Namespace:    default',
        'Labels:       <none>',
        'Annotations:  <none>',
        '',
        'Type:  Opaque',
        '',
        'Data',
        '====',
        'password:  11 bytes',
        'username:  5 bytes',
        '',
      ].join('\n'),
    );
  });

  it('prints a ServiceAccount token in full on a v1.20 cluster, which still creates token Secrets', () => {
    const s = createSession({ preset: 'k8sinfra', seed: 1 });
    const name = listObjects<KubeObject>(s.cluster(), 'Secret', 'default')[0]!.metadata.name;
    const lines = s.run(`kubectl describe secret ${name}`).stdout.split('\n');
    expect(lines).toContain('Type:  kubernetes.io/service-account-token');
    expect(lines.slice(lines.indexOf('Data'))).toEqual([
      'Data',
      '====',
      expect.stringMatching(/^ca\.crt: {5}\d+ bytes$/),
      'namespace:  7 bytes',
      expect.stringMatching(/^token: {6}\S+$/),
      '',
    ]);
  });
});
