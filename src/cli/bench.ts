// `npm run bench`: how fast the engine answers. Speed lives here, never in timed unit tests.
// Each figure is the median and the 95th percentile of repeated runs on this machine.
import { ObjectStore } from '../engine/api/store.ts';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createSession, NP_SVC } from '../engine/index.ts';
import { compileNodeRules } from '../engine/proxy/compile.ts';
import { iptablesSave } from '../engine/proxy/rule.ts';
import { scalePreset } from '../engine/presets/presets.ts';
import { deploymentsWithServices, dumpNodesAndPods } from '../engine/testing/scale.ts';

/**
 * Times `fn` over `runs` runs, after one run not timed (the JIT's first compile of the code is not
 * what a learner waits for twice); `setup` (not timed) makes what each run works on.
 */
function measure<T = void>(
  label: string,
  runs: number,
  fn: (input: T) => void,
  target?: number,
  setup?: () => T,
): void {
  fn(setup ? setup() : (undefined as T));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = setup ? setup() : (undefined as T);
    const t0 = performance.now();
    fn(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  const goal =
    target === undefined
      ? ''
      : `   target <= ${target} ms ${pct(0.5) <= target ? '(met)' : '(missed)'}`;
  process.stdout.write(
    `${label.padEnd(58)} median ${pct(0.5).toFixed(2).padStart(8)} ms   p95 ${pct(0.95).toFixed(2).padStart(8)} ms   (${runs} runs)${goal}\n`,
  );
}

function labWith(replicas: number) {
  const s = createSession({ preset: 'k8sinfra', seed: 1 });
  s.run(`kubectl create deployment np-pods --image=sysnet4admin/echo-hname --replicas=${replicas}`);
  s.apply(NP_SVC);
  // Let the images pull and the pods turn ready, so every endpoint is in the rules.
  s.advance(30);
  return s;
}

export function runBench(): number {
  process.stdout.write('engine benchmarks (k8sinfra preset)\n');
  measure('create a session (bootstrap the preset)', 30, () =>
    createSession({ preset: 'k8sinfra' }),
  );
  measure('create deployment (3 replicas) + apply np-svc', 30, () => labWith(3));
  for (const replicas of [3, 100]) {
    const s = labWith(replicas);
    measure(`compile one node's rules, ${replicas} endpoints`, 50, () => {
      // A copy of the object map is a cache miss: this measures the compiler itself.
      const c = s.cluster();
      compileNodeRules({ ...c, objects: ObjectStore.from(c.objects) }, 'w1-k8s');
    });
    measure(`lab trace curl nodeIP:30000, ${replicas} endpoints`, 50, () =>
      s.run('lab trace curl http://192.168.1.102:30000'),
    );
    measure(`kubectl get pods -o wide, ${replicas} pods`, 50, () =>
      s.run('kubectl get pods -o wide'),
    );
    measure(`lab load -n 100, ${replicas} endpoints`, 5, () =>
      s.run('lab load -n 100 http://192.168.1.101:30000'),
    );
  }
  benchImport();
  benchAtScale();
  process.stdout.write(
    '\nbrowser frame times and topology redraws: npm run bench:frames (builds the app, headless Chromium)\n',
  );
  return 0;
}

/** A real cluster's state: the 3-node fixture as kubectl prints it, and a large -o json dump. */
export function benchImport(): void {
  process.stdout.write('\nimporting a cluster dump (kubectl get nodes,pods,... -A -o yaml|json)\n');
  const fixture = readFileSync(
    new URL('../engine/import/__fixtures__/kubeadm-calico-3node.yaml', import.meta.url),
    'utf8',
  );
  measure(
    `import the 3-node Calico fixture (YAML, ${Math.round(fixture.length / 1000)} KB)`,
    10,
    () => createSession({ clusterDump: fixture }),
  );
  const items = dumpNodesAndPods(50);
  for (let i = 0; i < 10; i++)
    items.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: `app${i}`,
        namespace: 'default',
        uid: `s${i}`,
        resourceVersion: '3',
        creationTimestamp: '2025-01-02T00:00:00Z',
      },
      spec: {
        type: 'NodePort',
        clusterIP: `10.96.1.${10 + i}`,
        selector: { app: `app${i}` },
        ports: [{ port: 80, targetPort: 80, protocol: 'TCP', nodePort: 30100 + i }],
      },
      status: { loadBalancer: {} },
    });
  const json = JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 4);
  measure(`import 50 nodes, 1,500 pods (-o json, ${(json.length / 1e6).toFixed(1)} MB)`, 3, () =>
    createSession({ clusterDump: json }),
  );
}

/** The sizes of the hardening issue: 50 nodes, 2,000 pods, 500 Services. */
function benchAtScale(): void {
  process.stdout.write('\nat scale: 50 workers, 500 Deployments x 4 pods, 500 NodePort Services\n');
  const manifest = deploymentsWithServices(500);
  // The session (its 51 nodes and system pods) is made before the clock starts: the figure is the
  // apply itself, then the rules of one node as kube-proxy would write them.
  measure(
    'apply 1,000 objects (parse, validate, reconcile, rules)',
    5,
    (fresh) => {
      fresh.apply(manifest);
      compileNodeRules(fresh.cluster(), 'worker-1');
    },
    300,
    () => createSession({ custom: scalePreset(50) }),
  );
  const s = createSession({ custom: scalePreset(50) });
  s.apply(manifest);
  s.advance(60);
  const pods = s.view().pods.length;
  process.stdout.write(`  (${pods} pods in the view)\n`);
  const rules = () => compileNodeRules(s.cluster(), 'worker-1');
  rules();
  let n = 0;
  measure(
    'incremental: one more Service, then worker-1 rules',
    20,
    () => {
      s.apply(
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: extra-${n++}\nspec:\n  selector:\n    app: app-1\n  ports:\n  - port: 80\n`,
      );
      rules();
    },
    16,
  );
  let r = 4;
  measure(
    'incremental: scale a Deployment, then worker-1 rules',
    20,
    () => {
      s.run(`kubectl scale deployment app-2 --replicas=${(r = r === 4 ? 5 : 4)}`);
      rules();
    },
    16,
  );
  const svc = s.cluster().objects.get('Service/default/svc-7') as unknown as {
    spec: { ports: { nodePort: number }[] };
  };
  const url = `http://10.0.1.1:${svc.spec.ports[0]!.nodePort}`;
  s.read(`lab trace curl ${url}`);
  // `read` lets no simulated time pass, so this is the trace alone (no controllers).
  measure(
    'one trace (lab trace curl nodeIP:nodePort)',
    50,
    () => s.read(`lab trace curl ${url}`),
    0.5,
  );
  measure('lab load -n 10000', 3, () => s.read(`lab load -n 10000 ${url}`), 200);
  measure("a copied store: assemble one node's rules, print iptables-save", 5, () => {
    const c = s.cluster();
    const fresh = compileNodeRules({ ...c, objects: ObjectStore.from(c.objects) }, 'worker-1');
    iptablesSave([fresh.nat, fresh.filter], 'v1.8.9', 'Mon Jan  6 10:00:00 2025');
  });
  measure('print iptables-save of one node (rules kept)', 20, () => {
    const kept = rules();
    iptablesSave([kept.nat, kept.filter], 'v1.8.9', 'Mon Jan  6 10:00:00 2025');
  });
}
