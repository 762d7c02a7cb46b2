// The messages between the page and the engine's worker: one request per Session call the page
// makes, answered once (done or failed), with progress on the way for long work. Everything that
// crosses is plain data (the structured clone copies it): CommandResult, ApplyOutcome, ClusterView
// and Trace are plain objects and arrays; the Cluster value (Immutable.js maps) never leaves the
// worker, and a view goes as what changed since the last one.
import type { ApplyOutcome, CommandResult, Language } from '../../engine/index.ts';
import type { CheckOutcome } from '../../lessons/checks.ts';
import type { Check, Lesson } from '../../lessons/types.ts';
import type { Action, Parsed, Scenario } from '../scenario/model.ts';
import type { ReplayAnswer } from '../scenario/replay.ts';
import type { ViewDelta } from './viewDelta.ts';

/** Which cluster a session starts from. */
export type SessionSpec =
  | { readonly kind: 'preset'; readonly preset: string; readonly seed: number }
  /** A real cluster's `kubectl get ... -o yaml` (its text, as the scenario keeps it). */
  | { readonly kind: 'dump'; readonly seed: number; readonly clusterDump: string }
  /** The lab preset grown to `workers` worker nodes (the frame benchmark's cluster). */
  | { readonly kind: 'scaled'; readonly workers: number; readonly seed: number }
  /** A lesson's cluster: its setup run, then the steps before `firstStep` (1-based). */
  | { readonly kind: 'lesson'; readonly lesson: Lesson; readonly firstStep: number };

/** What a text pasted into the editor turned out to be. */
export type PastedDump =
  | { readonly kind: 'not-a-dump' }
  | { readonly kind: 'dump'; readonly scenario: Scenario }
  | { readonly kind: 'unreadable'; readonly message: string };

/** Where the scenario being imported or pasted continues from (a file without a header). */
export interface Current {
  readonly preset: string;
  readonly seed: number;
}

/** Every call the worker answers: its arguments and what it answers. */
export interface EngineCalls {
  open: { args: [spec: SessionSpec]; result: null };
  run: { args: [line: string, stdin: string | undefined]; result: CommandResult };
  read: { args: [line: string, stdin: string | undefined]; result: CommandResult };
  apply: { args: [text: string]; result: ApplyOutcome };
  /** What changed since the last view answered; null: nothing (viewDelta.ts). */
  view: { args: []; result: ViewDelta | null };
  advance: { args: [seconds: number]; result: null };
  /** A scenario's actions in order (progress after each); the last apply's answer. */
  replay: { args: [actions: readonly Action[]]; result: ReplayAnswer<ApplyOutcome> | null };
  /** A lesson step's checks on the step's results and the cluster as it is now. */
  checks: {
    args: [checks: readonly Check[], results: readonly CommandResult[]];
    result: CheckOutcome[];
  };
  /** Tab completion's candidates for the word being typed. */
  complete: { args: [before: readonly string[], prefix: string]; result: string[] };
  /** An imported file (Import) as a scenario. */
  importScenario: {
    args: [text: string, current: Current, language: Language];
    result: Parsed<Scenario>;
  };
  pastedDump: { args: [text: string, current: Current, language: Language]; result: PastedDump };
  /** The scenario as an exported YAML file (Export). */
  exportScenario: { args: [scenario: Scenario]; result: string };
}

export type Method = keyof EngineCalls;
export type Args<M extends Method> = EngineCalls[M]['args'];
export type Result<M extends Method> = EngineCalls[M]['result'];

export interface Request<M extends Method = Method> {
  readonly id: number;
  readonly method: M;
  readonly args: Args<M>;
}

export type Reply =
  | { readonly id: number; readonly kind: 'done'; readonly value: unknown }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string }
  | {
      readonly id: number;
      readonly kind: 'progress';
      readonly done: number;
      readonly total: number;
    };
