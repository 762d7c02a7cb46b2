// Runs a study note's lab-shell script through the engine, one command at a time, so a test can
// look up what each command printed. The notes type pod names their own cluster chose at random
// (`crane-djxcr`); a script keeps those names as written and the test says which live pod each one
// stands for, because a seeded cluster draws different suffixes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession, type CommandResult, type Session } from '../../engine/index.ts';
import { splitScript } from '../../engine/shell/script.ts';

export const NOTES_DIR = dirname(fileURLToPath(import.meta.url));
/** The shared corpus as the scripts reach it (`-f` paths are relative to the script's folder). */
export const CORPUS = resolve(NOTES_DIR, '../../../../shared/corpus');
export const corpusPresent = existsSync(CORPUS);

/** A note's pod name and how to find the live pod that plays its part. */
/** Undefined when no live pod fits: the note's name is then run as written. */
export type StandIn = (session: Session) => string | undefined;

export interface NoteRun {
  readonly session: Session;
  readonly results: readonly CommandResult[];
  /** The nth (0-based) result whose command, as the script wrote it, equals `command`. */
  at(command: string, nth?: number): CommandResult;
}

/** The live pods whose names start with `prefix`, in `kubectl get pods` order. */
export function podsNamed(session: Session, prefix: string, namespace = 'default'): string[] {
  const out = session.run(`kubectl get pods -n ${namespace} -o name`).stdout;
  return out
    .split('\n')
    .map((l) => l.replace(/^pod\//, ''))
    .filter((n) => n.startsWith(prefix));
}

export function runNote(
  preset: string,
  scriptFile: string,
  standIns: Readonly<Record<string, StandIn>> = {},
): NoteRun {
  const session = createSession({
    preset,
    readFile: (path) => readFileSync(resolve(NOTES_DIR, path), 'utf8'),
  });
  const written: string[] = [];
  const results: CommandResult[] = [];
  for (const cmd of splitScript(readFileSync(resolve(NOTES_DIR, scriptFile), 'utf8'))) {
    let line = cmd.text;
    for (const [name, find] of Object.entries(standIns)) {
      const live = line.includes(name) ? find(session) : undefined;
      if (live) line = line.split(name).join(live);
    }
    written.push(cmd.text);
    results.push(session.run(line, cmd.stdin));
  }
  return {
    session,
    results,
    at(command, nth = 0) {
      const hits = results.filter((_, i) => written[i] === command);
      const hit = hits[nth];
      if (!hit) throw new Error(`the script has no ${nth + 1}. command "${command}"`);
      return hit;
    },
  };
}

/** Table rows of a `kubectl get` output, header first, columns split on the tabwriter's gaps. */
export function rows(stdout: string): [string[], ...string[][]] {
  const [header = [], ...rest] = stdout
    .trimEnd()
    .split('\n')
    .map((l) => l.trim().split(/\s{2,}/));
  return [header, ...rest];
}
