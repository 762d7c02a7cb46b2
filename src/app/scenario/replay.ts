// Replaying a scenario's actions on a fresh session rebuilds its cluster (the engine is
// deterministic per preset, seed and actions). Engine throws become answers, as in the store. In
// the browser it runs inside the engine's worker (engineClient/engineHost.ts), in one request.
import type { Action } from './model.ts';

/** What a replay needs of a session (the engine's Session has it). */
export interface Replayable {
  run(line: string, stdin?: string): unknown;
  apply(text: string): unknown;
  advance?(seconds: number): void;
}

export type ReplayAnswer<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Runs every action; returns the answer of the last apply (the editor shows it), if any. */
export function replay<S extends Replayable>(
  session: S,
  actions: readonly Action[],
): ReplayAnswer<ReturnType<S['apply']>> | null {
  let last: ReplayAnswer<ReturnType<S['apply']>> | null = null;
  for (const action of actions) {
    try {
      if (action.kind === 'apply') {
        last = { ok: true, value: session.apply(action.text) as ReturnType<S['apply']> };
      } else if (action.kind === 'run') {
        session.run(action.line, action.stdin);
      } else {
        session.advance?.(action.seconds);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (action.kind === 'apply') last = { ok: false, message };
    }
  }
  return last;
}
