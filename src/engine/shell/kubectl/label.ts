// `kubectl label` and `kubectl annotate` (kubectl pkg/cmd/label, pkg/cmd/annotate): KEY=VALUE sets,
// KEY- removes, --overwrite allows changing an existing value. Changing a pod's labels can move it
// in or out of a Service or a ReplicaSet, so controllers run afterwards. --dry-run=client|server
// computes and prints the result (`pod/x labeled (dry run)`, or the changed object with -o) and
// stores nothing.
import { listObjects, updateObject } from '../../api/cluster.ts';
import type { KubeObject, Labels } from '../../api/objects.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { fail, parseFlags, type Output, type ShellState } from '../context.ts';
import { findResource, qualifiedPlural, qualifiedSingular } from '../resources.ts';
import { matchesSelector, NS_FLAGS } from './common.ts';
import { isOutput, printObjects, PRINT_FLAGS, printOptions } from './dryRun.ts';

interface Mode {
  readonly command: 'label' | 'annotate';
  readonly field: 'labels' | 'annotations';
  readonly noun: 'label' | 'annotation';
  /** What kubectl says when a key exists with another value and --overwrite is not given. */
  readonly conflict: (clashes: readonly string[]) => string;
  /** The result word: label.go compares the object before and after; annotate always says "annotated". */
  readonly verb: (changed: boolean, removedOnly: boolean) => string;
}

const MODES: Readonly<Record<'label' | 'annotate', Mode>> = {
  label: {
    command: 'label',
    field: 'labels',
    noun: 'label',
    // One error prints bare; several as utilerrors' aggregate "[a, b]".
    conflict: (c) => {
      const errs = c.map((x) => `${x}, and --overwrite is false`);
      return `error: ${errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`}`;
    },
    verb: (changed, removedOnly) =>
      !changed ? 'not labeled' : removedOnly ? 'unlabeled' : 'labeled',
  },
  annotate: {
    command: 'annotate',
    field: 'annotations',
    noun: 'annotation',
    conflict: (c) =>
      `error: --overwrite is false but found the following declared annotation(s): ${c.join('; ')}`,
    verb: () => 'annotated',
  },
};

const FLAGS = {
  ...NS_FLAGS,
  '--overwrite': { name: 'overwrite', value: false },
  '--all': { name: 'all', value: false },
  '-l': { name: 'selector', value: true },
  '--selector': { name: 'selector', value: true },
  ...PRINT_FLAGS,
};

export function labelOrAnnotate(
  state: ShellState,
  args: readonly string[],
  which: 'label' | 'annotate',
): Output {
  const mode = MODES[which];
  const flags = parseFlags(args, FLAGS);
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl ${mode.command} --help' for usage.`,
    );
  const opts = printOptions(state, args, flags);
  if (isOutput(opts)) return opts;
  const words = [...flags.positional];
  if (words[0]?.includes('/')) words.splice(0, 1, ...words[0].split('/'));
  const [type, ...rest] = words;
  // label.go: names first, then changes; a name after a change is an error.
  const firstChange = rest.findIndex((w) => w.includes('=') || w.endsWith('-'));
  const names = firstChange < 0 ? rest : rest.slice(0, firstChange);
  const changes = firstChange < 0 ? [] : rest.slice(firstChange);
  const stray = changes.filter((w) => !(w.includes('=') || w.endsWith('-')));
  if (!type)
    return fail(
      'error: one or more resources must be specified as <resource> <name> or <resource>/<name>',
    );
  if (stray.length)
    return fail(
      `error: all resources must be specified before ${mode.noun} changes: ${stray.join(' ')}`,
    );
  if (changes.length === 0) return fail(`error: at least one ${mode.noun} update is required`);
  const resource = findResource(type);
  if (!resource) return fail(`error: the server doesn't have a resource type "${type}"`);
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const c of changes) {
    if (c.endsWith('-') && !c.includes('=')) remove.push(c.slice(0, -1));
    else set.set(c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1));
  }
  const ns = resource.namespaced ? (flags.values.get('namespace') ?? 'default') : undefined;
  const selector = flags.values.get('selector');
  const all = listObjects<KubeObject>(state.cluster, resource.kind, ns);
  const targets: KubeObject[] = [];
  const stderr: string[] = [];
  if (flags.values.get('all') === 'true' || selector) {
    targets.push(...all.filter((o) => matchesSelector(o, selector)));
  } else {
    if (names.length === 0)
      return fail(`error: resource(s) were provided, but no name was specified`);
    for (const n of names) {
      const o = all.find((x) => x.metadata.name === n);
      if (o) targets.push(o);
      else
        stderr.push(`Error from server (NotFound): ${qualifiedPlural(resource)} "${n}" not found`);
    }
  }
  const overwrite = flags.values.get('overwrite') === 'true';
  const stdout: string[] = [];
  for (const obj of targets) {
    const current: Labels = obj.metadata[mode.field] ?? {};
    const clashes = [...set]
      .filter(([k, v]) => current[k] !== undefined && current[k] !== v)
      .map(([k]) => `'${k}' already has a value (${current[k]})`);
    if (clashes.length && !overwrite) {
      stderr.push(mode.conflict(clashes));
      continue;
    }
    const next: Record<string, string> = { ...current };
    for (const k of remove) delete next[k];
    for (const [k, v] of set) next[k] = v;
    const changed = JSON.stringify(next) !== JSON.stringify(current);
    const { [mode.field]: _old, ...metadata } = obj.metadata;
    const updated = {
      ...obj,
      metadata: { ...metadata, ...(Object.keys(next).length ? { [mode.field]: next } : {}) },
    };
    let stored: KubeObject = changed ? updated : obj;
    if (changed && opts.dryRun === 'none')
      [state.cluster, stored] = updateObject(state.cluster, updated);
    const removedOnly = set.size === 0 && !overwrite;
    stdout.push(
      printObjects(opts, mode.verb(changed, removedOnly), [
        { label: `${qualifiedSingular(resource)}/${obj.metadata.name}`, object: stored },
      ]),
    );
  }
  if (opts.dryRun === 'none') state.cluster = reconcile(state.cluster, state.ctx);
  return {
    stdout: stdout.join(''),
    stderr: opts.warning + stderr.map((l) => l + '\n').join(''),
    exitCode: stderr.length ? 1 : 0,
  };
}
