import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessTransport } from '../engineClient/inProcess.ts';
import { openRemoteSession, setTransport } from '../engineClient/remoteSession.ts';
import { createFixtureSession } from '../fixtureSession.ts';
import { nodePortExample } from '../scenarios/nodePortExample.ts';
import { useLabStore } from './labStore.ts';
import type { CommandResult } from '../../engine/index.ts';
import type { LabSession } from './labStore.ts';

const store = useLabStore;
let run = 0;
// The engine's host on this thread, behind the same messages as the browser's worker.
setTransport(inProcessTransport);

/** A fresh key per test: `start` runs once per key. */
async function startWith(open: () => Promise<LabSession>): Promise<void> {
  run += 1;
  await store.getState().start(`test-${run}`, open, nodePortExample);
}

describe('the lab store', () => {
  beforeEach(async () => {
    await startWith(async () => createFixtureSession());
  });

  it('applies the first scenario as soon as the session is open', () => {
    const s = store.getState();
    expect(s.status).toEqual({ kind: 'ready' });
    expect(s.editorText).toBe(nodePortExample.manifest);
    expect(s.applyAnswer?.ok && s.applyAnswer.value.stdout).toContain('service/np-svc created');
    expect(s.view?.nodes.map((n) => n.name)).toContain('w2-k8s');
  });

  it('keeps the trace of a sent request and asks the topology to play it', async () => {
    const before = store.getState().playId;
    await store.getState().sendRequest();
    const s = store.getState();
    expect(s.trace?.verdict).toBe('delivered');
    expect(s.playId).toBe(before + 1);
    expect(s.selectedHop).toBeNull();
  });

  it('selects the first hop at a clicked place', async () => {
    await store.getState().sendRequest();
    store.getState().selectPlace('node/w3-k8s');
    const s = store.getState();
    expect(s.trace?.hops[s.selectedHop ?? -1]?.at).toBe('node/w3-k8s');
    expect(s.hopSource).toBe('user');
  });

  it('says why when the engine cannot start, instead of throwing', async () => {
    await startWith(async () => {
      throw new Error('not implemented yet');
    });
    expect(store.getState().status).toEqual({ kind: 'failed', message: 'not implemented yet' });
  });

  it('turns an engine crash during apply into an answer the editor can show', async () => {
    await startWith(async () => ({
      ...createFixtureSession(),
      apply: () => {
        throw new Error('boom');
      },
    }));
    expect(store.getState().applyAnswer).toEqual({ ok: false, message: 'boom' });
    expect(store.getState().status.kind).toBe('ready');
  });
});

describe('an engine that answers later', () => {
  it('lets no time pass while the engine is still busy, rather than queue seconds up', async () => {
    const advanced: number[] = [];
    await startWith(async () => ({
      ...createFixtureSession(),
      advance: async (seconds: number) => void advanced.push(seconds),
      busy: () => true,
    }));
    await store.getState().tick(1);
    expect(advanced).toEqual([]);
  });

  it('does not show what a cluster since replaced (Reset, Undo, an import) answered', async () => {
    let answer: (result: CommandResult) => void = () => {};
    const slow: LabSession = {
      ...createFixtureSession(),
      run: () => new Promise<CommandResult>((resolve) => (answer = resolve)),
    };
    await startWith(async () => slow);
    const ran = store.getState().runCommand('kubectl get pods');
    await store.getState().reset();
    answer({ command: 'kubectl get pods', exitCode: 0, stdout: 'late\n', stderr: '' });
    await ran;
    expect(store.getState().lastCommand).toBeNull();
  });
});

describe('a load of requests', () => {
  beforeEach(async () => {
    await startWith(() => openRemoteSession({ kind: 'preset', preset: 'k8sinfra', seed: 1 }));
    // The example's three pods pull their image and turn ready.
    await store.getState().tick(30);
  });

  it('keeps every request trace, flies them, and shows the one picked', async () => {
    store.getState().setTarget(nodePortExample.target);
    const before = store.getState().loadPlayId;
    await store.getState().sendLoad(12, false);
    const s = store.getState();
    expect(s.loadTraces).toHaveLength(12);
    expect(s.loadPlayId).toBe(before + 1);
    expect(s.loadRun?.ok).toBe(12);
    expect(s.inspectorTab).toBe('distribution');

    store.getState().pickPacket(5);
    const picked = store.getState();
    const trace = s.loadTraces![5]!;
    expect(picked.trace).toBe(trace);
    expect(picked.pickedPacket).toBe(5);
    expect(picked.selectedHop).toBe(trace.hops.length - 1);
    expect(picked.inspectorTab).toBe('hops');
    // The request was answered by one of the example's pods.
    expect(trace.servedBy?.pod).toMatch(/^default\/np-pods-/);
  });

  it('a lab load typed in the terminal flies and draws its bars as the panel does', async () => {
    const session = store.getState().session!;
    const result = await session.run(`lab load -n 7 ${nodePortExample.target}`);
    const before = store.getState().loadPlayId;
    await store.getState().showResult(result);
    const s = store.getState();
    expect(s.loadTraces).toHaveLength(7);
    expect(s.loadPlayId).toBe(before + 1);
    expect(s.loadRun?.command).toBe(`lab load -n 7 ${nodePortExample.target}`);
    expect(s.loadRun?.groups.flatMap((g) => g.pods).reduce((n, p) => n + p.count, 0)).toBe(7);
  });
});
