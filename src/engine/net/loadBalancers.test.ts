import { describe, expect, it } from 'vitest';
import type { Service } from '../api/objects.ts';
import { createSession } from '../session.ts';
import { inCidr } from './ipv4.ts';
import { ecmpPick, frontendFor } from './loadBalancers.ts';

const svcYaml = (name: string, etp = 'Cluster', annotations = '') => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
${annotations ? `  annotations:\n${annotations}` : ''}spec:
  type: LoadBalancer
  externalTrafficPolicy: ${etp}
  selector: {app: ${name}}
  ports: [{port: 80}]
`;

const address = (s: ReturnType<typeof createSession>, name: string) => {
  const svc = s.cluster().objects.get(`Service/default/${name}`) as Service;
  const i = (svc.status.loadBalancer.ingress as { ip?: string; hostname?: string }[])[0]!;
  return { address: (i.ip ?? i.hostname)!, nodePort: svc.spec.ports![0]!.nodePort! };
};

const podNode = (s: ReturnType<typeof createSession>, app: string) =>
  (s.run(`kubectl get pods -l app=${app} -o wide`).stdout.split('\n')[1] ?? '')
    .trim()
    .split(/\s+/)[6];

describe('frontendFor on the cloud presets', () => {
  it('gke: passthrough to every node with kube-proxy (Cluster), to endpoint nodes only (Local)', () => {
    const s = createSession({ preset: 'gke' });
    s.run('kubectl create deployment web --image=nginx');
    s.apply(svcYaml('web'));
    s.apply(svcYaml('local', 'Local').replace('app: local', 'app: web'));
    s.run('lab wait 60');
    const web = address(s, 'web');
    expect(frontendFor(s.cluster(), web.address, 80)).toMatchObject({
      kind: 'cloud-passthrough',
      ip: web.address,
      service: 'default/web',
      portOpen: true,
      healthyNodes: ['gke-k8s-default-pool-1', 'gke-k8s-default-pool-2', 'gke-k8s-default-pool-3'],
    });
    const local = address(s, 'local');
    expect(frontendFor(s.cluster(), local.address, 80)).toMatchObject({
      kind: 'cloud-passthrough',
      externalTrafficPolicy: 'Local',
      healthyNodes: [podNode(s, 'web')],
    });
    // A node that is off fails its health check.
    s.run('lab node down gke-k8s-default-pool-3');
    expect(
      (frontendFor(s.cluster(), web.address, 80) as unknown as { healthyNodes: string[] })
        .healthyNodes,
    ).not.toContain('gke-k8s-default-pool-3');
  });

  it('aws: a classic ELB proxies from its own VPC addresses to nodePort; an NLB passes through', () => {
    const s = createSession({ preset: 'aws' });
    s.apply(svcYaml('elb'));
    s.apply(
      svcYaml('nlb', 'Cluster', '    service.beta.kubernetes.io/aws-load-balancer-type: nlb\n'),
    );
    s.run('lab wait 20');
    const elb = address(s, 'elb');
    const f = frontendFor(s.cluster(), elb.address, 80);
    expect(f).toMatchObject({
      kind: 'cloud-proxy',
      hostname: elb.address,
      port: 80,
      nodePort: elb.nodePort,
    });
    const proxyIPs = (f as unknown as { proxyIPs: string[] }).proxyIPs;
    expect(proxyIPs.length).toBeGreaterThan(0);
    for (const ip of proxyIPs) expect(inCidr(ip, '172.20.0.0/16')).toBe(true);
    const nlb = address(s, 'nlb');
    expect(frontendFor(s.cluster(), nlb.address, 80)).toMatchObject({
      kind: 'cloud-nlb',
      nodePort: nlb.nodePort,
    });
    // The listener exists only on the Service's ports.
    expect(frontendFor(s.cluster(), elb.address, 8080)).toMatchObject({ portOpen: false });
    expect(frontendFor(s.cluster(), 'nowhere.elb.amazonaws.com', 80)).toBeNull();
  });
});

describe('frontendFor with MetalLB BGP on the lab preset', () => {
  it('lists every node with a live speaker as next hop (Cluster) once a BGP peer and advertisement exist', () => {
    // The lab's empty L2Advertisement covers every pool, so this pool is announced both ways.
    const s = createSession();
    s.run('kubectl create deployment web --image=nginx');
    s.run('lab wait 20');
    s.apply(`apiVersion: metallb.io/v1beta1
kind: IPAddressPool
metadata:
  name: bgp-pool
  namespace: metallb-system
spec:
  addresses: [172.30.0.0/28]
  autoAssign: false
---
apiVersion: metallb.io/v1beta2
kind: BGPPeer
metadata:
  name: router
  namespace: metallb-system
spec:
  myASN: 64500
  peerASN: 64501
  peerAddress: 10.0.0.1
---
apiVersion: metallb.io/v1beta1
kind: BGPAdvertisement
metadata:
  name: bgp
  namespace: metallb-system
spec:
  ipAddressPools: [bgp-pool]
`);
    s.apply(svcYaml('web', 'Cluster', '    metallb.universe.tf/address-pool: bgp-pool\n'));
    const web = address(s, 'web');
    expect(web.address).toBe('172.30.0.0');
    expect(frontendFor(s.cluster(), web.address, 80)).toMatchObject({
      kind: 'metallb-l2',
      // The control plane carries kubeadm's exclude-from-external-load-balancers label.
      bgpNextHops: ['worker-1', 'worker-2', 'worker-3'],
    });
    s.run('lab node down worker-1');
    expect(frontendFor(s.cluster(), web.address, 80)).toMatchObject({
      bgpNextHops: ['worker-2', 'worker-3'],
    });
    // Without layer 2 for it, the pool is BGP only.
    s.apply(`apiVersion: metallb.io/v1beta1
kind: L2Advertisement
metadata:
  name: default
  namespace: metallb-system
spec:
  ipAddressPools: [default-pool]
`);
    expect(frontendFor(s.cluster(), web.address, 80)).toMatchObject({
      kind: 'metallb-bgp',
      nextHops: ['worker-2', 'worker-3'],
    });
  });
});

describe('ecmpPick', () => {
  const hops = ['worker-1', 'worker-2', 'worker-3'];
  const flow = (sport: number) => ({
    src: '198.51.100.7',
    sport,
    dst: '10.0.0.200',
    dport: 80,
    proto: 'TCP',
  });

  it('sends one flow always to the same next hop, whatever order the hops come in', () => {
    expect(ecmpPick(hops, flow(40000))).toBe(ecmpPick([...hops].reverse(), flow(40000)));
  });

  it('spreads different flows over the next hops', () => {
    const picked = new Set(Array.from({ length: 60 }, (_, i) => ecmpPick(hops, flow(40000 + i))));
    expect(picked).toEqual(new Set(hops));
  });
});
