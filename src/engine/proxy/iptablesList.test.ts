// `iptables -L` listings of the reference §3.11 node (w1-k8s, np-svc with two endpoints). Expected
// text follows iptables' print_firewall column layout and the extensions' print functions, checked
// against pasted real listings (e.g. "KUBE-PROXY-FIREWALL  all  --  anywhere             anywhere
// ctstate NEW /* kubernetes load balancer firewall */").
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/objects.ts';
import { clusterWith, meta, presetAt } from '../testing/cluster.ts';
import { compileNodeRules } from './compile.ts';
import { iptablesList } from './iptablesList.ts';

const npSvc: KubeObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: meta('np-svc'),
  spec: {
    type: 'NodePort',
    clusterIP: '10.101.148.19',
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
const { cluster } = clusterWith(
  presetAt('k8sinfra', 'v1.33.0'),
  (o) =>
    !['Service', 'EndpointSlice', 'Endpoints'].includes(o.kind) || o.metadata.name === 'kubernetes',
  [npSvc, npSlice],
);
const { nat, filter } = compileNodeRules(cluster, 'w1-k8s');
const plain = { numeric: false, verbose: false, lineNumbers: false };
const numeric = { ...plain, numeric: true };

describe('iptables -L', () => {
  it('lists a service chain with -n: references, negated source, comments, statistic', () => {
    expect(iptablesList(nat, { ...numeric, chain: 'KUBE-SVC-DUCBKF5X6SF6MMTH' }).stdout).toBe(
      [
        'Chain KUBE-SVC-DUCBKF5X6SF6MMTH (2 references)',
        'target     prot opt source               destination         ',
        'KUBE-MARK-MASQ  tcp  -- !172.16.0.0/16        10.101.148.19        /* default/np-svc:http cluster IP */ tcp dpt:80',
        'KUBE-SEP-Y6SKA3NXPXFLBXLQ  all  --  0.0.0.0/0            0.0.0.0/0            /* default/np-svc:http -> 172.16.103.130:80 */ statistic mode random probability 0.50000000000',
        'KUBE-SEP-6MEMA5DQXWUN2RV4  all  --  0.0.0.0/0            0.0.0.0/0            /* default/np-svc:http -> 172.16.132.4:80 */',
        '',
      ].join('\n'),
    );
  });

  it('prints DNAT, MARK and MASQUERADE targets as their extensions do', () => {
    expect(iptablesList(nat, { ...numeric, chain: 'KUBE-SEP-6MEMA5DQXWUN2RV4' }).stdout).toBe(
      [
        'Chain KUBE-SEP-6MEMA5DQXWUN2RV4 (1 references)',
        'target     prot opt source               destination         ',
        'KUBE-MARK-MASQ  all  --  172.16.132.4         0.0.0.0/0            /* default/np-svc:http */',
        'DNAT       tcp  --  0.0.0.0/0            0.0.0.0/0            /* default/np-svc:http */ tcp to:172.16.132.4:80',
        '',
      ].join('\n'),
    );
    expect(
      iptablesList(nat, { ...numeric, lineNumbers: true, chain: 'KUBE-POSTROUTING' }).stdout,
    ).toBe(
      [
        'Chain KUBE-POSTROUTING (1 references)',
        'num  target     prot opt source               destination         ',
        '1    RETURN     all  --  0.0.0.0/0            0.0.0.0/0            mark match ! 0x4000/0x4000',
        '2    MARK       all  --  0.0.0.0/0            0.0.0.0/0            MARK xor 0x4000',
        '3    MASQUERADE  all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes service traffic requiring SNAT */ random-fully',
        '',
      ].join('\n'),
    );
  });

  it('resolves names without -n: anywhere, service names for well-known ports', () => {
    const out = iptablesList(filter, plain).stdout;
    expect(
      out.startsWith(
        [
          'Chain INPUT (policy ACCEPT)',
          'target     prot opt source               destination         ',
          'KUBE-PROXY-FIREWALL  all  --  anywhere             anywhere             ctstate NEW /* kubernetes load balancer firewall */',
          'KUBE-NODEPORTS  all  --  anywhere             anywhere             /* kubernetes health check service ports */',
          'KUBE-EXTERNAL-SERVICES  all  --  anywhere             anywhere             ctstate NEW /* kubernetes externally-visible service portals */',
          'KUBE-FIREWALL  all  --  anywhere             anywhere            ',
          '',
          'Chain FORWARD (policy ACCEPT)',
        ].join('\n'),
      ),
    ).toBe(true);
    expect(out).toContain(
      // 127.0.0.0 reverse-resolves to localhost (as in pasted dumps: "localhost/8").
      'DROP       all  -- !localhost/8          localhost/8          /* block incoming localnet connections */ ! ctstate RELATED,ESTABLISHED,DNAT',
    );
    expect(iptablesList(nat, { ...plain, chain: 'KUBE-SERVICES' }).stdout).toContain(
      'KUBE-SVC-NPX46M4PTMTKRN6Y  tcp  --  anywhere             10.96.0.1            /* default/kubernetes:https cluster IP */ tcp dpt:https',
    );
  });

  it('adds counters and interfaces with -v', () => {
    const out = iptablesList(filter, { ...numeric, verbose: true, chain: 'INPUT' }).stdout;
    expect(out.split('\n').slice(0, 3)).toEqual([
      'Chain INPUT (policy ACCEPT 0 packets, 0 bytes)',
      ' pkts bytes target     prot opt in     out     source               destination         ',
      '    0     0 KUBE-PROXY-FIREWALL  all  --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW /* kubernetes load balancer firewall */',
    ]);
  });

  it('prints protocol numbers under -n on iptables v1.8.9', () => {
    const out = iptablesList(nat, {
      ...numeric,
      version: 'v1.8.9',
      chain: 'KUBE-NODEPORTS',
    }).stdout;
    expect(out).toContain(
      'KUBE-EXT-DUCBKF5X6SF6MMTH  6    --  0.0.0.0/0            0.0.0.0/0            /* default/np-svc:http */ tcp dpt:30000',
    );
  });

  it('fails on an unknown chain', () => {
    expect(iptablesList(nat, { ...numeric, chain: 'KUBE-NOPE' })).toEqual({
      stdout: '',
      stderr: 'iptables: No chain/target/match by that name.\n',
      exitCode: 1,
    });
  });
});
