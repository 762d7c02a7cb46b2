// `npm run bench`: how fast the engine answers. Speed lives here, never in timed unit tests.
// Each figure is the median and the 95th percentile of repeated runs on this machine.
import { performance } from 'node:perf_hooks';
import { createSession, NP_SVC } from '../engine/index.ts';
import { compileNodeRules } from '../engine/proxy/compile.ts';

function measure(label: string, runs: number, fn: () => void): void {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  process.stdout.write(
    `${label.padEnd(58)} median ${pct(0.5).toFixed(2).padStart(8)} ms   p95 ${pct(0.95).toFixed(2).padStart(8)} ms   (${runs} runs)\n`,
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
      compileNodeRules({ ...c, objects: new Map(c.objects) }, 'w1-k8s');
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
  return 0;
}
