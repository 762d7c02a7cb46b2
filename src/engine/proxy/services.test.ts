// Rules for the Service features beyond a plain NodePort (reference §3.4-§3.10): session affinity,
// externalIPs, load-balancer IPs and source ranges, internalTrafficPolicy, health-check ports, UDP.
// Expected lines are written from the reference's rule shapes; chain hashes come from chainNames
// (checked against the reference's anchors in chainNames.test.ts).
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/objects.ts';
import { clusterWith, meta, presetAt } from '../testing/cluster.ts';
import { endpointChain, firewallChain, localServiceChain, serviceChain } from './chainNames.ts';
import { compileNodeRules } from './compile.ts';
import { healthCheckAnswer } from './healthCheck.ts';
import { recentTables, type RecentState } from './recent.ts';
import { iptablesSave } from './rule.ts';
import { walkChain, type WalkPacket } from './walk.ts';
import { createRandom } from '../util/random.ts';

const onlyKubernetesService = (o: KubeObject) =>
  !['Service', 'EndpointSlice', 'Endpoints'].includes(o.kind) || o.metadata.name === 'kubernetes';

const endpoint = (ip: string, node: string, ready = true) => ({
  addresses: [ip],
  conditions: { ready, serving: ready, terminating: false },
  nodeName: node,
});

function service(name: string, spec: Record<string, unknown>, status: object = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(name),
    spec: {
      type: 'ClusterIP',
      selector: { app: name },
      ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }],
      ...spec,
    },
    status: { loadBalancer: status },
  };
}

function slice(svc: string, eps: ReturnType<typeof endpoint>[]): KubeObject {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: meta(`${svc}-abcde`, 'default', { labels: { 'kubernetes.io/service-name': svc } }),
    addressType: 'IPv4',
    endpoints: eps,
    ports: [{ name: '', port: 80, protocol: 'TCP' }],
  };
}

function rulesOf(version: string, objects: KubeObject[], node = 'w1-k8s') {
  const { cluster } = clusterWith(presetAt('k8sinfra', version), onlyKubernetesService, objects);
  const rules = compileNodeRules(cluster, node);
  return {
    cluster,
    rules,
    nat: iptablesSave([rules.nat], 'v1.8.7', 'x').split('\n'),
    filter: iptablesSave([rules.filter], 'v1.8.7', 'x').split('\n'),
  };
}

const S = 'default/web';
const SVC = serviceChain(S, 'tcp');
const SEP_A = endpointChain(S, 'tcp', '172.16.103.130:80');
const SEP_B = endpointChain(S, 'tcp', '172.16.132.4:80');
const twoEndpoints = slice('web', [
  endpoint('172.16.103.130', 'w2-k8s'),
  endpoint('172.16.132.4', 'w3-k8s'),
]);

describe('sessionAffinity ClientIP (§3.6)', () => {
  const affine = service('web', {
    clusterIP: '10.101.0.20',
    sessionAffinity: 'ClientIP',
    sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } },
  });

  it("checks every endpoint's recent list before the random rules, and sets it on the DNAT rule", () => {
    const { nat } = rulesOf('v1.33.0', [affine, twoEndpoints]);
    const svcRules = nat.filter((l) => l.startsWith(`-A ${SVC} `));
    expect(svcRules).toEqual([
      `-A ${SVC} ! -s 172.16.0.0/16 -d 10.101.0.20/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`,
      `-A ${SVC} -m comment --comment "default/web -> 172.16.103.130:80" -m recent --rcheck --seconds 10800 --reap --name ${SEP_A} --mask 255.255.255.255 --rsource -j ${SEP_A}`,
      `-A ${SVC} -m comment --comment "default/web -> 172.16.132.4:80" -m recent --rcheck --seconds 10800 --reap --name ${SEP_B} --mask 255.255.255.255 --rsource -j ${SEP_B}`,
      `-A ${SVC} -m comment --comment "default/web -> 172.16.103.130:80" -m statistic --mode random --probability 0.50000000000 -j ${SEP_A}`,
      `-A ${SVC} -m comment --comment "default/web -> 172.16.132.4:80" -j ${SEP_B}`,
    ]);
    expect(nat).toContain(
      `-A ${SEP_A} -p tcp -m comment --comment "default/web" -m recent --set --name ${SEP_A} --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 172.16.103.130:80`,
    );
  });

  it('on v1.20 comments the checks with the service name only', () => {
    const { nat } = rulesOf('v1.20.2', [affine, twoEndpoints]);
    expect(nat).toContain(
      `-A ${SVC} -m comment --comment "default/web" -m recent --rcheck --seconds 10800 --reap --name ${SEP_A} --mask 255.255.255.255 --rsource -j ${SEP_A}`,
    );
  });

  it('in the walk, sends a second new connection from the same client to the same endpoint while the list holds it', () => {
    const { rules } = rulesOf('v1.33.0', [affine, twoEndpoints]);
    const state: RecentState = new Map();
    const random = createRandom(7);
    const walk = (src: string, now: number) => {
      const pkt: WalkPacket = {
        proto: 'tcp',
        src,
        dst: '10.101.0.20',
        dport: 80,
        mark: 0,
        ctstate: 'NEW',
      };
      return walkChain(rules.nat, 'PREROUTING', pkt, {
        isLocal: () => false,
        random,
        recent: recentTables(state, now),
      }).dnatTo;
    };
    const first = walk('172.16.221.5', 0);
    for (let i = 1; i <= 20; i++) expect(walk('172.16.221.5', i * 60_000)).toBe(first);
    // Other clients draw again: over many of them both endpoints are chosen.
    const others = new Set<string | null>();
    for (let i = 1; i <= 40; i++) others.add(walk(`172.16.221.${100 + i}`, 0));
    expect(others).toEqual(new Set(['172.16.103.130:80', '172.16.132.4:80']));
    // After the timeout with no new connection the entry no longer matches.
    const later = new Set<string | null>();
    for (let i = 0; i < 40; i++) {
      state.clear();
      later.add(walk('172.16.221.5', 0));
    }
    expect(later.size).toBe(2);
    expect(
      recentTables(state, 0).check(SEP_A, '172.16.221.5', 10800) ||
        recentTables(state, 0).check(SEP_B, '172.16.221.5', 10800),
    ).toBe(true);
    expect(recentTables(state, 10_801_000 + 20 * 60_000).check(SEP_A, '172.16.221.5', 10800)).toBe(
      false,
    );
  });

  it('never matches a recent check without recent tables in the environment', () => {
    const { rules } = rulesOf('v1.33.0', [affine, twoEndpoints]);
    const pkt: WalkPacket = {
      proto: 'tcp',
      src: '172.16.221.5',
      dst: '10.101.0.20',
      dport: 80,
      mark: 0,
      ctstate: 'NEW',
    };
    const result = walkChain(rules.nat, 'PREROUTING', pkt, {
      isLocal: () => false,
      random: createRandom(1),
    });
    expect(result.walk.some((l) => l.includes('--rcheck'))).toBe(false);
    expect(result.verdict).toBe('DNAT');
  });
});

describe('externalIPs and load-balancer IPs (§3.9, §3.10)', () => {
  const lb = service(
    'web',
    {
      type: 'LoadBalancer',
      clusterIP: '10.101.0.20',
      externalIPs: ['192.168.1.200'],
      externalTrafficPolicy: 'Cluster',
      loadBalancerSourceRanges: ['203.0.113.0/24'],
      ports: [{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30080 }],
    },
    { ingress: [{ ip: '192.168.1.240' }] },
  );
  const EXT = `KUBE-EXT-${SVC.slice('KUBE-SVC-'.length)}`;
  const FW = firewallChain(S, 'tcp');

  it('send external IPs to KUBE-EXT and LB IPs through KUBE-FW, whose misses the filter table drops', () => {
    const { nat, filter } = rulesOf('v1.33.0', [lb, twoEndpoints]);
    expect(nat).toContain(
      `-A KUBE-SERVICES -d 192.168.1.200/32 -p tcp -m comment --comment "default/web external IP" -m tcp --dport 80 -j ${EXT}`,
    );
    expect(nat).toContain(
      `-A KUBE-SERVICES -d 192.168.1.240/32 -p tcp -m comment --comment "default/web loadbalancer IP" -m tcp --dport 80 -j ${FW}`,
    );
    expect(nat.filter((l) => l.startsWith(`-A ${FW} `))).toEqual([
      `-A ${FW} -s 203.0.113.0/24 -m comment --comment "default/web loadbalancer IP" -j ${EXT}`,
      `-A ${FW} -m comment --comment "other traffic to default/web will be dropped by KUBE-PROXY-FIREWALL"`,
    ]);
    expect(filter).toContain(
      `-A KUBE-PROXY-FIREWALL -d 192.168.1.240/32 -p tcp -m comment --comment "default/web traffic not accepted by ${FW}" -m tcp --dport 80 -j DROP`,
    );
  });

  it('reject them in KUBE-EXTERNAL-SERVICES when the Service has no endpoints', () => {
    const { filter, nat } = rulesOf('v1.33.0', [lb, slice('web', [])]);
    expect(filter).toContain(
      '-A KUBE-EXTERNAL-SERVICES -d 192.168.1.200/32 -p tcp -m comment --comment "default/web has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    );
    expect(filter).toContain(
      '-A KUBE-EXTERNAL-SERVICES -d 192.168.1.240/32 -p tcp -m comment --comment "default/web has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    );
    expect(nat.some((l) => l.includes(FW))).toBe(false);
  });

  it('on v1.20 mark in KUBE-SERVICES and KUBE-FW, and end KUBE-FW with KUBE-MARK-DROP', () => {
    const { nat } = rulesOf('v1.20.2', [lb, twoEndpoints]);
    expect(nat).toContain(
      '-A KUBE-SERVICES -d 192.168.1.200/32 -p tcp -m comment --comment "default/web external IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
    );
    expect(nat).toContain(
      `-A KUBE-SERVICES -d 192.168.1.200/32 -p tcp -m comment --comment "default/web external IP" -m tcp --dport 80 -j ${SVC}`,
    );
    expect(nat.filter((l) => l.startsWith(`-A ${FW} `))).toEqual([
      `-A ${FW} -m comment --comment "default/web loadbalancer IP" -j KUBE-MARK-MASQ`,
      `-A ${FW} -s 203.0.113.0/24 -m comment --comment "default/web loadbalancer IP" -j ${SVC}`,
      `-A ${FW} -m comment --comment "default/web loadbalancer IP" -j KUBE-MARK-DROP`,
    ]);
  });
});

describe('internalTrafficPolicy Local (§3.4)', () => {
  const itp = service('web', { clusterIP: '10.101.0.20', internalTrafficPolicy: 'Local' });
  const SVL = localServiceChain(S, 'tcp');

  it('sends ClusterIP traffic to KUBE-SVL with the masquerade rule there, over local endpoints only', () => {
    const { nat } = rulesOf('v1.33.0', [itp, twoEndpoints], 'w2-k8s');
    expect(nat).toContain(
      `-A KUBE-SERVICES -d 10.101.0.20/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j ${SVL}`,
    );
    expect(nat.filter((l) => l.startsWith(`-A ${SVL} `))).toEqual([
      `-A ${SVL} ! -s 172.16.0.0/16 -d 10.101.0.20/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`,
      `-A ${SVL} -m comment --comment "default/web -> 172.16.103.130:80" -j ${SEP_A}`,
    ]);
    expect(nat.some((l) => l.includes(SVC) || l.includes(SEP_B))).toBe(false);
  });

  it('drops ClusterIP traffic on a node without a local endpoint', () => {
    const { nat, filter } = rulesOf('v1.33.0', [itp, twoEndpoints], 'w1-k8s');
    expect(filter).toContain(
      '-A KUBE-SERVICES -d 10.101.0.20/32 -p tcp -m comment --comment "default/web has no local endpoints" -m tcp --dport 80 -j DROP',
    );
    expect(nat.some((l) => l.includes('10.101.0.20'))).toBe(false);
  });
});

describe('healthCheckNodePort (§3.8)', () => {
  const local = service('lb-svc', {
    type: 'LoadBalancer',
    clusterIP: '10.101.0.30',
    externalTrafficPolicy: 'Local',
    healthCheckNodePort: 32000,
    ports: [{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30090 }],
  });
  const eps = slice('lb-svc', [
    endpoint('172.16.103.130', 'w2-k8s'),
    endpoint('172.16.103.131', 'w2-k8s'),
    endpoint('172.16.132.4', 'w3-k8s'),
  ]);

  it('accepts the port in the filter table', () => {
    const { filter } = rulesOf('v1.33.0', [local, eps]);
    expect(filter).toContain(
      '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/lb-svc health check node port" -m tcp --dport 32000 -j ACCEPT',
    );
  });

  it('answers 200 with the local endpoint count where there are some, 503 elsewhere', () => {
    const { cluster } = rulesOf('v1.33.0', [local, eps]);
    expect(healthCheckAnswer(cluster, 'w2-k8s', 32000)).toEqual({
      status: 200,
      headers: [
        ['Content-Type', 'application/json'],
        ['X-Content-Type-Options', 'nosniff'],
        ['X-Load-Balancing-Endpoint-Weight', '2'],
      ],
      body: '{\n\t"service": {\n\t\t"namespace": "default",\n\t\t"name": "lb-svc"\n\t},\n\t"localEndpoints": 2,\n\t"serviceProxyHealthy": true\n}',
    });
    expect(healthCheckAnswer(cluster, 'w1-k8s', 32000)?.status).toBe(503);
    expect(healthCheckAnswer(cluster, 'w1-k8s', 32000)?.body).toContain('"localEndpoints": 0,');
    expect(healthCheckAnswer(cluster, 'w1-k8s', 32001)).toBeNull();
  });

  it('on v1.20 answers without serviceProxyHealthy and adds no filter rule', () => {
    const { cluster, filter } = rulesOf('v1.20.2', [local, eps]);
    expect(healthCheckAnswer(cluster, 'w3-k8s', 32000)).toEqual({
      status: 200,
      headers: [['Content-Type', 'application/json']],
      body: '{\n\t"service": {\n\t\t"namespace": "default",\n\t\t"name": "lb-svc"\n\t},\n\t"localEndpoints": 1\n}',
    });
    expect(filter.some((l) => l.includes('health check node port'))).toBe(false);
  });
});

describe('UDP ports (kube-dns)', () => {
  it('match udp on the ClusterIP and in the DNAT rule', () => {
    const { cluster } = clusterWith(presetAt('k8sinfra', 'v1.33.0'), () => true, []);
    const nat = iptablesSave([compileNodeRules(cluster, 'w1-k8s').nat], 'v1.8.7', 'x').split('\n');
    expect(nat).toContain(
      '-A KUBE-SERVICES -d 10.96.0.10/32 -p udp -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp --dport 53 -j KUBE-SVC-TCOU7JCQXEZGVUNU',
    );
    expect(nat).toContain(
      '-A KUBE-SVC-TCOU7JCQXEZGVUNU ! -s 172.16.0.0/16 -d 10.96.0.10/32 -p udp -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp --dport 53 -j KUBE-MARK-MASQ',
    );
    const dnat = nat.filter((l) => l.includes('"kube-system/kube-dns:dns"') && l.includes('DNAT'));
    expect(dnat.length).toBe(2);
    for (const l of dnat)
      expect(l).toMatch(
        / -p udp -m comment --comment "kube-system\/kube-dns:dns" -m udp -j DNAT --to-destination [0-9.]+:53$/,
      );
  });
});
