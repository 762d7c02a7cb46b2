// kubectl's REST mapping of a manifest's apiVersion and kind to a resource the server serves
// (client-go restmapper over the server's discovery): built-in kinds by the server's version
// (api/apiVersions.ts), custom kinds by the CustomResourceDefinitions stored in the cluster.
import { deprecationWarning, groupOf, servedVersion, SERVED_VERSIONS } from '../api/apiVersions.ts';
import { listObjects, type Cluster } from '../api/cluster.ts';
import type { KubeObject } from '../api/objects.ts';
import { findResource, resourceByKind, type ResourceType } from './resources.ts';

export interface Mapping {
  /** The resource, with the group of the applied apiVersion (`ingress.extensions/x created`). */
  readonly resource: ResourceType;
  /** The server's deprecation warning for this version, printed as `Warning: ...`. */
  readonly warning?: string;
}

interface CrdSpec {
  readonly group?: string;
  readonly scope?: string;
  readonly names?: {
    readonly kind?: string;
    readonly plural?: string;
    readonly singular?: string;
    readonly shortNames?: readonly string[];
  };
  readonly versions?: readonly { readonly name?: string; readonly served?: boolean }[];
}

/** The resource a stored CRD defines for `apiVersion`, if it serves that version. */
function customResource(
  cluster: Cluster,
  kind: string,
  apiVersion: string,
): ResourceType | undefined {
  const group = groupOf(apiVersion);
  const version = apiVersion.slice(group.length + 1);
  for (const crd of listObjects<KubeObject & { spec?: CrdSpec }>(
    cluster,
    'CustomResourceDefinition',
  )) {
    const spec = crd.spec ?? {};
    const names = spec.names ?? {};
    if (spec.group !== group || names.kind !== kind) continue;
    if (!(spec.versions ?? []).some((v) => v.name === version && v.served !== false)) continue;
    return {
      plural: names.plural ?? kind.toLowerCase(),
      singular: names.singular ?? kind.toLowerCase(),
      shortNames: names.shortNames ?? [],
      kind,
      group,
      version,
      namespaced: spec.scope !== 'Cluster',
    };
  }
  return undefined;
}

export function mapResource(
  cluster: Cluster,
  kind: string,
  apiVersion: string,
): Mapping | undefined {
  const minor = cluster.preset.minor;
  const served = servedVersion(kind, apiVersion, minor);
  const builtIn = resourceByKind(kind);
  if (served && builtIn) {
    const group = groupOf(apiVersion);
    const version = apiVersion.slice(group ? group.length + 1 : 0);
    const warning = deprecationWarning(served, minor);
    return { resource: { ...builtIn, group, version }, ...(warning ? { warning } : {}) };
  }
  const custom = customResource(cluster, kind, apiVersion);
  return custom ? { resource: custom } : undefined;
}

/**
 * kubectl's message for a kind it cannot map. kubectl printed `unable to recognize "<file>": ...`
 * until the "resource mapping not found" wording (seen from kubectl v1.24 on; the exact release
 * that changed it was not pinned, so presets before v1.24 get the old form).
 */
export function noMatchMessage(
  minor: number,
  source: string,
  name: string,
  namespace: string,
  kind: string,
  apiVersion: string,
): string {
  const noMatch = `no matches for kind "${kind}" in version "${apiVersion}"`;
  return minor >= 24
    ? `error: resource mapping not found for name: "${name}" namespace: "${namespace}" from "${source}": ${noMatch}\nensure CRDs are installed first`
    : `error: unable to recognize "${source}": ${noMatch}`;
}

/**
 * A resource name typed on the command line (`psp`, `ipaddresspools`, `ingresses.networking.k8s.io`)
 * resolved against what this server serves: built-in kinds only when some version of them is
 * served at this minor, then the kinds of stored CRDs. For `kubectl get` and friends, which today
 * resolve against the static table only.
 */
export function findResourceIn(cluster: Cluster, name: string): ResourceType | undefined {
  const minor = cluster.preset.minor;
  const builtIn = findResource(name);
  if (builtIn) {
    const served = SERVED_VERSIONS.some(
      (v) => v.kind === builtIn.kind && servedVersion(v.kind, v.apiVersion, minor) !== undefined,
    );
    return served ? builtIn : undefined;
  }
  const n = name.toLowerCase();
  const dot = n.indexOf('.');
  const [base, group] = dot >= 0 ? [n.slice(0, dot), n.slice(dot + 1)] : [n, undefined];
  for (const crd of listObjects<KubeObject & { spec?: CrdSpec }>(
    cluster,
    'CustomResourceDefinition',
  )) {
    const spec = crd.spec ?? {};
    const names = spec.names ?? {};
    const kind = names.kind ?? '';
    if (group !== undefined && spec.group !== group) continue;
    const matches =
      names.plural === base ||
      names.singular === base ||
      kind.toLowerCase() === base ||
      (names.shortNames ?? []).includes(base);
    const version = (spec.versions ?? []).find((v) => v.served !== false)?.name;
    if (matches && version) return customResource(cluster, kind, `${spec.group}/${version}`);
  }
  return undefined;
}
