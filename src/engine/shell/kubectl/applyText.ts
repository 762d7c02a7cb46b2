// `kubectl apply -f` and `kubectl create -f`: read manifests, send each object to the API server,
// print what happened per object exactly as kubectl does (reference §1.13, §9.7). With
// --dry-run=client nothing is sent: create prints every object as created, apply as created or (for
// an object that exists) configured, printing the live object with -o; with --dry-run=server each
// object goes through admission against the unchanged cluster and nothing is kept.
import { admit } from '../../api/admit.ts';
import { getObject } from '../../api/cluster.ts';
import { decodeTypeError, decodedBody } from '../../api/decodeTypes.ts';
import { renderInvalid } from '../../api/fieldErrors.ts';
import { parseErrorLine, parseManifest, type ManifestDoc } from '../../api/manifest.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { sortedJson } from '../../util/sortedJson.ts';
import type { SourceError } from '../../types.ts';
import type { Output, ShellState } from '../context.ts';
import { qualifiedPlural, qualifiedSingular } from '../resources.ts';
import { mapResource, noMatchMessage } from '../restMapping.ts';
import { validateFields } from './fieldValidation.ts';
import {
  goJson,
  printObjects,
  scratchCtx,
  serverDryRunObject,
  type Printed,
  type PrintOptions,
} from './dryRun.ts';

export interface ApplyReport extends Output {
  readonly errors: SourceError[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * The last-applied configuration kubectl writes (GetModifiedConfiguration): the object as sent, its
 * annotations present even when empty and without the annotation itself, as sorted-key JSON.
 */
function lastApplied(sent: Obj): string {
  const metadata = isObj(sent.metadata) ? sent.metadata : {};
  const { [LAST_APPLIED]: _old, ...annotations } = isObj(metadata.annotations)
    ? metadata.annotations
    : {};
  return sortedJson({ ...sent, metadata: { ...metadata, annotations } }) + '\n';
}

/** The object a client dry run of apply prints for a new object: as sent, with its annotation. */
function withLastApplied(sent: Obj): Obj {
  const metadata = isObj(sent.metadata) ? sent.metadata : {};
  const annotations = isObj(metadata.annotations) ? metadata.annotations : {};
  return {
    ...sent,
    metadata: { ...metadata, annotations: { ...annotations, [LAST_APPLIED]: lastApplied(sent) } },
  };
}

/**
 * Each object's line (`service/web created`), or the objects: create prints each as it goes (YAML
 * documents separated by ---); apply collects them and prints one, or a v1 List of several.
 */
function printResults(
  opts: PrintOptions,
  mode: 'apply' | 'create',
  printed: readonly Printed[],
  verbs: readonly string[],
): string[] {
  if (opts.output === '' || opts.output === 'name' || mode === 'create' || printed.length < 2) {
    return printed
      .map((p, i) => printObjects(opts, verbs[i]!, [p]).replace(/^---\n/, ''))
      .map((text, i) => (i > 0 && opts.output === 'yaml' ? `---\n${text}` : text));
  }
  const items = printed.map((p) => p.object);
  const list = { kind: 'List', apiVersion: 'v1', metadata: {}, items };
  if (opts.output === 'json') return [goJson({ ...list, items: items.map(sortKeys) })];
  return [printObjects(opts, '', [{ label: '', object: list }])];
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObj(v))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys(v[k])]),
    );
  return v;
}

export function applyText(
  state: ShellState,
  text: string,
  source: string,
  mode: 'apply' | 'create',
  opts: PrintOptions = { dryRun: 'none', output: '', warning: '' },
): ApplyReport {
  const parsed = parseManifest(text);
  const dryRun = opts.dryRun;
  // A server dry run draws uids, ClusterIPs and nodePorts from a copy of the generator.
  const ctx = dryRun === 'server' ? scratchCtx(state.ctx) : state.ctx;
  const printed: Printed[] = [];
  const verbs: string[] = [];
  const minor = state.cluster.preset.minor;
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    return {
      stdout: '',
      stderr: `${parseErrorLine(source, e)}\n`,
      exitCode: 1,
      errors: [...parsed.errors],
    };
  }
  const stdout: string[] = [];
  const stderr: string[] = opts.warning ? [opts.warning.replace(/\n$/, '')] : [];
  const errors: SourceError[] = [];
  const late: string[] = [];
  const warned = new Set<string>();
  let failed = false;
  let applied = false;
  const valid: { doc: ManifestDoc; obj: Obj }[] = [];
  for (const doc of parsed.docs) {
    const obj = doc.value;
    // kubectl's client-side check of each document (validation getObjectKind), all its findings
    // at once.
    const problems = !isObj(obj)
      ? ['invalid object to validate']
      : [
          ...(obj.apiVersion === undefined || obj.apiVersion === null || obj.apiVersion === ''
            ? ['apiVersion not set']
            : typeof obj.apiVersion !== 'string'
              ? ["apiVersion isn't string type"]
              : []),
          ...(obj.kind === undefined || obj.kind === null || obj.kind === ''
            ? ['kind not set']
            : typeof obj.kind !== 'string'
              ? ["kind isn't string type"]
              : []),
        ];
    if (problems.length || !isObj(obj)) {
      const data = problems.length === 1 ? problems[0]! : `[${problems.join(', ')}]`;
      const msg = `error: error validating "${source}": error validating data: ${data}; if you choose to ignore these errors, turn validation off with --validate=false`;
      errors.push({ line: doc.line, column: 1, message: msg.replace(/^error: /, '') });
      return { stdout: '', stderr: msg + '\n', exitCode: 1, errors };
    }
    valid.push({ doc, obj });
  }
  // kubectl maps every document before it sends any (its builder runs first), so a custom resource
  // in the same file as its CRD is not yet known.
  const initial = state.cluster;
  const mapped = valid.map((v) => ({
    ...v,
    mapping: mapResource(initial, v.obj.kind as string, v.obj.apiVersion as string),
  }));
  for (const { doc, obj, mapping } of mapped) {
    const kind = obj.kind as string;
    const apiVersion = obj.apiVersion as string;
    const metadata = isObj(obj.metadata) ? obj.metadata : {};
    const name = typeof metadata.name === 'string' ? metadata.name : '';
    if (!mapping) {
      const ns = String(metadata.namespace ?? '');
      const msg = noMatchMessage(minor, source, name, ns, kind, apiVersion);
      late.push(msg);
      errors.push({ line: doc.lineOf('kind'), column: 1, message: msg.replace(/^error: /, '') });
      continue;
    }
    const resource = mapping.resource;
    const fieldCheck = validateFields(kind, apiVersion, obj, source, minor);
    if (fieldCheck?.stage === 'client') {
      late.push(fieldCheck.message);
      errors.push({
        line: doc.lineOf(fieldCheck.path),
        column: 1,
        message: fieldCheck.message.replace(/^error: /, ''),
      });
      continue;
    }
    if (name === '') {
      const msg = `error: error when retrieving current configuration of:\nResource: "${qualifiedPlural(resource)}", GroupVersionKind: "${apiVersion}, Kind=${kind}"\nName: "", Namespace: "${resource.namespaced ? (metadata.namespace ?? 'default') : ''}"\nfrom server for: "${source}": resource name may not be empty`;
      late.push(msg);
      errors.push({
        line: doc.lineOf('metadata'),
        column: 1,
        message: 'resource name may not be empty',
      });
      continue;
    }
    // kubectl prints each distinct server warning once per command (WarningWriter, deduplicated),
    // as the first response for that version arrives: before the object's own result line.
    // create --dry-run=client sends no request at all, so no response carries a warning.
    const silent = dryRun === 'client' && mode === 'create';
    if (mapping.warning && !warned.has(mapping.warning) && !silent) {
      warned.add(mapping.warning);
      stderr.push(`Warning: ${mapping.warning}`);
    }
    // The server decodes the body into its Go structs first: a value of the wrong type, or a number
    // its integer cannot hold, is refused before strict field validation or admission.
    const typeError = dryRun === 'client' ? undefined : decodeTypeError(kind, obj);
    if (typeError) {
      const version = apiVersion.slice(apiVersion.lastIndexOf('/') + 1);
      // From v1.23 the server decodes with sigs.k8s.io/json (encoding/json's messages); before,
      // json-iterator's, whose text (with a window of the request's bytes) the lab does not rebuild.
      const msg =
        minor >= 23
          ? `Error from server (BadRequest): error when creating "${source}": ${kind} in version "${version}" cannot be handled as a ${kind}: ${typeError.message}`
          : `lab: the API server refuses ${typeError.path}: ${typeError.message.replace(/^json: /, '')} (a v1.${minor} server says so in json-iterator's words, which the lab does not reproduce)`;
      failed = true;
      stderr.push(msg);
      errors.push({ line: doc.lineOf(typeError.path), column: 1, message: msg });
      continue;
    }
    // The server's strict field validation: a client dry run never reaches it.
    if (fieldCheck && dryRun !== 'client') {
      failed = true;
      stderr.push(fieldCheck.message);
      errors.push({ line: doc.lineOf(fieldCheck.path), column: 1, message: fieldCheck.message });
      continue;
    }
    const namespace = resource.namespaced ? String(metadata.namespace ?? 'default') : undefined;
    const live = getObject(state.cluster, kind, namespace, name);
    const label = `${qualifiedSingular(resource)}/${name}`;
    // The builder writes the namespace it defaulted into the object (UpdateObjectNamespace).
    const sent: Obj = namespace ? { ...obj, metadata: { ...metadata, namespace } } : obj;
    if (dryRun === 'client') {
      if (mode === 'apply' && live) {
        // apply fetched the live object and, in a client dry run, prints it unpatched.
        printed.push({ label, object: live });
        verbs.push('configured');
      } else {
        printed.push({ label, object: mode === 'apply' ? withLastApplied(sent) : sent });
        verbs.push('created');
      }
      applied = true;
      continue;
    }
    if (namespace && !getObject(state.cluster, 'Namespace', undefined, namespace)) {
      const msg = `Error from server (NotFound): error when creating "${source}": namespaces "${namespace}" not found`;
      failed = true;
      stderr.push(msg);
      errors.push({ line: doc.lineOf('metadata.namespace'), column: 1, message: msg });
      continue;
    }
    if (mode === 'create' && live) {
      const msg = `Error from server (AlreadyExists): error when creating "${source}": ${qualifiedPlural(resource)} "${name}" already exists`;
      failed = true;
      stderr.push(msg);
      errors.push({ line: doc.lineOf('metadata.name'), column: 1, message: msg });
      continue;
    }
    if (mode === 'apply' && live && !live.metadata.annotations?.[LAST_APPLIED]) {
      // apply.go warningNoLastAppliedConfigAnnotation, with info.ObjectName() (resource.group/name).
      stderr.push(
        `Warning: resource ${qualifiedPlural(resource)}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`,
      );
    }
    const annotations = { ...(isObj(metadata.annotations) ? metadata.annotations : {}) };
    if (mode === 'apply') annotations[LAST_APPLIED] = lastApplied(sent);
    // --record writes the command line beside (not into) the last-applied configuration.
    if (state.changeCause) annotations['kubernetes.io/change-cause'] = state.changeCause;
    const input = {
      apiVersion,
      kind,
      metadata: { ...metadata, ...(Object.keys(annotations).length ? { annotations } : {}) },
      body: decodedBody(kind, obj),
    };
    const result = admit(state.cluster, ctx, input, namespace);
    if (!result.ok && result.decodeError) {
      const msg = `Error from server (BadRequest): error when creating "${source}": ${result.decodeError}`;
      failed = true;
      stderr.push(msg);
      errors.push({ line: doc.lineOf('data'), column: 1, message: msg });
      continue;
    }
    if (!result.ok) {
      const msg = renderInvalid(kind, name, result.errors, minor);
      failed = true;
      stderr.push(msg);
      for (const e of result.errors) {
        errors.push({
          line: doc.lineOf(e.field),
          column: 1,
          message: renderInvalid(kind, name, [e], minor),
        });
      }
      continue;
    }
    // A server dry run keeps nothing: the next object is admitted against the unchanged cluster.
    if (dryRun === 'none') state.cluster = result.cluster;
    applied = true;
    printed.push({
      label,
      object: dryRun === 'server' && !live ? serverDryRunObject(result.object) : result.object,
    });
    verbs.push(!live ? 'created' : result.changed ? 'configured' : 'unchanged');
  }
  // The controllers catch up once the whole file is in, as they would a moment after kubectl.
  if (applied && dryRun === 'none') state.cluster = reconcile(state.cluster, state.ctx);
  stderr.push(...late);
  stdout.push(...printResults(opts, mode, printed, verbs));
  return {
    stdout: stdout.join(''),
    stderr: stderr.map((l) => l + '\n').join(''),
    exitCode: failed || late.length ? 1 : 0,
    errors,
  };
}
