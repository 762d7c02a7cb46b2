// The page's end of the engine's worker: each call becomes a request with an id, answered by a
// promise. An answer that failed rejects with the engine's message (the store turns it into an
// Answer, never an unhandled rejection); a worker that dies rejects everything in flight and every
// later call with a readable message, which the page also shows (activity.ts).
import type { Message } from '../../engine/index.ts';
import { began, engineStopped, ended, progressed } from './activity.ts';
import type { Args, Method, Reply, Request, Result } from './protocol.ts';

/** How requests reach an engine host: a worker in the browser, the same thread in unit tests. */
export interface Transport {
  send(request: Request): void;
  /** Replies arrive at `reply`; `crash` is called once if the engine dies. */
  listen(reply: (message: Reply) => void, crash: (message: string) => void): void;
  /** Stops the engine (terminates the worker). */
  close(): void;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly token: number;
}

export interface Connection {
  call<M extends Method>(method: M, args: Args<M>, what: Message): Promise<Result<M>>;
  /** Calls sent and not yet answered. */
  pending(): number;
  close(): void;
}

export function connect(transport: Transport): Connection {
  const waiting = new Map<number, Pending>();
  let nextId = 1;
  let gone: string | null = null;

  const settle = (id: number): Pending | undefined => {
    const entry = waiting.get(id);
    if (entry === undefined) return undefined;
    waiting.delete(id);
    ended(entry.token);
    return entry;
  };

  const stop = (message: string) => {
    if (gone !== null) return;
    gone = message;
    for (const id of [...waiting.keys()]) settle(id)?.reject(new Error(message));
  };

  transport.listen(
    (reply) => {
      if (reply.kind === 'progress') {
        const entry = waiting.get(reply.id);
        if (entry !== undefined) progressed(entry.token, reply.done, reply.total);
        return;
      }
      const entry = settle(reply.id);
      if (reply.kind === 'done') entry?.resolve(reply.value);
      else entry?.reject(new Error(reply.message));
    },
    (message) => {
      engineStopped(message);
      stop(`the lab's engine stopped: ${message}`);
    },
  );

  return {
    call(method, args, what) {
      if (gone !== null) return Promise.reject(new Error(gone));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, {
          resolve: resolve as (value: unknown) => void,
          reject,
          token: began(what),
        });
        try {
          transport.send({ id, method, args });
        } catch (error) {
          // A value the structured clone cannot copy: this call fails, the engine goes on.
          settle(id)?.reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    pending: () => waiting.size,
    close() {
      stop('the cluster was closed');
      transport.close();
    },
  };
}
