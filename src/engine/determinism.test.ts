// Same preset, seed and script: the same output, whatever sessions ran before in the process.
// The store and the timers number their keys in a table the whole process shares, so a number
// depends on what was numbered before; nothing the lab prints may depend on those numbers.
import { describe, expect, it } from 'vitest';
import { timerOrder, type Timer } from './api/cluster.ts';
import { createSession } from './session.ts';

const SCRIPT = [
  'kubectl create deployment web --image=nginx --replicas=6',
  'kubectl expose deployment web --port=80 --type=NodePort',
  'kubectl scale deployment web --replicas=9',
  'kubectl get pods -o wide',
  'kubectl get events',
  'kubectl get endpoints web -o yaml',
  'kubectl get endpointslices -o yaml',
  'kubectl scale deployment web --replicas=2',
  'kubectl get pods -o wide',
  'ssh w1-k8s iptables-save',
];

function transcript(): string {
  const s = createSession({ preset: 'k8sinfra', seed: 42 });
  let out = '';
  for (const line of SCRIPT) {
    const r = s.run(line);
    out += `$ ${line}\n${r.stdout}${r.stderr}`;
    // Pods start and go away on timers that fall due together.
    s.advance(20);
  }
  return out;
}

describe('a session', () => {
  it('prints the same for the same script, before and after other sessions numbered keys', () => {
    const first = transcript();
    // Other work in the same process: keys and timers of its own are numbered first.
    const other = createSession({ preset: 'k8sinfra', seed: 7 });
    for (const n of [5, 1, 8]) {
      other.run(`kubectl create deployment other-${n} --image=nginx --replicas=${n}`);
      other.advance(20);
    }
    other.run('kubectl delete deployment other-8');
    other.advance(40);
    expect(transcript()).toBe(first);
    // Not a vacuous comparison: the script really scheduled, scaled and removed pods.
    const running = first.match(/web-[a-z0-9]+-[a-z0-9]{5} +1\/1 +Running/g) ?? [];
    expect(running.length).toBe(9 + 2);
    expect(first).toContain('KUBE-SVC-');
  });
});

describe('timers due at the same moment', () => {
  it('run in key order, not in the order of their numbers', () => {
    const at = 1_000;
    const timers: Timer[] = [
      { at, kind: 'start', key: 'Pod/default/web-b' },
      { at: at - 1, kind: 'remove', key: 'Pod/default/web-z' },
      { at, kind: 'ready', key: 'Pod/default/web-a' },
      { at, kind: 'exit', key: 'Pod/default/web-a' },
    ];
    expect([...timers].sort(timerOrder).map((t) => `${t.kind} ${t.key}`)).toEqual([
      'remove Pod/default/web-z',
      'exit Pod/default/web-a',
      'ready Pod/default/web-a',
      'start Pod/default/web-b',
    ]);
  });
});
