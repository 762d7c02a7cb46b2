// The engine as the page uses it: a session in the engine's own worker (one worker per session, so
// replacing the cluster ends its predecessor's work at once), with the Session's methods as
// promises. Engine tasks that need no cluster (reading an imported file) get a worker of their own.
// In unit tests, `setTransport` swaps the worker for the same host on the same thread.
import type { UiKey } from '../i18n/ui.ts';
import type { LabSession } from '../store/labStore.ts';
import { engineStarted } from './activity.ts';
import { connect, type Connection, type Transport } from './connection.ts';
import type { Args, Method, Reply, Result, SessionSpec } from './protocol.ts';
import { viewReader } from './viewDelta.ts';

function workerTransport(): Transport {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'k8s-lab engine',
  });
  return {
    send: (request) => worker.postMessage(request),
    listen(reply, crash) {
      worker.onmessage = (event: MessageEvent<Reply>) => reply(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        crash(event.message || 'its worker failed to load or stopped');
      };
      worker.onmessageerror = () => crash('an answer from its worker could not be read');
    },
    close: () => worker.terminate(),
  };
}

let makeTransport: () => Transport = workerTransport;

/** Where engines run from now on (tests: in-process; the browser keeps its workers). */
export function setTransport(factory: () => Transport): void {
  makeTransport = factory;
}

const say = (key: UiKey, params?: Readonly<Record<string, string | number>>) =>
  params === undefined ? { key } : { key, params };

function remote(connection: Connection): LabSession {
  // Views come as what changed (viewDelta.ts): an unchanged cluster keeps the same object, so
  // nothing redraws, and unchanged pods stay the same objects.
  const readView = viewReader();
  return {
    run: (line, stdin) =>
      connection.call('run', [line, stdin], say('engine.running', { command: line })),
    read: (line, stdin) => connection.call('read', [line, stdin], say('engine.reading')),
    apply: (text) => connection.call('apply', [text], say('engine.applying')),
    async view() {
      return readView(await connection.call('view', [], say('engine.reading')));
    },
    async advance(seconds) {
      await connection.call('advance', [seconds], say('engine.timePassing'));
    },
    replay: (actions) => connection.call('replay', [actions], say('engine.replaying')),
    checks: (checks, results) =>
      connection.call('checks', [checks, results], say('engine.checking')),
    complete: (before, prefix) =>
      connection.call('complete', [before, prefix], say('engine.reading')),
    busy: () => connection.pending() > 0,
    close: () => connection.close(),
  };
}

/** A session in a new worker, open on `spec`'s cluster. */
export async function openRemoteSession(spec: SessionSpec): Promise<LabSession> {
  const connection = connect(makeTransport());
  try {
    await connection.call('open', [spec], say('engine.opening'));
  } catch (error) {
    connection.close();
    throw error;
  }
  engineStarted();
  return remote(connection);
}

const TASKS = {
  importScenario: 'engine.importing',
  pastedDump: 'engine.importing',
  exportScenario: 'engine.exporting',
} as const satisfies Partial<Record<Method, UiKey>>;

/** Runs one cluster-less task (import, export) in a worker of its own, which then ends. */
export async function engineTask<M extends keyof typeof TASKS>(
  method: M,
  args: Args<M>,
): Promise<Result<M>> {
  const connection = connect(makeTransport());
  try {
    return await connection.call(method, args, say(TASKS[method]));
  } finally {
    connection.close();
  }
}
