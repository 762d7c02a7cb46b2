// Properties every trace must have, over random clusters, senders and destinations: it ends, the
// reply retraces the request through the same nodes in reverse, and a request sent to a Service
// is only ever delivered to one of its ready endpoints.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { Pod, Service } from '../api/objects.ts';
import { createSession } from '../session.ts';
import type { Trace } from '../types.ts';

interface Scenario {
  readonly preset: string;
  readonly seed: number;
  readonly replicas: number;
  readonly type: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  readonly policy: 'Cluster' | 'Local';
  readonly affinity: boolean;
  readonly from: 'outside' | 'pod' | 'node';
  readonly to: 'clusterIP' | 'nodePort' | 'lb';
  readonly downNode: number | null;
  readonly requests: number;
}

const scenario = fc.record<Scenario>({
  preset: fc.constantFrom('lab', 'k8sinfra', 'minikube', 'gke', 'aws'),
  seed: fc.integer({ min: 1, max: 1000 }),
  replicas: fc.integer({ min: 0, max: 4 }),
  type: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer'),
  policy: fc.constantFrom('Cluster', 'Local'),
  affinity: fc.boolean(),
  from: fc.constantFrom('outside', 'pod', 'node'),
  to: fc.constantFrom('clusterIP', 'nodePort', 'lb'),
  downNode: fc.option(fc.integer({ min: 0, max: 3 })),
  requests: fc.integer({ min: 1, max: 3 }),
});

/** Node names in the order the hops visit them, repeats collapsed. */
function path(hops: Trace['hops']): string[] {
  const out: string[] = [];
  for (const h of hops) {
    if (!h.at.startsWith('node/')) continue;
    if (out[out.length - 1] !== h.at) out.push(h.at);
  }
  return out;
}

function run(sc: Scenario) {
  const s = createSession({ preset: sc.preset, seed: sc.seed });
  s.run(`kubectl create deployment web --image=nginx --replicas=${sc.replicas}`);
  s.run('kubectl run client --image=curlimages/curl --command -- sleep 3600');
  s.apply(`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: ${sc.type}
  selector:
    app: web
  ports:
  - port: 80
${sc.type !== 'ClusterIP' ? `  externalTrafficPolicy: ${sc.policy}\n` : ''}${sc.affinity ? '  sessionAffinity: ClientIP\n' : ''}`);
  s.run('lab wait 60');
  const nodes = s.cluster().preset.nodes;
  const down = sc.downNode === null ? null : nodes[sc.downNode % nodes.length]!;
  if (down && nodes.length > 1) s.run(`lab node down ${down.name}`);
  const svc = s.cluster().objects.get('Service/default/web') as Service;
  const port = svc.spec.ports![0]!;
  const lb = (svc.status.loadBalancer as { ingress?: { ip?: string; hostname?: string }[] })
    .ingress?.[0];
  const worker = nodes.find((n) => !n.controlPlane) ?? nodes[0]!;
  const target =
    sc.to === 'nodePort' && port.nodePort
      ? `${worker.ip}:${port.nodePort}`
      : sc.to === 'lb' && lb
        ? `${lb.ip ?? lb.hostname}:80`
        : `${svc.spec.clusterIP}:80`;
  const prefix =
    sc.from === 'pod'
      ? 'lab trace kubectl exec client -- curl -s -m 5'
      : sc.from === 'node'
        ? `lab trace ssh ${worker.name} curl -s -m 5`
        : 'lab trace curl -s -m 5';
  const traces: Trace[] = [];
  for (let i = 0; i < sc.requests; i++) {
    const r = s.run(`${prefix} http://${target}/`);
    if (r.trace) traces.push(r.trace);
  }
  return { s, traces };
}

describe('every trace, whatever the cluster and the sender', () => {
  it('ends, retraces its way back, and reaches only ready endpoints', () => {
    const seen = { delivered: 0, refused: 0, timeout: 0 } as Record<string, number>;
    fc.assert(
      fc.property(scenario, (sc) => {
        const { s, traces } = run(sc);
        const ready = new Set(
          listObjects<Pod>(s.cluster(), 'Pod')
            .filter(
              (p) =>
                p.metadata.name.startsWith('web-') &&
                (p.status.conditions as { type: string; status: string }[] | undefined)?.some(
                  (c) => c.type === 'Ready' && c.status === 'True',
                ),
            )
            .map((p) => `default/${p.metadata.name}`),
        );
        for (const t of traces) {
          seen[t.verdict] = (seen[t.verdict] ?? 0) + 1;
          expect(t.hops.length).toBeGreaterThan(0);
          expect(t.hops.length).toBeLessThan(80);
          expect(['delivered', 'refused', 'timeout', 'dns-error', 'unreachable']).toContain(
            t.verdict,
          );
          if (t.verdict === 'delivered') {
            if (t.servedBy) expect(ready.has(t.servedBy.pod)).toBe(true);
            const request = t.hops.filter((h) => !h.reply);
            const reply = t.hops.filter((h) => h.reply);
            expect(reply.length).toBeGreaterThan(0);
            // Passthrough balancers answer the client directly, but never through another node.
            expect(path(reply)).toEqual(path(request).reverse());
            // The reply reaches the sender from the address it called.
            const sent = t.hops[0]!.packet;
            const got = t.hops[t.hops.length - 1]!.packet;
            expect(got.dst).toBe(sent.src);
            expect(got.src).toBe(sent.dst);
          }
        }
      }),
      { numRuns: 40, seed: 20261123 },
    );
    // The generator must reach every outcome, or the properties above prove little.
    expect(seen.delivered).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.timeout).toBeGreaterThan(0);
  });
});
