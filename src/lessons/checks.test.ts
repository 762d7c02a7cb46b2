import { describe, expect, it } from 'vitest';
import type { CommandResult, Trace } from '../engine/index.ts';
import { evaluateCheck, type CheckTarget } from './checks.ts';
import type { Check } from './types.ts';

const result = (command: string, stdout: string, extra: Partial<CommandResult> = {}) =>
  ({ command, exitCode: 0, stdout, stderr: '', ...extra }) as CommandResult;

/** A trace in the shape cli.md gives: laptop -> w1 (DNAT, SNAT, IPIP) -> pod on w2. */
const TRACE: Trace = {
  verdict: 'delivered',
  response: 'np-pods-abc-12345\n',
  servedBy: { pod: 'default/np-pods-abc-12345', node: 'w2-k8s', container: 'echo-hname' },
  clientSeenByPod: '172.16.221.128',
  nodes: ['w1-k8s', 'w2-k8s'],
  hops: [
    {
      at: 'client/host',
      action: 'send',
      packet: pkt('192.168.1.1:5', '192.168.1.101:30000'),
      rule: null,
      note: '',
    },
    {
      at: 'node/w1-k8s',
      action: 'dnat',
      packet: pkt('192.168.1.1:5', '172.16.103.129:80'),
      rule: '-A KUBE-SEP-YUT3GDPJOAABQW4B -p tcp -m comment --comment "default/np-svc:http" -m tcp -j DNAT --to-destination 172.16.103.129:80',
      note: '',
    },
    {
      at: 'node/w1-k8s',
      action: 'snat',
      packet: pkt('172.16.221.128:9', '172.16.103.129:80'),
      rule: '-A KUBE-POSTROUTING -j MASQUERADE',
      note: '',
    },
    {
      at: 'node/w1-k8s',
      action: 'encap',
      packet: pkt('172.16.221.128:9', '172.16.103.129:80'),
      rule: null,
      note: '',
    },
    {
      at: 'node/w2-k8s',
      action: 'decap',
      packet: pkt('172.16.221.128:9', '172.16.103.129:80'),
      rule: null,
      note: '',
    },
    {
      at: 'pod/default/np-pods-abc-12345',
      action: 'deliver',
      packet: pkt('172.16.221.128:9', '172.16.103.129:80'),
      rule: null,
      note: '',
    },
    {
      at: 'pod/default/np-pods-abc-12345',
      action: 'reply',
      packet: pkt('172.16.103.129:80', '172.16.221.128:9'),
      rule: null,
      note: '',
      reply: true,
    },
    {
      at: 'node/w2-k8s',
      action: 'encap',
      packet: pkt('172.16.103.129:80', '172.16.221.128:9'),
      rule: null,
      note: '',
      reply: true,
    },
  ],
};

function pkt(src: string, dst: string) {
  return { proto: 'TCP' as const, src, dst, outer: null };
}

/** A cluster that answers `kubectl get ... -o json` from a table, NotFound otherwise. */
function cluster(objects: Record<string, unknown>): CheckTarget & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    read(line) {
      asked.push(line);
      const json = objects[line];
      return json === undefined
        ? result(line, '', { exitCode: 1, stderr: 'Error from server (NotFound)\n' })
        : result(line, JSON.stringify(json));
    },
  };
}

const NONE = cluster({});
const run = (check: Check, results: CommandResult[] = [], target: CheckTarget = NONE) =>
  evaluateCheck(check, target, results);

describe('output checks', () => {
  const results = [
    result('curl http://192.168.1.101:30000/ip', 'request_method : GET\n'),
    result('curl http://192.168.1.101:30000', 'np-pods-abc-12345\n'),
    result('kueectl get services', '', {
      exitCode: 127,
      stderr: 'bash: kueectl: command not found\n',
    }),
  ];

  it('reads the latest result, or the latest whose command is the given one with more words', () => {
    expect(run({ output: { exitCode: 127 } }, results).pass).toBe(true);
    expect(
      run(
        { output: { command: 'curl http://192.168.1.101:30000', equals: 'np-pods-abc-12345\n' } },
        results,
      ).pass,
    ).toBe(true);
    // A command is not a prefix of a longer word: ":30000" does not find ":30000/ip".
    const ip = run(
      { output: { command: 'curl', matches: '/^request_method/' } },
      results.slice(0, 1),
    );
    expect(ip.pass).toBe(true);
    expect(
      run({ output: { command: 'curl http://192.168.1.101:3000', exitCode: 0 } }, results),
    ).toMatchObject({
      pass: false,
      reason: 'no command "curl http://192.168.1.101:3000..." ran',
    });
  });

  it('compares stdout, stderr or both, and says what it saw when it fails', () => {
    expect(
      run(
        { output: { stream: 'stderr', matches: '/^-?bash: kueectl: command not found\\n$/' } },
        results,
      ).pass,
    ).toBe(true);
    expect(run({ output: { stream: 'stdout', contains: 'kueectl' } }, results)).toMatchObject({
      pass: false,
      reason: 'stdout of "kueectl get services" lacks "kueectl"; it begins ""',
    });
    expect(run({ output: { exitCode: 0 } }, results)).toMatchObject({
      pass: false,
      reason: '"kueectl get services" exited 127, want 0',
    });
    expect(run({ output: { notContains: 'command not found' } }, results).pass).toBe(false);
  });
});

describe('trace checks', () => {
  const results = [
    result('lab trace curl http://192.168.1.101:30000', 'np-pods-abc-12345\n', { trace: TRACE }),
  ];

  it('passes when every field matches the latest trace', () => {
    const outcome = run(
      {
        trace: {
          verdict: 'delivered',
          entryNode: 'w1-k8s',
          servedOn: 'w2-k8s',
          nodesCrossed: 2,
          servedBy: '/^default\\/np-pods-/',
          clientSeenByPod: '/^172\\.16\\./',
          decidedBy: '/^-A KUBE-SEP-\\w+ .*-j DNAT/',
          hops: ['dnat', 'snat', 'encap', 'deliver'],
          noHops: ['drop', 'reply'],
        },
      },
      results,
    );
    expect(outcome.pass).toBe(true);
    expect(outcome.reason).toContain('decided by -A KUBE-SEP-YUT3GDPJOAABQW4B');
  });

  it('fails on the first field that does not match, with what the trace had', () => {
    expect(run({ trace: { clientSeenByPod: '192.168.1.1' } }, results)).toMatchObject({
      pass: false,
      reason: 'the pod saw 172.16.221.128, want "192.168.1.1"',
    });
    expect(run({ trace: { nodesCrossed: 1 } }, results).reason).toBe('nodes crossed 2, want 1');
    expect(run({ trace: { hops: ['snat', 'dnat'] } }, results).reason).toBe(
      'hops are send > dnat > snat > encap > decap > deliver, want snat > dnat in this order',
    );
    expect(run({ trace: { noHops: ['encap'] } }, results).pass).toBe(false);
    expect(run({ trace: { decidedBy: '/KUBE-FW-/' } }, results).reason).toBe(
      "no hop's rule matches /KUBE-FW-/",
    );
  });

  it('fails when the step ran no trace', () => {
    expect(run({ trace: { verdict: 'delivered' } }, [result('curl x', 'y')])).toMatchObject({
      pass: false,
      reason: 'no lab trace ran in this step',
    });
  });
});

describe('load checks', () => {
  const load = (byPod: Record<string, number>) =>
    result('lab load -n 30 http://192.168.1.101:30000', '', {
      load: { total: 30, ok: 30, failed: 0, byPod, byNode: {} },
    });

  it('counts the pods that answered and who they were', () => {
    const spread = [
      load({ 'default/np-pods-a': 9, 'default/np-pods-b': 10, 'default/np-pods-c': 11 }),
    ];
    expect(run({ load: { ok: 30, pods: 3, allFrom: '/^default\\/np-pods-/' } }, spread).pass).toBe(
      true,
    );
    expect(run({ load: { pods: 1 } }, spread).reason).toBe('pods answering 3, want 1');
    expect(run({ load: { pods: { min: 2 } } }, [load({ 'default/np-pods-a': 30 })]).reason).toBe(
      'pods answering 1, want >= 2',
    );
    expect(
      run({ load: { allFrom: '/^default\\/np-/' } }, [load({ 'default/other': 30 })]).pass,
    ).toBe(false);
  });
});

describe('cluster checks', () => {
  const target = cluster({
    'kubectl get service np-svc -n default -o json': {
      spec: { type: 'NodePort', ports: [{ nodePort: 30000 }] },
    },
    'kubectl get service lb -n default -o json': {
      spec: { type: 'LoadBalancer', ports: [{ nodePort: 31939 }] },
      status: { loadBalancer: {} },
    },
    'kubectl get service lb2 -n default -o json': {
      spec: { type: 'LoadBalancer', ports: [{ nodePort: 31485 }] },
      status: { loadBalancer: { ingress: [{ ip: '192.168.1.12' }] } },
    },
    'kubectl get endpoints np-svc -n default -o json': {
      subsets: [{ addresses: [{}, {}], notReadyAddresses: [{}] }, { addresses: [{}] }],
    },
    'kubectl get pods -n default -l app=np-pods -o json': {
      items: [
        {
          metadata: {},
          status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
        },
        { metadata: {}, status: { phase: 'Pending', conditions: [] } },
        {
          metadata: { deletionTimestamp: '2021-02-04T09:00:00Z' },
          status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
        },
      ],
    },
    'kubectl get deployment np-pods -n default -o json': {
      spec: { replicas: 3 },
      status: { readyReplicas: 2 },
    },
  });

  it('reads Services as kubectl prints them: type, EXTERNAL-IP, nodePorts, existence', () => {
    expect(
      run(
        { svc: { name: 'np-svc', type: 'NodePort', externalIP: '<none>', nodePort: 30000 } },
        [],
        target,
      ).pass,
    ).toBe(true);
    expect(
      run(
        { svc: { name: 'lb', externalIP: '<pending>', nodePort: { min: 30000, max: 32767 } } },
        [],
        target,
      ).pass,
    ).toBe(true);
    expect(run({ svc: { name: 'lb2', externalIP: '192.168.1.12' } }, [], target).pass).toBe(true);
    expect(run({ svc: { name: 'lb', externalIP: '192.168.1.11' } }, [], target)).toMatchObject({
      pass: false,
      reason: 'service default/lb: EXTERNAL-IP <pending>, want "192.168.1.11"',
    });
    expect(run({ svc: { name: 'gone', exists: false } }, [], target).pass).toBe(true);
    expect(run({ svc: { name: 'np-svc', exists: false } }, [], target).pass).toBe(false);
    expect(run({ svc: { name: 'gone', type: 'NodePort' } }, [], target).reason).toBe(
      'service default/gone does not exist',
    );
  });

  it('counts ready and not-ready endpoint addresses over all subsets', () => {
    expect(run({ endpoints: { service: 'np-svc', ready: 3, notReady: 1 } }, [], target).pass).toBe(
      true,
    );
    expect(run({ endpoints: { service: 'np-svc', ready: 4 } }, [], target).reason).toBe(
      'np-svc ready endpoints 3, want 4',
    );
  });

  it('counts only running, ready pods that are not being deleted', () => {
    expect(run({ podsReady: { selector: 'app=np-pods', count: 1 } }, [], target).pass).toBe(true);
    expect(run({ podsReady: { selector: 'app=np-pods', count: 3 } }, [], target).reason).toBe(
      'ready pods with app=np-pods 1, want 3',
    );
  });

  it("compares a Deployment's wanted and ready replicas", () => {
    expect(run({ deployment: { name: 'np-pods', replicas: 3 } }, [], target).pass).toBe(true);
    expect(run({ deployment: { name: 'np-pods', readyReplicas: 3 } }, [], target)).toMatchObject({
      pass: false,
      reason: 'deployment default/np-pods: ready 2, want 3',
    });
    expect(target.asked).toContain('kubectl get deployment np-pods -n default -o json');
  });
});
