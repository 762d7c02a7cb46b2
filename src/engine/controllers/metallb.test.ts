import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Service } from '../api/objects.ts';
import { createSession } from '../session.ts';
import { frontendFor } from '../net/loadBalancers.ts';

// The book's MetalLB install (v0.8) and its layer-2 ConfigMap, read from the shared corpus.
const CORPUS = resolve(process.cwd(), '../shared/corpus');
const BOOK_INSTALL = `${CORPUS}/sysnet4admin___Book_k8sInfra/ch3/3.3.4/metallb.yaml`;
const BOOK_CONFIG = `${CORPUS}/sysnet4admin___Book_k8sInfra/ch3/3.4.2/metallb-l2config.yaml`;
const haveCorpus = existsSync(BOOK_INSTALL) && existsSync(BOOK_CONFIG);
if (!haveCorpus) console.warn(`skipping the k8sinfra MetalLB flow: ${CORPUS} is absent`);

/** MetalLB's layer-2 election order, computed independently: SHA-256 of "<node>#<key>", ascending. */
function election(nodes: string[], key: string): string[] {
  const h = (n: string) => createHash('sha256').update(`${n}#${key}`).digest('hex');
  return [...nodes].sort((a, b) => (h(a) < h(b) ? -1 : 1));
}

const externalIP = (out: string, name: string) =>
  new RegExp(`^${name}\\s+LoadBalancer\\s+\\S+\\s+(\\S+)`, 'm').exec(out)?.[1];

describe.skipIf(!haveCorpus)(
  'MetalLB v0.8 as the k8sinfra book installs it (legacy ConfigMap)',
  () => {
    const session = () => {
      const s = createSession({ preset: 'k8sinfra', readFile: (p) => readFileSync(p, 'utf8') });
      s.run('kubectl create deployment lb-pods --image=nginx --replicas=3');
      return s;
    };

    it('leaves a LoadBalancer <pending> until configured, then hands out 192.168.1.11, .12, .13', () => {
      const s = session();
      s.run('kubectl expose deployment lb-pods --type=LoadBalancer --port=80 --name=lb-svc');
      expect(externalIP(s.run('kubectl get svc').stdout, 'lb-svc')).toBe('<pending>');
      s.run(`kubectl apply -f ${BOOK_INSTALL}`);
      s.run('lab wait 30');
      // Installed but not configured: idle.
      expect(externalIP(s.run('kubectl get svc').stdout, 'lb-svc')).toBe('<pending>');
      s.run(`kubectl apply -f ${BOOK_CONFIG}`);
      expect(externalIP(s.run('kubectl get svc').stdout, 'lb-svc')).toBe('192.168.1.11');
      s.run('kubectl expose deployment lb-pods --type=LoadBalancer --port=8080 --name=lb2');
      expect(externalIP(s.run('kubectl get svc').stdout, 'lb2')).toBe('192.168.1.12');
      // Deleting frees .11: the next Service takes the lowest free address again.
      s.run('kubectl delete svc lb-svc');
      s.run('kubectl expose deployment lb-pods --type=LoadBalancer --port=80 --name=lb3');
      s.run('kubectl expose deployment lb-pods --type=LoadBalancer --port=80 --name=lb4');
      s.run('kubectl expose deployment lb-pods --type=LoadBalancer --port=80 --name=lb5');
      const out = s.run('kubectl get svc').stdout;
      expect(externalIP(out, 'lb3')).toBe('192.168.1.11');
      expect(externalIP(out, 'lb4')).toBe('192.168.1.13');
      expect(externalIP(out, 'lb5')).toBe('<pending>');
      // controller/service.go: Errorf(svc, "AllocationFailed", "Failed to allocate IP for %q: %s")
      // with allocator.go's "no available IPs".
      expect(s.run('kubectl describe svc lb5').stdout).toMatch(
        /Warning {2}AllocationFailed {2}\d+s +metallb-controller {2}Failed to allocate IP for "default\/lb5": no available IPs\n/,
      );
    });

    it('prints the v0.8 events: one quoted IP, and the node without a protocol', () => {
      const s = session();
      s.run(`kubectl apply -f ${BOOK_INSTALL}`);
      s.run(`kubectl apply -f ${BOOK_CONFIG}`);
      s.run('lab wait 30');
      s.run('kubectl expose deployment lb-pods --type=LoadBalancer --port=80 --name=lb-svc');
      const svc = s.cluster().objects.get('Service/default/lb-svc') as Service;
      // v0.8/v0.9 elect among nodes with a ready endpoint, keyed by "namespace/name".
      const slices = [...s.cluster().objects.values()].filter(
        (o) =>
          o.kind === 'EndpointSlice' &&
          o.metadata.labels?.['kubernetes.io/service-name'] === 'lb-svc',
      ) as unknown as { endpoints: { topology?: Record<string, string>; nodeName?: string }[] }[];
      const nodes = [
        ...new Set(
          slices.flatMap((sl) =>
            sl.endpoints.map((e) => e.nodeName ?? e.topology?.['kubernetes.io/hostname'] ?? ''),
          ),
        ),
      ];
      const owner = election(nodes, 'default/lb-svc')[0];
      const out = s.run('kubectl describe svc lb-svc').stdout;
      expect(out).toContain('LoadBalancer Ingress:     192.168.1.11\n');
      // v0.8 controller: Infof(svc, "IPAllocated", "Assigned IP %q", lbIP) with one net.IP;
      // speaker: Infof(svc, "nodeAssigned", "announcing from node %q", c.myNode).
      expect(out).toMatch(
        /Normal {2}IPAllocated {3}\d+s +metallb-controller {2}Assigned IP "192\.168\.1\.11"\n/,
      );
      expect(out).toMatch(
        new RegExp(
          `Normal {2}nodeAssigned {2}\\d+s +metallb-speaker +announcing from node "${owner}"\\n`,
        ),
      );
      expect(svc.status.loadBalancer).toEqual({ ingress: [{ ip: '192.168.1.11' }] });
    });
  },
);

describe('MetalLB v0.14 on the lab preset (IPAddressPool default-pool, L2Advertisement)', () => {
  it('ships installed: controller and a speaker per node in metallb-system', () => {
    const out = createSession().run('kubectl get pods -n metallb-system -o wide').stdout;
    expect(out.match(/^speaker-[a-z0-9]{5} +1\/1 +Running/gm)).toHaveLength(4);
    expect(out).toMatch(/^controller-[a-z0-9]+-[a-z0-9]{5} +1\/1 +Running/m);
    for (const node of ['control-plane', 'worker-1', 'worker-2', 'worker-3'])
      expect(out).toMatch(new RegExp(`^speaker-\\S+ .* ${node} `, 'm'));
  });

  it('assigns 10.0.0.200 first, with the v0.14 events and the pool annotation', () => {
    const s = createSession();
    s.run('kubectl create deployment web --image=nginx --replicas=3');
    s.run('lab wait 20');
    s.run('kubectl expose deployment web --type=LoadBalancer --port=80');
    expect(externalIP(s.run('kubectl get svc web').stdout, 'web')).toBe('10.0.0.200');
    const out = s.run('kubectl describe svc web').stdout;
    expect(out).toContain(
      'Annotations:              metallb.universe.tf/ip-allocated-from-pool: default-pool\n',
    );
    // v0.14 controller: Infof(svc, "IPAllocated", "Assigned IP %q", lbIPs) with a []net.IP.
    expect(out).toMatch(
      /Normal {2}IPAllocated {3}\d+s +metallb-controller {2}Assigned IP \["10\.0\.0\.200"\]\n/,
    );
    // Current speakers: all live speakers are eligible for Cluster policy, keyed by the IP.
    // kubeadm labels the control plane node.kubernetes.io/exclude-from-external-load-balancers
    // (v1.21+), which MetalLB v0.13+ honours: only the workers are candidates.
    const owner = election(['worker-1', 'worker-2', 'worker-3'], '10.0.0.200')[0];
    expect(out).toContain(
      `metallb-speaker     announcing from node "${owner}" with protocol "layer2"\n`,
    );
    // The API server defaults ipMode: VIP on v1.30+.
    const svc = s.cluster().objects.get('Service/default/web') as Service;
    expect(svc.status.loadBalancer).toEqual({ ingress: [{ ip: '10.0.0.200', ipMode: 'VIP' }] });
    s.run('kubectl expose deployment web --type=LoadBalancer --port=8080 --name=web2');
    expect(externalIP(s.run('kubectl get svc web2').stdout, 'web2')).toBe('10.0.0.201');
  });

  it('fails over to the next node in the election order when the owner is powered off', () => {
    const s = createSession();
    s.run('kubectl create deployment web --image=nginx --replicas=3');
    s.run('lab wait 20');
    s.run('kubectl expose deployment web --type=LoadBalancer --port=80');
    const order = election(['worker-1', 'worker-2', 'worker-3'], '10.0.0.200');
    const before = frontendFor(s.cluster(), '10.0.0.200', 80);
    expect(before).toMatchObject({ kind: 'metallb-l2', owner: order[0], candidates: order });
    s.run(`lab node down ${order[0]}`);
    const after = frontendFor(s.cluster(), '10.0.0.200', 80);
    expect(after).toMatchObject({
      kind: 'metallb-l2',
      owner: order[1],
      candidates: order.slice(1),
    });
    expect(s.run('kubectl describe svc web').stdout).toContain(
      `announcing from node "${order[1]}" with protocol "layer2"\n`,
    );
  });

  it('with externalTrafficPolicy Local only lets nodes with a local ready endpoint answer', () => {
    const s = createSession();
    s.run('kubectl create deployment one --image=nginx --replicas=1');
    s.run('lab wait 20');
    s.apply(`apiVersion: v1
kind: Service
metadata:
  name: one
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  selector: {app: one}
  ports: [{port: 80}]
`);
    const node = (s.run('kubectl get pods -l app=one -o wide').stdout.split('\n')[1] ?? '')
      .trim()
      .split(/\s+/)[6];
    expect(frontendFor(s.cluster(), '10.0.0.200', 80)).toMatchObject({
      kind: 'metallb-l2',
      owner: node,
      candidates: [node],
      externalTrafficPolicy: 'Local',
    });
  });

  it('honours spec.loadBalancerIP inside the pool and refuses one outside it', () => {
    const s = createSession();
    s.apply(`apiVersion: v1
kind: Service
metadata:
  name: fixed
spec:
  type: LoadBalancer
  loadBalancerIP: 10.0.0.210
  selector: {app: web}
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata:
  name: outside
spec:
  type: LoadBalancer
  loadBalancerIP: 10.0.0.50
  selector: {app: web}
  ports: [{port: 80}]
`);
    const out = s.run('kubectl get svc').stdout;
    expect(externalIP(out, 'fixed')).toBe('10.0.0.210');
    expect(externalIP(out, 'outside')).toBe('<pending>');
    // allocator.go Assign: fmt.Errorf("%q is not allowed in config", ip)
    expect(s.run('kubectl describe svc outside').stdout).toContain(
      'Failed to allocate IP for "default/outside": "10.0.0.50" is not allowed in config\n',
    );
  });

  it('shares one address between Services with the same allow-shared-ip key and distinct ports', () => {
    const s = createSession();
    const svc = (name: string, port: number) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  annotations:
    metallb.universe.tf/allow-shared-ip: dns
spec:
  type: LoadBalancer
  loadBalancerIP: 10.0.0.205
  selector: {app: dns}
  ports: [{port: ${port}, protocol: ${port === 53 ? 'UDP' : 'TCP'}}]
`;
    s.apply(svc('dns-udp', 53));
    s.apply(svc('dns-tcp', 5353));
    const out = s.run('kubectl get svc').stdout;
    expect(externalIP(out, 'dns-udp')).toBe('10.0.0.205');
    expect(externalIP(out, 'dns-tcp')).toBe('10.0.0.205');
  });

  it('frees the address when the Service stops being a LoadBalancer', () => {
    const s = createSession();
    const web = (type: string) => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: ${type}
  selector: {app: web}
  ports: [{port: 80}]
`;
    s.apply(web('LoadBalancer'));
    expect(externalIP(s.run('kubectl get svc web').stdout, 'web')).toBe('10.0.0.200');
    s.apply(web('NodePort'));
    const svc = s.cluster().objects.get('Service/default/web') as Service;
    expect(svc.status.loadBalancer).toEqual({});
    expect(
      svc.metadata.annotations?.['metallb.universe.tf/ip-allocated-from-pool'],
    ).toBeUndefined();
    s.run('kubectl create deployment web2 --image=nginx');
    s.run('kubectl expose deployment web2 --type=LoadBalancer --port=80');
    expect(externalIP(s.run('kubectl get svc web2').stdout, 'web2')).toBe('10.0.0.200');
  });
});

const NATIVE = `${CORPUS}/metallb__metallb/config/manifests/metallb-native.yaml`;
const L2_SAMPLE = `${CORPUS}/metallb__metallb/configsamples/simple_pool_adv_l2.yaml`;
const haveNative = existsSync(NATIVE) && existsSync(L2_SAMPLE);
if (!haveNative) console.warn(`skipping the MetalLB v0.14.9 native install: ${NATIVE} is absent`);

describe.skipIf(!haveNative)('MetalLB v0.14.9 applied from its native manifest on minikube', () => {
  it('ignores the legacy ConfigMap (the CRDs replaced it in v0.13) and honours an IPAddressPool', () => {
    const s = createSession({ preset: 'minikube', readFile: (p) => readFileSync(p, 'utf8') });
    s.run(`kubectl apply -f ${NATIVE}`);
    s.run('lab wait 30');
    s.apply(`apiVersion: v1
kind: ConfigMap
metadata:
  namespace: metallb-system
  name: config
data:
  config: |
    address-pools:
    - name: default
      protocol: layer2
      addresses:
      - 192.168.49.100-192.168.49.120
`);
    s.run('kubectl create deployment web --image=nginx');
    s.run('kubectl expose deployment web --type=LoadBalancer --port=80');
    expect(externalIP(s.run('kubectl get svc web').stdout, 'web')).toBe('<pending>');
    // configsamples/simple_pool_adv_l2.yaml: 192.168.10.0/24 first, then a range, then IPv6.
    s.run(`kubectl apply -f ${L2_SAMPLE}`);
    expect(externalIP(s.run('kubectl get svc web').stdout, 'web')).toBe('192.168.10.0');
  });
});
