// The EndpointSlice mirroring controller: labels, names and owner as upstream's
// pkg/controller/endpointslicemirroring (utils.go newEndpointSlice, addressToEndpoint) makes them,
// what it skips, and kube-proxy routing a selectorless Service to the mirrored addresses.
import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { EndpointSlice, Pod } from '../api/objects.ts';
import { createSession } from '../session.ts';

const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';

const manual = (ip: string, extra = '') => `apiVersion: v1
kind: Service
metadata:
  name: external-db
spec:
  ports:
  - name: pg
    port: 5432
---
apiVersion: v1
kind: Endpoints
metadata:
  name: external-db
  labels:
    team: data${extra}
subsets:
- addresses:
  - ip: ${ip}
    nodeName: NODE
  notReadyAddresses:
  - ip: 192.168.1.77
  ports:
  - name: pg
    port: 5432
`;

const mirrored = (s: ReturnType<typeof createSession>) =>
  listObjects<EndpointSlice>(s.cluster(), 'EndpointSlice').filter(
    (e) => e.metadata.labels?.[MANAGED_BY] === 'endpointslicemirroring-controller.k8s.io',
  );

describe('EndpointSlice mirroring', () => {
  it('mirrors a manual Endpoints object of a selectorless Service', () => {
    const s = createSession({ preset: 'lab' });
    const node = listObjects(s.cluster(), 'Node')[1]!.metadata.name;
    expect(s.apply(manual('10.244.1.9').replace('NODE', node)).exitCode).toBe(0);
    const [slice, ...rest] = mirrored(s);
    expect(rest).toEqual([]);
    const ep = listObjects(s.cluster(), 'Endpoints').find(
      (e) => e.metadata.name === 'external-db',
    )!;
    expect(slice!.apiVersion).toBe('discovery.k8s.io/v1');
    expect(slice!.metadata.name).toMatch(/^external-db-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice!.metadata.generateName).toBe('external-db-');
    // The Endpoints' own labels, then the two the controller sets; not the last-applied annotation.
    expect(slice!.metadata.labels).toEqual({
      team: 'data',
      'kubernetes.io/service-name': 'external-db',
      'endpointslice.kubernetes.io/managed-by': 'endpointslicemirroring-controller.k8s.io',
    });
    expect(slice!.metadata.annotations).toBeUndefined();
    expect(slice!.metadata.ownerReferences).toEqual([
      {
        apiVersion: 'v1',
        blockOwnerDeletion: true,
        controller: true,
        kind: 'Endpoints',
        name: 'external-db',
        uid: ep.metadata.uid,
      },
    ]);
    expect(slice!.addressType).toBe('IPv4');
    expect(slice!.ports).toEqual([{ name: 'pg', port: 5432, protocol: 'TCP' }]);
    // Only `ready` is set, from which list the address came.
    expect(slice!.endpoints).toEqual([
      { addresses: ['10.244.1.9'], conditions: { ready: true }, nodeName: node },
      { addresses: ['192.168.1.77'], conditions: { ready: false } },
    ]);
    const out = s.run('kubectl get endpointslices').stdout;
    expect(out).toContain(
      `${slice!.metadata.name}   IPv4          5432    10.244.1.9,192.168.1.77`,
    );
  });

  it('serves discovery.k8s.io/v1beta1 with the node as a topology label on v1.20', () => {
    const s = createSession({ preset: 'k8sinfra' });
    expect(s.apply(manual('172.16.103.130').replace('NODE', 'w2-k8s')).exitCode).toBe(0);
    const [slice] = mirrored(s);
    expect(slice!.apiVersion).toBe('discovery.k8s.io/v1beta1');
    expect(slice!.endpoints![0]).toEqual({
      addresses: ['172.16.103.130'],
      conditions: { ready: true },
      topology: { 'kubernetes.io/hostname': 'w2-k8s' },
    });
  });

  it('follows changes to the Endpoints and removes the slice when the Service goes', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(manual('10.244.1.9').replace(/\n    nodeName: NODE/, ''));
    const name = mirrored(s)[0]!.metadata.name;
    s.apply(manual('10.244.2.20').replace(/\n    nodeName: NODE/, ''));
    const [slice] = mirrored(s);
    expect(slice!.metadata.name).toBe(name);
    expect(slice!.endpoints!.map((e) => e.addresses[0])).toEqual(['10.244.2.20', '192.168.1.77']);
    s.run('kubectl delete service external-db');
    expect(mirrored(s)).toEqual([]);
  });

  it("skips skip-mirror Endpoints, the API server's own, and Services with a selector", () => {
    const s = createSession({ preset: 'lab' });
    // The kubernetes Endpoints carry skip-mirror=true: no mirrored slice at start.
    expect(mirrored(s)).toEqual([]);
    s.apply(
      manual('10.244.1.9', '\n    endpointslice.kubernetes.io/skip-mirror: "true"').replace(
        /\n    nodeName: NODE/,
        '',
      ),
    );
    expect(mirrored(s)).toEqual([]);
    const t = createSession({ preset: 'lab' });
    t.apply(`apiVersion: v1
kind: Endpoints
metadata:
  name: lonely
subsets:
- addresses:
  - ip: 10.244.1.9
  ports:
  - port: 80
`);
    expect(mirrored(t)).toEqual([]); // no Service of that name
    t.run('kubectl create deployment web --image=nginx');
    t.run('kubectl expose deployment web --port=80');
    t.run('lab wait 30');
    expect(mirrored(t)).toEqual([]); // the EndpointSlice controller's Service
  });
});

describe('a selectorless Service routes to the mirrored addresses', () => {
  const setup = (ip: (web: Pod) => string) => {
    const s = createSession({ preset: 'lab', seed: 3 });
    s.run('kubectl create deployment web --image=sysnet4admin/echo-hname');
    s.run('kubectl run client --image=nicolaka/netshoot -- sleep infinity');
    s.run('lab wait 30');
    const web = listObjects<Pod>(s.cluster(), 'Pod').find((p) =>
      p.metadata.name.startsWith('web-'),
    )!;
    s.apply(`apiVersion: v1
kind: Service
metadata:
  name: manual
spec:
  ports:
  - port: 80
---
apiVersion: v1
kind: Endpoints
metadata:
  name: manual
subsets:
- addresses:
  - ip: ${ip(web)}
  ports:
  - port: 80
`);
    const svc = listObjects(s.cluster(), 'Service').find((x) => x.metadata.name === 'manual')!;
    const clusterIP = (svc.spec as { clusterIP: string }).clusterIP;
    return { s, web, clusterIP };
  };

  it('to a pod address: DNAT to it and delivered to that pod', () => {
    const { s, web, clusterIP } = setup((w) => w.status.podIP!);
    const t = s.run(`lab trace kubectl exec client -- curl -s http://${clusterIP}`).trace!;
    expect(t.verdict).toBe('delivered');
    const dnat = t.hops.find((h) => h.action === 'dnat')!;
    expect(dnat.packet.dst).toBe(`${web.status.podIP}:80`);
    expect(dnat.rule).toContain('--comment "default/manual"');
    expect(dnat.rule).toContain(`-j DNAT --to-destination ${web.status.podIP}:80`);
    expect(t.hops[t.hops.length - 1]!.at).toBe('pod/default/client');
    expect(
      t.hops.some((h) => h.action === 'deliver' && h.at === `pod/default/${web.metadata.name}`),
    ).toBe(true);
  });

  it("to an address outside the cluster: DNAT, then out by the node's default route", () => {
    const { s, clusterIP } = setup(() => '93.184.216.34');
    const t = s.run(`lab trace kubectl exec client -- curl -s http://${clusterIP}`).trace!;
    const dnat = t.hops.find((h) => h.action === 'dnat')!;
    expect(dnat.packet.dst).toBe('93.184.216.34:80');
    const after = t.hops[t.hops.indexOf(dnat) + 1]!;
    expect(after.rule).toMatch(/^default via /);
    expect(t.verdict).not.toBe('delivered');
  });
});
