// Tab completion for the lab shell: commands, kubectl subcommands and flags, resource kinds and
// the names of objects in the cluster (asked of the session through `lookup`), nodes for ssh.
// Pure: what the cluster holds comes in through `Lookup`.
import { RESOURCES } from '../../engine/shell/resources.ts';
import { own } from '../../engine/util/own.ts';

export interface Lookup {
  /** Names of objects of a resource (as kubectl accepts it: "pods", "svc") in a namespace. */
  names(resource: string, namespace: string | undefined): readonly string[];
  nodes(): readonly string[];
}

/** The lab shell's commands (spec/cli.md), plus the two the terminal itself answers. */
export const COMMANDS = ['kubectl', 'curl', 'ping', 'ssh', 'lab', 'minikube', 'clear', 'history'];

/** The kubectl subcommands the lab's kubectl serves (spec/cli.md). */
export const KUBECTL_SUBCOMMANDS = [
  'annotate',
  'api-resources',
  'apply',
  'autoscale',
  'cluster-info',
  'create',
  'delete',
  'describe',
  'diff',
  'edit',
  'exec',
  'explain',
  'expose',
  'get',
  'label',
  'logs',
  'patch',
  'rollout',
  'run',
  'scale',
  'set',
  'top',
  'version',
];

const OUTPUT = ['-o', '--output='];
const NS = ['-n', '--namespace=', '-A', '--all-namespaces'];
const DRY = ['--dry-run=client', '--dry-run=server'];

/** Flags offered after `-` (kubectl's own long and short names). */
const KUBECTL_FLAGS: Readonly<Record<string, readonly string[]>> = {
  get: [
    ...NS,
    ...OUTPUT,
    '-l',
    '--selector=',
    '--field-selector=',
    '--show-labels',
    '--no-headers',
    '--sort-by=',
    '-w',
    '--watch',
  ],
  describe: [...NS, '-l', '--selector='],
  delete: [...NS, '-f', '--filename=', '-l', '--selector=', '--all', '--grace-period=', '--force'],
  apply: ['-f', '--filename=', ...NS.slice(0, 2), ...DRY, ...OUTPUT],
  create: [
    '-f',
    '--filename=',
    ...NS.slice(0, 2),
    ...DRY,
    ...OUTPUT,
    '--image=',
    '--replicas=',
    '--port=',
  ],
  expose: [
    ...NS.slice(0, 2),
    '--port=',
    '--target-port=',
    '--type=',
    '--name=',
    '--protocol=',
    ...DRY,
  ],
  scale: [...NS.slice(0, 2), '--replicas='],
  exec: [...NS.slice(0, 2), '-c', '--container=', '-i', '-t', '-it'],
  logs: [...NS.slice(0, 2), '-c', '--container=', '-l', '--selector=', '--tail='],
  run: [...NS.slice(0, 2), '--image=', '--port=', '--labels=', '--restart=', '--rm', '-it', ...DRY],
  label: [...NS.slice(0, 2), '--overwrite', '-l', '--selector=', '--all'],
  annotate: [...NS.slice(0, 2), '--overwrite', '--all'],
  explain: ['--recursive', '--api-version='],
  rollout: [...NS.slice(0, 2)],
  set: [...NS.slice(0, 2)],
  autoscale: [...NS.slice(0, 2), '--min=', '--max=', '--cpu-percent='],
  top: [...NS.slice(0, 2), '-A', '--all-namespaces'],
  edit: [...NS.slice(0, 2)],
  diff: ['-f', '--filename=', ...NS.slice(0, 2)],
};

const OUTPUT_FORMATS = ['wide', 'yaml', 'json', 'name', 'jsonpath='];
const CURL_FLAGS = ['-s', '-v', '-k', '-I', '-H', '-m', '--max-time'];
const SSH_COMMANDS = ['iptables-save', 'iptables', 'conntrack', 'ip', 'curl', 'ping', 'hostname'];
const LAB_COMMANDS = ['trace', 'load', 'node', 'clients', 'wait'];
/** Subcommands whose first argument is a kind, then names of that kind. */
const KIND_THEN_NAMES = new Set([
  'get',
  'describe',
  'delete',
  'edit',
  'label',
  'annotate',
  'scale',
  'expose',
  'autoscale',
]);
const POD_FIRST = new Set(['exec', 'logs']);
/** Flags that take the next word as their value. */
const VALUE_FLAGS = new Set([
  '-n',
  '--namespace',
  '-o',
  '--output',
  '-l',
  '--selector',
  '-c',
  '--container',
  '-f',
  '--filename',
  '-H',
  '-m',
  '--from',
]);

/** Plural names of the kinds the lab serves, as kubectl's own completion offers them. */
export function kindNames(): string[] {
  return [...new Set(RESOURCES.map((r) => r.plural))].sort();
}

function startingWith(prefix: string, words: readonly string[]): string[] {
  return words.filter((w) => w.startsWith(prefix));
}

/** The namespace a line names with -n/--namespace, if any. */
function namespaceOf(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w === '-n' || w === '--namespace') && words[i + 1] !== undefined) return words[i + 1];
    if (w.startsWith('--namespace=')) return w.slice('--namespace='.length);
    if (/^-n[^-]/.test(w)) return w.slice(2);
  }
  return undefined;
}

/** Positional words (not flags, not a flag's value). */
function positionals(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--') break;
    if (w.startsWith('-')) {
      if (VALUE_FLAGS.has(w)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

function names(lookup: Lookup, kind: string, ns: string | undefined, prefix: string): string[] {
  // "svc/np" completes within the kind it names, keeping the kind/ form.
  const slash = prefix.indexOf('/');
  if (slash > 0) {
    const kindWord = prefix.slice(0, slash);
    return startingWith(
      prefix,
      lookup.names(kindWord, ns).map((n) => `${kindWord}/${n}`),
    );
  }
  return startingWith(prefix, [...lookup.names(kind, ns)]);
}

function kubectlCandidates(args: readonly string[], prefix: string, lookup: Lookup): string[] {
  const previous = args[args.length - 1];
  if (previous === '-n' || previous === '--namespace') {
    return startingWith(prefix, [...lookup.names('namespaces', undefined)]);
  }
  if (previous === '-o' || previous === '--output') return startingWith(prefix, OUTPUT_FORMATS);
  if (prefix.startsWith('--namespace=')) {
    return startingWith(
      prefix,
      lookup.names('namespaces', undefined).map((n) => `--namespace=${n}`),
    );
  }
  if (prefix.startsWith('-o') && prefix.length > 2 && !prefix.startsWith('-o=')) {
    return startingWith(
      prefix,
      OUTPUT_FORMATS.map((f) => `-o${f}`),
    );
  }
  const words = positionals(args);
  const sub = words[0];
  if (sub === undefined) {
    return prefix.startsWith('-')
      ? startingWith(prefix, NS.slice(0, 2))
      : startingWith(prefix, KUBECTL_SUBCOMMANDS);
  }
  if (prefix.startsWith('-')) return startingWith(prefix, own(KUBECTL_FLAGS, sub) ?? []);
  const ns = namespaceOf(args);
  const rest = words.slice(1);
  if (KIND_THEN_NAMES.has(sub) || sub === 'explain') {
    if (rest.length === 0) {
      if (prefix.includes('/')) return names(lookup, '', ns, prefix);
      return startingWith(prefix, kindNames());
    }
    if (sub === 'explain') return [];
    const kind = rest[0]!;
    if (kind.includes('/') || kind.includes(',')) return [];
    return names(lookup, kind, ns, prefix);
  }
  if (POD_FIRST.has(sub)) return rest.length === 0 ? names(lookup, 'pods', ns, prefix) : [];
  if (sub === 'rollout') {
    if (rest.length === 0) return startingWith(prefix, ['history', 'restart', 'status', 'undo']);
    if (rest.length === 1) {
      if (prefix.includes('/')) return names(lookup, '', ns, prefix);
      return startingWith(prefix, ['daemonsets', 'deployments', 'statefulsets']);
    }
    return names(lookup, rest[1]!, ns, prefix);
  }
  if (sub === 'set') return rest.length === 0 ? startingWith(prefix, ['image']) : [];
  if (sub === 'create' && rest.length === 0) {
    return startingWith(prefix, ['deployment', 'namespace', 'service']);
  }
  return [];
}

/**
 * Candidates for the word being typed (`prefix`), given the words before it on the line. Each
 * candidate is the whole word.
 */
export function complete(before: readonly string[], prefix: string, lookup: Lookup): string[] {
  const [command, ...args] = before;
  if (command === undefined) return startingWith(prefix, COMMANDS);
  switch (command) {
    case 'kubectl':
      return kubectlCandidates(args, prefix, lookup);
    case 'curl':
      return prefix.startsWith('-') ? startingWith(prefix, CURL_FLAGS) : [];
    case 'ping':
      return prefix.startsWith('-') ? startingWith(prefix, ['-c', '-W']) : [];
    case 'ssh':
      if (args.length === 0) return startingWith(prefix, [...lookup.nodes()]);
      if (args.length === 1) return startingWith(prefix, SSH_COMMANDS);
      return [];
    case 'lab': {
      const [sub, ...rest] = args;
      if (sub === undefined) return startingWith(prefix, LAB_COMMANDS);
      if (sub === 'node') {
        if (rest.length === 0) return startingWith(prefix, ['down', 'up']);
        return rest.length === 1 ? startingWith(prefix, [...lookup.nodes()]) : [];
      }
      if (sub === 'trace') {
        // `lab trace [--from CLIENT] CMD...`: complete the traced command as a command.
        const skip = rest[0] === '--from' ? 2 : 0;
        if (rest.length === 0 && prefix.startsWith('-')) return startingWith(prefix, ['--from']);
        if (rest.length < skip) return [];
        return complete(rest.slice(skip), prefix, lookup).filter(
          (c) => c !== 'clear' && c !== 'history',
        );
      }
      if (sub === 'load' && prefix.startsWith('-')) {
        return startingWith(prefix, ['-n', '--keepalive', '--from']);
      }
      return [];
    }
    default:
      return [];
  }
}

/** The longest prefix every candidate shares. */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0]!;
  for (const c of candidates) {
    while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}
