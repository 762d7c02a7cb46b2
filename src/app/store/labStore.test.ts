import { beforeEach, describe, expect, it } from 'vitest';
import { createFixtureSession } from '../fixtureSession.ts';
import { nodePortExample } from '../scenarios/nodePortExample.ts';
import { useLabStore } from './labStore.ts';
import type { LabSession } from './labStore.ts';

const store = useLabStore;
let run = 0;

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

  it('keeps the trace of a sent request and asks the topology to play it', () => {
    const before = store.getState().playId;
    store.getState().sendRequest();
    const s = store.getState();
    expect(s.trace?.verdict).toBe('delivered');
    expect(s.playId).toBe(before + 1);
    expect(s.selectedHop).toBeNull();
  });

  it('selects the first hop at a clicked place', () => {
    store.getState().sendRequest();
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
