import { describe, expect, it } from 'vitest';
import type { Hop, Trace } from '../engine/index.ts';
import { cloudBalancerName, factsFromObjects, factsFromTrace, mergeFacts } from './sceneFacts.ts';

const lbService = (uid: string, ingress: object[]) => ({
  metadata: { name: 'web', namespace: 'default', uid },
  spec: { type: 'LoadBalancer' },
  status: { loadBalancer: { ingress } },
});

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

describe('cloudBalancerName', () => {
  it('is "a" and the UID without dashes, cut to 32 characters', () => {
    // k8s.io/cloud-provider DefaultLoadBalancerName; AWS ELB names are 32 characters at most.
    expect(cloudBalancerName('a00f580c-9b1c-d43c-e988-57075056c5ba')).toBe(
      'aa00f580c9b1cd43ce98857075056c5b',
    );
  });
});

describe('factsFromObjects', () => {
  it('makes each cloud LoadBalancer address a balancer on gke and aws', () => {
    const services = { items: [lbService('1234-5678', [{ ip: '203.0.113.10' }])] };
    expect(factsFromObjects('gke', services, null)).toEqual({
      balancers: [{ name: 'a12345678', address: '203.0.113.10', service: 'default/web' }],
      vips: [],
    });
    const elb = { hostname: 'a12345678-42.ap-northeast-2.elb.amazonaws.com' };
    const aws = factsFromObjects('aws', { items: [lbService('1234-5678', [elb])] }, null);
    expect(aws.balancers[0]?.address).toBe(elb.hostname);
  });

  it("puts a MetalLB VIP on the node its speaker's nodeAssigned event names", () => {
    const services = { items: [lbService('u', [{ ip: '10.0.0.200', ipMode: 'VIP' }])] };
    const events = {
      items: [
        {
          reason: 'nodeAssigned',
          message: 'announcing from node "worker-2" with protocol "layer2"',
          involvedObject: { kind: 'Service', name: 'web', namespace: 'default' },
        },
      ],
    };
    expect(factsFromObjects('lab', services, events)).toEqual({
      balancers: [],
      vips: [{ node: 'worker-2', ip: '10.0.0.200', service: 'default/web' }],
    });
    // No announcement yet: no VIP to draw.
    expect(factsFromObjects('lab', services, { items: [] }).vips).toEqual([]);
  });

  it('ignores anything that is not a list of objects', () => {
    expect(factsFromObjects('gke', 'oops', 42)).toEqual({ balancers: [], vips: [] });
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
