// Study note 001 (Kubernetes in Action ch. 5) on the minikube preset (v1.28.3). The note's pods
// (crane-chgqh, crane-djxcr, crane-glzlb) were named by its own cluster; each stands for the first
// live pod of the ReplicationController `crane`. Expected text comes from the note and from
// kubectl/minikube behaviour (reference §1.13, §9), never from the simulator's own output.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../engine/index.ts';
import {
  clusterIPOf,
  hops,
  ipOf,
  podsNamed,
  rows,
  runNote,
  traceOf,
  type NoteRun,
} from './harness.ts';

const CLUSTER_IP = /^10\.(9[6-9]|1[01]\d)\.\d+\.\d+$/;
const RC_POD = /^crane-[bcdfghjklmnpqrstvwxz2456789]{5}$/;
const firstCrane = (s: Session) => podsNamed(s, 'crane-')[0]!;
const KUBIA = /^You've hit (crane-[bcdfghjklmnpqrstvwxz2456789]{5})\n$/;
/** minikube's docker network: the host is its gateway, the node 192.168.49.2. */
const HOST = '192.168.49.1';
/** The bridge CNI's gateway on the node, the source MASQUERADE picks toward a local pod (§3.7, §6). */
const BRIDGE = '10.244.0.1';

describe('note 001 on the minikube cluster (v1.28.3)', () => {
  let run: NoteRun;
  const note = () =>
    (run ??= runNote('minikube', 'note001.lab', {
      'crane-chgqh': firstCrane,
      'crane-djxcr': firstCrane,
      'crane-glzlb': firstCrane,
      // the ClusterIPs the note's cluster gave crane-http and crane-nodeport
      '10.96.49.75': clusterIPOf('crane-http'),
      '10.103.149.113': clusterIPOf('crane-nodeport'),
    }));
  /** The crane pods running at the time of the nth `kubectl get pods`. */
  const cranes = (nth: number) =>
    rows(note().at('kubectl get pods', nth).stdout)
      .slice(1)
      .map((r) => r[0]!);
  const EXEC_CURL = 'kubectl exec crane-chgqh -- curl -s http://10.96.49.75:8080/crane';
  const svcRow = (stdout: string, name: string) => rows(stdout).find((r) => r[0] === name)!;

  describe('a Service from YAML', () => {
    it('runs three crane pods and creates the LoadBalancer crane-http', () => {
      expect(note().results[0]!.stdout).toBe('replicationcontroller/crane created\n');
      expect(note().results[1]!.stdout).toBe('service/crane-http created\n');
      const pods = rows(note().at('kubectl get pods').stdout).slice(1);
      expect(pods).toHaveLength(3);
      for (const p of pods) {
        expect(p[0]).toMatch(RC_POD);
        expect(p.slice(1, 3)).toEqual(['1/1', 'Running']);
      }
    });

    it('leaves EXTERNAL-IP <pending> until minikube tunnel runs, with a nodePort beside 8080', () => {
      const [header] = rows(note().at('kubectl get svc').stdout);
      expect(header).toEqual(['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE']);
      const svc = svcRow(note().at('kubectl get svc').stdout, 'crane-http');
      expect(svc[1]).toBe('LoadBalancer');
      expect(svc[2]).toMatch(CLUSTER_IP);
      expect(svc[3]).toBe('<pending>');
      expect(svc[4]).toMatch(/^8080:3\d{4}\/TCP$/);
    });

    it('gives crane-http EXTERNAL-IP 127.0.0.1 once minikube tunnel runs, as in the note', () => {
      expect(note().at('minikube tunnel').stdout).toContain(
        'Starting tunnel for service crane-http.',
      );
      const svc = svcRow(note().at('kubectl get svc', 1).stdout, 'crane-http');
      expect(svc[3]).toBe('127.0.0.1');
      expect(svc[4]).toMatch(/^8080:3\d{4}\/TCP$/);
    });

    it("answers curl http://127.0.0.1:8080/crane through the tunnel with a crane pod's greeting", () => {
      const r = note().at('curl http://127.0.0.1:8080/crane');
      expect(r.exitCode).toBe(0);
      expect(cranes(0)).toContain(KUBIA.exec(r.stdout)?.[1]);
    });

    it('traces the tunnel: the ssh forward connects to the ClusterIP from the node, kube-proxy DNATs to a crane pod', () => {
      const t = traceOf(note().at('lab trace curl http://127.0.0.1:8080/crane'));
      const clusterIP = svcRow(note().at('kubectl get svc').stdout, 'crane-http')[2]!;
      expect(t.verdict).toBe('delivered');
      expect(t.nodes).toEqual(['minikube']);
      const [proxy] = hops(t, 'proxy');
      expect(proxy!.packet.dst).toBe(`${clusterIP}:8080`);
      const [dnat] = hops(t, 'dnat');
      expect(dnat!.at).toBe('node/minikube');
      expect(dnat!.rule).toMatch(/^-A KUBE-SEP-\w+ .*--comment "default\/crane-http" .*-j DNAT/);
      expect(cranes(0).map((p) => `default/${p}`)).toContain(t.servedBy?.pod);
      // The forward's connection comes from the node's own address, outside the pod CIDR: the
      // ClusterIP rule marks it for masquerade and the pod sees the bridge address (§3.7).
      expect(t.clientSeenByPod).toBe(BRIDGE);
      expect(t.response).toMatch(KUBIA);
    });

    it('answers kubectl exec crane-chgqh -- curl -s http://CLUSTER-IP:8080/crane from one of the three pods', () => {
      const r = note().at(EXEC_CURL);
      expect(r.exitCode).toBe(0);
      expect(cranes(0)).toContain(KUBIA.exec(r.stdout)?.[1]);
    });

    it('traces pod to ClusterIP: DNAT on the node to a crane endpoint, no SNAT, the pod address kept', () => {
      const t = traceOf(note().at(`lab trace ${EXEC_CURL}`));
      const sender = cranes(0)[0]!;
      expect(t.hops[0]).toMatchObject({ at: `pod/default/${sender}`, action: 'send' });
      const [dnat] = hops(t, 'dnat');
      expect(dnat!.rule).toMatch(
        /--comment "default\/crane-http" .*-j DNAT --to-destination 10\.244\.0\.\d+:8080$/,
      );
      expect(t.verdict).toBe('delivered');
      expect(cranes(0).map((p) => `default/${p}`)).toContain(t.servedBy?.pod);
      // Pod-to-ClusterIP traffic is not masqueraded unless it hairpins back to the sender (§3.7).
      if (t.servedBy?.pod === `default/${sender}`) expect(t.clientSeenByPod).toBe(BRIDGE);
      else {
        expect(hops(t, 'snat')).toEqual([]);
        expect(t.clientSeenByPod).toBe(ipOf(t.hops[0]!.packet.src));
      }
    });

    it('spreads new connections from one pod over all three pods (sessionAffinity None)', () => {
      const load = note().at(
        'lab load -n 30 --from pod/crane-chgqh http://10.96.49.75:8080/crane',
      ).load!;
      expect(load.ok).toBe(30);
      expect(Object.keys(load.byPod).sort()).toEqual(
        cranes(0)
          .map((p) => `default/${p}`)
          .sort(),
      );
    });

    it("without --, lets kubectl v1.28 take curl's -s as its own --server and time out", () => {
      const r = note().at('kubectl exec crane-chgqh curl -s http://10.96.49.75:8080/crane');
      const ip = svcRow(note().at('kubectl get svc').stdout, 'crane-http')[2]!;
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toBe('');
      // kubectl dials the ClusterIP as its API server, from the laptop, where nothing routes it.
      expect(r.stderr).toBe(
        'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n' +
          `Unable to connect to the server: dial tcp ${ip}:8080: i/o timeout\n`,
      );
    });
  });

  describe('sessionAffinity and several ports', () => {
    it('reconfigures crane-http with ClientIP affinity and the 10800 s default timeout', () => {
      expect(note().at('kubectl apply -f -', 1).stdout).toBe('service/crane-http configured\n');
      expect(
        note().at(
          'kubectl get svc crane-http -o jsonpath={.spec.sessionAffinityConfig.clientIP.timeoutSeconds}',
        ).stdout,
      ).toBe('10800');
    });

    it('sends every new connection from one client to the same pod under ClientIP affinity', () => {
      const load = note().at(
        'lab load -n 30 --from pod/crane-chgqh http://10.96.49.75:8080/crane',
        1,
      ).load!;
      expect(load.ok).toBe(30);
      expect(Object.values(load.byPod)).toEqual([30]);
    });

    it('gives each of the ports 80 and 443 its own nodePort', () => {
      expect(note().at('kubectl apply -f -', 2).stdout).toBe('service/crane-http configured\n');
      const svc = svcRow(note().at('kubectl get svc crane-http').stdout, 'crane-http');
      expect(svc[4]).toMatch(/^80:3\d{4}\/TCP,443:3\d{4}\/TCP$/);
    });
  });

  describe('discovery by environment variables and DNS', () => {
    it('recreates the pods so they see the Service in their environment, dashes turned to underscores', () => {
      expect(note().at('kubectl delete rc crane').stdout).toBe(
        'replicationcontroller "crane" deleted\n',
      );
      const ip = svcRow(note().at('kubectl get svc crane-http').stdout, 'crane-http')[2]!;
      const env = note().at('kubectl exec crane-djxcr -- env');
      expect(env.exitCode).toBe(0);
      const lines = env.stdout.split('\n');
      expect(lines).toContain(`CRANE_HTTP_SERVICE_HOST=${ip}`);
      expect(lines).toContain('CRANE_HTTP_SERVICE_PORT=80');
      expect(lines).toContain('CRANE_HTTP_SERVICE_PORT_HTTPS=443');
      expect(lines).toContain(`CRANE_HTTP_PORT_443_TCP=tcp://${ip}:443`);
      expect(lines).toContain('KUBERNETES_SERVICE_HOST=10.96.0.1');
      expect(lines).toContain('KUBERNETES_SERVICE_PORT=443');
    });

    it("runs the note's exec without -- on kubectl v1.28 after the deprecation notice", () => {
      const r = note().at('kubectl exec crane-djxcr env');
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBe(
        'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n',
      );
      expect(r.stdout).toContain('CRANE_HTTP_SERVICE_HOST=');
    });

    it("shows the cluster search list and kube-dns in the pod's resolv.conf", () => {
      expect(note().at('kubectl exec crane-djxcr -- cat /etc/resolv.conf').stdout).toBe(
        'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
      );
    });

    it.todo(
      "kubectl exec -it crane-djxcr bash opens a shell in the pod (browser terminal only; the CLI says so, after kubectl's deprecation notice)",
    );

    it('reaches crane-http by its FQDN and by its short name on port 80 (targetPort 8080)', () => {
      const pods = cranes(1);
      for (const cmd of [
        'kubectl exec crane-djxcr -- curl -s http://crane-http.default.svc.cluster.local',
        'kubectl exec crane-djxcr -- curl -s http://crane-http',
      ]) {
        const r = note().at(cmd);
        expect(r.exitCode).toBe(0);
        expect(pods).toContain(KUBIA.exec(r.stdout)?.[1]);
      }
    });

    it('tries the search list in order for the FQDN (ndots:5), and answers the short name on the first try', () => {
      const fqdn = traceOf(
        note().at(
          'kubectl exec crane-djxcr -- curl -s http://crane-http.default.svc.cluster.local',
        ),
      );
      const ip = svcRow(note().at('kubectl get svc crane-http').stdout, 'crane-http')[2]!;
      // Four dots are fewer than ndots:5, so the resolver appends each search domain first.
      expect(hops(fqdn, 'dns').map((h) => h.packet.dst)).toEqual(Array(4).fill('10.96.0.10:53'));
      expect(hops(fqdn, 'dns')[3]!.rule).toBe(
        `crane-http.default.svc.cluster.local. 30 IN A ${ip}`,
      );
      const short = traceOf(
        note().at('lab trace kubectl exec crane-djxcr -- curl -s http://crane-http'),
      );
      expect(hops(short, 'dns').map((h) => h.rule)).toEqual([
        `crane-http.default.svc.cluster.local. 30 IN A ${ip}`,
      ]);
      expect(hops(short, 'send')[0]!.packet.dst).toBe(`${ip}:80`);
      expect(hops(short, 'dnat')[0]!.rule).toMatch(/--comment "default\/crane-http:http" .*:8080$/);
      expect(short.verdict).toBe('delivered');
    });

    it('resolves crane-http for ping but gets no echo reply from the ClusterIP', () => {
      const r = note().at('kubectl exec crane-djxcr -- ping -c 1 crane-http');
      const ip = svcRow(note().at('kubectl get svc crane-http').stdout, 'crane-http')[2]!;
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(
        new RegExp(`^PING \\S+ \\(${ip.replace(/\./g, '\\.')}\\) 56\\(84\\) bytes of data\\.\n`),
      );
      expect(r.stdout).toContain('1 packets transmitted, 0 received, 100% packet loss');
      const t = traceOf(note().at('lab trace kubectl exec crane-djxcr -- ping -c 1 crane-http'));
      expect(t.verdict).toBe('timeout');
      expect(hops(t, 'dnat')).toEqual([]);
      expect(t.hops.at(-1)).toMatchObject({ at: 'node/minikube', action: 'drop' });
    });

    it('ping crane-http prints the canonical name, as iputils does', () => {
      const out = note().at('kubectl exec crane-djxcr -- ping -c 1 crane-http').stdout;
      expect(out).toMatch(/^PING crane-http\.default\.svc\.cluster\.local \(/);
      expect(out).toContain('--- crane-http.default.svc.cluster.local ping statistics ---\n');
    });
  });

  describe('Endpoints', () => {
    it("describes crane-http with each port's endpoints on the three pod IPs", () => {
      const text = note().at('kubectl describe svc crane-http').stdout;
      expect(text).toMatch(/^Name:\s+crane-http\n/);
      expect(text).toMatch(/\nSelector:\s+app=crane\n/);
      expect(text).toMatch(/\nType:\s+LoadBalancer\n/);
      expect(text).toMatch(
        /\nPort:\s+http  80\/TCP\nTargetPort:\s+8080\/TCP\nNodePort:\s+http  3\d{4}\/TCP\nEndpoints:\s+(10\.244\.0\.\d+:8080,?){3}\n/,
      );
      expect(text).toMatch(/\nSession Affinity:\s+None\n/);
    });

    it('lists three endpoints per port, the rest as "+ 3 more..."', () => {
      const [header, ep] = rows(note().at('kubectl get endpoints crane-http').stdout);
      expect(header).toEqual(['NAME', 'ENDPOINTS', 'AGE']);
      expect(ep![1]).toMatch(/^(10\.244\.0\.\d+:8080,){2}10\.244\.0\.\d+:8080 \+ 3 more\.\.\.$/);
    });
  });

  describe('NodePort 30123', () => {
    it('creates crane-nodeport on 8080:30123/TCP', () => {
      expect(note().at('kubectl apply -f -', 3).stdout).toBe('service/crane-nodeport created\n');
      const svc = svcRow(note().at('kubectl get svc crane-nodeport').stdout, 'crane-nodeport');
      expect(svc.slice(1, 2)).toEqual(['NodePort']);
      expect(svc.slice(3, 5)).toEqual(['<none>', '8080:30123/TCP']);
    });

    it('prints the node address with minikube ip and kubectl get nodes -o wide', () => {
      expect(note().at('minikube ip').stdout).toBe('192.168.49.2\n');
      const node = rows(note().at('kubectl get nodes minikube -o wide').stdout)[1]!;
      expect([node[0], node[1], node[2], node[4], node[5]]).toEqual([
        'minikube',
        'Ready',
        'control-plane',
        'v1.28.3',
        '192.168.49.2',
      ]);
    });

    it('answers on 192.168.49.2:30123 from the host with the kubia greeting', () => {
      expect(note().at('curl 192.168.49.2:30123').stdout).toMatch(
        /^You've hit crane-[bcdfghjklmnpqrstvwxz2456789]{5}\n$/,
      );
    });

    it('answers curl on the node itself, at 192.168.49.2:30123 and at 127.0.0.1:30123', () => {
      // kube-proxy's iptables mode sets route_localnet, so localhost node ports work (v1.28).
      for (const cmd of [
        'minikube ssh curl 192.168.49.2:30123',
        'minikube ssh curl 127.0.0.1:30123',
      ]) {
        const r = note().at(cmd);
        expect(r.exitCode).toBe(0);
        expect(cranes(1)).toContain(KUBIA.exec(r.stdout)?.[1]);
      }
    });

    it('answers a pod curling the ClusterIP of crane-nodeport on 8080', () => {
      const r = note().at('kubectl exec crane-glzlb -- curl -s http://10.103.149.113:8080');
      expect(r.exitCode).toBe(0);
      expect(cranes(1)).toContain(KUBIA.exec(r.stdout)?.[1]);
    });

    it('opens the NodePort URL with minikube service and lists every Service', () => {
      const open = note().at('minikube service crane-nodeport').stdout;
      expect(open).toContain(
        '| default   | crane-nodeport | 8080        | http://192.168.49.2:30123 |\n',
      );
      const list = note().at('minikube service list').stdout.split('\n');
      expect(
        list.some((l) =>
          /^\| default\s+\| crane-nodeport \| 8080\s+\| http:\/\/192\.168\.49\.2:30123\s+\|$/.test(
            l,
          ),
        ),
      ).toBe(true);
      // A multi-port Service takes one table line per port; no cell spans a raw newline.
      for (const line of list.filter(Boolean)) expect(line).toMatch(/^[|].*[|]$/);
      expect(
        list.some((l) => /^\|\s+\|\s+\|\s+\S+\s+\| http:\/\/192\.168\.49\.2:3\d{4}\s+\|$/.test(l)),
      ).toBe(true);
    });

    it("prints only the InternalIP with the note's jsonpath (a minikube node has no ExternalIP)", () => {
      expect(
        note().at(
          `kubectl get nodes -o jsonpath='{.items[*].status.addresses[?(@.type=="InternalIP")].address}'`,
        ).stdout,
      ).toBe('192.168.49.2');
    });
  });

  describe('a LoadBalancer has a nodePort too', () => {
    it("puts the note's single-port crane-http back, still on EXTERNAL-IP 127.0.0.1", () => {
      expect(note().at('kubectl apply -f -', 4).stdout).toBe('service/crane-http configured\n');
      const svc = svcRow(note().at('kubectl get svc crane-http', 1).stdout, 'crane-http');
      expect(svc.slice(1, 2)).toEqual(['LoadBalancer']);
      expect(svc.slice(3, 5)).toEqual(['127.0.0.1', expect.stringMatching(/^8080:3\d{4}\/TCP$/)]);
    });

    it('shows NodePort lines in kubectl describe of the LoadBalancer', () => {
      const text = note().at('kubectl describe svc crane-http', 1).stdout;
      expect(text).toMatch(/\nType:\s+LoadBalancer\n/);
      expect(text).toMatch(/\nLoadBalancer Ingress:\s+127\.0\.0\.1\n/);
      expect(text).toMatch(/\nNodePort:\s+<unset>  3\d{4}\/TCP\n/);
      expect(text).toMatch(/\nExternal Traffic Policy:\s+Cluster\n/);
    });

    it('answers curl http://127.0.0.1:8080, and curl spreads its new connections over the pods', () => {
      expect(cranes(1)).toContain(KUBIA.exec(note().at('curl http://127.0.0.1:8080').stdout)?.[1]);
      const load = note().at('lab load -n 30 http://127.0.0.1:8080').load!;
      expect(load.ok).toBe(30);
      expect(Object.keys(load.byPod).length).toBeGreaterThan(1);
    });

    it("keeps a browser's keep-alive connection through minikube tunnel on one pod (one ssh channel per connection)", () => {
      const load = note().at('lab load -n 30 --keepalive http://127.0.0.1:8080').load!;
      expect(load.ok).toBe(30);
      expect(Object.values(load.byPod)).toEqual([30]);
    });

    it('keeps one keep-alive connection on one pod when the client reaches the node port directly', () => {
      const load = note().at('lab load -n 30 --keepalive http://192.168.49.2:30123').load!;
      expect(load.ok).toBe(30);
      expect(Object.values(load.byPod)).toEqual([30]);
    });

    it('with externalTrafficPolicy Cluster, the pod sees the bridge address, not the host', () => {
      const t = traceOf(note().at('lab trace curl http://192.168.49.2:30123'));
      expect(t.hops[0]!.packet.src).toMatch(new RegExp(`^${HOST.replace(/\./g, '\\.')}:`));
      expect(hops(t, 'dnat')[0]!.rule).toMatch(/--comment "default\/crane-nodeport" .*-j DNAT/);
      expect(hops(t, 'snat')[0]!.rule).toContain('-j MASQUERADE');
      expect(t.clientSeenByPod).toBe(BRIDGE);
      expect(t.verdict).toBe('delivered');
    });

    it('with externalTrafficPolicy Local, no SNAT: the pod sees the host 192.168.49.1', () => {
      expect(note().at('kubectl apply -f -', 5).stdout).toBe('service/crane-nodeport configured\n');
      const t = traceOf(note().at('lab trace curl http://192.168.49.2:30123', 1));
      expect(hops(t, 'snat')).toEqual([]);
      expect(t.clientSeenByPod).toBe(HOST);
      expect(t.nodes).toEqual(['minikube']);
      expect(t.verdict).toBe('delivered');
    });
  });
});
