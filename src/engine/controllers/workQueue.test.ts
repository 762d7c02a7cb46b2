// Controllers are woken by the store's log of writes (reconcile.ts Inputs): only the objects that
// were written, or that read what was written, are looked at. That must never change what the
// cluster becomes: random command sequences run twice, woken by the log and looking at everything,
// and end with the same objects, byte for byte (uids, names, resourceVersions, events).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession } from '../session.ts';
import { lookAtEverything } from './reconcile.ts';

const LONG_RUNS = Number(process.env.FUZZ_RUNS ?? '') || 0;
/** CI's count with a fixed seed (a failure replays), or FUZZ_RUNS random ones. */
const RUNS: fc.Parameters<unknown> = LONG_RUNS
  ? { numRuns: LONG_RUNS }
  : { numRuns: 40, seed: 20261207 };
const TIMEOUT = LONG_RUNS ? 24 * 3600_000 : 120_000;

const COMMANDS = [
  'kubectl create deployment web --image=nginx --replicas=3',
  'kubectl create deployment api --image=nginx --replicas=2',
  'kubectl scale deployment web --replicas=5',
  'kubectl scale deployment web --replicas=1',
  'kubectl scale deployment api --replicas=0',
  'kubectl scale deployment api --replicas=4',
  'kubectl expose deployment web --port=80 --type=NodePort',
  'kubectl expose deployment api --port=8080 --target-port=80',
  'kubectl set image deployment/web nginx=nginx:1.25',
  'kubectl rollout undo deployment/web',
  'kubectl label pods -l app=web tier=front --overwrite',
  'kubectl label pods -l app=web app=other --overwrite',
  'kubectl delete pods -l app=api',
  'kubectl delete deployment api',
  'kubectl delete svc web',
  'kubectl run solo --image=nginx --labels=app=web',
  'kubectl delete pod solo',
  'lab node down worker-1',
  'lab node up worker-1',
  'lab node down worker-2',
  'lab node up worker-2',
  'lab wait 5',
  'lab wait 60',
  'lab wait 400',
];

/** Two sessions taking turns, the second also reading (a look that is not kept) between lines. */
function twoSessions(lines: readonly string[]): string {
  const a = createSession({ preset: 'lab', seed: 7 });
  const b = createSession({ preset: 'lab', seed: 8 });
  lines.forEach((line, i) => {
    (i % 2 === 0 ? a : b).run(line);
    if (i % 3 === 0) b.read('kubectl scale deployment web --replicas=2');
  });
  const state = (s: typeof a) => JSON.stringify([...s.cluster().objects.entries()]);
  return state(a) + state(b);
}

function finalState(lines: readonly string[]): string {
  const s = createSession({ preset: 'lab', seed: 7 });
  for (const line of lines) s.run(line);
  return JSON.stringify([...s.cluster().objects.entries()]);
}

describe('controllers woken by the log of writes', () => {
  afterEach(() => lookAtEverything(false));

  it(
    'reach the same cluster as controllers that look at every object',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...COMMANDS), { minLength: 1, maxLength: 14 }),
          (lines) => {
            lookAtEverything(true);
            const everything = finalState(lines);
            lookAtEverything(false);
            const woken = finalState(lines);
            expect(woken).toBe(everything);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'do so when sessions take turns and looks are thrown away between their writes',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...COMMANDS), { minLength: 2, maxLength: 14 }),
          (lines) => {
            lookAtEverything(true);
            const everything = twoSessions(lines);
            lookAtEverything(false);
            expect(twoSessions(lines)).toBe(everything);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
