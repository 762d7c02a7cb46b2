// `kubectl apply -f` and `kubectl create -f`, with --dry-run and -o.
import { fail, parseFlags, type Output, type ShellState } from '../context.ts';
import { applyText } from './applyText.ts';
import { NS_FLAGS, readManifest } from './common.ts';
import { isOutput, PRINT_FLAGS, printOptions } from './dryRun.ts';

export function applyLike(
  state: ShellState,
  args: readonly string[],
  stdin: string | undefined,
  mode: 'apply' | 'create',
): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    '-f': { name: 'filename', value: true },
    '--filename': { name: 'filename', value: true },
    ...PRINT_FLAGS,
  });
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl ${mode} --help' for usage.`,
    );
  const file = flags.values.get('filename');
  if (!file) {
    return fail(
      mode === 'apply'
        ? 'error: must specify one of -f and -k'
        : 'error: must specify one of -f and -k\n\nerror: unable to build any objects',
    );
  }
  const opts = printOptions(state, args, flags);
  if (isOutput(opts)) return opts;
  const manifest = readManifest(state, file, stdin);
  if ('exitCode' in manifest) return manifest;
  return applyText(state, manifest.text, manifest.source, mode, opts);
}
