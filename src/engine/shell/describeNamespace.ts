// `kubectl describe namespace` (describe.go describeNamespace, DescribeResourceQuotas,
// DescribeLimitRanges). The simulator has no ResourceQuotas; LimitRanges are listed by name only
// when present, since their limits are not modelled. Namespaces have no Events section.
import { listObjects, type Cluster } from '../api/cluster.ts';
import type { KubeObject } from '../api/objects.ts';
import { annotationLines, labelLines } from './describeText.ts';

export function describeNamespaceLines(cluster: Cluster, ns: KubeObject): string[] {
  const name = ns.metadata.name;
  // v1.21+ API servers label every namespace with its name (NamespaceDefaultLabelName); namespaces
  // the simulator created without it are shown as the server would have stored them.
  const labels =
    cluster.preset.minor >= 21
      ? { ...ns.metadata.labels, 'kubernetes.io/metadata.name': name }
      : ns.metadata.labels;
  const phase = (ns.status as { phase?: string } | undefined)?.phase ?? 'Active';
  const limitRanges = listObjects<KubeObject>(cluster, 'LimitRange', name);
  return [
    `Name:\t${name}`,
    ...labelLines('Labels', labels),
    ...annotationLines('Annotations', ns.metadata.annotations),
    `Status:\t${phase}`,
    '',
    'No resource quota.',
    '',
    ...(limitRanges.length ? limitRangeLines(limitRanges) : ['No LimitRange resource.']),
  ];
}

interface LimitItem {
  readonly type?: string;
  readonly max?: Readonly<Record<string, string>>;
  readonly min?: Readonly<Record<string, string>>;
  readonly default?: Readonly<Record<string, string>>;
  readonly defaultRequest?: Readonly<Record<string, string>>;
  readonly maxLimitRequestRatio?: Readonly<Record<string, string>>;
}

/** DescribeLimitRanges: a row per limit type and resource, "-" where a value is unset. */
function limitRangeLines(list: readonly KubeObject[]): string[] {
  const rows: string[] = [];
  for (const lr of list) {
    const limits = (lr.spec as { limits?: readonly LimitItem[] } | undefined)?.limits ?? [];
    for (const item of limits) {
      const resources = new Set(
        [item.max, item.min, item.default, item.defaultRequest, item.maxLimitRequestRatio].flatMap(
          (m) => Object.keys(m ?? {}),
        ),
      );
      // kubectl ranges over a Go map here too; sorted for a stable order.
      for (const r of [...resources].sort()) {
        const v = (m: Readonly<Record<string, string>> | undefined) => m?.[r] ?? '-';
        rows.push(
          ` ${item.type ?? ''}\t${r}\t${v(item.min)}\t${v(item.max)}\t${v(item.defaultRequest)}\t${v(item.default)}\t${v(item.maxLimitRequestRatio)}`,
        );
      }
    }
  }
  return [
    'Resource Limits',
    ' Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio',
    ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------',
    ...rows,
  ];
}
