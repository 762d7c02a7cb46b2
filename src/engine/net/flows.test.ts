// Requests from pods and nodes, conntrack and keep-alive (reference §3.7, §3.12, §4, §6), traced
// through the same rules iptables-save prints.
import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { Pod, Service } from '../api/objects.ts';
import { createSession, type Session } from '../session.ts';
import type { Trace } from '../types.ts';

/** Two nginx pods behind ClusterIP `web`, and two client pods (curl and busybox), on the lab preset. */
function cluster(preset = 'lab', seed = 1): Session {
  const s = createSession({ preset, seed });
  s.run('kubectl create deployment web --image=nginx --replicas=2');
  s.run('kubectl expose deployment web --port=80');
  s.run('kubectl run client --image=curlimages/curl --command -- sleep 3600');
  s.run('kubectl run bb --image=busybox --command -- sleep 3600');
  s.run('lab wait 30');
  return s;
}

const pods = (s: Session) => listObjects<Pod>(s.cluster(), 'Pod');
const pod = (s: Session, name: string) => pods(s).find((p) => p.metadata.name === name)!;
const clusterIP = (s: Session, name: string) =>
  (s.cluster().objects.get(`Service/default/${name}`) as Service).spec.clusterIP as string;
const hops = (t: Trace, action: string) => t.hops.filter((h) => h.action === action);

describe('a pod calling a ClusterIP', () => {
  it('is DNATed on its own node and not masqueraded: the serving pod sees the client pod IP', () => {
    const s = cluster();
    const t = s.run(`lab trace --from pod/client curl -s http://${clusterIP(s, 'web')}`).trace!;
    expect(t.verdict).toBe('delivered');
    const client = pod(s, 'client');
    const dnat = hops(t, 'dnat')[0]!;
    expect(dnat.at).toBe(`node/${client.spec.nodeName}`);
    expect(dnat.rule).toMatch(
      /^-A KUBE-SEP-\w+ -p tcp -m comment --comment "default\/web" -m tcp -j DNAT/,
    );
    expect(hops(t, 'snat')).toEqual([]);
    expect(t.clientSeenByPod).toBe(client.status.podIP);
    // The reply is un-DNATed on the client's node, so curl sees the ClusterIP answer.
    const last = t.hops[t.hops.length - 1]!;
    expect(last.at).toBe('pod/default/client');
    expect(last.packet.src).toBe(`${clusterIP(s, 'web')}:80`);
  });

  it('from the node itself is masqueraded (off-cluster source): the pod sees an address of that node', () => {
    const s = cluster();
    const node = 'worker-1';
    const t = s.run(`lab trace ssh ${node} curl -s http://${clusterIP(s, 'web')}`).trace!;
    expect(t.verdict).toBe('delivered');
    const snat = hops(t, 'snat')[0]!;
    expect(snat.rule).toBe(
      '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    );
    const served = pod(s, t.servedBy!.pod.split('/')[1]!);
    // flannel: cni0's 10.244.1.1 for a local pod, flannel.1's 10.244.1.0 for a remote one (§3.7, §6).
    expect(t.clientSeenByPod).toBe(served.spec.nodeName === node ? '10.244.1.1' : '10.244.1.0');
  });

  it('reaching itself through the Service (hairpin) is masqueraded by the KUBE-SEP rule', () => {
    const s = createSession({ preset: 'lab', seed: 3 });
    s.run('kubectl create deployment solo --image=nginx');
    s.run('kubectl expose deployment solo --port=80');
    s.run('lab wait 30');
    const solo = pods(s).find((p) => p.metadata.name.startsWith('solo-'))!;
    const t = s.run(
      `lab trace kubectl exec ${solo.metadata.name} -- curl -s http://${clusterIP(s, 'solo')}`,
    ).trace!;
    expect(t.verdict).toBe('delivered');
    expect(t.servedBy!.pod).toBe(`default/${solo.metadata.name}`);
    const n = Number(solo.status.podIP!.split('.')[2]);
    expect(t.clientSeenByPod).toBe(`10.244.${n}.1`);
  });
});

describe('ICMP (reference §3.12)', () => {
  it('a ClusterIP never answers ping, a pod does, with one TTL off per forwarding node', () => {
    const s = cluster();
    const lost = s.run(`kubectl exec bb -- ping -c 3 ${clusterIP(s, 'web')}`);
    expect(lost.exitCode).toBe(1);
    expect(lost.stdout).toContain('3 packets transmitted, 0 packets received, 100% packet loss');
    const target = pods(s).find(
      (p) => p.metadata.name.startsWith('web-') && p.spec.nodeName !== pod(s, 'bb').spec.nodeName,
    )!;
    const answered = s.run(`kubectl exec bb -- ping -c 2 ${target.status.podIP}`);
    expect(answered.exitCode).toBe(0);
    // busybox ping: seq from 0; two forwarding nodes (the sender's and the receiver's): ttl 62.
    expect(answered.stdout).toMatch(
      new RegExp(
        `^64 bytes from ${target.status.podIP!.replace(/\./g, '\\.')}: seq=1 ttl=62 time=\\d+\\.\\d{3} ms$`,
        'm',
      ),
    );
    expect(answered.stdout).toContain('2 packets transmitted, 2 packets received, 0% packet loss');
  });

  it('iputils ping on the learner machine reaches a node directly (ttl 64)', () => {
    const s = createSession({ preset: 'lab' });
    const r = s.run('ping -c 1 10.0.0.11');
    expect(r.stdout).toMatch(/^PING 10\.0\.0\.11 \(10\.0\.0\.11\) 56\(84\) bytes of data\.$/m);
    expect(r.stdout).toMatch(/^64 bytes from 10\.0\.0\.11: icmp_seq=1 ttl=64 time=/m);
    expect(r.stdout).toMatch(/^1 packets transmitted, 1 received, 0% packet loss, time \d+ms$/m);
  });
});

describe('conntrack (reference §4)', () => {
  it('keeps the NAT of a finished curl in TIME_WAIT on the node that translated it', () => {
    const s = cluster();
    const ip = clusterIP(s, 'web');
    const t = s.run(`lab trace --from pod/client curl -s http://${ip}`).trace!;
    const node = pod(s, 'client').spec.nodeName!;
    const out = s.run(`ssh ${node} conntrack -L -d ${ip}`);
    const served = pod(s, t.servedBy!.pod.split('/')[1]!);
    const sport = t.hops[0]!.packet.src.split(':')[1];
    // One command later (2 simulated s) the 120 s TIME_WAIT timer shows 118.
    expect(out.stdout).toBe(
      `tcp      6 118 TIME_WAIT src=${pod(s, 'client').status.podIP} dst=${ip} sport=${sport} dport=80 ` +
        `src=${served.status.podIP} dst=${pod(s, 'client').status.podIP} sport=80 dport=${sport} [ASSURED] mark=0 use=1\n`,
    );
    expect(out.stderr).toBe(
      'conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.\n',
    );
  });

  it('pins a keep-alive connection to one pod, while new connections spread', () => {
    const s = createSession({ preset: 'k8sinfra', seed: 4 });
    s.run('kubectl create deployment np-pods --image=sysnet4admin/echo-hname --replicas=3');
    s.run('kubectl expose deployment np-pods --name=np-svc --type=NodePort --port=80');
    s.run('lab wait 30');
    const svc = s.cluster().objects.get('Service/default/np-svc') as Service;
    const nodePort = svc.spec.ports![0]!.nodePort!;
    const url = `http://192.168.1.101:${nodePort}`;
    const kept = s.run(`lab load -n 300 --keepalive ${url}`).load!;
    expect(kept.ok).toBe(300);
    expect(Object.values(kept.byPod)).toEqual([300]);
    const fresh = s.run(`lab load -n 300 ${url}`).load!;
    expect(Object.keys(fresh.byPod)).toHaveLength(3);
    for (const n of Object.values(fresh.byPod)) expect(n).toBeGreaterThan(60);
  });

  it('a request on an open connection is translated from the entry, not by a new rule walk', () => {
    const s = createSession({ preset: 'lab', seed: 2 });
    s.run('kubectl create deployment web --image=nginx --replicas=3');
    s.run('kubectl expose deployment web --type=NodePort --port=80');
    s.run('lab wait 30');
    const svc = s.cluster().objects.get('Service/default/web') as Service;
    const nodePort = svc.spec.ports![0]!.nodePort!;
    s.run(`lab load -n 1 --keepalive http://10.0.0.11:${nodePort}`);
    // lab load closes its connection at the end: a new request is a new connection again.
    const again = s.run(`lab trace curl http://10.0.0.11:${nodePort}`).trace!;
    expect(hops(again, 'dnat')[0]!.rule).toMatch(/^-A KUBE-SEP-/);
  });
});

describe('inside one pod', () => {
  it('containers of a pod reach each other on localhost without touching the node', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(`apiVersion: v1
kind: Pod
metadata:
  name: duo
spec:
  containers:
  - name: web
    image: nginx
  - name: side
    image: curlimages/curl
    command: ["sleep", "3600"]
`);
    s.run('lab wait 30');
    const r = s.run('lab trace kubectl exec duo -c side -- curl -s http://localhost:80');
    expect(r.trace!.verdict).toBe('delivered');
    expect(r.trace!.nodes).toEqual([]);
    expect(r.trace!.servedBy).toMatchObject({ pod: 'default/duo', container: 'web' });
    expect(r.stdout).toContain('<title>Welcome to nginx!</title>');
  });
});

describe('failures', () => {
  it('a Service without endpoints is refused at once by the filter REJECT rule', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create service clusterip empty --tcp=80:80');
    s.run('kubectl run client --image=curlimages/curl --command -- sleep 3600');
    s.run('lab wait 30');
    const r = s.run(`lab trace kubectl exec client -- curl http://${clusterIP(s, 'empty')}`);
    expect(r.trace!.verdict).toBe('refused');
    expect(hops(r.trace!, 'reject')[0]!.rule).toMatch(
      /^-A KUBE-SERVICES -d [\d.]+\/32 -p tcp -m comment --comment "default\/empty:80-80 has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable$/,
    );
    expect(r.stderr).toContain('curl: (7) Failed to connect to');
  });

  it('an outside machine cannot reach a ClusterIP or a pod IP: no route, the packet is lost', () => {
    const s = cluster();
    const t = s.run(`lab trace curl -m 3 http://${clusterIP(s, 'web')}`);
    expect(t.trace!.verdict).toBe('timeout');
    expect(t.trace!.hops.map((h) => h.action)).toEqual(['send', 'drop']);
    expect(t.stderr).toBe('curl: (28) Connection timed out after 3001 milliseconds\n');
  });

  it('a busybox pod has no curl: the runtime says so', () => {
    const s = cluster();
    const r = s.run('kubectl exec bb -- curl http://web');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in \$PATH: unknown\n$/,
    );
  });
});

describe('load balancers (reference §7)', () => {
  function lbCluster(preset: string, seed = 1, policy: 'Cluster' | 'Local' = 'Cluster') {
    const s = createSession({ preset, seed });
    s.run('kubectl create deployment web --image=sysnet4admin/echo-hname --replicas=2');
    s.apply(`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  externalTrafficPolicy: ${policy}
  selector:
    app: web
  ports:
  - port: 80
`);
    s.run('lab wait 60');
    return s;
  }
  const ingress = (s: Session) =>
    (
      (s.cluster().objects.get('Service/default/web') as Service).status.loadBalancer as {
        ingress: { ip?: string; hostname?: string }[];
      }
    ).ingress[0]!;

  it('MetalLB layer 2: the owner node answers ARP and every packet enters there', () => {
    const s = lbCluster('lab');
    expect(ingress(s).ip).toBe('10.0.0.200');
    const t = s.run('lab trace curl http://10.0.0.200').trace!;
    const arp = hops(t, 'arp')[0]!;
    expect(arp.rule).toMatch(/^10\.0\.0\.200 is-at ([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    const owner = t.nodes[0]!;
    expect(hops(t, 'dnat')[0]!.at).toBe(`node/${owner}`);
    for (let i = 0; i < 20; i++)
      expect(s.run('lab trace curl http://10.0.0.200').trace!.nodes[0]).toBe(owner);
  });

  it('the view names the address and the node whose speaker answers for it', () => {
    const s = lbCluster('lab');
    const owner = s.run('lab trace curl http://10.0.0.200').trace!.nodes[0]!;
    const web = s.view().services.find((v) => v.name === 'web')!;
    expect(web.externalAddresses).toEqual(['10.0.0.200']);
    expect(web.loadBalancer).toEqual({ kind: 'metallb-l2', address: '10.0.0.200', by: owner });
    s.run(`lab node down ${owner}`);
    expect(s.view().nodes.find((n) => n.name === owner)!.poweredOff).toBe(true);
  });

  it('MetalLB layer 2: when the owner dies another speaker takes the address over', () => {
    const s = lbCluster('lab');
    const owner = s.run('lab trace curl http://10.0.0.200').trace!.nodes[0]!;
    s.run(`lab node down ${owner}`);
    s.run('lab wait 10');
    const t = s.run('lab trace curl http://10.0.0.200').trace!;
    expect(t.nodes[0]).not.toBe(owner);
    expect(t.verdict).toBe('delivered');
  });

  it('GKE passthrough with Local policy: the pod sees the real client address, no second node', () => {
    const s = lbCluster('gke', 1, 'Local');
    const ip = ingress(s).ip!;
    expect(ip).toMatch(/^203\.0\.113\.\d+$/);
    for (let i = 0; i < 10; i++) {
      const t = s.run(`lab trace curl http://${ip}`).trace!;
      expect(t.verdict).toBe('delivered');
      expect(t.clientSeenByPod).toBe('198.51.100.20');
      expect(hops(t, 'snat')).toEqual([]);
      expect(t.servedBy!.node).toBe(hops(t, 'dnat')[0]!.at.slice(5));
    }
  });

  it('AWS classic ELB: a proxy, so with Local policy the pod sees an ELB address, never the laptop', () => {
    const s = lbCluster('aws', 1, 'Local');
    const host = ingress(s).hostname!;
    expect(host).toMatch(/^[0-9a-f]{32}-\d{10}\.ap-northeast-2\.elb\.amazonaws\.com$/);
    const t = s.run(`lab trace curl http://${host}/`).trace!;
    expect(t.verdict).toBe('delivered');
    expect(hops(t, 'proxy')[0]!.at).toMatch(/^lb\//);
    expect(t.clientSeenByPod).toMatch(/^172\.20\./);
    expect(t.hops[t.hops.length - 1]!.at).toBe('client/laptop');
  });
});

describe('spreading and sticking (reference §3.5, §3.6)', () => {
  function np(preset: string, seed: number, extra = '') {
    const s = createSession({ preset, seed });
    s.run('kubectl create deployment web --image=sysnet4admin/echo-hname --replicas=3');
    s.apply(`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - port: 80
    nodePort: 30080
${extra}`);
    s.run('lab wait 30');
    return s;
  }

  it('new connections spread evenly: chi-square over 3,000 requests stays under the 0.1% critical value', () => {
    for (const [preset, ip] of [
      ['lab', '10.0.0.11'],
      ['k8sinfra', '192.168.1.102'],
    ] as const) {
      const load = np(preset, 7).run(`lab load -n 3000 http://${ip}:30080`).load!;
      const counts = Object.values(load.byPod);
      expect(counts).toHaveLength(3);
      const chi2 = counts.reduce((a, c) => a + (c - 1000) ** 2 / 1000, 0);
      // 2 degrees of freedom: P(chi2 > 13.82) = 0.001.
      expect(chi2).toBeLessThan(13.82);
    }
  });

  it('sessionAffinity ClientIP sends every new connection from one client to one pod, until the timeout passes', () => {
    const s = np(
      'lab',
      3,
      '  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 60\n',
    );
    const first = s.run('lab load -n 200 http://10.0.0.11:30080').load!;
    expect(Object.values(first.byPod)).toEqual([200]);
    // Another node keeps its own recent table: its first draw is independent (still one pod).
    const other = s.run('lab load -n 50 http://10.0.0.12:30080').load!;
    expect(Object.values(other.byPod)).toEqual([50]);
    // The affinity rule's check is visible in the trace's walk.
    const t = s.run('lab trace curl http://10.0.0.11:30080').trace!;
    expect(
      hops(t, 'dnat')[0]!.walk!.some((l) => l.includes('-m recent --rcheck --seconds 60')),
    ).toBe(true);
    // After the timeout a new draw happens; over many timeouts all three pods get chosen.
    const chosen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      s.run('lab wait 61');
      chosen.add(s.run('lab trace curl http://10.0.0.11:30080').trace!.servedBy!.pod);
    }
    expect(chosen.size).toBe(3);
  });

  it('loadBalancerSourceRanges lets the allowed client in and drops the others at KUBE-PROXY-FIREWALL', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment web --image=nginx --replicas=2');
    s.apply(`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  loadBalancerSourceRanges: ["10.0.0.1/32"]
  selector:
    app: web
  ports:
  - port: 80
`);
    s.run('lab wait 30');
    expect(s.run('lab trace curl -s http://10.0.0.200').trace!.verdict).toBe('delivered');
    const denied = s.run('lab trace --from internet curl -m 5 http://10.0.0.200').trace!;
    expect(denied.verdict).toBe('timeout');
    expect(hops(denied, 'drop')[0]!.rule).toMatch(
      /^-A KUBE-PROXY-FIREWALL -d 10\.0\.0\.200\/32 -p tcp -m comment --comment "default\/web traffic not accepted by KUBE-FW-\w+" -m tcp --dport 80 -j DROP$/,
    );
  });
});

describe('what the serving program prints', () => {
  it("echoserver 1.10 shows the address it saw (the bridge after SNAT on minikube) and curl's headers", () => {
    const s = createSession({ preset: 'minikube' });
    s.run('kubectl create deployment hello --image=registry.k8s.io/echoserver:1.10');
    s.run('kubectl expose deployment hello --type=NodePort --port=8080');
    s.run('lab wait 30');
    const svc = s.cluster().objects.get('Service/default/hello') as Service;
    const port = svc.spec.ports![0]!.nodePort!;
    const out = s.run(`curl http://192.168.49.2:${port}/hello?x=1`).stdout;
    expect(out).toMatch(/^\n\nHostname: hello-[a-z0-9]+-[a-z0-9]{5}\n\nPod Information:\n/);
    expect(out).toContain('\tclient_address=10.244.0.1\n');
    expect(out).toContain('\treal path=/hello\n\tquery=x=1\n');
    expect(out).toContain(`\trequest_uri=http://192.168.49.2:8080/hello?x=1\n`);
    expect(out).toContain(
      `Request Headers:\n\taccept=*/*\n\thost=192.168.49.2:${port}\n\tuser-agent=curl/`,
    );
  });
});

describe('Session.read', () => {
  it('answers without letting simulated time pass', () => {
    const s = createSession({ preset: 'lab' });
    const before = s.cluster().now;
    expect(s.read('kubectl get nodes --no-headers').stdout).toMatch(/^control-plane\s+Ready/);
    expect(s.cluster().now).toBe(before);
    s.run('kubectl get nodes');
    expect(s.cluster().now).toBe(before + 2000);
  });
});

describe("a node's own network (ssh NODE ip route / ip addr)", () => {
  it("routes other nodes' pod ranges into the overlay and its own to the bridge (flannel)", () => {
    const out = createSession({ preset: 'lab' }).run('ssh worker-1 ip route').stdout.split('\n');
    expect(out).toContain('10.244.1.0/24 dev cni0 proto kernel scope link src 10.244.1.1');
    expect(out).toContain('10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink');
    expect(out).toContain('10.0.0.0/24 dev eth0 proto kernel scope link src 10.0.0.11');
  });

  it('has a /32 route per local pod and IP-in-IP routes to the other blocks (Calico)', () => {
    const s = createSession({ preset: 'k8sinfra' });
    s.run('kubectl run web --image=nginx');
    s.run('lab wait 20');
    const pod = pods(s).find((p) => p.metadata.name === 'web')!;
    const out = s.run(`ssh ${pod.spec.nodeName} ip route`).stdout;
    expect(out).toMatch(
      new RegExp(
        `^${pod.status.podIP!.replace(/\./g, '\\.')} dev cali[0-9a-f]{11} scope link$`,
        'm',
      ),
    );
    expect(out).toMatch(/^172\.16\.171\.64\/26 via 192\.168\.1\.10 dev tunl0 proto bird onlink$/m);
    expect(out).toContain(
      '172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown\n',
    );
  });

  it('shows the addresses the trace uses for SNAT on their interfaces', () => {
    const out = createSession({ preset: 'lab' }).run('ssh worker-2 ip -4 addr').stdout;
    expect(out).toContain('    inet 10.244.2.0/32 scope global flannel.1\n');
    expect(out).toContain('    inet 10.244.2.1/24 brd 10.244.2.255 scope global cni0\n');
    expect(out).not.toContain('link/ether');
  });
});

describe('kube-proxy health check server (reference §3.8)', () => {
  it('answers 200 where a local endpoint runs and 503 elsewhere; MetalLB announces from that node only', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment web --image=nginx --replicas=1');
    s.run('kubectl expose deployment web --type=LoadBalancer --port=80');
    s.run(`kubectl patch svc web -p '{"spec":{"externalTrafficPolicy":"Local"}}'`);
    s.run('lab wait 20');
    const hc = s.run("kubectl get svc web -o jsonpath='{.spec.healthCheckNodePort}'").stdout;
    const web = pods(s).find((p) => p.metadata.name.startsWith('web-'))!;
    const here = s.cluster().preset.nodes.find((n) => n.name === web.spec.nodeName)!;
    const other = s.cluster().preset.nodes.find((n) => !n.controlPlane && n.name !== here.name)!;
    const code = (ip: string) =>
      s.run(`curl -s -o /dev/null -w '%{http_code}' http://${ip}:${hc}/`).stdout;
    expect(code(here.ip)).toBe('200');
    expect(code(other.ip)).toBe('503');
    expect(s.run(`curl -s http://${other.ip}:${hc}/healthz`).stdout).toBe(
      '{\n\t"service": {\n\t\t"namespace": "default",\n\t\t"name": "web"\n\t},\n\t"localEndpoints": 0,\n\t"serviceProxyHealthy": true\n}',
    );
    const t = s.run('lab trace curl -s http://10.0.0.200').trace!;
    expect(t.nodes[0]).toBe(here.name);
    expect(t.clientSeenByPod).toBe('10.0.0.1');
  });
});

describe('MetalLB BGP (reference §7.3)', () => {
  it('the router spreads flows over the advertising nodes by hash, and each flow keeps its node', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment web --image=sysnet4admin/echo-hname --replicas=3');
    s.apply(`apiVersion: metallb.io/v1beta1
kind: IPAddressPool
metadata:
  name: bgp-pool
  namespace: metallb-system
spec:
  addresses: [172.30.0.0/28]
---
apiVersion: metallb.io/v1beta2
kind: BGPPeer
metadata:
  name: router
  namespace: metallb-system
spec:
  myASN: 64500
  peerASN: 64501
  peerAddress: 10.0.0.254
---
apiVersion: metallb.io/v1beta1
kind: BGPAdvertisement
metadata:
  name: bgp
  namespace: metallb-system
spec:
  ipAddressPools: [bgp-pool]
---
apiVersion: metallb.io/v1beta1
kind: L2Advertisement
metadata:
  name: default
  namespace: metallb-system
spec:
  ipAddressPools: [default-pool]
---
apiVersion: v1
kind: Service
metadata:
  name: web
  annotations:
    metallb.universe.tf/address-pool: bgp-pool
spec:
  type: LoadBalancer
  selector:
    app: web
  ports:
  - port: 80
`);
    s.run('lab wait 30');
    const entries = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const t = s.run('lab trace --from internet curl -s http://172.30.0.0').trace!;
      expect(t.verdict).toBe('delivered');
      const route = hops(t, 'route')[0]!;
      expect(route.at).toBe('client/internet');
      expect(route.rule).toMatch(
        /^172\.30\.0\.0 proto bgp nexthop via 10\.0\.0\.1[1-3] \(3 ECMP paths\)$/,
      );
      entries.add(t.nodes[0]!);
    }
    expect([...entries].sort()).toEqual(['worker-1', 'worker-2', 'worker-3']);
    // One keep-alive connection is one flow: one next hop, one endpoint.
    const kept = s.run('lab load -n 50 --keepalive --from internet http://172.30.0.0').load!;
    expect(Object.values(kept.byPod)).toEqual([50]);
  });
});

describe('curl -I', () => {
  it("prints nginx's status line and headers, CRLF-ended, and no body", () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment web --image=nginx:1.25');
    s.run('kubectl expose deployment web --type=NodePort --port=80');
    s.run('lab wait 20');
    const svc = s.cluster().objects.get('Service/default/web') as Service;
    const out = s.run(`curl -I http://10.0.0.11:${svc.spec.ports![0]!.nodePort}`).stdout;
    expect(out).toMatch(
      /^HTTP\/1\.1 200 OK\r\nServer: nginx\/1\.25\.5\r\nDate: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\r\nContent-Type: text\/html\r\nContent-Length: 615\r\nLast-Modified: [^\r]+\r\nConnection: keep-alive\r\nETag: "[0-9a-f]+-267"\r\nAccept-Ranges: bytes\r\n\r\n$/,
    );
  });
});
