// `kubectl api-resources`: the resource types this simulated API server serves (shell/resources.ts),
// in kubectl's columns and order: stably sorted by API group, core first (pkg/cmd/apiresources).
import { groupOf, SERVED_VERSIONS } from '../../api/apiVersions.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from '../context.ts';
import { RESOURCES, type ResourceType } from '../resources.ts';
import { renderTable } from '../table.ts';

/** Kubernetes' version priority: GA before beta before alpha, then the higher number (v2 > v1 > v2beta2). */
function priority(apiVersion: string): number {
  const m = /v(\d+)(?:(alpha|beta)(\d+))?$/.exec(apiVersion);
  if (!m) return 0;
  const stability = m[2] === undefined ? 2 : m[2] === 'beta' ? 1 : 0;
  return stability * 1e6 + Number(m[1]) * 1e3 + Number(m[3] ?? 0);
}

/** The group version discovery prefers for this kind on this server, or undefined if not served. */
export function preferredVersion(r: ResourceType, minor: number): string | undefined {
  const served = SERVED_VERSIONS.filter(
    (v) =>
      v.kind === r.kind &&
      groupOf(v.apiVersion) === r.group &&
      minor >= v.since &&
      (v.removed === undefined || minor < v.removed),
  ).sort((a, b) => priority(b.apiVersion) - priority(a.apiVersion));
  return served[0]?.apiVersion;
}

export function apiResources(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    '--namespaced': { name: 'namespaced', value: true },
    '--api-group': { name: 'api-group', value: true },
    '--sort-by': { name: 'sort-by', value: true },
    '--no-headers': { name: 'no-headers', value: false },
    '-o': { name: 'output', value: true },
    '--output': { name: 'output', value: true },
  });
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl api-resources --help' for usage.`,
    );
  const namespaced = flags.values.get('namespaced');
  const group = flags.values.get('api-group');
  const sortBy = flags.values.get('sort-by');
  if (sortBy !== undefined && sortBy !== 'name' && sortBy !== 'kind')
    return fail(`error: --sort-by accepts only name or kind`);
  const minor = state.cluster.preset.minor;
  // sortableResource: by group (or the --sort-by field), then by name.
  const key = (r: ResourceType) =>
    sortBy === 'name' ? r.plural : sortBy === 'kind' ? r.kind : r.group;
  const rows = RESOURCES.filter(
    (r) => namespaced === undefined || String(r.namespaced) === namespaced,
  )
    .filter((r) => group === undefined || r.group === group)
    .filter((r) => preferredVersion(r, minor) !== undefined)
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.plural < b.plural ? -1 : 1));
  if (flags.values.get('output') === 'name')
    return ok(rows.map((r) => (r.group ? `${r.plural}.${r.group}` : r.plural) + '\n').join(''));
  const table = renderTable(
    ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'],
    rows.map((r) => [
      r.plural,
      r.shortNames.join(','),
      preferredVersion(r, minor)!,
      String(r.namespaced),
      r.kind,
    ]),
  );
  return ok(
    flags.values.get('no-headers') === 'true' ? table.slice(table.indexOf('\n') + 1) : table,
  );
}
