// Study note 002 (시작하세요! 도커/쿠버네티스 ch. 6) on the lab preset (kubeadm v1.33), with the book's
// manifests from shared/corpus. Expected text comes from the note and from kubectl/API-server
// behaviour (reference §1.13, §2, §9), never from the simulator's own output.
import { describe, expect, it } from 'vitest';
import { corpusPresent, CORPUS, podsNamed, rows, runNote, type NoteRun } from './harness.ts';

const C = '../../../../shared/corpus/alicek106__start-docker-kubernetes/chapter6';
const SUFFIX = '[bcdfghjklmnpqrstvwxz2456789]{5}';
const RS_POD = new RegExp(`^replicaset-nginx-${SUFFIX}$`);
const CLUSTER_IP = /^10\.(9[6-9]|1[01]\d)\.\d+\.\d+$/;
const EXEC_REFUSED =
  "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n";

if (!corpusPresent) console.warn(`skipped note 002: the corpus is not at ${CORPUS}`);

describe.skipIf(!corpusPresent)('note 002 on the lab cluster (v1.33)', () => {
  let run: NoteRun;
  const note = () =>
    (run ??= runNote('lab', 'note002.lab', {
      // the pod the learner edits: one of the ReplicaSet's, whichever is still there
      'replicaset-nginx-aaaaa': (s) => podsNamed(s, 'replicaset-nginx-')[0],
    }));

  describe('objects and pods', () => {
    it('lists pods and deployments among the API resources with their short names', () => {
      const [header, ...res] = rows(note().at('kubectl api-resources').stdout);
      expect(header).toEqual(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND']);
      expect(res).toContainEqual(['pods', 'po', 'v1', 'true', 'Pod']);
      expect(res).toContainEqual(['deployments', 'deploy', 'apps/v1', 'true', 'Deployment']);
      expect(res).toContainEqual(['services', 'svc', 'v1', 'true', 'Service']);
    });

    it.todo(
      'kubectl api-resources lists every resource a v1.33 server serves (bindings, persistentvolumeclaims, …); the simulator lists the kinds it serves',
    );
    it.todo(
      'kubectl explain pod prints KIND, VERSION, DESCRIPTION and FIELDS (kubectl explain is missing)',
    );

    it('creates my-nginx-pod and runs it', () => {
      expect(note().at(`kubectl apply -f ${C}/nginx-pod.yaml`).stdout).toBe(
        'pod/my-nginx-pod created\n',
      );
      const pod = rows(note().at('kubectl get pods').stdout)[1]!;
      expect(pod.slice(0, 4)).toEqual(['my-nginx-pod', '1/1', 'Running', '0']);
    });

    it('describes the pod with its container, port and scheduling event', () => {
      const text = note().at('kubectl describe pods my-nginx-pod').stdout;
      expect(text).toMatch(/^Name:\s+my-nginx-pod\nNamespace:\s+default\n/);
      expect(text).toMatch(/\nStatus:\s+Running\n/);
      expect(text).toMatch(/\nContainers:\n  my-nginx-container:\n/);
      expect(text).toMatch(/\n    Image:\s+nginx:latest\n/);
      expect(text).toMatch(/\n    Port:\s+80\/TCP\n/);
      expect(text).toMatch(
        /Normal\s+Scheduled\s+\S+\s+default-scheduler\s+Successfully assigned default\/my-nginx-pod to worker-\d\n/,
      );
    });

    it("refuses the note's exec without -- on kubectl v1.33", () => {
      const r = note().at('kubectl exec -it my-nginx-pod bash');
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toBe(EXEC_REFUSED);
    });

    it.todo("kubectl logs my-nginx-pod prints nginx's start-up lines (kubectl logs is missing)");

    it('deletes the pod through its file', () => {
      expect(note().at(`kubectl delete -f ${C}/nginx-pod.yaml`).stdout).toBe(
        'pod "my-nginx-pod" deleted\n',
      );
    });

    it('refuses the sidecar exec without -- as well', () => {
      expect(
        note().at('kubectl exec -it my-nginx-pod -c "ubuntu-sidecar-container" bash').stderr,
      ).toBe(EXEC_REFUSED);
    });

    it.todo(
      'curl localhost in the sidecar reaches nginx through the shared network namespace (curl inside pods: network issue)',
    );
  });

  describe('ReplicaSet', () => {
    it("runs 3 replicas, then the note's 4 after apply says configured", () => {
      expect(note().at(`kubectl apply -f ${C}/replicaset-nginx.yaml`).stdout).toBe(
        'replicaset.apps/replicaset-nginx created\n',
      );
      const [header, rs] = rows(note().at('kubectl get rs').stdout);
      expect(header).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE']);
      expect(rs!.slice(0, 4)).toEqual(['replicaset-nginx', '3', '3', '3']);
      expect(note().at('kubectl apply -f -').stdout).toBe(
        'replicaset.apps/replicaset-nginx configured\n',
      );
      expect(rows(note().at('kubectl get rs', 1).stdout)[1]!.slice(0, 4)).toEqual([
        'replicaset-nginx',
        '4',
        '4',
        '4',
      ]);
      expect(note().at(`kubectl delete -f ${C}/replicaset-nginx.yaml`).stdout).toBe(
        'replicaset.apps "replicaset-nginx" deleted\n',
      );
    });

    it('finds the bare pod by its label three ways', () => {
      const labels = rows(note().at('kubectl get po --show-labels').stdout);
      expect(labels[0]).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'LABELS']);
      expect(labels[1]![0]).toBe('my-nginx-pod');
      expect(labels[1]![5]).toBe('app=my-nginx-pods-label');
      for (const cmd of ['kubectl get po -l app', 'kubectl get po -l app=my-nginx-pods-label'])
        expect(
          rows(note().at(cmd).stdout)
            .slice(1)
            .map((r) => r[0]),
        ).toEqual(['my-nginx-pod']);
    });

    it('adopts the existing pod and creates only the missing two', () => {
      const pods = rows(note().at('kubectl get pods', 1).stdout)
        .slice(1)
        .map((r) => r[0]);
      expect(pods).toHaveLength(3);
      expect(pods[0]).toBe('my-nginx-pod');
      expect(pods.slice(1)).toEqual([expect.stringMatching(RS_POD), expect.stringMatching(RS_POD)]);
    });

    it('replaces the adopted pod when it is deleted', () => {
      expect(note().at('kubectl delete pods my-nginx-pod').stdout).toBe(
        'pod "my-nginx-pod" deleted\n',
      );
      const pods = rows(note().at('kubectl get pods', 2).stdout).slice(1);
      expect(pods).toHaveLength(3);
      for (const p of pods) expect(p[0]).toMatch(RS_POD);
    });

    it.todo(
      'kubectl edit opens the pod in an editor (browser only; the script removes the label with kubectl label instead)',
    );

    it("removes the app label from one of the ReplicaSet's pods", () => {
      expect(note().at('kubectl label pods replicaset-nginx-aaaaa app-').stdout).toMatch(
        new RegExp(`^pod/replicaset-nginx-${SUFFIX} unlabeled\\n$`),
      );
    });

    it('releases the unlabeled pod and makes a replacement; deleting the ReplicaSet leaves the released pod', () => {
      // reference §2.4: a pod whose labels stop matching loses its controller reference.
      const after = rows(note().at('kubectl get pods --show-labels').stdout).slice(1);
      expect(after).toHaveLength(4);
      const released = after.filter((p) => !p[5]!.includes('app='));
      expect(released).toHaveLength(1);
      const left = rows(note().at('kubectl get pods', 3).stdout).slice(1);
      expect(left.map((p) => p[0])).toEqual([released[0]![0]]);
    });

    it('prints matchLabels and matchExpressions together in the SELECTOR column', () => {
      const rs = rows(note().at('kubectl get rs replicaset-nginx -o wide').stdout);
      expect(rs[0]).toEqual([
        'NAME',
        'DESIRED',
        'CURRENT',
        'READY',
        'AGE',
        'CONTAINERS',
        'IMAGES',
        'SELECTOR',
      ]);
      expect(rs[1]![7]).toBe(
        'app=our-nginx-pods-label,app2 in (my-nginx-pods-label,your-nginx-pods-label)',
      );
    });
  });

  describe('Deployment revisions', () => {
    const DEPRECATED =
      'Flag --record has been deprecated, --record will be removed in the future\n';

    it('applies with the deprecated --record, which kubectl v1.33 still accepts with a notice', () => {
      const r = note().at(`kubectl apply -f ${C}/deployment-nginx.yaml --record`);
      expect(r.stdout).toBe('deployment.apps/my-nginx-deployment created\n');
      expect(r.stderr).toBe(DEPRECATED);
    });

    it('records each command line as the CHANGE-CAUSE, as cli-runtime spells it', () => {
      expect(
        note().at('kubectl set image deployment my-nginx-deployment nginx=nginx:1.11 --record')
          .stderr,
      ).toBe(DEPRECATED);
      const history = note().at('kubectl rollout history deployment my-nginx-deployment').stdout;
      expect(history).toBe(
        [
          'deployment.apps/my-nginx-deployment ',
          'REVISION  CHANGE-CAUSE',
          `1         kubectl apply --filename=${C}/deployment-nginx.yaml --record=true`,
          '2         kubectl set image deployment my-nginx-deployment nginx=nginx:1.11 --record=true',
          '',
          '',
        ].join('\n'),
      );
    });

    it('updates the image and keeps the old ReplicaSet beside the new one', () => {
      expect(
        note().at('kubectl set image deployment my-nginx-deployment nginx=nginx:1.11 --record')
          .stdout,
      ).toBe('deployment.apps/my-nginx-deployment image updated\n');
      const rs = rows(note().at('kubectl get rs', 2).stdout).slice(1);
      expect(rs.map((r) => r[0])).toEqual([
        expect.stringMatching(/^my-nginx-deployment-[a-z0-9]{8,10}$/),
        expect.stringMatching(/^my-nginx-deployment-[a-z0-9]{8,10}$/),
      ]);
    });

    it('lists two revisions, then rolls back to the first', () => {
      const history = note().at('kubectl rollout history deployment my-nginx-deployment').stdout;
      expect(history).toMatch(
        /^deployment\.apps\/my-nginx-deployment \nREVISION\s+CHANGE-CAUSE\n1\s+\S.*\n2\s+\S.*\n\n$/,
      );
      expect(
        note().at('kubectl rollout undo deployment my-nginx-deployment --to-revision=1').stdout,
      ).toBe('deployment.apps/my-nginx-deployment rolled back\n');
    });

    it("describes the deployment at revision 3, running the first template's nginx:1.10", () => {
      const text = note().at('kubectl describe deploy my-nginx-deployment').stdout;
      expect(text).toMatch(/\nAnnotations:\s+deployment\.kubernetes\.io\/revision: 3\n/);
      expect(text).toMatch(/\nSelector:\s+app=my-nginx\n/);
      expect(text).toMatch(/\nStrategyType:\s+RollingUpdate\n/);
      expect(text).toMatch(/\nRollingUpdateStrategy:\s+25% max unavailable, 25% max surge\n/);
      expect(text).toMatch(/\n    Image:\s+nginx:1\.10\n/);
      expect(text).toMatch(
        /\nNewReplicaSet:\s+my-nginx-deployment-[a-z0-9]+ \(3\/3 replicas created\)\n/,
      );
    });

    it.todo(
      "kubectl delete deploy, po, rs --all (the note's spaces): what kubectl v1.33 answers is not asserted (unsure)",
    );

    it('deletes deployments, pods and replica sets in one command, in the order of the types', () => {
      const out = note().at('kubectl delete deploy,po,rs --all').stdout.split('\n').filter(Boolean);
      expect(out[0]).toBe('deployment.apps "my-nginx-deployment" deleted');
      expect(out.filter((l) => l.startsWith('pod "'))).toHaveLength(3);
      expect(out.slice(-2)).toEqual([
        expect.stringMatching(/^replicaset\.apps "my-nginx-deployment-[a-z0-9]+" deleted$/),
        expect.stringMatching(/^replicaset\.apps "my-nginx-deployment-[a-z0-9]+" deleted$/),
      ]);
    });
  });

  describe('Services', () => {
    it('creates the ClusterIP Service on 8080 beside the built-in kubernetes Service', () => {
      const svcs = rows(note().at('kubectl get services').stdout).slice(1);
      expect(svcs.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
        ['hostname-svc-clusterip', 'ClusterIP', '<none>', '8080/TCP'],
        ['kubernetes', 'ClusterIP', '<none>', '443/TCP'],
      ]);
      expect(svcs[0]![2]).toMatch(CLUSTER_IP);
      expect(svcs[1]![2]).toBe('10.96.0.1');
    });

    it('names an Endpoints object after the Service, with the v1.33 deprecation warning', () => {
      const r = note().at('kubectl get endpoints');
      const eps = rows(r.stdout).slice(1);
      expect(eps[0]![0]).toBe('hostname-svc-clusterip');
      expect(eps[0]![1]).toMatch(/^(10\.244\.[1-3]\.\d+:80,){2}10\.244\.[1-3]\.\d+:80$/);
      expect(eps[1]!.slice(0, 2)).toEqual(['kubernetes', '10.0.0.10:6443']);
      expect(r.stderr).toBe(
        'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n',
      );
    });

    it.todo('curl to the ClusterIP or to hostname-svc-clusterip:8080 from a pod (network issue)');

    it('gives the NodePort Service a random port in 30000-32767, then the fixed 31000', () => {
      const np = rows(note().at('kubectl get services', 1).stdout).find(
        (r) => r[0] === 'hostname-svc-nodeport',
      )!;
      const port = Number(/^8080:(\d+)\/TCP$/.exec(np[4]!)?.[1]);
      expect(port).toBeGreaterThanOrEqual(30000);
      expect(port).toBeLessThanOrEqual(32767);
      const custom = rows(note().at('kubectl get services hostname-svc-nodeport').stdout)[1]!;
      expect(custom[4]).toBe('8080:31000/TCP');
    });

    it('shows INTERNAL-IP and EXTERNAL-IP of the nodes', () => {
      const [header, ...nodes] = rows(note().at('kubectl get no -o wide').stdout);
      expect(header.slice(5, 7)).toEqual(['INTERNAL-IP', 'EXTERNAL-IP']);
      expect(nodes.map((n) => n[5])).toEqual(['10.0.0.10', '10.0.0.11', '10.0.0.12', '10.0.0.13']);
    });

    it('lists the LoadBalancer with its nodePort', () => {
      const lb = rows(note().at('kubectl get svc hostname-svc-lb').stdout)[1]!;
      expect(lb[1]).toBe('LoadBalancer');
      expect(lb[4]).toMatch(/^80:3\d{4}\/TCP$/);
    });

    it.todo(
      'the LoadBalancer gets an EXTERNAL-IP (MetalLB on lab, an ELB host name on aws; NLB with the annotation) and externalTrafficPolicy Local keeps the client IP (network issue)',
    );

    it('shows the ExternalName Service with my.database.com as its EXTERNAL-IP', () => {
      const ext = rows(note().at('kubectl get svc externalname-svc').stdout)[1]!;
      expect(ext.slice(0, 5)).toEqual([
        'externalname-svc',
        'ExternalName',
        '<none>',
        'my.database.com',
        '<none>',
      ]);
    });

    it.todo(
      'a pod resolving externalname-svc gets a CNAME to my.database.com (DNS: network issue)',
    );
  });
});
