// A real cluster's state: the fixture is a 3-node kubeadm v1.29 cluster with Calico IP-in-IP,
// ingress-nginx and a few workloads, as `kubectl get nodes,pods,services,endpointslices,ingresses
// -A -o yaml` prints it (kubectl hides managedFields since v1.21). Expected values are read from the
// dump itself with the yaml parser, or computed the way kube-proxy computes them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSession } from '../session.ts';
import { parseClusterDump } from './clusterDump.ts';
import { importNoteText } from './importNotes.ts';

const DUMP = readFileSync(
  new URL('./__fixtures__/kubeadm-calico-3node.yaml', import.meta.url),
  'utf8',
);

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const recorded = (parse(DUMP) as { items: Obj[] }).items;
const ofKind = (kind: string) => recorded.filter((o) => o.kind === kind);

/** kube-proxy's portProtoHash: base32(sha256(servicePortName + protocol [+ endpoint]))[:16]. */
function chainHash(...parts: string[]): string {
  const bytes = createHash('sha256').update(parts.join('')).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.slice(0, 16);
}

function session() {
  return createSession({ clusterDump: DUMP });
}

describe('reading a dump', () => {
  const dump = parseClusterDump(DUMP);
  if (!dump.ok) throw new Error(dump.message);
  const { preset } = dump.value;

  it('infers the cluster from the nodes: version, Calico IP-in-IP blocks, addresses', () => {
    expect(preset.version).toBe('v1.29.4');
    expect(preset.minor).toBe(29);
    expect(preset.podNetwork).toBe('calico-ipip');
    for (const node of ofKind('Node')) {
      const n = preset.nodes.find((x) => x.name === node.metadata.name)!;
      const internal = node.status.addresses.find((a: Obj) => a.type === 'InternalIP').address;
      expect(n.ip).toBe(internal);
      const tunnel = node.metadata.annotations['projectcalico.org/IPv4IPIPTunnelAddr'];
      expect(n.tunnelIP).toBe(tunnel);
      // Calico's /26 block holding tunl0's address, not kube-controller-manager's spec.podCIDR.
      expect(n.podCIDR).toBe(`${tunnel}/26`);
      expect(n.podCIDR).not.toBe(node.spec.podCIDR);
      expect(n.controlPlane).toBe('node-role.kubernetes.io/control-plane' in node.metadata.labels);
    }
    expect(preset.serviceCIDR).toBe('10.96.0.0/12');
    expect(preset.clusterCIDR).toBe('10.244.0.0/16');
    expect(preset.apiServer).toEqual({ ip: '192.168.56.10', port: 6443 });
    expect(preset.nodeInfo.containerRuntimeVersion).toBe('containerd://1.7.12');
  });

  it('says what it inferred and what the dump lacks', () => {
    const notes = dump.value.notes.join('\n');
    expect(notes).toContain('Calico with IP-in-IP');
    expect(notes).toContain("The pods' owners (DaemonSet, Job, ReplicaSet) are not in the dump");
    expect(notes).toContain('IngressClass nginx (controller k8s.io/ingress-nginx) is added');
  });
});

describe('the imported cluster keeps what was recorded', () => {
  it('stores every recorded object unchanged, and the controllers leave them so', () => {
    const s = session();
    s.run('lab wait 600');
    for (const o of recorded) {
      const ns = o.metadata.namespace ?? '';
      const mine = s.cluster().objects.get(`${o.kind}/${ns}/${o.metadata.name}`);
      // The Ingress's status is rewritten by ingress-nginx's syncer to the same address.
      if (o.kind === 'Ingress') {
        expect(mine?.status).toEqual(o.status);
        continue;
      }
      expect(mine, `${o.kind} ${ns}/${o.metadata.name}`).toEqual(o);
    }
    // Nothing made, nothing deleted: no ReplicaSet or DaemonSet is there to act.
    const pods = s.run('kubectl get pods -A --no-headers').stdout.trim().split('\n');
    expect(pods).toHaveLength(ofKind('Pod').length);
  });

  it('kubectl get pods -o wide shows the recorded IPs and nodes', () => {
    const out = session().run('kubectl get pods -A -o wide').stdout;
    for (const p of ofKind('Pod')) {
      const line = out.split('\n').find((l) => l.split(/\s+/)[1] === p.metadata.name);
      expect(line, p.metadata.name).toBeDefined();
      const cols = line!.split(/\s+/);
      expect(cols[0]).toBe(p.metadata.namespace);
      expect(cols[6]).toBe(p.status.podIP);
      expect(cols[7]).toBe(p.spec.nodeName);
    }
  });

  it('kubectl get svc shows the recorded ClusterIPs and nodePorts', () => {
    const out = session().run('kubectl get svc -A').stdout;
    for (const svc of ofKind('Service')) {
      const line = out.split('\n').find((l) => l.split(/\s+/)[1] === svc.metadata.name)!;
      const cols = line.split(/\s+/);
      expect(cols[3]).toBe(svc.spec.clusterIP);
      const ports = svc.spec.ports
        .map((p: Obj) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`)
        .join(',');
      expect(cols[5]).toBe(ports);
    }
    expect(out).toMatch(/web-lb\s+LoadBalancer\s+10\.102\.81\.33\s+<pending>\s+80:32147\/TCP/);
  });

  it('a pod created in the lab takes the next free address of its node, not a recorded one', () => {
    const s = session();
    s.run('kubectl run probe --image=nginx');
    s.run('lab wait 10');
    const ip = (
      s.run("kubectl get pod probe -o jsonpath='{.status.podIP}'").stdout as string
    ).trim();
    expect(ofKind('Pod').map((p) => p.status.podIP)).not.toContain(ip);
    // k8s-w1's last recorded pod address is 10.244.171.68; k8s-w2's 10.244.23.196.
    expect(['10.244.171.69', '10.244.23.197']).toContain(ip);
  });

  it('a deleted pod stays deleted: its ReplicaSet is not in the dump', () => {
    const s = session();
    s.run('kubectl delete pod web-7c5ddbdf54-2xkqv');
    s.run('lab wait 60');
    const out = s.run('kubectl get pods').stdout;
    expect(out).not.toContain('web-7c5ddbdf54-2xkqv');
    expect(out.match(/^web-/gm)).toHaveLength(2);
    // Its endpoint leaves the recorded slice (the EndpointSlice controller follows the pods).
    const eps = s.run(
      "kubectl get endpointslice web-8x7tq -o jsonpath='{.endpoints[*].addresses[0]}'",
    );
    expect(eps.stdout).toBe('10.244.23.193 10.244.23.194');
  });
});

describe('tracing through the imported cluster', () => {
  const web = ofKind('Service').find((s) => s.metadata.name === 'web')!;
  const webPods = ofKind('EndpointSlice')
    .filter((s) => s.metadata.labels['kubernetes.io/service-name'] === 'web')
    .flatMap((s) => s.endpoints.map((e: Obj) => e.addresses[0] as string));
  const nodeOf = new Map(
    ofKind('Pod').map((p) => [p.status.podIP as string, p.spec.nodeName as string]),
  );
  const nodeIP = new Map(
    ofKind('Node').map((n) => [
      n.metadata.name as string,
      n.status.addresses.find((a: Obj) => a.type === 'InternalIP').address as string,
    ]),
  );

  it('curl to a node port enters at that node, DNATs to a recorded pod and crosses by IP-in-IP', () => {
    const s = session();
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const r = s.run(`lab trace curl -s http://192.168.56.11:${web.spec.ports[0].nodePort}`);
      const t = r.trace!;
      expect(t.verdict).toBe('delivered');
      expect(t.hops[1]!.at).toBe('node/k8s-w1');
      const dnat = t.hops.find((h) => h.action === 'dnat')!;
      const [podIP, port] = dnat.packet.dst.split(':');
      expect(webPods).toContain(podIP);
      expect(port).toBe('80');
      seen.add(podIP!);
      // The rule is kube-proxy's KUBE-SEP chain for that endpoint, named as kube-proxy names it.
      expect(dnat.rule).toBe(
        `-A KUBE-SEP-${chainHash('default/web', 'tcp', `${podIP}:80`)} -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination ${podIP}:80`,
      );
      const encap = t.hops.find((h) => h.action === 'encap');
      if (nodeOf.get(podIP!) === 'k8s-w1') expect(encap).toBeUndefined();
      else {
        expect(encap!.packet.outer).toEqual({
          src: '192.168.56.11',
          dst: nodeIP.get(nodeOf.get(podIP!)!),
          kind: 'ipip',
        });
        // MASQUERADE towards tunl0 takes tunl0's address, Calico's tunnel address of k8s-w1.
        expect(t.clientSeenByPod).toBe('10.244.171.64');
      }
      expect(t.servedBy?.node).toBe(nodeOf.get(podIP!));
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it("iptables-save on a node holds kube-proxy's chains for the recorded Services", () => {
    const out = session().run('ssh k8s-w2 iptables-save -t nat').stdout;
    const svcChain = `KUBE-SVC-${chainHash('default/web', 'tcp')}`;
    const extChain = `KUBE-EXT-${chainHash('default/web', 'tcp')}`;
    expect(out).toContain(
      `-A KUBE-SERVICES -d 10.105.37.214/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j ${svcChain}`,
    );
    expect(out).toContain(
      `-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport 30839 -j ${extChain}`,
    );
    const dns = `KUBE-SVC-${chainHash('kube-system/kube-dns:dns', 'udp')}`;
    expect(out).toContain(
      `-A KUBE-SERVICES -d 10.96.0.10/32 -p udp -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp --dport 53 -j ${dns}`,
    );
    // The selectorless Service's recorded slice is its only endpoint.
    expect(out).toContain(`-j DNAT --to-destination 192.168.56.50:5432`);
    expect(out.split('\n')[0]).toMatch(/^# Generated by iptables-save v1\.8\.9 on /);
  });

  it('a recorded LoadBalancer address: kept, and the trace says the dump holds no balancer', () => {
    const i = DUMP.indexOf('name: web-lb');
    const j = DUMP.indexOf('loadBalancer: {}', i);
    const dump = `${DUMP.slice(0, j)}loadBalancer:\n      ingress:\n      - ip: 192.168.56.240\n        ipMode: VIP${DUMP.slice(j + 'loadBalancer: {}'.length)}`;
    const s = createSession({ clusterDump: dump });
    s.run('lab wait 120');
    expect(s.run('kubectl get svc web-lb').stdout).toMatch(
      /web-lb\s+LoadBalancer\s+10\.102\.81\.33\s+192\.168\.56\.240\s+80:32147\/TCP/,
    );
    const t = s.run('lab trace curl -s http://192.168.56.240').trace!;
    expect(t.verdict).toBe('timeout');
    expect(t.hops[1]?.note).toBe(
      "192.168.56.240 is the load-balancer address recorded for default/web-lb, but the imported dump does not say what answers for it (MetalLB's configuration or the cloud's balancer is not in it), so the lab cannot follow the packet; its node port 32147 on any node can be traced.",
    );
  });

  it('ingress-nginx serves the recorded Ingress through its node port', () => {
    const r = session().run(
      'lab trace curl -s -H "Host: shop.example.com" http://192.168.56.12:31080/api',
    );
    expect(r.trace?.verdict).toBe('delivered');
    expect(r.trace?.servedBy?.pod).toMatch(/^default\/api-5f8d6b7c9d-/);
  });
});

describe('other pod networks and malformed dumps', () => {
  const node = (name: string, ip: string, extra: Obj = {}): Obj => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: { 'kubernetes.io/hostname': name },
      annotations: extra.annotations ?? {},
      creationTimestamp: '2025-03-01T10:00:00Z',
      resourceVersion: '400',
      uid: `0000000${name.length}-0000-4000-8000-000000000000`,
      managedFields: [{ manager: 'kubelet', operation: 'Update' }],
    },
    spec: extra.spec ?? {},
    status: {
      addresses: [
        { address: ip, type: 'InternalIP' },
        { address: name, type: 'Hostname' },
      ],
      nodeInfo: { kubeletVersion: extra.version ?? 'v1.31.2', osImage: 'Ubuntu 24.04.1 LTS' },
      conditions: [{ type: 'Ready', status: 'True' }],
    },
  });
  const list = (...items: Obj[]) => JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
  const flannel = (n: number) => ({
    annotations: {
      'flannel.alpha.coreos.com/backend-type': 'vxlan',
      'flannel.alpha.coreos.com/public-ip': `10.1.0.${10 + n}`,
    },
    spec: { podCIDR: `10.244.${n}.0/24`, podCIDRs: [`10.244.${n}.0/24`] },
  });

  it('flannel vxlan: flannel.1 holds the subnet address, cni0 the first, pods from .2', () => {
    const d = parseClusterDump(
      list(node('a', '10.1.0.10', flannel(0)), node('b', '10.1.0.11', flannel(1))),
    );
    if (!d.ok) throw new Error(d.message);
    expect(d.value.preset.podNetwork).toBe('flannel-vxlan');
    expect(d.value.preset.nodes[1]).toMatchObject({
      podCIDR: '10.244.1.0/24',
      tunnelIP: '10.244.1.0',
      bridgeIP: '10.244.1.1',
      firstPodIP: '10.244.1.2',
    });
    expect(d.value.preset.minor).toBe(31);
    // kubectl hides managedFields; the lab does not keep them either.
    expect(d.value.objects[0]!.metadata).not.toHaveProperty('managedFields');
  });

  it('GKE: gce:// provider IDs mean VPC-native routing of each node podCIDR', () => {
    const gke = (n: number) => ({
      spec: { podCIDR: `10.52.${n}.0/24`, providerID: `gce://proj/us-central1-a/gke-pool-${n}` },
      version: 'v1.30.5-gke.1014001',
    });
    const d = parseClusterDump(
      list(node('g0', '10.128.0.5', gke(0)), node('g1', '10.128.0.6', gke(1))),
    );
    if (!d.ok) throw new Error(d.message);
    expect(d.value.preset.podNetwork).toBe('vpc-native');
    expect(d.value.preset.version).toBe('v1.30.5');
    expect(d.value.preset.nodes[0]?.tunnelIP).toBeNull();
  });

  it('a single node with no CNI agent is a bridge (minikube)', () => {
    const d = parseClusterDump(
      list(node('minikube', '192.168.49.2', { spec: { podCIDR: '10.244.0.0/24' } })),
    );
    if (!d.ok) throw new Error(d.message);
    expect(d.value.preset.podNetwork).toBe('bridge');
    expect(d.value.preset.nodes[0]?.bridgeIP).toBe('10.244.0.1');
  });

  it('refuses what it cannot read, naming the line', () => {
    const bad = DUMP.replace('podIP: 10.244.171.66\n', 'podIP: 10.244.171.300\n');
    const line = bad.split('\n').findIndex((l) => l.includes('podIP: 10.244.171.300')) + 1;
    expect(parseClusterDump(bad)).toMatchObject({
      ok: false,
      message: `line ${line}: items[3] (Pod default/api-5f8d6b7c9d-8wq2m): status.podIP "10.244.171.300" is not an IPv4 address`,
    });
    const r = parseClusterDump(
      'apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: x\n',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^the dump is not valid YAML \(line \d+, column \d+\)/);
    const noNodes = parseClusterDump(
      list({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 's', namespace: 'default' },
        spec: { clusterIP: '10.96.0.9', ports: [{ port: 80 }] },
      }),
    );
    expect(noNodes.ok || noNodes.message).toMatch(/holds no Node/);
    const kind = parseClusterDump(list(node('k1', '172.18.0.2'), node('k2', '172.18.0.3')));
    expect(kind.ok || kind.message).toMatch(/cannot tell the pod network/);
  });

  it('a hand-edited dump with a list entry that is not an object is refused by its field', () => {
    // containerStatuses of the echoserver pod: its first entry replaced by a plain string.
    const at = DUMP.indexOf('    containerStatuses:\n    - containerID:');
    expect(at).toBeGreaterThan(0);
    const bad = `${DUMP.slice(0, at)}    containerStatuses:\n    - running\n${DUMP.slice(at).replace(/^ {4}containerStatuses:\n/, '')}`;
    const r = parseClusterDump(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/status\.containerStatuses\[0\] is not an object$/);
    // Labels that are not text are dropped, the rest of the object kept.
    const odd = DUMP.replace(
      '    labels:\n      beta',
      '    labels:\n      odd: [1, 2]\n      beta',
    );
    expect(odd).not.toBe(DUMP);
    const s = createSession({ clusterDump: odd });
    expect(s.run('kubectl get node k8s-cp --show-labels').stdout).toMatch(/k8s-cp +Ready/);
  });

  it('reads kubectl -o json output too, naming the line of a problem', () => {
    const json = JSON.stringify(parse(DUMP), null, 4);
    const d = parseClusterDump(json);
    if (!d.ok) throw new Error(d.message);
    expect(d.value.preset.nodes.map((n) => n.ip)).toEqual([
      '192.168.56.10',
      '192.168.56.11',
      '192.168.56.12',
    ]);
    const bad = json.replace('"podIP": "10.244.171.66"', '"podIP": "10.244.171.666"');
    const line = bad.split('\n').findIndex((l) => l.includes('"podIP": "10.244.171.666"')) + 1;
    expect(parseClusterDump(bad)).toMatchObject({
      ok: false,
      message: `line ${line}: items[3] (Pod default/api-5f8d6b7c9d-8wq2m): status.podIP "10.244.171.666" is not an IPv4 address`,
    });
  });

  it('says what is wrong in Korean too, names and values untouched', () => {
    const bad = DUMP.replace('podIP: 10.244.171.66\n', 'podIP: 10.244.171.300\n');
    const line = bad.split('\n').findIndex((l) => l.includes('podIP: 10.244.171.300')) + 1;
    const r = parseClusterDump(bad);
    if (r.ok) throw new Error('accepted a bad podIP');
    expect(importNoteText(r.problem, 'ko')).toBe(
      `${line}행: items[3] (Pod default/api-5f8d6b7c9d-8wq2m): status.podIP 필드의 "10.244.171.300"는 IPv4 주소가 아닙니다`,
    );
    expect(importNoteText(r.problem, 'en')).toBe(r.message);
  });

  it('leaves out the kinds it does not read, and says so', () => {
    const doc = parse(DUMP) as { items: Obj[] };
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default' },
      spec: { replicas: 3 },
    };
    const d = parseClusterDump(JSON.stringify({ ...doc, items: [...doc.items, deployment] }));
    if (!d.ok) throw new Error(d.message);
    expect(d.value.notes).toContain(
      'Left out: Deployment × 1 (the lab reads Nodes, Pods, Services, IPv4 EndpointSlices and networking.k8s.io/v1 Ingresses).',
    );
    expect(d.value.objects.some((o) => o.kind === 'Deployment')).toBe(false);
  });

  it('createSession throws the same message for a bad dump', () => {
    expect(() => createSession({ clusterDump: 'kind: List\napiVersion: v1\nitems: []\n' })).toThrow(
      /holds no objects/,
    );
  });
});

describe('traces through the other inferred networks', () => {
  /** A small dump: the given nodes, one nginx pod on each, a NodePort Service with its slice. */
  function smallDump(nodes: { name: string; ip: string; podIP: string; meta: Obj }[]): string {
    const items: Obj[] = nodes.map((n, i) => ({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: n.name,
        uid: `1111111${i}-0000-4000-8000-000000000000`,
        resourceVersion: String(500 + i),
        creationTimestamp: '2025-03-01T10:00:00Z',
        labels: { 'kubernetes.io/hostname': n.name },
        annotations: n.meta.annotations ?? {},
      },
      spec: n.meta.spec,
      status: {
        addresses: [{ address: n.ip, type: 'InternalIP' }],
        conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady' }],
        nodeInfo: { kubeletVersion: 'v1.31.2', kubeProxyVersion: '' },
      },
    }));
    nodes.forEach((n, i) =>
      items.push({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: `web-${i}`,
          namespace: 'default',
          uid: `2222222${i}-0000-4000-8000-000000000000`,
          resourceVersion: String(600 + i),
          creationTimestamp: '2025-03-01T11:00:00Z',
          labels: { app: 'web' },
        },
        spec: { nodeName: n.name, containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
        status: {
          phase: 'Running',
          podIP: n.podIP,
          hostIP: n.ip,
          conditions: [{ type: 'Ready', status: 'True' }],
          containerStatuses: [
            { name: 'nginx', ready: true, restartCount: 0, state: { running: {} } },
          ],
        },
      }),
    );
    items.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'web',
        namespace: 'default',
        uid: '33333333-0000-4000-8000-000000000000',
        resourceVersion: '700',
        creationTimestamp: '2025-03-01T11:00:00Z',
      },
      spec: {
        type: 'NodePort',
        clusterIP: '10.96.200.20',
        clusterIPs: ['10.96.200.20'],
        externalTrafficPolicy: 'Cluster',
        selector: { app: 'web' },
        ports: [{ port: 80, protocol: 'TCP', targetPort: 80, nodePort: 31234 }],
      },
      status: { loadBalancer: {} },
    });
    return JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
  }

  /** Traces until a request crosses to the other node; returns that trace's encap hop. */
  function crossing(dump: string, nodeIP: string) {
    const s = createSession({ clusterDump: dump });
    for (let i = 0; i < 20; i++) {
      const t = s.run(`lab trace curl -s http://${nodeIP}:31234`).trace!;
      expect(t.verdict).toBe('delivered');
      const dnat = t.hops.find((h) => h.action === 'dnat')!;
      if (t.servedBy?.node !== t.hops[1]!.at.replace('node/', ''))
        return { t, dnat, encap: t.hops.find((h) => h.action === 'encap') };
    }
    throw new Error('no request crossed nodes');
  }

  it('flannel: VXLAN between the nodes, outer header node to node', () => {
    const flannel = (n: number) => ({
      annotations: { 'flannel.alpha.coreos.com/backend-type': 'vxlan' },
      spec: { podCIDR: `10.244.${n}.0/24` },
    });
    const dump = smallDump([
      { name: 'a', ip: '10.1.0.10', podIP: '10.244.0.5', meta: flannel(0) },
      { name: 'b', ip: '10.1.0.11', podIP: '10.244.1.7', meta: flannel(1) },
    ]);
    const { dnat, encap } = crossing(dump, '10.1.0.10');
    expect(dnat.packet.dst).toBe('10.244.1.7:80');
    expect(encap?.packet.outer).toEqual({ src: '10.1.0.10', dst: '10.1.0.11', kind: 'vxlan' });
    expect(encap?.rule).toBe('10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink');
  });

  it('Calico: an address borrowed from another node block is routed to the node running it', () => {
    const calico = (tunnel: string) => ({
      annotations: { 'projectcalico.org/IPv4IPIPTunnelAddr': tunnel },
      spec: {},
    });
    // web-1 runs on b with an address of a's block (b's block was full when it started).
    const dump = smallDump([
      { name: 'a', ip: '10.1.0.10', podIP: '10.244.1.5', meta: calico('10.244.1.0') },
      { name: 'b', ip: '10.1.0.11', podIP: '10.244.1.9', meta: calico('10.244.2.0') },
    ]);
    const parsed = parseClusterDump(dump);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.preset.nodes.map((n) => [n.podCIDR, n.podRanges ?? []])).toEqual([
      ['10.244.1.0/26', []],
      ['10.244.2.0/26', ['10.244.1.9/32']],
    ]);
    const { t, dnat, encap } = crossing(dump, '10.1.0.10');
    expect(dnat.packet.dst).toBe('10.244.1.9:80');
    expect(encap?.packet.outer).toEqual({ src: '10.1.0.10', dst: '10.1.0.11', kind: 'ipip' });
    expect(t.servedBy).toMatchObject({ pod: 'default/web-1', node: 'b' });
  });

  it('kindnet: each node podCIDR routed via its node, no encapsulation, ptp veths', () => {
    const kind = (n: number, name: string) => ({
      spec: { podCIDR: `10.244.${n}.0/24`, providerID: `kind://docker/kind/${name}` },
    });
    const dump = smallDump([
      {
        name: 'kind-control-plane',
        ip: '172.18.0.2',
        podIP: '10.244.0.5',
        meta: kind(0, 'kind-control-plane'),
      },
      { name: 'kind-worker', ip: '172.18.0.3', podIP: '10.244.1.2', meta: kind(1, 'kind-worker') },
    ]);
    const parsed = parseClusterDump(dump);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.preset.podNetwork).toBe('kindnet');
    const { t, dnat, encap } = crossing(dump, '172.18.0.2');
    expect(dnat.packet.dst).toBe('10.244.1.2:80');
    expect(encap).toBeUndefined();
    expect(t.hops.find((h) => h.action === 'route')?.rule).toBe(
      '10.244.1.0/24 via 172.18.0.3 dev eth0',
    );
    const routes = createSession({ clusterDump: dump }).run(
      'ssh kind-control-plane ip route',
    ).stdout;
    expect(routes).toMatch(/^10\.244\.0\.5 dev veth[0-9a-f]{8} scope host$/m);
    expect(routes).toContain('10.244.1.0/24 via 172.18.0.3 dev eth0\n');
    expect(routes).not.toContain('blackhole');
  });

  it("Vagrant's shared 10.0.2.15 InternalIP: the nodes take flannel's public-ip", () => {
    const vagrant = (n: number) => ({
      annotations: {
        'flannel.alpha.coreos.com/backend-type': 'vxlan',
        'flannel.alpha.coreos.com/public-ip': `192.168.56.${10 + n}`,
      },
      spec: { podCIDR: `10.244.${n}.0/24` },
    });
    const dump = smallDump([
      { name: 'master', ip: '10.0.2.15', podIP: '10.244.0.4', meta: vagrant(0) },
      { name: 'node1', ip: '10.0.2.15', podIP: '10.244.1.3', meta: vagrant(1) },
    ]);
    const parsed = parseClusterDump(dump);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.preset.nodes.map((n) => n.ip)).toEqual(['192.168.56.10', '192.168.56.11']);
    expect(parsed.value.notes.join('\n')).toContain(
      'Several nodes report the same InternalIP 10.0.2.15',
    );
    const { encap } = crossing(dump, '192.168.56.10');
    expect(encap?.packet.outer).toEqual({
      src: '192.168.56.10',
      dst: '192.168.56.11',
      kind: 'vxlan',
    });
    // Without a CNI address to tell them apart, the dump is refused.
    const plain = smallDump([
      {
        name: 'a',
        ip: '10.0.2.15',
        podIP: '10.244.0.4',
        meta: {
          spec: { podCIDR: '10.244.0.0/24' },
          annotations: { 'flannel.alpha.coreos.com/backend-type': 'vxlan' },
        },
      },
      {
        name: 'b',
        ip: '10.0.2.15',
        podIP: '10.244.1.3',
        meta: {
          spec: { podCIDR: '10.244.1.0/24' },
          annotations: { 'flannel.alpha.coreos.com/backend-type': 'vxlan' },
        },
      },
    ]);
    expect(parseClusterDump(plain)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Nodes a and b both report InternalIP 10.0.2.15'),
    });
  });

  it('GKE VPC-native: routed by the VPC, no encapsulation', () => {
    const gke = (n: number) => ({
      spec: { podCIDR: `10.52.${n}.0/24`, providerID: `gce://p/z/n${n}` },
    });
    const dump = smallDump([
      { name: 'g0', ip: '10.128.0.5', podIP: '10.52.0.9', meta: gke(0) },
      { name: 'g1', ip: '10.128.0.6', podIP: '10.52.1.4', meta: gke(1) },
    ]);
    const { t, dnat, encap } = crossing(dump, '10.128.0.5');
    expect(dnat.packet.dst).toBe('10.52.1.4:80');
    expect(encap).toBeUndefined();
    expect(t.hops.some((h) => h.at === 'node/g1')).toBe(true);
  });
});
