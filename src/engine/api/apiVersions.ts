// Which group/versions of the built-in kinds an API server of a given minor version serves, and
// the deprecation warning it attaches (apiserver pkg/endpoints/deprecation, from the
// prerelease-lifecycle-gen markers in kubernetes/api). A table: add a served version by adding a row.
//
// A version is served from `since` (inclusive) until `removed` (exclusive). The server warns from
// `deprecated` on (it compares the marker with its own version, so a v1.20 server does not warn
// about policy/v1beta1 PodSecurityPolicy, deprecated in v1.21).

export interface ServedVersion {
  readonly kind: string;
  readonly apiVersion: string;
  readonly since: number;
  readonly removed?: number;
  readonly deprecated?: number;
  /** "networking.k8s.io/v1 Ingress": the `; use ...` part of the warning, when upstream names one. */
  readonly replacement?: string;
}

const row = (
  kind: string,
  apiVersion: string,
  since: number,
  extra: Partial<Omit<ServedVersion, 'kind' | 'apiVersion' | 'since'>> = {},
): ServedVersion => ({ kind, apiVersion, since, ...extra });

// `since` 0 means "before any preset we model" (every preset is v1.18 or newer).
export const SERVED_VERSIONS: readonly ServedVersion[] = [
  row('Pod', 'v1', 0),
  row('Service', 'v1', 0),
  row('Endpoints', 'v1', 0),
  row('Node', 'v1', 0),
  row('Namespace', 'v1', 0),
  row('ConfigMap', 'v1', 0),
  row('Secret', 'v1', 0),
  row('ServiceAccount', 'v1', 0),
  row('ReplicationController', 'v1', 0),
  row('LimitRange', 'v1', 0),
  row('Event', 'v1', 0),
  row('Deployment', 'apps/v1', 0),
  row('ReplicaSet', 'apps/v1', 0),
  row('DaemonSet', 'apps/v1', 0),
  row('StatefulSet', 'apps/v1', 0),
  // apps/v1beta1, apps/v1beta2 and extensions/v1beta1 workloads were removed in v1.16.
  row('Job', 'batch/v1', 0),
  row('EndpointSlice', 'discovery.k8s.io/v1', 21),
  row('EndpointSlice', 'discovery.k8s.io/v1beta1', 0, {
    removed: 25,
    deprecated: 21,
    replacement: 'discovery.k8s.io/v1 EndpointSlice',
  }),
  row('Ingress', 'networking.k8s.io/v1', 19),
  row('Ingress', 'networking.k8s.io/v1beta1', 0, {
    removed: 22,
    deprecated: 19,
    replacement: 'networking.k8s.io/v1 Ingress',
  }),
  row('Ingress', 'extensions/v1beta1', 0, {
    removed: 22,
    deprecated: 14,
    replacement: 'networking.k8s.io/v1 Ingress',
  }),
  row('IngressClass', 'networking.k8s.io/v1', 19),
  row('IngressClass', 'networking.k8s.io/v1beta1', 18, {
    removed: 22,
    deprecated: 19,
    replacement: 'networking.k8s.io/v1 IngressClass',
  }),
  ...['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'].flatMap((kind) => [
    row(kind, 'rbac.authorization.k8s.io/v1', 0),
    row(kind, 'rbac.authorization.k8s.io/v1beta1', 0, {
      removed: 22,
      deprecated: 17,
      replacement: `rbac.authorization.k8s.io/v1 ${kind}`,
    }),
  ]),
  row('HorizontalPodAutoscaler', 'autoscaling/v1', 0),
  row('HorizontalPodAutoscaler', 'autoscaling/v2', 23),
  row('HorizontalPodAutoscaler', 'autoscaling/v2beta1', 0, {
    removed: 25,
    deprecated: 22,
    replacement: 'autoscaling/v2 HorizontalPodAutoscaler',
  }),
  row('HorizontalPodAutoscaler', 'autoscaling/v2beta2', 12, {
    removed: 26,
    deprecated: 23,
    replacement: 'autoscaling/v2 HorizontalPodAutoscaler',
  }),
  // PodSecurityPolicy has no successor kind: the warning ends at the removal version.
  row('PodSecurityPolicy', 'policy/v1beta1', 0, { removed: 25, deprecated: 21 }),
  row('CustomResourceDefinition', 'apiextensions.k8s.io/v1', 16),
  row('CustomResourceDefinition', 'apiextensions.k8s.io/v1beta1', 0, {
    removed: 22,
    deprecated: 16,
    replacement: 'apiextensions.k8s.io/v1 CustomResourceDefinition',
  }),
  row('APIService', 'apiregistration.k8s.io/v1', 10),
  row('APIService', 'apiregistration.k8s.io/v1beta1', 0, {
    removed: 22,
    deprecated: 19,
    replacement: 'apiregistration.k8s.io/v1 APIService',
  }),
  row('ValidatingWebhookConfiguration', 'admissionregistration.k8s.io/v1', 16),
  row('ValidatingWebhookConfiguration', 'admissionregistration.k8s.io/v1beta1', 0, {
    removed: 22,
    deprecated: 16,
    replacement: 'admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration',
  }),
];

/** The row for a kind at an apiVersion, when a server of this minor version serves it. */
export function servedVersion(
  kind: string,
  apiVersion: string,
  minor: number,
): ServedVersion | undefined {
  return SERVED_VERSIONS.find(
    (v) =>
      v.kind === kind &&
      v.apiVersion === apiVersion &&
      minor >= v.since &&
      (v.removed === undefined || minor < v.removed),
  );
}

/**
 * The warning text the server sends (deprecation.go `deprecationWarning`), or undefined. Format:
 * "<gv> <Kind> is deprecated in v1.X+, unavailable in v1.Y+; use <replacement>".
 */
export function deprecationWarning(v: ServedVersion, minor: number): string | undefined {
  if (v.deprecated === undefined || minor < v.deprecated) return undefined;
  let text = `${v.apiVersion} ${v.kind} is deprecated in v1.${v.deprecated}+`;
  if (v.removed !== undefined) text += `, unavailable in v1.${v.removed}+`;
  if (v.replacement) text += `; use ${v.replacement}`;
  return text;
}

/** The group of an apiVersion: "" for "v1", "networking.k8s.io" for "networking.k8s.io/v1". */
export function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}
