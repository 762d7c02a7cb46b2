import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../session.ts';

// Words a learner (or a cat on the keyboard) might combine; every combination must get an answer,
// never an internal error.
const WORDS = [
  'kubectl',
  'get',
  'describe',
  'create',
  'apply',
  'delete',
  'expose',
  'scale',
  'set',
  'image',
  'rollout',
  'status',
  'history',
  'undo',
  'label',
  'annotate',
  'run',
  'exec',
  'logs',
  'top',
  'autoscale',
  'version',
  'cluster-info',
  'api-resources',
  'pods',
  'po',
  'svc',
  'services',
  'deploy',
  'rs',
  'ds',
  'sts',
  'jobs',
  'nodes',
  'ns',
  'ep',
  'endpointslices',
  'events',
  'hpa',
  'ing',
  'cm',
  'secrets',
  'np-pods',
  'np-svc',
  'deployment/np-pods',
  'web',
  '-n',
  'kube-system',
  '-A',
  '-o',
  'wide',
  'yaml',
  'json',
  'name',
  'jsonpath={.items[*].metadata.name}',
  '-l',
  'app=np-pods',
  '--replicas=3',
  '--replicas=-1',
  '--image=nginx',
  '--port=80',
  '--type=NodePort',
  '--',
  'env',
  'curl',
  'http://192.168.1.102:30000',
  'lab',
  'trace',
  'load',
  '-n',
  '5',
  'wait',
  '3',
  'node',
  'down',
  'up',
  'w1-k8s',
  'cpu',
  '100',
  'ssh',
  'iptables-save',
  '-t',
  'nat',
  'minikube',
  'service',
  '--url',
  '--all',
  '-f',
  '-',
  'app-',
  'app=x',
  '--overwrite',
  '--record',
  '=',
  '"',
];

describe('the lab shell under arbitrary input', () => {
  it('answers every command line without an internal error', () => {
    const s = createSession({ preset: 'k8sinfra', seed: 5 });
    s.run('kubectl create deployment np-pods --image=sysnet4admin/echo-hname --replicas=2');
    s.run('kubectl expose deployment np-pods --type=NodePort --name=np-svc --port=80');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 7 }), (words) => {
        const r = s.run(words.join(' '), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n');
        expect(r.stderr).not.toContain('internal error');
      }),
      { numRuns: 400 },
    );
  });
});

describe('the API server under arbitrary manifests', () => {
  it('answers every object of a served kind, however odd its fields, without an internal error', () => {
    const s = createSession({ preset: 'lab', seed: 9 });
    const kinds = [
      ['v1', 'Service'],
      ['v1', 'Pod'],
      ['apps/v1', 'Deployment'],
      ['apps/v1', 'ReplicaSet'],
      ['apps/v1', 'DaemonSet'],
      ['apps/v1', 'StatefulSet'],
      ['batch/v1', 'Job'],
      ['v1', 'ReplicationController'],
      ['v1', 'ConfigMap'],
      ['v1', 'Secret'],
      ['networking.k8s.io/v1', 'Ingress'],
      ['autoscaling/v2', 'HorizontalPodAutoscaler'],
      ['v1', 'Namespace'],
    ] as const;
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 8 }),
        fc.integer({ min: -5, max: 70000 }),
        fc.boolean(),
        fc.constant(null),
        tie('obj'),
        tie('arr'),
      ),
      obj: fc.dictionary(
        fc.constantFrom(
          'ports',
          'port',
          'targetPort',
          'nodePort',
          'selector',
          'matchLabels',
          'template',
          'spec',
          'metadata',
          'labels',
          'containers',
          'name',
          'image',
          'type',
          'replicas',
          'rules',
          'http',
          'paths',
          'backend',
          'clusterIP',
          'data',
          'x',
        ),
        tie('any'),
        { maxKeys: 4 },
      ),
      arr: fc.array(tie('any'), { maxLength: 3 }),
    }));
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.string({ maxLength: 10 }),
        value.obj,
        ([apiVersion, kind], name, spec) => {
          const doc = JSON.stringify({ apiVersion, kind, metadata: { name }, spec });
          const r = s.apply(doc);
          expect(r.stderr).not.toContain('internal error');
          s.advance(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
