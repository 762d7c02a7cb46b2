import { describe as suite, expect, it } from 'vitest';
import { getObject, listObjects } from '../../api/cluster.ts';
import { recordEvent } from '../../api/events.ts';
import type { EndpointSlice, Service } from '../../api/objects.ts';
import { NP_PODS_DEPLOYMENT, NP_SVC } from '../../presets/examples.ts';
import { createSession } from '../../session.ts';
import { describe } from './describe.ts';
import { NetState } from '../../net/netState.ts';

/** Reference §9.6's Service: np-svc, port http 80 -> 80, nodePort 30000, two pods behind it. */
function npSession(preset: string) {
  const s = createSession({ preset, seed: 1 });
  s.apply(NP_PODS_DEPLOYMENT.replace('replicas: 3', 'replicas: 2'));
  s.apply(NP_SVC.replace('spec:\n', 'spec:\n  clusterIP: 10.101.148.19\n'));
  // Pods take a few simulated seconds to pull and start.
  s.run('lab wait 30');
  return s;
}

suite('kubectl describe service', () => {
  it('prints reference §9.6 field for field on a v1.33 cluster', () => {
    const s = npSession('lab');
    const ready = listObjects<EndpointSlice>(s.cluster(), 'EndpointSlice', 'default')
      .filter((e) => e.metadata.labels?.['kubernetes.io/service-name'] === 'np-svc')
      .flatMap((e) => (e.endpoints ?? []).filter((p) => p.conditions.ready))
      .map((p) => `${p.addresses[0]}:80`);
    expect(ready).toHaveLength(2);
    expect(s.run('kubectl describe svc np-svc').stdout).toBe(
      [
        'Name:                     np-svc',
        'Namespace:                default',
        'Labels:                   <none>',
        'Annotations:              <none>',
        'Selector:                 app=np-pods',
        'Type:                     NodePort',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.101.148.19',
        'IPs:                      10.101.148.19',
        'Port:                     http  80/TCP',
        'TargetPort:               80/TCP',
        'NodePort:                 http  30000/TCP',
        `Endpoints:                ${ready.join(',')}`,
        'Session Affinity:         None',
        'External Traffic Policy:  Cluster',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });

  it('leaves Endpoints blank (padded) on v1.31+ when the Service selects no ready pod', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(NP_SVC.replace('app: np-pods', 'app: nobody'));
    const lines = s.run('kubectl describe svc np-svc').stdout.split('\n');
    expect(lines).toContain('Endpoints:                ');
  });

  it('prints <none> on a v1.20 kubectl, which reads the empty Endpoints object', () => {
    const s = createSession({ preset: 'k8sinfra' });
    s.apply(NP_SVC.replace('app: np-pods', 'app: nobody'));
    const lines = s.run('kubectl describe svc np-svc').stdout.split('\n');
    expect(lines.find((l) => l.startsWith('Endpoints:'))).toMatch(/^Endpoints: +<none>$/);
    expect(lines.some((l) => l.startsWith('Internal Traffic Policy:'))).toBe(false);
  });

  it('lists aggregated events as "age (xN over first)" in their own aligned table', () => {
    const s = npSession('lab');
    let cluster = s.cluster();
    const svc = getObject<Service>(cluster, 'Service', 'default', 'np-svc')!;
    const ctx = { random: { int: () => 0, next: () => 0 } } as unknown as Parameters<
      typeof recordEvent
    >[1];
    const source = { component: 'service-controller' };
    cluster = recordEvent(cluster, ctx, svc, 'Normal', 'Type', 'NodePort -> LoadBalancer', source);
    cluster = { ...cluster, now: cluster.now + 150_000 };
    cluster = recordEvent(
      cluster,
      ctx,
      svc,
      'Warning',
      'SyncLoadBalancerFailed',
      'no cloud',
      source,
    );
    cluster = { ...cluster, now: cluster.now + 150_000 };
    cluster = recordEvent(
      cluster,
      ctx,
      svc,
      'Warning',
      'SyncLoadBalancerFailed',
      'no cloud',
      source,
    );
    cluster = { ...cluster, now: cluster.now + 10_000 };
    const out = describe({ cluster, ctx, net: new NetState() }, ['svc', 'np-svc']).stdout.split(
      '\n',
    );
    expect(out.slice(out.indexOf('Events:'))).toEqual([
      'Events:',
      '  Type     Reason                  Age                  From                Message',
      '  ----     ------                  ----                 ----                -------',
      '  Normal   Type                    5m10s                service-controller  NodePort -> LoadBalancer',
      '  Warning  SyncLoadBalancerFailed  10s (x2 over 2m40s)  service-controller  no cloud',
      '',
    ]);
  });

  it('describes every object whose name starts with the word given', () => {
    const s = npSession('lab');
    const out = s.run('kubectl describe pod np-pods').stdout;
    expect(out.match(/^Name: +np-pods-/gm)).toHaveLength(2);
    expect(out).toContain('\n\nName:');
    expect(s.run('kubectl describe pod nothing').stderr).toBe(
      'Error from server (NotFound): pods "nothing" not found\n',
    );
  });
});

suite('kubectl describe deployment and pod', () => {
  it('prints the replica counts, the pod template block and the new ReplicaSet', () => {
    const out = npSession('lab').run('kubectl describe deployment np-pods').stdout.split('\n');
    expect(out).toContain(
      'Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable',
    );
    expect(out).toContain('RollingUpdateStrategy:  25% max unavailable, 25% max surge');
    const template = out.slice(out.indexOf('Pod Template:'), out.indexOf('Pod Template:') + 11);
    expect(template).toEqual([
      'Pod Template:',
      '  Labels:  app=np-pods',
      '  Containers:',
      '   echo-hname:',
      '    Image:         sysnet4admin/echo-hname',
      '    Port:          <none>',
      '    Host Port:     <none>',
      '    Environment:   <none>',
      '    Mounts:        <none>',
      '  Volumes:         <none>',
      '  Node-Selectors:  <none>',
    ]);
    expect(out.find((l) => l.startsWith('NewReplicaSet:'))).toMatch(
      /^NewReplicaSet:   np-pods-[a-z0-9]+ \(2\/2 replicas created\)$/,
    );
    expect(out).toContain('OldReplicaSets:  <none>');
  });

  it("prints a pod's conditions with kubectl's trailing space and the default tolerations", () => {
    const out = npSession('lab').run('kubectl describe pod np-pods').stdout.split('\n');
    expect(out).toContain('  Ready             True ');
    expect(out).toContain(
      'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
    );
    expect(out).toContain(
      '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
    );
  });

  it('gives a static pod no ServiceAccount and no token volume, as the kubelet mirrors it', () => {
    const s = createSession({ preset: 'lab' });
    const out = s.run('kubectl describe pod -n kube-system etcd-control-plane').stdout.split('\n');
    expect(out.some((l) => l.startsWith('Service Account:'))).toBe(false);
    expect(out.some((l) => /^Volumes: +<none>$/.test(l))).toBe(true);
    expect(out).toContain('Priority:             2000001000');
  });

  it('describes a ReplicaSet with its owner, replica counts and pod phases', () => {
    const out = npSession('lab').run('kubectl describe rs').stdout.split('\n');
    expect(out).toContain('Controlled By:  Deployment/np-pods');
    expect(out).toContain('Replicas:       2 current / 2 desired');
    expect(out).toContain('Pods Status:    2 Running / 0 Waiting / 0 Succeeded / 0 Failed');
  });
});
