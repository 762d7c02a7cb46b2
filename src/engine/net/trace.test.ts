import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { Pod } from '../api/objects.ts';
import { createSession } from '../session.ts';
import type { Trace } from '../types.ts';
import { NP_SVC } from '../presets/examples.ts';

function nodePortLab(preset: string, seed: number, replicas = 3) {
  const s = createSession({ preset, seed });
  s.run(`kubectl create deployment np-pods --image=sysnet4admin/echo-hname --replicas=${replicas}`);
  s.apply(NP_SVC);
  return s;
}

function podByName(s: ReturnType<typeof createSession>, ref: string): Pod {
  return listObjects<Pod>(s.cluster(), 'Pod').find(
    (p) => `${p.metadata.namespace}/${p.metadata.name}` === ref,
  )!;
}

const hop = (t: Trace, action: string) => t.hops.find((h) => h.action === action);

// One row per case: the node the request enters, and where the pod the rules chose lives.
const cases = [
  {
    preset: 'k8sinfra',
    entry: 'w1-k8s',
    entryIP: '192.168.1.101',
    tunnel: '172.16.221.128',
    bridge: null,
    encap: 'ipip',
  },
  {
    preset: 'k8sinfra',
    entry: 'w2-k8s',
    entryIP: '192.168.1.102',
    tunnel: '172.16.103.128',
    bridge: null,
    encap: 'ipip',
  },
  {
    preset: 'lab',
    entry: 'worker-3',
    entryIP: '10.0.0.13',
    tunnel: '10.244.3.0',
    bridge: '10.244.3.1',
    encap: 'vxlan',
  },
] as const;

describe('a request from outside to nodeIP:nodePort with externalTrafficPolicy Cluster', () => {
  for (const c of cases) {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      it(`${c.preset}: entering ${c.entry} (seed ${seed}) is DNATed by a KUBE-SEP rule and SNATed to the address of the way out`, () => {
        const s = nodePortLab(c.preset, seed);
        const t = s.run(`lab trace curl http://${c.entryIP}:30000`).trace!;
        expect(t.verdict).toBe('delivered');
        const pod = podByName(s, t.servedBy!.pod);
        const dnat = hop(t, 'dnat')!;
        expect(dnat.at).toBe(`node/${c.entry}`);
        expect(dnat.rule).toMatch(
          new RegExp(
            `^-A KUBE-SEP-[A-Z2-7]{16} -p tcp -m comment --comment "default/np-svc:http" -m tcp -j DNAT --to-destination ${pod.status.podIP}:80$`,
          ),
        );
        expect(dnat.packet.dst).toBe(`${pod.status.podIP}:80`);
        expect(hop(t, 'snat')!.rule).toBe(
          '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
        );
        if (pod.spec.nodeName === c.entry) {
          // A local pod: no overlay hop; the source is the node's bridge (flannel) or its own IP (Calico).
          expect(hop(t, 'encap')).toBeUndefined();
          expect(t.clientSeenByPod).toBe(c.bridge ?? c.entryIP);
          expect(t.nodes).toEqual([c.entry]);
        } else {
          const encap = hop(t, 'encap')!;
          expect(encap.packet.outer).toEqual({
            src: c.entryIP,
            dst: pod.status.hostIP,
            kind: c.encap,
          });
          expect(t.clientSeenByPod).toBe(c.tunnel);
          expect(t.nodes).toEqual([c.entry, pod.spec.nodeName]);
        }
        expect(t.response).toBe(`${pod.metadata.name}\n`);
        // The reply is un-NATed on the entry node: the client sees it come from the address it called.
        const last = t.hops[t.hops.length - 1]!;
        expect(last.packet.src).toBe(`${c.entryIP}:30000`);
        expect(hop(t, 'un-dnat')!.at).toBe(`node/${c.entry}`);
      });
    }
  }

  it('reaches pods on other nodes for some seeds and the local pod for others', () => {
    const where = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const t = nodePortLab('k8sinfra', seed).run(
        'lab trace curl http://192.168.1.102:30000',
      ).trace!;
      where.add(t.servedBy!.node === 'w2-k8s' ? 'local' : 'remote');
    }
    expect(where).toEqual(new Set(['local', 'remote']));
  });
});

describe('load over the nodePort', () => {
  it('spreads new connections evenly over three pods', () => {
    const s = nodePortLab('k8sinfra', 9);
    const load = s.run('lab load -n 600 http://192.168.1.101:30000').load!;
    expect(load.ok).toBe(600);
    const counts = Object.values(load.byPod);
    expect(counts).toHaveLength(3);
    // Binomial(600, 1/3): mean 200, sd 11.5; 140..260 is more than 5 sd either way.
    for (const n of counts) expect(n).toBeGreaterThan(140);
    for (const n of counts) expect(n).toBeLessThan(260);
  });

  it('keeps a keep-alive connection on one pod', () => {
    const load = nodePortLab('k8sinfra', 9).run(
      'lab load -n 50 --keepalive http://192.168.1.101:30000',
    ).load!;
    expect(Object.values(load.byPod)).toEqual([50]);
  });
});

describe('requests that do not reach a pod', () => {
  it("are refused by kube-proxy's REJECT rule when the Service has no endpoints", () => {
    const s = nodePortLab('k8sinfra', 1);
    s.run('kubectl scale deployment np-pods --replicas=0');
    const r = s.run('lab trace curl http://192.168.1.101:30000');
    expect(r.trace!.verdict).toBe('refused');
    expect(r.trace!.hops.at(-1)!.rule).toBe(
      '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/np-svc:http has no endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30000 -j REJECT --reject-with icmp-port-unreachable',
    );
    expect(r.stderr).toBe(
      "curl: (7) Failed to connect to 192.168.1.101 port 30000 after 0 ms: Couldn't connect to server\n",
    );
  });

  it('time out when nothing answers for the address', () => {
    const r = nodePortLab('k8sinfra', 1).run('curl -m 5 http://192.168.1.200:30000');
    expect(r.trace!.verdict).toBe('timeout');
    expect(r.stderr).toBe('curl: (28) Connection timed out after 5001 milliseconds\n');
  });

  it('are reset when no container listens on the target port', () => {
    const s = nodePortLab('k8sinfra', 1);
    s.apply(NP_SVC.replace('targetPort: 80', 'targetPort: 8080'));
    expect(s.run('lab trace curl http://192.168.1.101:30000').trace!.verdict).toBe('refused');
  });
});
