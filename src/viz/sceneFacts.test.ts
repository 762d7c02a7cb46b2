import { describe, expect, it } from 'vitest';
import { createSession } from '../engine/index.ts';
import type { ClusterView, Hop, ServiceView, Trace } from '../engine/index.ts';
import { loadBalancerExample } from '../app/scenarios/loadBalancerExample.ts';
import { factsFromTrace, factsFromView, mergeFacts, NO_FACTS } from './sceneFacts.ts';

function hop(at: string, action: Hop['action'], src: string, dst: string, rule?: string): Hop {
  return {
    at,
    action,
    packet: { proto: 'TCP', src, dst, outer: null },
    rule: rule ?? null,
    note: '',
  };
}

function trace(hops: Hop[]): Trace {
  return {
    verdict: 'delivered',
    response: null,
    servedBy: null,
    clientSeenByPod: null,
    nodes: [],
    hops,
  };
}

function lbService(
  name: string,
  loadBalancer: ServiceView['loadBalancer'],
  externalAddresses: string[] = loadBalancer === null ? [] : [loadBalancer.address],
): ServiceView {
  const ports = [{ name: null, port: 80, protocol: 'TCP', nodePort: 31000 }];
  const base = { namespace: 'default', name, clusterIP: '10.96.0.10', ports, externalAddresses };
  return { ...base, type: 'LoadBalancer', loadBalancer };
}

function viewOf(preset: string, services: ServiceView[]): ClusterView {
  return { preset, version: 'v1.33.0', clients: [], nodes: [], pods: [], services };
}

describe('factsFromView', () => {
  it('makes a cloud frontend a balancer named as its lb/ hops', () => {
    const gke = lbService('web', {
      kind: 'cloud-passthrough',
      address: '203.0.113.10',
      by: 'a12345678',
    });
    const elb = 'a12345678-42.ap-northeast-2.elb.amazonaws.com';
    const aws = lbService('api', { kind: 'cloud-proxy', address: elb, by: 'a87654321' });
    expect(factsFromView(viewOf('gke', [gke, aws]))).toEqual({
      balancers: [
        { name: 'a12345678', address: '203.0.113.10', service: 'default/web' },
        { name: 'a87654321', address: elb, service: 'default/api' },
      ],
      vips: [],
    });
  });

  it("puts a MetalLB layer-2 VIP on its speaker's node, and nothing while none answers", () => {
    const l2 = lbService('web', { kind: 'metallb-l2', address: '10.0.0.200', by: 'worker-2' });
    const orphan = lbService('db', { kind: 'metallb-l2', address: '10.0.0.201', by: null });
    const pending = lbService('new', null);
    expect(factsFromView(viewOf('lab', [l2, orphan, pending]))).toEqual({
      balancers: [],
      vips: [{ node: 'worker-2', ip: '10.0.0.200', service: 'default/web' }],
    });
    expect(factsFromView(null)).toBe(NO_FACTS);
  });

  it('draws neither a BGP address (no one node) nor the tunnel (127.0.0.1 is the laptop)', () => {
    const bgp = lbService('web', { kind: 'metallb-bgp', address: '10.0.0.200', by: null });
    const tunnel = lbService('t', {
      kind: 'minikube-tunnel',
      address: '127.0.0.1',
      by: 'minikube',
    });
    expect(factsFromView(viewOf('minikube', [bgp, tunnel]))).toEqual(NO_FACTS);
  });
});

describe('factsFromView on the engine', () => {
  it("names the gke balancer exactly as the trace's lb/ hop does", () => {
    const session = createSession({ preset: 'gke', seed: 1 });
    session.apply(loadBalancerExample('gke').manifest);
    session.advance(90);
    const facts = factsFromView(session.view());
    const box = facts.balancers[0];
    expect(box?.service).toBe('default/web');
    const trace = session.run(`lab trace curl http://${box?.address ?? ''}`).trace;
    const lbHop = trace?.hops.find((h) => h.at.startsWith('lb/'));
    expect(lbHop?.at).toBe(`lb/${box?.name ?? ''}`);
  });

  it('puts the lab VIP on the node the ARP answer sends the packet to', () => {
    const session = createSession({ preset: 'lab', seed: 1 });
    session.apply(loadBalancerExample('lab').manifest);
    session.advance(60);
    const vip = factsFromView(session.view()).vips[0];
    expect(vip?.ip).toBe('10.0.0.200');
    const trace = session.run('lab trace curl http://10.0.0.200').trace;
    expect(trace === undefined ? [] : factsFromTrace(trace).vips).toEqual([
      { node: vip?.node, ip: '10.0.0.200', service: null },
    ]);
  });
});

describe('factsFromTrace', () => {
  it('names the balancers a trace passes, with the address the client called', () => {
    const t = trace([
      hop('client/laptop', 'send', '198.51.100.30:5', '203.0.113.20:80'),
      hop('lb/abc', 'proxy', '172.20.63.224:3', '172.20.41.17:30862'),
    ]);
    expect(factsFromTrace(t).balancers).toEqual([
      { name: 'abc', address: '203.0.113.20', service: null },
    ]);
  });

  it('puts the ARP-answered VIP on the node the packet reaches next', () => {
    const t = trace([
      hop('client/laptop', 'send', '10.0.0.1:4', '10.0.0.200:80'),
      hop(
        'client/laptop',
        'arp',
        '10.0.0.1:4',
        '10.0.0.200:80',
        '10.0.0.200 is-at 52:54:00:70:f9:2d',
      ),
      hop('node/worker-2', 'dnat', '10.0.0.1:4', '10.244.1.2:80'),
    ]);
    expect(factsFromTrace(t).vips).toEqual([{ node: 'worker-2', ip: '10.0.0.200', service: null }]);
  });
});

describe('mergeFacts', () => {
  it('keeps one balancer per name and moves a VIP to the newer node (failover)', () => {
    const a = {
      balancers: [{ name: 'x', address: '1.1.1.1', service: 'default/web' }],
      vips: [{ node: 'worker-1', ip: '10.0.0.200', service: 'default/web' }],
    };
    const b = {
      balancers: [{ name: 'x', address: '1.1.1.1', service: null }],
      vips: [{ node: 'worker-3', ip: '10.0.0.200', service: null }],
    };
    const merged = mergeFacts(a, b);
    expect(merged.balancers).toEqual(a.balancers);
    expect(merged.vips.map((v) => v.node)).toEqual(['worker-3']);
  });
});
