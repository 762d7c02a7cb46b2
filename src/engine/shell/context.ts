// What every shell command gets: the cluster (replaced as commands change it), the seeded
// generator, file access for `-f PATH`, and a place to put a trace.
import type { Cluster, Ctx } from '../api/cluster.ts';
import type { NetState } from '../net/netState.ts';
import type { LoadResult, Trace } from '../types.ts';

export interface ShellState {
  cluster: Cluster;
  readonly ctx: Ctx;
  /** The nodes' conntrack and `recent` tables and the clients' open connections. */
  readonly net: NetState;
  readonly readFile?: (path: string) => string;
  /** While a command given --record runs: the change cause it writes on what it changes. */
  changeCause?: string | null;
}

export interface Output {
  stdout: string;
  stderr: string;
  exitCode: number;
  trace?: Trace;
  load?: LoadResult;
  traces?: Trace[];
}

export const ok = (stdout = '', stderr = ''): Output => ({ stdout, stderr, exitCode: 0 });
export const fail = (stderr: string, exitCode = 1, stdout = ''): Output => ({
  stdout,
  stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`,
  exitCode,
});

/** Parsed flags: `--name=value`, `--name value`, `-n value`, and positional words. */
export interface Flags {
  readonly positional: string[];
  readonly values: Map<string, string>;
  readonly unknown: string[];
}

/**
 * Splits argv by a table of known flags. `spec` maps every accepted spelling to its canonical
 * name, and says whether it takes a value (boolean flags accept `--flag=true|false`).
 */
export function parseFlags(
  args: readonly string[],
  spec: Readonly<Record<string, { name: string; value: boolean }>>,
): Flags {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      positional.push(...args.slice(i));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(0, eq) : a;
    // -oyaml, -nkube-system
    const short = !a.startsWith('--') && a.length > 2 && eq < 0 ? a.slice(0, 2) : null;
    const def = spec[key] ?? (short ? spec[short] : undefined);
    if (!def) {
      unknown.push(key);
      continue;
    }
    if (!def.value && short && !spec[key]) {
      // A cluster of one-letter flags (curl -sk, -sSo FILE): each letter is a flag; one that takes
      // a value takes the rest of the word, or the next word.
      for (let j = 1; j < a.length; j++) {
        const d = spec[`-${a[j]}`];
        if (!d) {
          unknown.push(`-${a[j]}`);
          break;
        }
        if (!d.value) {
          values.set(d.name, 'true');
          continue;
        }
        values.set(d.name, j + 1 < a.length ? a.slice(j + 1) : (args[++i] ?? ''));
        break;
      }
      continue;
    }
    if (!def.value) values.set(def.name, eq > 0 ? a.slice(eq + 1) : 'true');
    else if (eq > 0) values.set(def.name, a.slice(eq + 1));
    else if (short && !spec[key]) values.set(def.name, a.slice(2));
    else values.set(def.name, args[++i] ?? '');
  }
  return { positional, values, unknown };
}
