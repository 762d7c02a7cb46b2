import { describe, expect, it } from 'vitest';
import type { ClusterView } from '../engine/index.ts';
import { translateMessage } from './i18n/i18n.ts';
import { sendersOf, targetsFor, traceCommand } from './targets.ts';

const view: ClusterView = {
  preset: 'lab',
  version: 'v1.33.0',
  clients: [
    { name: 'laptop', ip: '10.0.0.1' },
    { name: 'internet', ip: '198.51.100.7' },
  ],
  nodes: [
    {
      name: 'worker-1',
      ip: '10.0.0.11',
      podCIDR: '10.244.1.0/24',
      role: 'worker',
      ready: true,
      poweredOff: false,
      nodePorts: [],
    },
  ],
  pods: [
    {
      namespace: 'default',
      name: 'web-1',
      ip: '10.244.1.2',
      node: 'worker-1',
      labels: {},
      ready: true,
      phase: 'Running',
      system: false,
      images: [],
      ingressController: false,
    },
    {
      namespace: 'kube-system',
      name: 'kube-proxy-x',
      ip: '10.0.0.11',
      node: 'worker-1',
      labels: {},
      ready: true,
      phase: 'Running',
      system: true,
      images: [],
      ingressController: false,
    },
    {
      namespace: 'default',
      name: 'web-2',
      ip: null,
      node: 'worker-1',
      labels: {},
      ready: false,
      phase: 'ContainerCreating',
      system: false,
      images: [],
      ingressController: false,
    },
  ],
  services: [
    {
      namespace: 'default',
      name: 'kubernetes',
      type: 'ClusterIP',
      clusterIP: '10.96.0.1',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', nodePort: null }],
      externalAddresses: [],
      loadBalancer: null,
    },
    {
      namespace: 'default',
      name: 'web',
      type: 'LoadBalancer',
      clusterIP: '10.110.1.1',
      ports: [{ name: null, port: 80, protocol: 'TCP', nodePort: 31458 }],
      externalAddresses: ['10.0.0.200'],
      loadBalancer: { kind: 'metallb-l2', address: '10.0.0.200', by: 'worker-1' },
    },
    {
      namespace: 'shop',
      name: 'api',
      type: 'ClusterIP',
      clusterIP: '10.110.2.2',
      ports: [{ name: null, port: 8080, protocol: 'TCP', nodePort: null }],
      externalAddresses: [],
      loadBalancer: null,
    },
  ],
};

describe('sendersOf', () => {
  it('lists outside machines, nodes, then running pods with their own address', () => {
    expect(sendersOf(view).map((s) => s.id)).toEqual([
      'client/laptop',
      'client/internet',
      'node/worker-1',
      'pod/default/web-1',
    ]);
  });
});

describe('traceCommand', () => {
  it('needs no --from for the first outside machine, and names any other sender (cli.md)', () => {
    expect(traceCommand(view, '', 'http://x ')).toBe('lab trace curl http://x');
    expect(traceCommand(view, 'client/laptop', 'http://x')).toBe('lab trace curl http://x');
    expect(traceCommand(view, 'client/internet', 'http://x')).toBe(
      'lab trace --from internet curl http://x',
    );
    expect(traceCommand(view, 'pod/default/web-1', 'http://web')).toBe(
      'lab trace --from pod/default/web-1 curl http://web',
    );
    expect(traceCommand(view, 'node/worker-1', 'http://x')).toBe(
      'lab trace --from node/worker-1 curl http://x',
    );
  });
});

describe('targetsFor', () => {
  it('offers an outside machine node ports and load-balancer addresses only', () => {
    const urls = targetsFor(view, 'client/laptop').map((t) => t.url);
    expect(urls).toEqual(['http://10.0.0.11:31458', 'http://10.0.0.200']);
    const vip = targetsFor(view, 'client/laptop').find((t) => t.url === 'http://10.0.0.200');
    expect(vip?.label).toBe('MetalLB VIP of default/web (speaker on worker-1)');
    expect(translateMessage('ko', vip!.says)).toBe(
      'default/web의 MetalLB VIP (worker-1 노드의 speaker)',
    );
  });

  it('says each address in both languages, the English being its label', () => {
    for (const from of ['client/laptop', 'node/worker-1', 'pod/default/web-1']) {
      for (const t of targetsFor(view, from)) {
        expect(translateMessage('en', t.says)).toBe(t.label);
        expect(translateMessage('ko', t.says)).toMatch(/[\uac00-\ud7a3]/);
      }
    }
  });

  it('adds ClusterIPs from a node, and DNS names from a pod (short in its own namespace)', () => {
    const fromNode = targetsFor(view, 'node/worker-1').map((t) => t.url);
    expect(fromNode).toContain('http://10.110.1.1');
    expect(fromNode).toContain('http://10.110.2.2:8080');
    expect(fromNode).not.toContain('http://web');
    const fromPod = targetsFor(view, 'pod/default/web-1').map((t) => t.url);
    expect(fromPod).toContain('http://web');
    expect(fromPod).toContain('http://api.shop:8080');
    // The API server's Service speaks HTTPS only.
    expect(fromPod.some((u) => u.includes('10.96.0.1'))).toBe(false);
  });
});
