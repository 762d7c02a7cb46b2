// kubectl's --dry-run and -o for the commands that change objects (create, run, expose, apply,
// scale, label, annotate, set image, delete): the strategy (cmd/util/helpers.go GetDryRunStrategy),
// the operation suffix (PrintFlagsWithDryRunStrategy: "created (dry run)", "(server dry run)"),
// and the printers those commands accept (yaml, json, name, jsonpath).
//
// A server dry run in a real cluster runs admission, defaulting and allocation, and releases what it
// allocated. Here it runs our admission on a copy of the cluster with a copy of the seeded generator:
// the object printed is the one the next real create would store (same ClusterIP, same nodePort,
// same uid), and nothing the session draws afterwards changes.
import { sortKeys } from '../objectOutput.ts';
import type { Ctx } from '../../api/cluster.ts';
import { createRandom } from '../../util/random.ts';
import { fail, type Flags, type Output, type ShellState } from '../context.ts';
import { toYaml } from '../objectOutput.ts';
import { jsonpath } from '../jsonpath.ts';
import { goOrder } from './goOrder.ts';

export type DryRunMode = 'none' | 'client' | 'server';
export type OutputFormat = '' | 'yaml' | 'json' | 'name' | 'jsonpath';

/** The flag spellings to merge into a command's parseFlags table. */
export const PRINT_FLAGS = {
  // pflag's NoOptDefVal: a bare --dry-run takes no value (the next word stays positional).
  '--dry-run': { name: 'dry-run', value: false },
  '-o': { name: 'output', value: true },
  '--output': { name: 'output', value: true },
} as const;

export interface PrintOptions {
  readonly dryRun: DryRunMode;
  readonly output: OutputFormat;
  readonly template?: string;
  /** kubectl's klog warning for a deprecated spelling of --dry-run, or ''. */
  readonly warning: string;
}

// helpers.go line of the klog.Warning call per kubectl release: 702 (bare) / 716 and 719 (boolean)
// are what kubectl v1.32.4 prints. Other releases move the line; the numbers for them are unverified
// guesses (v1.19/v1.20-era output in the wild shows 535, v1.25-era 663).
function helpersLine(minor: number, boolean: 'bare' | 'true' | 'false'): number {
  const base = minor <= 20 ? 535 : minor <= 28 ? 663 : 702;
  return base + (boolean === 'bare' ? 0 : boolean === 'true' ? 14 : 17);
}

/** klog's header: `W1123 17:33:47.620982   31894 helpers.go:702] ` at simulated time. */
function klogWarning(state: ShellState, line: number, message: string): string {
  const d = new Date(state.cluster.now);
  const two = (n: number) => String(n).padStart(2, '0');
  const micros = String(d.getUTCMilliseconds() * 1000).padStart(6, '0');
  // The process id is kubectl's own and changes every run; this one is a fixed stand-in.
  const pid = '4242'.padStart(7);
  return `W${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${micros} ${pid} helpers.go:${line}] ${message}\n`;
}

/** The formats create/run/expose/apply/scale/label/set accept (kubectl's PrintFlags list). */
const ALLOWED =
  'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

/** Reads --dry-run and -o, or the error kubectl gives for a bad value. */
export function printOptions(
  state: ShellState,
  args: readonly string[],
  flags: Flags,
  outputs: 'all' | 'name' = 'all',
): PrintOptions | Output {
  // The last spelling given wins, as pflag keeps the last value.
  let raw: string | undefined;
  for (const a of args) {
    if (a === '--') break;
    if (a === '--dry-run') raw = 'unchanged';
    else if (a.startsWith('--dry-run=')) raw = a.slice('--dry-run='.length);
  }
  let dryRun: DryRunMode = 'none';
  let warning = '';
  const minor = state.cluster.preset.minor;
  if (raw === 'unchanged') {
    dryRun = 'client';
    warning = klogWarning(
      state,
      helpersLine(minor, 'bare'),
      '--dry-run is deprecated and can be replaced with --dry-run=client.',
    );
  } else if (raw !== undefined) {
    const bool = /^(1|t|T|TRUE|true|True)$/.test(raw)
      ? true
      : /^(0|f|F|FALSE|false|False)$/.test(raw)
        ? false
        : undefined;
    if (bool !== undefined) {
      dryRun = bool ? 'client' : 'none';
      warning = klogWarning(
        state,
        helpersLine(minor, bool ? 'true' : 'false'),
        `--dry-run=${raw} is deprecated (boolean value) and can be replaced with --dry-run=${bool ? 'client' : 'none'}.`,
      );
    } else if (raw === 'client' || raw === 'server' || raw === 'none') dryRun = raw;
    else
      return fail(`error: Invalid dry-run value (${raw}). Must be "none", "server", or "client".`);
  }
  const o = flags.values.get('output') ?? '';
  if (outputs === 'name') {
    // kubectl delete: -o is a plain string, only "name" changes anything.
    return { dryRun, output: o === 'name' ? 'name' : '', warning };
  }
  if (o.startsWith('jsonpath=')) {
    return { dryRun, output: 'jsonpath', template: o.slice('jsonpath='.length), warning };
  }
  if (!['', 'yaml', 'json', 'name'].includes(o)) {
    return fail(
      `error: unable to match a printer suitable for the output format "${o}", allowed formats are: ${ALLOWED}`,
    );
  }
  return { dryRun, output: o as OutputFormat, warning };
}

export const isOutput = (x: unknown): x is Output =>
  typeof x === 'object' && x !== null && typeof (x as Output).exitCode === 'number';

/** The operation as the name printer completes it: "created (dry run)". */
export function operation(verb: string, mode: DryRunMode): string {
  if (mode === 'client') return `${verb} (dry run)`;
  if (mode === 'server') return `${verb} (server dry run)`;
  return verb;
}

/**
 * Go's encoding/json with kubectl's 4-space indent, keys in the order the object holds them: for a
 * typed object built in Go struct field order that is the order kubectl prints. HTML-sensitive
 * characters are escaped as Go escapes them.
 */
export function goJson(obj: unknown): string {
  return (
    JSON.stringify(obj, null, 4)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026') + '\n'
  );
}

export interface Printed {
  /** `deployment.apps/web` */
  readonly label: string;
  /** The object as kubectl holds it. */
  readonly object: unknown;
  /**
   * kubectl holds the object typed (create, run, expose, set image): -o json writes its fields in Go
   * struct order. Otherwise it is unstructured and encoding/json sorts the keys.
   */
  readonly typed?: boolean;
}

/**
 * What kubectl prints for each object with the given printer: `LABEL OPERATION` lines, `LABEL`
 * lines for -o name, each object as YAML (separated by ---, as the YAML printer counts what it
 * printed) or JSON.
 */
export function printObjects(opts: PrintOptions, verb: string, items: readonly Printed[]): string {
  const out: string[] = [];
  items.forEach((item, i) => {
    switch (opts.output) {
      case '':
        out.push(`${item.label} ${operation(verb, opts.dryRun)}\n`);
        break;
      case 'name':
        out.push(`${item.label}\n`);
        break;
      case 'yaml':
        out.push((i > 0 ? '---\n' : '') + toYaml([item.object as never], true));
        break;
      case 'json':
        out.push(goJson(item.typed ? goOrder(item.object) : sortKeys(item.object)));
        break;
      case 'jsonpath':
        out.push(jsonpath(opts.template ?? '', JSON.parse(JSON.stringify(item.object)) as unknown));
        break;
    }
  });
  return out.join('');
}

/** A copy of the generator at its current state: draws from it leave the session's untouched. */
export function scratchCtx(ctx: Ctx): Ctx {
  return { ...ctx, random: createRandom(ctx.random.state()) };
}

/**
 * An object as the API server answers a dry-run create: defaulted and allocated, with uid and
 * creationTimestamp, but no resourceVersion (DryRunnableStorage copies it without writing to etcd).
 */
export function serverDryRunObject(obj: unknown, defaults: Record<string, unknown> = {}): unknown {
  const o = obj as { metadata?: Record<string, unknown> };
  if (!o.metadata) return obj;
  const { resourceVersion: _rv, ...metadata } = o.metadata;
  // `defaults`: fields the registry strategy sets that our store leaves out (a new Deployment's
  // empty status).
  return { ...defaults, ...o, metadata };
}
