import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { EndpointSlice, Pod, ReplicaSet } from '../api/objects.ts';
import { createSession } from '../session.ts';
import { podTemplateHash } from './deployment.ts';

describe('generated names (reference §2.1)', () => {
  const s = createSession({ preset: 'k8sinfra', seed: 3 });
  s.run('kubectl create deployment np-pods --image=sysnet4admin/echo-hname --replicas=3');
  s.apply(
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: np-svc\nspec:\n  type: NodePort\n  selector:\n    app: np-pods\n  ports:\n  - name: http\n    port: 80\n    nodePort: 30000\n',
  );
  const cluster = s.cluster();

  it('name the ReplicaSet <deployment>-<pod-template-hash> with the safe alphabet', () => {
    const [rs] = listObjects<ReplicaSet>(cluster, 'ReplicaSet', 'default');
    expect(rs!.metadata.name).toMatch(/^np-pods-[4-9bcdf]{1,10}$/);
    expect(rs!.metadata.labels?.['pod-template-hash']).toBe(
      rs!.metadata.name.slice('np-pods-'.length),
    );
    expect(rs!.spec.selector.matchLabels).toEqual({
      app: 'np-pods',
      'pod-template-hash': rs!.metadata.labels?.['pod-template-hash'],
    });
  });

  it('name pods <replicaset>-<5 chars without vowels or 0/1/3>', () => {
    const pods = listObjects<Pod>(cluster, 'Pod', 'default');
    expect(pods).toHaveLength(3);
    for (const p of pods)
      expect(p.metadata.name).toMatch(/^np-pods-[4-9bcdf]+-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('name the container after the image and label everything app=<name>', () => {
    const pod = listObjects<Pod>(cluster, 'Pod', 'default')[0]!;
    expect(pod.spec.containers[0]!.name).toBe('echo-hname');
    expect(pod.metadata.labels?.app).toBe('np-pods');
  });

  it('spread the replicas over the three workers, never the tainted control plane', () => {
    const nodes = listObjects<Pod>(cluster, 'Pod', 'default')
      .map((p) => p.spec.nodeName)
      .sort();
    expect(nodes).toEqual(['w1-k8s', 'w2-k8s', 'w3-k8s']);
  });

  it("give pods addresses from their node's Calico block", () => {
    const blocks: Record<string, RegExp> = {
      'w1-k8s': /^172\.16\.221\.(129|1[3-8]\d|190)$/,
      'w2-k8s': /^172\.16\.103\.(129|1[3-8]\d|190)$/,
      'w3-k8s': /^172\.16\.132\.([1-9]|[1-5]\d|6[0-2])$/,
    };
    for (const p of listObjects<Pod>(cluster, 'Pod', 'default'))
      expect(p.status.podIP).toMatch(blocks[p.spec.nodeName!]!);
  });

  it('name the EndpointSlice <service>-<5 chars> and list every pod', () => {
    const slice = listObjects<EndpointSlice>(cluster, 'EndpointSlice', 'default').find(
      (x) => x.metadata.name !== 'kubernetes',
    )!;
    expect(slice.metadata.name).toMatch(/^np-svc-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice.endpoints).toHaveLength(3);
    expect(slice.ports).toEqual([{ name: 'http', port: 80, protocol: 'TCP' }]);
  });

  it('hash a changed template differently and an equal one the same', () => {
    const t = {
      metadata: { labels: { app: 'a' } },
      spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] },
    };
    expect(podTemplateHash(t)).toBe(podTemplateHash(structuredClone(t)));
    expect(podTemplateHash(t)).not.toBe(
      podTemplateHash({ ...t, spec: { containers: [{ name: 'c', image: 'nginx:1.26' }] } }),
    );
  });

  it("names a ReplicationController's pods <rc>-<5 chars> and owns them as core/v1", () => {
    const rc = createSession({ preset: 'k8sinfra', seed: 2 });
    rc.apply(
      'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: kubia\nspec:\n  replicas: 3\n  template:\n    metadata:\n      labels:\n        app: kubia\n    spec:\n      containers:\n      - name: kubia\n        image: luksa/kubia\n        ports:\n        - containerPort: 8080\n',
    );
    const pods = listObjects<Pod>(rc.cluster(), 'Pod', 'default');
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(/^kubia-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata.ownerReferences?.[0]).toMatchObject({
        apiVersion: 'v1',
        kind: 'ReplicationController',
        name: 'kubia',
        controller: true,
      });
    }
  });
});
