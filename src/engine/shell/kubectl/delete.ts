// `kubectl delete TYPE NAME...`, with the garbage collector's cascade.
import { deleteObject, getObject, listObjects } from '../../api/cluster.ts';
import type { KubeObject } from '../../api/objects.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { fail, parseFlags, type Output, type ShellState } from '../context.ts';
import { qualifiedPlural, qualifiedSingular } from '../resources.ts';
import { NS_FLAGS, target } from './common.ts';

/** Deletes an object and (foreground cascade, as the garbage collector) everything it owns. */
function cascadeDelete(state: ShellState, obj: KubeObject): void {
  for (const child of listObjects<KubeObject>(state.cluster, 'ReplicaSet').concat(
    listObjects(state.cluster, 'Pod'),
    listObjects(state.cluster, 'EndpointSlice'),
  )) {
    if (child.metadata.ownerReferences?.some((o) => o.uid === obj.metadata.uid))
      cascadeDelete(state, child);
  }
  if (obj.kind === 'Service') {
    const ep = getObject(state.cluster, 'Endpoints', obj.metadata.namespace, obj.metadata.name);
    if (ep) state.cluster = deleteObject(state.cluster, ep);
  }
  state.cluster = deleteObject(state.cluster, obj);
}

export function del(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, NS_FLAGS);
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl delete --help' for usage.`);
  const words = flags.positional;
  const first = words[0] ?? '';
  const { resource, raw } = target(words);
  if (!resource) return fail(`error: the server doesn't have a resource type "${raw}"`);
  const names = first.includes('/') ? [first.split('/')[1]!] : words.slice(1);
  if (names.length === 0)
    return fail('error: resource(s) were provided, but no name was specified');
  const ns = resource.namespaced ? (flags.values.get('namespace') ?? 'default') : undefined;
  const out: string[] = [];
  const errs: string[] = [];
  for (const name of names) {
    const obj = getObject(state.cluster, resource.kind, ns, name);
    if (!obj) {
      errs.push(`Error from server (NotFound): ${qualifiedPlural(resource)} "${name}" not found`);
      continue;
    }
    cascadeDelete(state, obj);
    const suffix = state.cluster.preset.minor >= 34 && ns ? ` from ${ns} namespace` : '';
    out.push(`${qualifiedSingular(resource)} "${name}" deleted${suffix}`);
  }
  state.cluster = reconcile(state.cluster, state.ctx);
  return {
    stdout: out.map((l) => l + '\n').join(''),
    stderr: errs.map((l) => l + '\n').join(''),
    exitCode: errs.length ? 1 : 0,
  };
}
