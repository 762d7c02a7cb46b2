// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]`: the patch is applied to the
// stored object and the result goes through the same admission as any update.
import { own } from '../../util/own.ts';
import { getObject } from '../../api/cluster.ts';
import { admit } from '../../api/admit.ts';
import { renderInvalid } from '../../api/fieldErrors.ts';
import type { KubeObject } from '../../api/objects.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from '../context.ts';
import { qualifiedPlural, qualifiedSingular } from '../resources.ts';
import { NS_FLAGS, target } from './common.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The merge keys of the lists the strategic merge patch merges item by item (patchMergeKey). */
const MERGE_KEYS: Readonly<Record<string, (item: JsonObject) => string>> = {
  containers: () => 'name',
  initContainers: () => 'name',
  env: () => 'name',
  volumes: () => 'name',
  volumeMounts: () => 'mountPath',
  imagePullSecrets: () => 'name',
  // Service ports merge on `port`, container ports on `containerPort`.
  ports: (item) => ('containerPort' in item ? 'containerPort' : 'port'),
};

/** RFC 7386 JSON merge patch, or with `strategic` the list merging of the strategic merge patch. */
function mergePatch(base: Json, patch: Json, strategic: boolean, field = ''): Json {
  const mergeKey = strategic ? own(MERGE_KEYS, field) : undefined;
  if (mergeKey && Array.isArray(base) && Array.isArray(patch)) {
    const out = [...base];
    for (const item of patch) {
      if (!isObject(item)) continue;
      const key = mergeKey(item);
      const i = out.findIndex((b) => isObject(b) && b[key] === item[key]);
      if (i >= 0) out[i] = mergePatch(out[i]!, item, strategic);
      else out.push(item);
    }
    return out;
  }
  if (!isObject(patch)) return patch;
  const out: JsonObject = isObject(base) ? { ...base } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k] ?? null, v, strategic, k);
  }
  return out;
}

/** RFC 6902 JSON patch: add, replace, remove (the operations kubectl users write). */
function jsonPatch(base: Json, ops: Json): Json | string {
  if (!Array.isArray(ops))
    return 'json: cannot unmarshal object into Go value of type jsonpatch.Patch';
  let doc = structuredClone(base);
  for (const op of ops) {
    if (!isObject(op) || typeof op.path !== 'string' || typeof op.op !== 'string')
      return 'unable to parse the patch';
    const parts = op.path
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop();
    let parent: Json = doc;
    for (const p of parts) {
      parent = Array.isArray(parent)
        ? (parent[Number(p)] ?? null)
        : isObject(parent)
          ? (parent[p] ?? null)
          : null;
      if (parent === null)
        return `jsonpatch ${op.op} operation does not apply: doc is missing path: "${op.path}"`;
    }
    if (last === undefined) {
      if (op.op === 'replace' || op.op === 'add') doc = (op.value ?? null) as Json;
      continue;
    }
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (op.op === 'remove') parent.splice(i, 1);
      else if (op.op === 'add') parent.splice(i, 0, (op.value ?? null) as Json);
      else if (op.op === 'replace') parent[i] = (op.value ?? null) as Json;
    } else if (isObject(parent)) {
      if ((op.op === 'remove' || op.op === 'replace') && !(last in parent))
        return `jsonpatch ${op.op} operation does not apply: doc is missing key: ${op.path}`;
      if (op.op === 'remove') delete parent[last];
      else parent[last] = (op.value ?? null) as Json;
    }
  }
  return doc;
}

export function patch(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    '-p': { name: 'patch', value: true },
    '--patch': { name: 'patch', value: true },
    '--type': { name: 'type', value: true },
  });
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl patch --help' for usage.`);
  const text = flags.values.get('patch');
  if (text === undefined)
    return fail('error: must specify --patch or --patch-file containing the contents of the patch');
  const type = flags.values.get('type') ?? 'strategic';
  if (!['strategic', 'merge', 'json'].includes(type))
    return fail(`error: --type must be one of [json merge strategic], not "${type}"`);
  const { resource, name, raw } = target(flags.positional);
  if (!resource) return fail(`error: the server doesn't have a resource type "${raw}"`);
  if (!name) return fail('error: resource(s) were provided, but no name was specified');
  const ns = resource.namespaced ? (flags.values.get('namespace') ?? 'default') : undefined;
  const live = getObject<KubeObject>(state.cluster, resource.kind, ns, name);
  if (!live)
    return fail(`Error from server (NotFound): ${qualifiedPlural(resource)} "${name}" not found`);
  let parsed: Json;
  try {
    parsed = JSON.parse(text) as Json;
  } catch {
    // kubectl accepts YAML too; the lab reads JSON, the form every example uses.
    return fail(`error: unable to parse "${text}": yaml: did not find expected node content`);
  }
  const current = live as unknown as Json;
  const merged =
    type === 'json'
      ? jsonPatch(current, parsed)
      : mergePatch(current, parsed, type === 'strategic');
  if (typeof merged === 'string') return fail(`error: ${merged}`);
  if (!isObject(merged) || !isObject(merged.metadata))
    return fail('error: the patch removed the object');
  const { status: _status, ...body } = merged;
  const result = admit(
    state.cluster,
    state.ctx,
    {
      apiVersion: String(merged.apiVersion ?? live.apiVersion),
      kind: live.kind,
      metadata: merged.metadata,
      body,
    },
    ns,
  );
  const label = `${qualifiedSingular(resource)}/${name}`;
  if (!result.ok) {
    if (result.decodeError) return fail(`Error from server (BadRequest): ${result.decodeError}`);
    return fail(renderInvalid(live.kind, name, result.errors, state.cluster.preset.minor));
  }
  if (!result.changed) return ok(`${label} patched (no change)\n`);
  state.cluster = reconcile(result.cluster, state.ctx);
  return ok(`${label} patched\n`);
}
