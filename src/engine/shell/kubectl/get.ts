// `kubectl get`: tables (with -o wide, -A, --show-labels), names, JSON and YAML (reference §9).
import { own } from '../../util/own.ts';
import { listObjects } from '../../api/cluster.ts';
import type { KubeObject } from '../../api/objects.ts';
import { fail, parseFlags, type Output, type ShellState } from '../context.ts';
import { jsonpath, JsonPathError } from '../jsonpath.ts';
import { toJson, toYaml } from '../objectOutput.ts';
import { columnsFor, COLUMNS } from '../printers.ts';
import { qualifiedPlural, qualifiedSingular, type ResourceType } from '../resources.ts';
import { findResourceIn } from '../restMapping.ts';
import { humanDuration } from '../table.ts';
import { renderTable } from '../table.ts';
import { matchesSelector } from './common.ts';
import { relaxedJsonPath, RELAXED_ERROR, SortError, sortObjects } from './sortBy.ts';
import { parseCustomColumns, printCustomColumns } from './customColumns.ts';

/** Output formats kubectl has and the lab does not print (it says so, not "unable to match"). */
const NOT_SIMULATED_FORMATS = [
  'custom-columns-file',
  'go-template',
  'go-template-file',
  'jsonpath-as-json',
  'jsonpath-file',
  'template',
  'templatefile',
];

const FLAGS = {
  '-n': { name: 'namespace', value: true },
  '--namespace': { name: 'namespace', value: true },
  '-A': { name: 'all-namespaces', value: false },
  '--all-namespaces': { name: 'all-namespaces', value: false },
  '-o': { name: 'output', value: true },
  '--output': { name: 'output', value: true },
  '--show-labels': { name: 'show-labels', value: false },
  '--no-headers': { name: 'no-headers', value: false },
  '-l': { name: 'selector', value: true },
  '--selector': { name: 'selector', value: true },
  '--field-selector': { name: 'field-selector', value: true },
  '-w': { name: 'watch', value: false },
  '--watch': { name: 'watch', value: false },
  '--sort-by': { name: 'sort-by', value: true },
};

/**
 * The fields the API server lets a list select on, per kind (each kind's field label conversion
 * func; metadata.name and metadata.namespace everywhere).
 */
const FIELD_LABELS: Readonly<Record<string, readonly string[]>> = {
  Pod: [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.nominatedNodeName',
  ],
  Event: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  Node: ['spec.unschedulable'],
  Secret: ['type'],
  Namespace: ['status.phase'],
  ReplicaSet: ['status.replicas'],
  Service: [],
};

/** What kubectl printed before it could not sort, and why (a fatal log line, or `error: `). */
function sortFailure(e: SortError, stdout: readonly string[]): Output {
  return {
    stdout: stdout.join(''),
    stderr: `${e.fatal ? '' : 'error: '}${e.message}\n`,
    exitCode: 1,
  };
}

/** `--field-selector a=b,c!=d`: a filter, or the API server's error for a field it does not index. */
function parseFieldSelector(kind: string, text: string): ((o: KubeObject) => boolean) | string {
  const terms: { path: string; value: string; negate: boolean }[] = [];
  for (const part of text.split(',').filter(Boolean)) {
    const m = /^([^!=]+)(!=|==|=)(.*)$/.exec(part);
    if (!m) return `invalid selector: '${text}'; can't understand '${part}'`;
    const path = m[1]!.trim();
    const allowed = ['metadata.name', 'metadata.namespace', ...(own(FIELD_LABELS, kind) ?? [])];
    if (!allowed.includes(path)) return `field label not supported: ${path}`;
    terms.push({ path, value: m[3]!.trim(), negate: m[2] === '!=' });
  }
  const valueAt = (o: KubeObject, path: string): string => {
    if (kind === 'Event' && path === 'source')
      return String((o as unknown as { source?: { component?: string } }).source?.component ?? '');
    let v: unknown = o;
    for (const key of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[key];
    return v === undefined || v === null ? '' : String(v);
  };
  return (o) => terms.every((t) => (valueAt(o, t.path) === t.value) !== t.negate);
}

function labelsText(obj: KubeObject): string {
  const entries = Object.entries(obj.metadata.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
}

function table(
  state: ShellState,
  r: ResourceType,
  objects: readonly KubeObject[],
  opts: { wide: boolean; allNs: boolean; labels: boolean; prefix: boolean; noHeaders: boolean },
): string {
  const known = own(COLUMNS, r.kind);
  const cols = known
    ? columnsFor(known, state.cluster.preset.minor)
    : {
        header: ['NAME', 'AGE'],
        wide: [],
        // Kinds without printer columns (custom resources) get NAME and AGE, as kubectl prints them.
        row: (o: KubeObject) => ({
          cells: [
            o.metadata.name,
            humanDuration(state.cluster.now - Date.parse(o.metadata.creationTimestamp)),
          ],
          wide: [],
        }),
      };
  const header = [
    ...(opts.allNs && r.namespaced ? ['NAMESPACE'] : []),
    ...cols.header,
    ...(opts.wide ? cols.wide : []),
    ...(opts.labels ? ['LABELS'] : []),
  ];
  const rows = objects.map((o) => {
    const { cells, wide } = (
      cols.row as (o: KubeObject, c: typeof state.cluster) => { cells: string[]; wide: string[] }
    )(o, state.cluster);
    if (opts.prefix) cells[0] = `${qualifiedSingular(r)}/${cells[0]}`;
    return [
      ...(opts.allNs && r.namespaced ? [o.metadata.namespace!] : []),
      ...cells,
      ...(opts.wide ? wide : []),
      ...(opts.labels ? [labelsText(o)] : []),
    ];
  });
  if (!opts.noHeaders) return renderTable(header, rows);
  // Without the header line, columns are as wide as their cells alone.
  const text = renderTable(
    header.map(() => ''),
    rows,
  );
  return text.slice(text.indexOf('\n') + 1);
}

export function kubectlGet(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, FLAGS);
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl get --help' for usage.`);
  if (flags.values.has('watch'))
    return fail(
      "lab: kubectl get -w keeps watching until Ctrl+C, which only the browser's terminal has; in a script, let time pass with `lab wait SECONDS` and get again",
    );
  const [what, ...names] = flags.positional;
  if (!what) {
    return fail(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples',
    );
  }
  const outputFlag = flags.values.get('output') ?? '';
  // Validate, before any printer is made: labels are a column of the table printers only.
  if (flags.values.get('show-labels') === 'true' && outputFlag !== '' && outputFlag !== 'wide')
    return fail(`error: --show-labels option cannot be used with ${outputFlag} printer`);
  const template = /^jsonpath=/.test(outputFlag) ? outputFlag.slice('jsonpath='.length) : undefined;
  const columnSpec = /^custom-columns(=|$)/.test(outputFlag)
    ? outputFlag.slice('custom-columns='.length)
    : undefined;
  const output =
    template !== undefined ? 'jsonpath' : columnSpec !== undefined ? 'custom-columns' : outputFlag;
  const format = output.split('=')[0]!;
  if (NOT_SIMULATED_FORMATS.includes(format))
    return fail(
      `lab: kubectl get -o ${format} is real kubectl, but the lab does not print it; -o json, yaml, jsonpath, custom-columns, name and wide it does`,
    );
  if (!['', 'wide', 'json', 'yaml', 'name', 'jsonpath', 'custom-columns'].includes(output)) {
    return fail(
      `error: unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`,
    );
  }
  const columns = columnSpec === undefined ? [] : parseCustomColumns(columnSpec);
  if (typeof columns === 'string') return fail(columns);
  const sortBy = flags.values.get('sort-by');
  const humanReadable = output === '' || output === 'wide';
  // A list is sorted by the relaxed path, or refused; a table falls back to the text as given.
  const sortField = sortBy === undefined || sortBy === '' ? null : relaxedJsonPath(sortBy);
  if (sortBy && sortField === null && !humanReadable) return fail(RELAXED_ERROR);
  const sorted = (objects: KubeObject[], sorter: 'table' | 'list'): KubeObject[] =>
    sortBy ? sortObjects(objects, sortField ?? sortBy, sorter) : objects;
  const allNs = flags.values.get('all-namespaces') === 'true';
  const namespace = flags.values.get('namespace') ?? 'default';
  // `all` is the category of that name: these kinds, in discovery order, those this server serves.
  const ALL = [
    'pods',
    'replicationcontrollers',
    'services',
    'daemonsets',
    'deployments',
    'replicasets',
    'statefulsets',
    'horizontalpodautoscalers',
    'cronjobs',
    'jobs',
  ];
  const kinds = what
    .split(',')
    .flatMap((k) => (k === 'all' ? ALL.filter((a) => findResourceIn(state.cluster, a)) : [k]));
  const resources: ResourceType[] = [];
  for (const k of kinds) {
    // Built-in kinds the server of this version serves, and kinds its CRDs define.
    const r = findResourceIn(state.cluster, k);
    if (!r) return fail(`error: the server doesn't have a resource type "${k}"`);
    resources.push(r);
  }
  const selector = flags.values.get('selector');
  const fieldSelector = flags.values.get('field-selector');
  const stdout: string[] = [];
  const stderr: string[] = [];
  const collected: KubeObject[] = [];
  const resourceOf = new Map<KubeObject, ResourceType>();
  let exitCode = 0;
  for (const r of resources) {
    const ns = r.namespaced && !allNs ? namespace : undefined;
    const fields = fieldSelector === undefined ? null : parseFieldSelector(r.kind, fieldSelector);
    if (typeof fields === 'string') {
      const gvr = `${r.group ? `${r.group}/` : '/'}${r.version}, Resource=${r.plural}`;
      return fail(
        `Error from server (BadRequest): Unable to find "${gvr}" that match label selector "${selector ?? ''}", field selector "${fieldSelector}": ${fields}`,
      );
    }
    let objects = listObjects<KubeObject>(state.cluster, r.kind, ns).filter(
      (o) => matchesSelector(o, selector) && (fields === null || fields(o)),
    );
    if (allNs)
      objects.sort((a, b) =>
        a.metadata.namespace! + '/' + a.metadata.name <
        b.metadata.namespace! + '/' + b.metadata.name
          ? -1
          : 1,
      );
    if (names.length) {
      const found: KubeObject[] = [];
      for (const n of names) {
        const o = objects.find((x) => x.metadata.name === n);
        if (o) found.push(o);
        else {
          stderr.push(`Error from server (NotFound): ${qualifiedPlural(r)} "${n}" not found`);
          exitCode = 1;
        }
      }
      objects = found;
    }
    if (r.kind === 'Endpoints' && state.cluster.preset.minor >= 33) {
      stderr.unshift(
        'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice',
      );
    }
    collected.push(...objects);
    for (const o of objects) resourceOf.set(o, r);
    if (humanReadable) {
      // Each kind's table is sorted on its own (RuntimeSorter's TableSorter, which refuses a field
      // no row has), then once more by the SortingPrinter when it has more than one row.
      if (objects.length > 0) {
        try {
          objects = sorted(objects, 'table');
          if (objects.length > 1) objects = sorted(objects, 'table');
        } catch (e) {
          if (!(e instanceof SortError)) throw e;
          return sortFailure(e, stdout);
        }
      }
      if (objects.length) {
        const text = table(state, r, objects, {
          wide: output === 'wide',
          allNs,
          labels: flags.values.get('show-labels') === 'true',
          prefix: resources.length > 1,
          noHeaders: flags.values.get('no-headers') === 'true',
        });
        stdout.push((stdout.length ? '\n' : '') + text);
      }
    }
  }
  const single = names.length === 1 && resources.length === 1;
  const printDocument = !(names.length > 0 && collected.length === 0);
  // Other printers get one List of every kind's objects, sorted as a whole (not one object).
  let items = collected;
  if (!humanReadable && !single && collected.length > 0 && sortBy) {
    try {
      items = sorted(collected, 'list');
    } catch (e) {
      if (!(e instanceof SortError)) throw e;
      return sortFailure(e, stdout);
    }
  }
  if (output === 'name')
    for (const o of items)
      stdout.push(`${qualifiedSingular(resourceOf.get(o)!)}/${o.metadata.name}\n`);
  // The columns' header is printed for a List even when it holds nothing.
  if (output === 'custom-columns' && typeof columns !== 'string' && printDocument)
    stdout.push(printCustomColumns(columns, items, flags.values.get('no-headers') === 'true'));
  if (output === 'json' && printDocument) stdout.push(toJson(items, single));
  if (output === 'yaml' && printDocument) stdout.push(toYaml(items, single));
  if (output === 'jsonpath' && printDocument) {
    const data =
      single && collected.length === 1
        ? collected[0]
        : { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
    try {
      stdout.push(jsonpath(template!, JSON.parse(JSON.stringify(data)) as unknown));
    } catch (e) {
      if (!(e instanceof JsonPathError)) throw e;
      return fail(`error: error parsing jsonpath ${template}, ${e.message}`);
    }
  }
  // Only the table printer says so (printGeneric, behind -o name, json and the others, prints
  // the empty List as it is).
  if (collected.length === 0 && names.length === 0 && humanReadable) {
    stderr.push(
      allNs
        ? 'No resources found'
        : resources.every((r) => !r.namespaced)
          ? 'No resources found'
          : `No resources found in ${namespace} namespace.`,
    );
  }
  return { stdout: stdout.join(''), stderr: stderr.map((s) => s + '\n').join(''), exitCode };
}
