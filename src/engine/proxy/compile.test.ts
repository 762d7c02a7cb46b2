import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/objects.ts';
import { clusterWith, meta, presetAt } from '../testing/cluster.ts';
import { compileNodeRules } from './compile.ts';
import { iptablesSave } from './rule.ts';

const npSvc: KubeObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: meta('np-svc'),
  spec: {
    type: 'NodePort',
    clusterIP: '10.101.148.19',
    clusterIPs: ['10.101.148.19'],
    selector: { app: 'np-pods' },
    externalTrafficPolicy: 'Cluster',
    ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30000 }],
  },
  status: { loadBalancer: {} },
};

const endpoint = (ip: string, node: string) => ({
  addresses: [ip],
  conditions: { ready: true, serving: true, terminating: false },
  nodeName: node,
});

const npSlice: KubeObject = {
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  metadata: meta('np-svc-7tq2d', 'default', { labels: { 'kubernetes.io/service-name': 'np-svc' } }),
  addressType: 'IPv4',
  endpoints: [endpoint('172.16.103.130', 'w2-k8s'), endpoint('172.16.132.4', 'w3-k8s')],
  ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
};

/** Only the kubernetes Service and its slice survive from the preset, as in the reference dump. */
const onlyKubernetesService = (o: KubeObject) =>
  !['Service', 'EndpointSlice', 'Endpoints'].includes(o.kind) || o.metadata.name === 'kubernetes';

describe('kube-proxy rules of a v1.33 node', () => {
  it('equal, line for line, the reference iptables-save of w1-k8s for np-svc with two endpoints (§3.11)', () => {
    const { cluster } = clusterWith(presetAt('k8sinfra', 'v1.33.0'), onlyKubernetesService, [
      npSvc,
      npSlice,
    ]);
    const rules = compileNodeRules(cluster, 'w1-k8s');
    const text = iptablesSave([rules.nat, rules.filter], 'v1.8.7', 'Mon Jan  6 10:00:00 2025');
    const expected = readFileSync(
      new URL('./__fixtures__/reference-3.11-w1-k8s.iptables-save', import.meta.url),
      'utf8',
    );
    expect(text).toBe(expected);
  });

  it('reject a Service without endpoints in the filter table and give it no nat chains', () => {
    const empty = { ...npSlice, endpoints: null, ports: null };
    const { cluster } = clusterWith(presetAt('k8sinfra', 'v1.33.0'), onlyKubernetesService, [
      npSvc,
      empty,
    ]);
    const rules = compileNodeRules(cluster, 'w1-k8s');
    const nat = iptablesSave([rules.nat], 'v1.8.7', 'x');
    const filter = iptablesSave([rules.filter], 'v1.8.7', 'x');
    expect(nat).not.toContain('np-svc');
    expect(filter).toContain(
      '-A KUBE-SERVICES -d 10.101.148.19/32 -p tcp -m comment --comment "default/np-svc:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    );
    expect(filter).toContain(
      '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/np-svc:http has no endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30000 -j REJECT --reject-with icmp-port-unreachable',
    );
  });
});

describe('kube-proxy rules of a v1.20 node (the k8sinfra book cluster)', () => {
  const { cluster } = clusterWith(presetAt('k8sinfra', 'v1.20.2'), onlyKubernetesService, [
    npSvc,
    npSlice,
  ]);
  const nat = iptablesSave([compileNodeRules(cluster, 'w1-k8s').nat], 'v1.8.4', 'x');

  it('mark and dispatch nodePort traffic from KUBE-NODEPORTS, before KUBE-EXT chains existed', () => {
    expect(nat).toContain(
      '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/np-svc:http" -m tcp --dport 30000 -j KUBE-MARK-MASQ',
    );
    expect(nat).toContain(
      '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/np-svc:http" -m tcp --dport 30000 -j KUBE-SVC-DUCBKF5X6SF6MMTH',
    );
    expect(nat).not.toContain('KUBE-EXT-');
  });

  it('keep the off-cluster masquerade rule in KUBE-SERVICES', () => {
    expect(nat).toContain(
      '-A KUBE-SERVICES ! -s 172.16.0.0/16 -d 10.101.148.19/32 -p tcp -m comment --comment "default/np-svc:http cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
    );
    expect(nat).toContain(
      '-A KUBE-SVC-DUCBKF5X6SF6MMTH -m comment --comment "default/np-svc:http" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-Y6SKA3NXPXFLBXLQ',
    );
  });
});
