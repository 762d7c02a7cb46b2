// Runs a study note's lab-shell script through the engine, one command at a time, so a test can
// look up what each command printed. The notes type pod names their own cluster chose at random
// (`crane-djxcr`); a script keeps those names as written and the test says which live pod each one
// stands for, because a seeded cluster draws different suffixes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createSession,
  type CommandResult,
  type Hop,
  type HopAction,
  type Session,
  type Trace,
} from '../../engine/index.ts';
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

/** The Service as the API server holds it, read from the cluster value (no command, no time). */
function serviceOf(session: Session, name: string, namespace: string) {
  return session.cluster().objects.get(`Service/${namespace}/${name}`) as
    | {
        spec: { clusterIP?: string };
        status: { loadBalancer: { ingress?: { ip?: string; hostname?: string }[] } };
      }
    | undefined;
}

/** Stands for a ClusterIP the note's own cluster allocated: this cluster's IP of that Service. */
export const clusterIPOf =
  (service: string, namespace = 'default'): StandIn =>
  (session) =>
    serviceOf(session, service, namespace)?.spec.clusterIP;

/** Stands for a load balancer's address: this cluster's EXTERNAL-IP (or host name) of the Service. */
export const externalIPOf =
  (service: string, namespace = 'default'): StandIn =>
  (session) => {
    const ingress = serviceOf(session, service, namespace)?.status.loadBalancer.ingress?.[0];
    return ingress?.ip ?? ingress?.hostname;
  };

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

/** The trace a command recorded; fails the test when it recorded none. */
export function traceOf(result: CommandResult): Trace {
  if (!result.trace) throw new Error(`"${result.command}" recorded no trace`);
  return result.trace;
}

/** The request-direction hops of a trace that took `action`, in order. */
export function hops(trace: Trace, action: HopAction): Hop[] {
  return trace.hops.filter((h) => !h.reply && h.action === action);
}

/** The address part of "IP:PORT". */
export const ipOf = (endpoint: string) => endpoint.replace(/:\d+$/, '');
