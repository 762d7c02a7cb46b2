// The deprecated --record flag of apply, create, set image, scale and friends: it writes the command
// line into the `kubernetes.io/change-cause` annotation that `rollout history` shows. The text is
// what cli-runtime's parseCommandArguments builds: the program, the positional arguments, then each
// flag as `--long-name=value` in the order typed.
import { own } from '../../util/own.ts';

const COMMANDS_WITH_RECORD = new Set([
  'apply',
  'create',
  'set',
  'scale',
  'edit',
  'patch',
  'replace',
  'annotate',
  'label',
  'rollout',
]);

/** Short flags kubectl spells out in the recorded cause. */
const LONG: Readonly<Record<string, string>> = {
  '-f': 'filename',
  '-n': 'namespace',
  '-o': 'output',
  '-l': 'selector',
  '-R': 'recursive',
};
/** Flags that take no value (so the next word is positional). */
const BOOLEAN = new Set(['record', 'overwrite', 'all', 'recursive']);

export interface Recorded {
  /** The arguments without --record. */
  readonly args: readonly string[];
  /** The change cause, or null when --record was not given (or given as false). */
  readonly changeCause: string | null;
  /** kubectl's deprecation notice, printed on stderr first. */
  readonly warning: string | null;
}

export function takeRecordFlag(args: readonly string[], minor: number): Recorded {
  const i = args.findIndex((a) => a === '--record' || a.startsWith('--record='));
  if (i < 0 || !COMMANDS_WITH_RECORD.has(args[0] ?? ''))
    return { args, changeCause: null, warning: null };
  const value = args[i]!.includes('=') ? args[i]!.split('=')[1] : 'true';
  const positional: string[] = [];
  const flags: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === '--') {
      positional.push(...args.slice(k + 1));
      break;
    }
    if (!a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const raw = eq > 0 ? a.slice(0, eq) : a;
    const name = own(LONG, raw) ?? raw.replace(/^-+/, '');
    if (eq > 0) flags.push(`--${name}=${a.slice(eq + 1)}`);
    else if (BOOLEAN.has(name)) flags.push(`--${name}=true`);
    else flags.push(`--${name}=${args[++k] ?? ''}`);
  }
  const rest = args.filter((_, k) => k !== i);
  // The flag was deprecated in kubectl v1.22 (pflag prints the notice for every use).
  const warning =
    minor >= 22
      ? 'Flag --record has been deprecated, --record will be removed in the future'
      : null;
  if (value === 'false') return { args: rest, changeCause: null, warning };
  return {
    args: rest,
    changeCause: ['kubectl', ...positional].join(' ') + flags.map((f) => ` ${f}`).join(''),
    warning,
  };
}
