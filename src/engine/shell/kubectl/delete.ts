// `kubectl delete`, with the garbage collector's cascade; --dry-run=client|server deletes nothing.
import { deleteObject, getObject, listObjects } from '../../api/cluster.ts';
import type { KubeObject } from '../../api/objects.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { parseErrorLine, parseManifest } from '../../api/manifest.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from '../context.ts';
import { findResource, qualifiedPlural, qualifiedSingular, resourceByKind } from '../resources.ts';
import { matchesSelector, NS_FLAGS, readManifest, target } from './common.ts';
import { isOutput, operation, PRINT_FLAGS, printOptions } from './dryRun.ts';

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

const FLAGS = {
  ...NS_FLAGS,
  '-f': { name: 'filename', value: true },
  '--filename': { name: 'filename', value: true },
  '--all': { name: 'all', value: false },
  '-l': { name: 'selector', value: true },
  '--selector': { name: 'selector', value: true },
  ...PRINT_FLAGS,
};

/** The objects a manifest names, or the error kubectl gives for the file. */
function fromFile(
  state: ShellState,
  path: string,
  stdin: string | undefined,
  namespace: string,
): { found: KubeObject[]; errors: string[] } | Output {
  const read = readManifest(state, path, stdin);
  if ('exitCode' in read) return read;
  const parsed = parseManifest(read.text);
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    return fail(parseErrorLine(read.source, e));
  }
  const found: KubeObject[] = [];
  const errors: string[] = [];
  for (const doc of parsed.docs) {
    const v = doc.value as {
      kind?: unknown;
      metadata?: { name?: unknown; namespace?: unknown };
    } | null;
    if (!v || typeof v.kind !== 'string') continue;
    const resource = findResource(v.kind);
    const name = String(v.metadata?.name ?? '');
    if (!resource) {
      errors.push(
        `error: resource mapping not found for name: "${name}" namespace: "" from "${read.source}": no matches for kind "${v.kind}"`,
      );
      continue;
    }
    const ns = resource.namespaced ? String(v.metadata?.namespace ?? namespace) : undefined;
    const obj = getObject(state.cluster, resource.kind, ns, name);
    if (obj) found.push(obj);
    else
      errors.push(
        `Error from server (NotFound): error when deleting "${read.source}": ${qualifiedPlural(resource)} "${name}" not found`,
      );
  }
  return { found, errors };
}

/**
 * `kubectl delete TYPE NAME...`, `TYPE/NAME`, `-f FILE`, `TYPE --all`, `TYPE -l k=v`. Each object
 * deleted prints `<kind>[.group] "name" deleted` (v1.34+: `... from NS namespace`, reference §0).
 */
export function del(state: ShellState, args: readonly string[], stdin?: string): Output {
  const flags = parseFlags(args, FLAGS);
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl delete --help' for usage.`);
  const opts = printOptions(state, args, flags, 'name');
  if (isOutput(opts)) return opts;
  const namespace = flags.values.get('namespace') ?? 'default';
  const errs: string[] = [];
  let victims: KubeObject[] = [];
  const file = flags.values.get('filename');
  const selector = flags.values.get('selector');
  if (file !== undefined) {
    const r = fromFile(state, file, stdin, namespace);
    if ('exitCode' in r) return r;
    victims = r.found;
    errs.push(...r.errors);
  } else {
    const words = flags.positional;
    const first = words[0] ?? '';
    const { resource, raw } = target(words);
    if (!first)
      return fail(
        "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
      );
    // `deploy,po,rs --all`: kubectl lists each type in the order given. The objects are listed
    // before anything is deleted here; the garbage collector removes dependents later anyway.
    const kinds = !first.includes('/') && first.includes(',') ? first.split(',') : [raw];
    const resources = kinds.map((k) => ({ k, r: k === raw ? resource : target([k]).resource }));
    const unknown = resources.find((x) => !x.r);
    if (unknown) return fail(`error: the server doesn't have a resource type "${unknown.k}"`);
    if (!resource && kinds.length === 1)
      return fail(`error: the server doesn't have a resource type "${raw}"`);
    if (flags.values.get('all') === 'true' || selector) {
      victims = resources.flatMap(({ r }) =>
        listObjects<KubeObject>(
          state.cluster,
          r!.kind,
          r!.namespaced ? namespace : undefined,
        ).filter((o) => matchesSelector(o, selector)),
      );
      // delete.go prints this on stdout when a --all or selector matched nothing.
      if (victims.length === 0) return ok('No resources found\n');
    } else if (!resource || kinds.length > 1) {
      return fail(`error: the server doesn't have a resource type "${raw}"`);
    } else {
      const ns = resource.namespaced ? namespace : undefined;
      const names = first.includes('/') ? [first.split('/')[1]!] : words.slice(1);
      if (names.length === 0)
        return fail('error: resource(s) were provided, but no name was specified');
      for (const name of names) {
        const obj = getObject(state.cluster, resource.kind, ns, name);
        if (obj) victims.push(obj);
        else
          errs.push(
            `Error from server (NotFound): ${qualifiedPlural(resource)} "${name}" not found`,
          );
      }
    }
  }
  const out: string[] = [];
  for (const obj of victims) {
    const resource = resourceByKind(obj.kind)!;
    const ns = obj.metadata.namespace;
    // A dry run (client: nothing sent; server: DELETE ?dryRun=All) leaves the object in place.
    if (opts.dryRun === 'none') cascadeDelete(state, obj);
    const suffix = state.cluster.preset.minor >= 34 && ns ? ` from ${ns} namespace` : '';
    // delete.go PrintObj: -o name prints `kind.group/name`, otherwise `kind.group "name" deleted`.
    out.push(
      opts.output === 'name'
        ? `${qualifiedSingular(resource)}/${obj.metadata.name}`
        : `${qualifiedSingular(resource)} "${obj.metadata.name}" ${operation('deleted', opts.dryRun)}${suffix}`,
    );
  }
  if (opts.dryRun === 'none') state.cluster = reconcile(state.cluster, state.ctx);
  return {
    stdout: out.map((l) => l + '\n').join(''),
    stderr: opts.warning + errs.map((l) => l + '\n').join(''),
    exitCode: errs.length ? 1 : 0,
  };
}
