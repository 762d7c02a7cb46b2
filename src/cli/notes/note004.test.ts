// Study note 004 (Kubernetes 완벽 가이드 ch. 6.1-6.6) on the gke preset (v1.33). The note's
// manifests are inline and all named my-service; the API server's answers, including to the note's
// `type: ExternalIP`, are the real ones (reference §1.13, §1.4, §9).
import { describe, expect, it } from 'vitest';
import { rows, runNote, type NoteRun } from './harness.ts';

const CLUSTER_IP = /^10\.(9[6-9]|1[01]\d)\.\d+\.\d+$/;

describe('note 004 on the gke cluster (v1.33)', () => {
  let run: NoteRun;
  const note = () => (run ??= runNote('gke', 'note004.lab'));
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

    it.todo(
      'DNS A and SRV records of my-service, and the node-local DNS cache (DNS: network issue)',
    );
  });

  describe('6.3 ClusterIP and a static clusterIP', () => {
    it('creates the type: ClusterIP example', () => {
      expect(apply(1).stdout).toBe('service/my-service created\n');
    });

    it("rejects the note's abbreviated manifest: the clusterIP may not change, and it has no ports", () => {
      const r = apply(2);
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
      expect(apply(3).stderr).toBe(
        'The Service "my-service" is invalid: spec.ports: Required value\n',
      );
    });
  });

  describe('6.4 ExternalIP', () => {
    it("rejects the note's type: ExternalIP, which is not a Service type", () => {
      const r = apply(4);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        'The Service "my-service" is invalid: spec.type: Unsupported value: "ExternalIP": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"\n',
      );
    });

    it('accepts externalIPs on a ClusterIP Service and lists them as its EXTERNAL-IP', () => {
      expect(apply(5).stdout).toBe('service/my-service created\n');
      const svc = rows(note().at('kubectl get svc my-service').stdout)[1]!;
      expect(svc.slice(0, 2)).toEqual(['my-service', 'ClusterIP']);
      expect(svc.slice(3, 5)).toEqual(['10.178.0.61,10.178.0.62', '80/TCP']);
    });

    it.todo('10.178.0.61 and .62 answer on port 80 while 10.178.0.63 does not (network issue)');
  });

  describe('6.5 NodePort', () => {
    it('creates my-service on nodePort 30000', () => {
      expect(apply(6).stdout).toBe('service/my-service created\n');
      const svc = rows(note().at('kubectl get svc my-service', 1).stdout)[1]!;
      expect(svc.slice(0, 2)).toEqual(['my-service', 'NodePort']);
      expect(svc[4]).toBe('80:30000/TCP');
    });

    it('refuses a second Service on the same nodePort', () => {
      expect(apply(7).stderr).toBe(
        'The Service "other-service" is invalid: spec.ports[0].nodePort: Invalid value: 30000: provided port is already allocated\n',
      );
    });

    it('refuses a nodePort outside 30000-32767', () => {
      expect(apply(8).stderr).toBe(
        'The Service "other-service" is invalid: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767\n',
      );
    });
  });

  describe('6.6 LoadBalancer', () => {
    it('creates my-service as a LoadBalancer with an automatic nodePort', () => {
      expect(apply(9).stdout).toBe('service/my-service created\n');
      const svc = rows(note().at('kubectl get svc my-service', 2).stdout)[1]!;
      expect(svc[1]).toBe('LoadBalancer');
      expect(svc[4]).toMatch(/^80:3\d{4}\/TCP$/);
    });

    it.todo(
      'the cloud load balancer gives EXTERNAL-IP from 203.0.113.0/24 a moment after creation (load balancers: network issue)',
    );
    it.todo('spec.loadBalancerIP pins the EXTERNAL-IP (load balancers: network issue)');
    it.todo(
      'loadBalancerSourceRanges 10.0.0.0/8 lets only those clients through the load balancer (network issue)',
    );
  });
});
