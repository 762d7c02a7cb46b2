// The frame benchmark's cluster (`#/playground?bench=1`, not linked from the app): the lab preset
// grown to ten nodes, a Deployment of 100 pods behind a NodePort Service. `npm run bench:frames`
// opens it, flies packets and reads the topology's timings; on this route the page also offers
// `window.labBench.run(line)`, a shell line run as a topology control runs it.
import { openRemoteSession } from './engineClient/remoteSession.ts';
import type { LabSession } from './store/labSession.ts';
import { useLabStore } from './store/labStore.ts';

export const BENCH_WORKERS = 9;
export const BENCH_PODS = 100;

const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${BENCH_PODS}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
---
apiVersion: v1
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
`;

export const benchScenario = {
  preset: `lab-${BENCH_WORKERS}`,
  seed: 1,
  /** worker-1's address (scalePreset numbers workers from 10.0.1.1). */
  target: 'http://10.0.1.1:30080',
  manifest,
} as const;

export function openBenchSession(): Promise<LabSession> {
  return openRemoteSession({ kind: 'scaled', workers: BENCH_WORKERS, seed: benchScenario.seed });
}

declare global {
  interface Window {
    labBench?: { run(line: string): Promise<{ exitCode: number; stderr: string }> };
  }
}

/** The benchmark's hand on the lab: runs a shell line (scale, label) as the controls do. */
export function exposeBenchHooks(): () => void {
  window.labBench = {
    async run(line) {
      await useLabStore.getState().runCommand(line);
      const answer = useLabStore.getState().lastCommand?.answer;
      if (answer === undefined) return { exitCode: -1, stderr: 'no session' };
      return answer.ok
        ? { exitCode: answer.value.exitCode, stderr: answer.value.stderr }
        : { exitCode: -1, stderr: answer.message };
    },
  };
  return () => {
    delete window.labBench;
  };
}
