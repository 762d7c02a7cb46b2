// The engine's session as the page uses it: every call answered later, by the engine's worker
// (engineClient/), or at once by a stand-in (the recorded fixture). Answers, not throws, reach the
// screens.
import type { ApplyOutcome, ClusterView, CommandResult } from '../../engine/index.ts';
import type { CheckOutcome } from '../../lessons/checks.ts';
import type { Check } from '../../lessons/types.ts';
import type { Action } from '../scenario/model.ts';
import type { ReplayAnswer } from '../scenario/replay.ts';

export interface LabSession {
  run(line: string, stdin?: string): Promise<CommandResult>;
  apply(text: string): Promise<ApplyOutcome>;
  view(): Promise<ClusterView>;
  /** A command run without letting simulated time pass (a stand-in may lack it). */
  read?(line: string, stdin?: string): Promise<CommandResult>;
  advance?(seconds: number): Promise<void>;
  /** A scenario's actions in one call; without it they are replayed one call each. */
  replay?(actions: readonly Action[]): Promise<ReplayAnswer<ApplyOutcome> | null>;
  /** A lesson step's checks, judged on the cluster as it is now. */
  checks?(checks: readonly Check[], results: readonly CommandResult[]): Promise<CheckOutcome[]>;
  /** Tab completion's candidates for the word being typed. */
  complete?(before: readonly string[], prefix: string): Promise<string[]>;
  /** Whether calls are waiting for their answers. */
  busy?(): boolean;
  /** Ends the session (its worker): what is still running stops, later calls fail. */
  close?(): void;
}

/** An engine call either answered or failed (the engine is young: a throw must not blank the page). */
export type Answer<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The call's answer, or its failure (thrown at once or rejected later) as a message. */
export async function ask<T>(call: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

/** Replays a scenario's actions: in one call when the session can, else one call per action. */
export async function replayOn(
  session: LabSession,
  actions: readonly Action[],
): Promise<ReplayAnswer<ApplyOutcome> | null> {
  if (session.replay !== undefined) return session.replay(actions);
  let last: ReplayAnswer<ApplyOutcome> | null = null;
  for (const action of actions) {
    if (action.kind === 'apply') last = await ask(() => session.apply(action.text));
    else if (action.kind === 'run') await ask(() => session.run(action.line, action.stdin));
    else if (session.advance !== undefined) await ask(() => session.advance!(action.seconds));
  }
  return last;
}
