// `kubectl version`: client and server of the preset's version. Before v1.28 kubectl printed Go
// structs (the v1.20.2 values are those of the official binaries and kubeadm images); from v1.28 the
// short form, with the bundled kustomize's version.
import type { Preset } from '../../presets/presets.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from '../context.ts';

interface Build {
  readonly commit: string;
  readonly clientBuildDate: string;
  readonly serverBuildDate: string;
  readonly go: string;
}

/** Build facts per release, only where known for certain. */
const BUILDS: Readonly<Record<string, Build>> = {
  'v1.20.2': {
    commit: 'faecb196815e248d3ecfb03c680a4507229c2a56',
    clientBuildDate: '2021-01-13T13:28:09Z',
    serverBuildDate: '2021-01-13T13:20:00Z',
    go: 'go1.15.5',
  },
};

/** The kustomize kubectl embeds, by kubectl minor (kubectl's go.mod). */
const KUSTOMIZE: Readonly<Record<number, string>> = { 32: 'v5.5.0', 33: 'v5.6.0' };

function goStruct(preset: Preset, build: Build, side: 'client' | 'server'): string {
  const date = side === 'client' ? build.clientBuildDate : build.serverBuildDate;
  return `version.Info{Major:"1", Minor:"${preset.minor}", GitVersion:"${preset.version}", GitCommit:"${build.commit}", GitTreeState:"clean", BuildDate:"${date}", GoVersion:"${build.go}", Compiler:"gc", Platform:"linux/amd64"}`;
}

export function version(state: ShellState, args: readonly string[]): Output {
  const preset = state.cluster.preset;
  const spec: Record<string, { name: string; value: boolean }> = {
    '--client': { name: 'client', value: false },
  };
  // --short was removed in v1.28, when the short form became the default.
  if (preset.minor < 28) spec['--short'] = { name: 'short', value: false };
  const flags = parseFlags(args, spec);
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl version --help' for usage.`,
    );
  const clientOnly = flags.values.get('client') === 'true';
  const build = BUILDS[preset.version];
  if (preset.minor >= 28 || flags.values.get('short') === 'true') {
    const kustomize = KUSTOMIZE[preset.minor];
    return ok(
      [
        `Client Version: ${preset.version}`,
        ...(preset.minor >= 28 && kustomize ? [`Kustomize Version: ${kustomize}`] : []),
        ...(clientOnly ? [] : [`Server Version: ${preset.version}`]),
        '',
      ].join('\n'),
    );
  }
  if (!build) return fail(`lab: kubectl version for ${preset.version} is not simulated yet`);
  return ok(
    [
      `Client Version: ${goStruct(preset, build, 'client')}`,
      ...(clientOnly ? [] : [`Server Version: ${goStruct(preset, build, 'server')}`]),
      '',
    ].join('\n'),
  );
}
