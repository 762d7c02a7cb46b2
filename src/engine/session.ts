// TEMPORARY STUB: being implemented now; signatures are final.
import type { ClusterView, CommandResult, SourceError } from './types.ts';

export interface SessionOptions {
  /** A preset of presets.md: 'lab' (default) or 'k8sinfra'. */
  readonly preset?: string;
  /** Seeds every random choice (default 1). */
  readonly seed?: number;
  /** Reads `-f PATH` files for the shell (the CLI passes one; the browser has none). */
  readonly readFile?: (path: string) => string;
}

export interface ApplyOutcome extends CommandResult {
  /** YAML and API-server errors, each on the line of the applied text it concerns. */
  readonly errors: readonly SourceError[];
}

/** A simulated cluster plus the lab shell that drives it. */
export interface Session {
  readonly preset: string;
  /** Runs one shell line (cli.md): `kubectl ...`, `curl ...`, `lab trace ...`, `lab load ...`. */
  run(line: string, stdin?: string): CommandResult;
  /** Runs a whole script (comments, continuations, here-documents) and returns one result per command. */
  runScript(text: string): CommandResult[];
  /** `kubectl apply -f -` of the given text, with errors mapped to its lines. */
  apply(text: string): ApplyOutcome;
  /** The cluster as the topology draws it. */
  view(): ClusterView;
}

export const presetNames: readonly string[] = ['lab', 'k8sinfra'];

export function createSession(_options: SessionOptions = {}): Session {
  throw new Error('not implemented yet');
}
