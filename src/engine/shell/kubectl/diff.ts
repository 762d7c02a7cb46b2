// `kubectl diff -f FILE` (staging/src/k8s.io/kubectl/pkg/cmd/diff): each object of the file is
// applied as a server dry run; the live object and the merged one are written as YAML into two
// temporary folders (LIVE-<n> and MERGED-<n>, one file per object named
// "<group>.<version>.<Kind>.<namespace>.<name>"), and `diff -u -N` compares the folders. Exit status
// 0 when nothing would change, 1 when something would (what `diff` returns), errors as apply's.
import type { KubeObject } from '../../api/objects.ts';
import { keyOf } from '../../api/objects.ts';
import { createRandom } from '../../util/random.ts';
import { unifiedHunks } from '../../util/unifiedDiff.ts';
import { fail, parseFlags, type Output, type ShellState } from '../context.ts';
import { toYaml } from '../objectOutput.ts';
import { applyText } from './applyText.ts';
import { NS_FLAGS, readManifest } from './common.ts';

/** kubectl's file name for an object: its group-version with '/' as '.', kind, namespace, name. */
function fileName(obj: KubeObject): string {
  const gv = obj.apiVersion.replace(/\//g, '.');
  return `${gv}.${obj.kind}.${obj.metadata.namespace ?? ''}.${obj.metadata.name}`;
}

/** What `kubectl get -o yaml` prints for the object, as the file kubectl writes (no managedFields). */
function asFile(obj: KubeObject | undefined): string {
  if (obj === undefined) return '';
  const { managedFields: _managed, ...metadata } = obj.metadata as KubeObject['metadata'] & {
    managedFields?: unknown;
  };
  return toYaml([{ ...obj, metadata } as KubeObject], true);
}

/** GNU diff's time stamp of a file written now: "2026-11-23 18:00:00.123000000 +0000". */
function stamp(now: number): string {
  const iso = new Date(now).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}000000 +0000`;
}

export function diff(
  state: ShellState,
  args: readonly string[],
  stdin: string | undefined,
): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    '-f': { name: 'filename', value: true },
    '--filename': { name: 'filename', value: true },
  });
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl diff --help' for usage.`);
  const file = flags.values.get('filename');
  if (!file) return fail('error: must specify one of -f and -k');
  const manifest = readManifest(state, file, stdin);
  if ('exitCode' in manifest) return manifest;
  const report = applyText(state, manifest.text, manifest.source, 'apply', {
    dryRun: 'server',
    output: 'json',
    warning: '',
  });
  if (report.exitCode !== 0 || report.stdout.trim() === '')
    return { stdout: '', stderr: report.stderr, exitCode: 1 };
  const printed = JSON.parse(report.stdout) as { kind: string; items?: KubeObject[] };
  const merged: KubeObject[] =
    printed.kind === 'List' && printed.items ? printed.items : [printed as KubeObject];
  // os.MkdirTemp's random suffixes; drawn from the cluster's revision, not the session's
  // generator, so a diff changes nothing that happens after it.
  const random = createRandom(state.cluster.revision * 7919 + 17);
  const dir = (prefix: string) => `/tmp/${prefix}-${1 + random.int(4_294_967_294)}`;
  const live = dir('LIVE');
  const after = dir('MERGED');
  const when = stamp(state.cluster.now);
  const files = merged
    .map((m) => {
      const current = state.cluster.objects.get(keyOf(m));
      // A dry run stores nothing: the live object keeps its resourceVersion.
      const rv = current?.metadata.resourceVersion;
      const next =
        rv === undefined ? m : { ...m, metadata: { ...m.metadata, resourceVersion: rv } };
      return { name: fileName(m), hunks: unifiedHunks(asFile(current), asFile(next)) };
    })
    .filter((f) => f.hunks !== '')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const stdout = files
    .map(
      (f) =>
        `diff -u -N ${live}/${f.name} ${after}/${f.name}\n` +
        `--- ${live}/${f.name}\t${when}\n` +
        `+++ ${after}/${f.name}\t${when}\n` +
        f.hunks,
    )
    .join('');
  // The server's warnings (deprecated versions) come through; apply's own note about a missing
  // last-applied annotation is apply's, not diff's.
  const stderr = report.stderr
    .split('\n')
    .filter((l) => !l.includes('is missing the kubectl.kubernetes.io/last-applied-configuration'))
    .join('\n');
  return { stdout, stderr, exitCode: files.length ? 1 : 0 };
}
