// The page's end of the engine's worker, with the host on this thread behind the same messages:
// answers are the session's own (plain data, unchanged by the copy), in the order asked; failures
// are the engine's messages; a dead worker fails everything with a readable reason; long work is
// shown as it runs.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../engine/index.ts';
import { nodePortExample } from '../scenarios/nodePortExample.ts';
import { SHOW_AFTER_MS, useEngineActivity } from './activity.ts';
import { connect, type Transport } from './connection.ts';
import { inProcessTransport } from './inProcess.ts';
import type { Reply, Request } from './protocol.ts';
import { engineTask, openRemoteSession, setTransport } from './remoteSession.ts';

beforeAll(() => setTransport(inProcessTransport));
afterEach(() => useEngineActivity.setState({ working: null, stopped: null }));

const LINES = [
  'kubectl get pods -A',
  'lab wait 30',
  `lab trace curl ${nodePortExample.target}`,
  `lab load -n 20 ${nodePortExample.target}`,
  'ssh w1-k8s iptables-save',
  'kubectl describe svc np-svc',
];

describe('a session in the engine worker', () => {
  it('answers exactly what the session itself answers, as plain data', async () => {
    const local = createSession({ preset: 'k8sinfra', seed: 1 });
    const remote = await openRemoteSession({ kind: 'preset', preset: 'k8sinfra', seed: 1 });
    // toStrictEqual also compares prototypes: a class instance would arrive as a plain object.
    expect(await remote.apply(nodePortExample.manifest)).toStrictEqual(
      local.apply(nodePortExample.manifest),
    );
    for (const line of LINES) expect(await remote.run(line), line).toStrictEqual(local.run(line));
    expect(await remote.read!('kubectl get svc')).toStrictEqual(local.read('kubectl get svc'));
    await remote.advance!(5);
    local.advance(5);
    expect(await remote.view()).toStrictEqual(local.view());
    remote.close!();
  });

  it('keeps the view it has when the cluster looks the same', async () => {
    const remote = await openRemoteSession({ kind: 'preset', preset: 'k8sinfra', seed: 1 });
    const first = await remote.view();
    expect(await remote.view()).toBe(first);
    await remote.run('kubectl create deployment web --image=nginx');
    expect(await remote.view()).not.toBe(first);
    remote.close!();
  });

  it('runs calls in the order they were made, even when none waits for the one before', async () => {
    const remote = await openRemoteSession({ kind: 'preset', preset: 'lab', seed: 1 });
    const created = remote.run('kubectl create namespace shop');
    const listed = remote.run('kubectl get ns shop -o name');
    expect(remote.busy!()).toBe(true);
    expect((await created).stdout).toBe('namespace/shop created\n');
    expect((await listed).stdout).toBe('namespace/shop\n');
    expect(remote.busy!()).toBe(false);
    remote.close!();
  });

  it("replays a scenario in one call and judges a lesson's checks against the cluster", async () => {
    const remote = await openRemoteSession({ kind: 'preset', preset: 'k8sinfra', seed: 1 });
    const last = await remote.replay!([
      { kind: 'apply', text: nodePortExample.manifest },
      { kind: 'wait', seconds: 30 },
    ]);
    expect(last?.ok && last.value.stdout).toContain('service/np-svc created');
    const [outcome] = await remote.checks!(
      [{ podsReady: { selector: 'app=np-pods', count: 3 } }],
      [],
    );
    expect(outcome?.pass).toBe(true);
    expect(await remote.complete!(['kubectl', 'get', 'svc'], 'np')).toEqual(['np-svc']);
    remote.close!();
  });

  it("fails with the engine's message, and a cluster that cannot be built does not open", async () => {
    await expect(openRemoteSession({ kind: 'preset', preset: 'nope', seed: 1 })).rejects.toThrow(
      'unknown preset "nope"',
    );
    await expect(
      openRemoteSession({ kind: 'dump', seed: 1, clusterDump: 'kind: List\nitems: 3\n' }),
    ).rejects.toThrow();
  });

  it('reads an imported file in a worker of its own', async () => {
    const read = await engineTask('importScenario', [
      nodePortExample.manifest,
      { preset: 'k8sinfra', seed: 1 },
      'en',
    ]);
    expect(read.ok && read.value.actions[0]?.kind).toBe('apply');
    expect(
      await engineTask('pastedDump', [
        'kind: List\nitems: []\n',
        read.ok ? read.value : { preset: 'lab', seed: 1 },
        'en',
      ]),
    ).toEqual({
      kind: 'not-a-dump',
    });
  });
});

/** A transport whose engine answers only when told, and can die. */
function manual(): Transport & {
  sent: Request[];
  answer(reply: Reply): void;
  die(why: string): void;
} {
  let reply: (message: Reply) => void = () => {};
  let crash: (message: string) => void = () => {};
  const sent: Request[] = [];
  return {
    sent,
    send: (request) => sent.push(request),
    listen(onReply, onCrash) {
      reply = onReply;
      crash = onCrash;
    },
    close() {},
    answer: (message) => reply(message),
    die: (why) => crash(why),
  };
}

describe('the connection to a worker', () => {
  it('fails every call in flight and every later one when the worker dies, and says why', async () => {
    const transport = manual();
    const connection = connect(transport);
    const pending = connection.call('run', ['kubectl get pods', undefined], { key: 'x' });
    transport.die('out of memory');
    await expect(pending).rejects.toThrow("the lab's engine stopped: out of memory");
    await expect(connection.call('view', [], { key: 'x' })).rejects.toThrow('out of memory');
    expect(useEngineActivity.getState().stopped).toBe('out of memory');
  });

  it('shows a call running longer than a moment, with its progress, until it is answered', async () => {
    const transport = manual();
    const connection = connect(transport);
    const replay = connection.call('replay', [[]], { key: 'engine.replaying' });
    expect(useEngineActivity.getState().working).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, SHOW_AFTER_MS + 30));
    expect(useEngineActivity.getState().working?.what).toEqual({ key: 'engine.replaying' });
    const id = transport.sent[0]!.id;
    transport.answer({ id, kind: 'progress', done: 3, total: 10 });
    expect(useEngineActivity.getState().working?.progress).toEqual({ done: 3, total: 10 });
    transport.answer({ id, kind: 'done', value: null });
    await expect(replay).resolves.toBeNull();
    expect(useEngineActivity.getState().working).toBeNull();
  });

  it('a quick call shows nothing', async () => {
    const transport = manual();
    const connection = connect(transport);
    const quick = connection.call('view', [], { key: 'engine.reading' });
    transport.answer({ id: transport.sent[0]!.id, kind: 'failed', message: 'no cluster' });
    await expect(quick).rejects.toThrow('no cluster');
    await new Promise((resolve) => setTimeout(resolve, SHOW_AFTER_MS + 30));
    expect(useEngineActivity.getState().working).toBeNull();
  });
});
