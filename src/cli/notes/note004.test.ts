// Study note 004 (Kubernetes 완벽 가이드 ch. 6.1-6.6) on the gke preset (v1.33). The note's
// manifests are inline and all named my-service; the API server's answers, including to the note's
// `type: ExternalIP`, are the real ones (reference §1.13, §1.4, §9).
import { describe, expect, it } from 'vitest';
import { externalIPOf, hops, rows, runNote, traceOf, type NoteRun } from './harness.ts';

const CLUSTER_IP = /^10\.(9[6-9]|1[01]\d)\.\d+\.\d+$/;

describe('note 004 on the gke cluster (v1.33)', () => {
  let run: NoteRun;
  const note = () =>
    (run ??= runNote('gke', 'note004.lab', { 'EXTERNAL-IP': externalIPOf('my-service') }));
  const SAMPLE_POD = /^default\/sample-app-[a-z0-9]{8,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/;
  const apply = (nth: number) => note().at('kubectl apply -f -', nth);

  describe('6.2 a Service selecting app=sample-app', () => {
    it('creates my-service as a ClusterIP Service on 80/TCP', () => {
      expect(apply(0).stdout).toBe('service/my-service created\n');
      const svc = rows(note().at('kubectl get svc').stdout).find((r) => r[0] === 'my-service')!;
      expect(svc[1]).toBe('ClusterIP');
      expect(svc[2]).toMatch(CLUSTER_IP);
      expect(svc.slice(3, 5)).toEqual(['<none>', '80/TCP']);
    });

    it('describes the unnamed port and the endpoints of the three sample-app pods on 9376', () => {
      const text = note().at('kubectl describe svc my-service').stdout;
      expect(text).toMatch(/^Name:\s+my-service\nNamespace:\s+default\n/);
      expect(text).toMatch(/\nSelector:\s+app=sample-app\nType:\s+ClusterIP\n/);
      expect(text).toMatch(/\nPort:\s+<unset>  80\/TCP\nTargetPort:\s+9376\/TCP\n/);
      // pods of the gke preset are in 10.52.0.0/14, one /24 per node
      expect(text).toMatch(/\nEndpoints:\s+(10\.52\.[0-2]\.\d+:9376,){2}10\.52\.[0-2]\.\d+:9376\n/);
      expect(text).toMatch(/\nSession Affinity:\s+None\n/);
      expect(text).not.toContain('External Traffic Policy');
    });

    it('answers an A query for my-service with its ClusterIP', () => {
      const ip = rows(note().at('kubectl get svc').stdout).find((r) => r[0] === 'my-service')![2];
      expect(
        note().at('kubectl exec dnsutils -- dig +short my-service.default.svc.cluster.local')
          .stdout,
      ).toBe(`${ip}\n`);
    });

    it('has no SRV record for the unnamed port, and one per named port: 0 100 80 my-service...', () => {
      const srv =
        'kubectl exec dnsutils -- dig +short SRV _http._tcp.my-service.default.svc.cluster.local';
      expect(note().at(srv).stdout).toBe('');
      expect(apply(1).stdout).toBe('service/my-service configured\n');
      expect(note().at(srv, 1).stdout).toBe('0 100 80 my-service.default.svc.cluster.local.\n');
    });

    it("balances a pod's request to my-service onto a sample-app pod on 9376, routed natively in the VPC", () => {
      const t = traceOf(note().at('lab trace kubectl exec dnsutils -- curl -s http://my-service'));
      expect(t.verdict).toBe('delivered');
      expect(hops(t, 'dnat')[0]!.rule).toMatch(
        /--comment "default\/my-service:http" .*-j DNAT --to-destination 10\.52\.[0-2]\.\d+:9376$/,
      );
      expect(t.servedBy?.pod).toMatch(SAMPLE_POD);
      // VPC-native: no overlay header, no SNAT between pods
      expect(t.hops.every((h) => h.packet.outer === null)).toBe(true);
      expect(hops(t, 'snat')).toEqual([]);
    });

    it.todo(
      'the node-local DNS cache (NodeLocal DNSCache on 169.254.20.10) answering pods on their own node (not modelled by the gke preset)',
    );
  });

  describe('6.3 ClusterIP and a static clusterIP', () => {
    it('creates the type: ClusterIP example', () => {
      expect(apply(2).stdout).toBe('service/my-service created\n');
    });

    it("rejects the note's abbreviated manifest: the clusterIP may not change, and it has no ports", () => {
      const r = apply(3);
      expect(r.exitCode).toBe(1);
      // ValidateServiceUpdate lists the ClusterIP immutability errors before ValidateService's
      // (pkg/apis/core/validation); v1.33 still renders the list Go-style.
      expect(r.stderr).toBe(
        [
          'The Service "my-service" is invalid: ',
          '* spec.clusterIPs[0]: Invalid value: []string{"10.3.251.194"}: may not change once set',
          '* spec.ports: Required value',
          '',
        ].join('\n'),
      );
    });

    it('rejects it as a new Service too: ports are required before any address is allocated', () => {
      expect(apply(4).stderr).toBe(
        'The Service "my-service" is invalid: spec.ports: Required value\n',
      );
    });
  });

  describe('6.4 ExternalIP', () => {
    it("rejects the note's type: ExternalIP, which is not a Service type", () => {
      const r = apply(5);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        'The Service "my-service" is invalid: spec.type: Unsupported value: "ExternalIP": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"\n',
      );
    });

    it('accepts externalIPs on a ClusterIP Service and lists them as its EXTERNAL-IP', () => {
      expect(apply(6).stdout).toBe('service/my-service created\n');
      const svc = rows(note().at('kubectl get svc my-service').stdout)[1]!;
      expect(svc.slice(0, 2)).toEqual(['my-service', 'ClusterIP']);
      expect(svc.slice(3, 5)).toEqual(['10.178.0.61,10.178.0.62', '80/TCP']);
    });

    it('answers on port 80 of the listed external IPs 10.178.0.61 and .62, from any node', () => {
      for (const cmd of [
        'lab trace ssh gke-k8s-default-pool-3 curl -s http://10.178.0.61',
        'lab trace ssh gke-k8s-default-pool-1 curl -s http://10.178.0.62',
      ]) {
        const t = traceOf(note().at(cmd));
        expect(t.verdict).toBe('delivered');
        // the sending node's own kube-proxy rules catch the external IP (nat OUTPUT)
        const [dnat] = hops(t, 'dnat');
        expect(dnat!.at).toBe(t.hops[0]!.at);
        expect(dnat!.rule).toMatch(/--comment "default\/my-service" .*:9376$/);
        expect(t.servedBy?.pod).toMatch(SAMPLE_POD);
      }
    });

    it('refuses port 80 on 10.178.0.63, which is not among the externalIPs', () => {
      const r = note().at('lab trace ssh gke-k8s-default-pool-1 curl -s http://10.178.0.63');
      const t = traceOf(r);
      expect(t.verdict).toBe('refused');
      expect(hops(t, 'dnat')).toEqual([]);
      expect(r.exitCode).toBe(7);
    });
  });

  describe('6.5 NodePort', () => {
    it('creates my-service on nodePort 30000', () => {
      expect(apply(7).stdout).toBe('service/my-service created\n');
      const svc = rows(note().at('kubectl get svc my-service', 1).stdout)[1]!;
      expect(svc.slice(0, 2)).toEqual(['my-service', 'NodePort']);
      expect(svc[4]).toBe('80:30000/TCP');
    });

    it('refuses a second Service on the same nodePort', () => {
      expect(apply(8).stderr).toBe(
        'The Service "other-service" is invalid: spec.ports[0].nodePort: Invalid value: 30000: provided port is already allocated\n',
      );
    });

    it('refuses a nodePort outside 30000-32767', () => {
      expect(apply(9).stderr).toBe(
        'The Service "other-service" is invalid: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767\n',
      );
    });
  });

  describe('6.6 LoadBalancer', () => {
    it('creates my-service as a LoadBalancer with an automatic nodePort', () => {
      expect(apply(10).stdout).toBe('service/my-service created\n');
      const svc = rows(note().at('kubectl get svc my-service', 2).stdout)[1]!;
      expect(svc[1]).toBe('LoadBalancer');
      expect(svc[4]).toMatch(/^80:3\d{4}\/TCP$/);
    });

    it('gets an EXTERNAL-IP from 203.0.113.0/24 from the cloud a moment after creation', () => {
      expect(rows(note().at('kubectl get svc my-service', 2).stdout)[1]![3]).toMatch(
        /^203\.0\.113\.\d+$/,
      );
      expect(note().at('curl http://EXTERNAL-IP').stdout.trimEnd()).toMatch(/^sample-app-/);
    });

    it('passes the packet through to a node with the LB IP still its destination; Cluster policy masquerades', () => {
      const t = traceOf(note().at('lab trace curl http://EXTERNAL-IP'));
      const lbIP = rows(note().at('kubectl get svc my-service', 2).stdout)[1]![3];
      expect(t.hops[0]!.packet.src.split(':')[0]).toBe('198.51.100.20');
      const [dnat] = hops(t, 'dnat');
      expect(dnat!.at).toMatch(/^node\/gke-k8s-default-pool-[1-3]$/);
      expect(dnat!.rule).toMatch(/--comment "default\/my-service" .*:9376$/);
      const before = t.hops[t.hops.indexOf(dnat!) - 1]!;
      expect(before.packet.dst).toBe(`${lbIP}:80`);
      expect(t.clientSeenByPod).not.toBe('198.51.100.20');
      expect(t.verdict).toBe('delivered');
    });

    it('pins the EXTERNAL-IP with spec.loadBalancerIP', () => {
      expect(apply(11).stdout).toBe('service/my-service created\n');
      expect(rows(note().at('kubectl get svc my-service', 3).stdout)[1]![3]).toBe('203.0.113.50');
      expect(note().at('curl http://203.0.113.50').stdout.trimEnd()).toMatch(/^sample-app-/);
    });

    it('drops the laptop at KUBE-PROXY-FIREWALL when loadBalancerSourceRanges allows only 10.0.0.0/8', () => {
      expect(apply(12).stdout).toBe('service/my-service created\n');
      const t = traceOf(note().at('lab trace curl http://203.0.113.50'));
      expect(t.verdict).toBe('timeout');
      const drop = t.hops.at(-1)!;
      expect(drop.action).toBe('drop');
      expect(drop.rule).toMatch(
        /^-A KUBE-PROXY-FIREWALL -d 203\.0\.113\.50\/32 -p tcp -m comment --comment "default\/my-service traffic not accepted by KUBE-FW-\w+" -m tcp --dport 80 -j DROP$/,
      );
    });

    it('lets a source inside 10.0.0.0/8 (a node, 10.178.0.62) through', () => {
      const t = traceOf(
        note().at('lab trace --from node/gke-k8s-default-pool-2 curl http://203.0.113.50'),
      );
      expect(t.verdict).toBe('delivered');
      expect(t.servedBy?.pod).toMatch(SAMPLE_POD);
    });
  });
});
