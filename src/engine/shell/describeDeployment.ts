// `kubectl describe deployment` (describe.go describeDeployment, printReplicaSetsByLabels),
// `kubectl describe replicaset` (describeReplicaSet) and `kubectl describe endpoints`.
import { listObjects, sameContent, type Cluster } from '../api/cluster.ts';
import type { Deployment, KubeObject, Pod, ReplicaSet } from '../api/objects.ts';
import { podTemplateLines } from './describePod.ts';
import { annotationLines, eventLines, labelLines, rfc1123z } from './describeText.ts';

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

interface Condition {
  readonly type: string;
  readonly status: string;
  readonly reason?: string;
}

/** Workload conditions: a trailing space after the type, as describe.go's "%v \t%v\t%v" writes. */
const conditionLines = (conditions: readonly Condition[]) =>
  conditions.length
    ? [
        'Conditions:',
        '  Type\tStatus\tReason',
        '  ----\t------\t------',
        ...conditions.map((c) => `  ${c.type} \t${c.status}\t${c.reason ?? ''}`),
      ]
    : [];

function withoutHash(rs: ReplicaSet): unknown {
  const { 'pod-template-hash': _h, ...labels } = rs.spec.template.metadata.labels ?? {};
  return { ...rs.spec.template, metadata: { ...rs.spec.template.metadata, labels } };
}

/** deploymentutil.GetAllReplicaSets: the new one has the Deployment's template; old ones still scaled. */
function replicaSetsOf(
  cluster: Cluster,
  d: Deployment,
): { old: ReplicaSet[]; current?: ReplicaSet } {
  const owned = listObjects<ReplicaSet>(cluster, 'ReplicaSet', d.metadata.namespace)
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid))
    .sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : 1));
  const current = owned.find((rs) => sameContent(withoutHash(rs), d.spec.template));
  const old = owned.filter((rs) => rs !== current && rs.spec.replicas !== 0);
  return current ? { old, current } : { old };
}

const rsText = (list: readonly ReplicaSet[]) =>
  list.length
    ? list
        .map(
          (rs) =>
            `${rs.metadata.name} (${num(rs.status?.replicas)}/${rs.spec.replicas} replicas created)`,
        )
        .join(', ')
    : '<none>';

export function describeDeploymentLines(cluster: Cluster, d: Deployment): string[] {
  const status = d.status ?? {};
  const strategy = (d.spec.strategy ?? {}) as {
    type?: string;
    rollingUpdate?: { maxUnavailable?: number | string; maxSurge?: number | string };
  };
  const ru = strategy.rollingUpdate;
  const selector = selectorText(d.spec.selector.matchLabels);
  const conditions = (status.conditions ?? []) as readonly Condition[];
  const { old, current } = replicaSetsOf(cluster, d);
  return [
    `Name:\t${d.metadata.name}`,
    `Namespace:\t${d.metadata.namespace}`,
    `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}`,
    ...labelLines('Labels', d.metadata.labels),
    ...annotationLines('Annotations', d.metadata.annotations),
    `Selector:\t${selector}`,
    `Replicas:\t${d.spec.replicas} desired | ${num(status.updatedReplicas)} updated | ${num(status.replicas)} total | ${num(status.availableReplicas)} available | ${num(status.unavailableReplicas)} unavailable`,
    `StrategyType:\t${strategy.type ?? ''}`,
    `MinReadySeconds:\t${num(d.spec.minReadySeconds)}`,
    ...(ru
      ? [
          `RollingUpdateStrategy:\t${String(ru.maxUnavailable ?? '')} max unavailable, ${String(ru.maxSurge ?? '')} max surge`,
        ]
      : []),
    ...podTemplateLines(d.spec.template, cluster.preset.minor),
    ...conditionLines(conditions),
    `OldReplicaSets:\t${rsText(old)}`,
    `NewReplicaSet:\t${rsText(current ? [current] : [])}`,
    ...eventLines(cluster, d),
  ];
}

const selectorText = (labels: Record<string, string> | undefined) =>
  Object.entries(labels ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

export function describeReplicaSetLines(cluster: Cluster, rs: ReplicaSet): string[] {
  const pods = listObjects<Pod>(cluster, 'Pod', rs.metadata.namespace).filter((p) =>
    p.metadata.ownerReferences?.some((o) => o.uid === rs.metadata.uid),
  );
  const count = (phase: string) => pods.filter((p) => p.status.phase === phase).length;
  const owner = rs.metadata.ownerReferences?.find((o) => o.controller);
  const conditions = (rs.status?.conditions ?? []) as readonly Condition[];
  return [
    `Name:\t${rs.metadata.name}`,
    `Namespace:\t${rs.metadata.namespace}`,
    `Selector:\t${selectorText(rs.spec.selector.matchLabels)}`,
    ...labelLines('Labels', rs.metadata.labels),
    ...annotationLines('Annotations', rs.metadata.annotations),
    ...(owner ? [`Controlled By:\t${owner.kind}/${owner.name}`] : []),
    `Replicas:\t${num(rs.status?.replicas)} current / ${rs.spec.replicas} desired`,
    `Pods Status:\t${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed`,
    ...podTemplateLines(rs.spec.template, cluster.preset.minor),
    ...conditionLines(conditions),
    ...eventLines(cluster, rs),
  ];
}

interface EndpointsObject extends KubeObject {
  readonly subsets?: readonly {
    readonly addresses?: readonly { readonly ip: string }[];
    readonly notReadyAddresses?: readonly { readonly ip: string }[];
    readonly ports?: readonly {
      readonly name?: string;
      readonly port: number;
      readonly protocol: string;
    }[];
  }[];
}

export function describeEndpointsLines(cluster: Cluster, ep: EndpointsObject): string[] {
  const ips = (list: readonly { ip: string }[] | undefined) =>
    list?.length ? list.map((a) => a.ip).join(',') : '<none>';
  return [
    `Name:\t${ep.metadata.name}`,
    `Namespace:\t${ep.metadata.namespace}`,
    ...labelLines('Labels', ep.metadata.labels),
    ...annotationLines('Annotations', ep.metadata.annotations),
    'Subsets:',
    ...(ep.subsets ?? []).flatMap((ss) => [
      `  Addresses:\t${ips(ss.addresses)}`,
      `  NotReadyAddresses:\t${ips(ss.notReadyAddresses)}`,
      ...(ss.ports?.length
        ? [
            '  Ports:',
            '    Name\tPort\tProtocol',
            '    ----\t----\t--------',
            ...ss.ports.map((p) => `    ${p.name || '<unset>'}\t${p.port}\t${p.protocol}`),
          ]
        : []),
      '',
    ]),
    ...eventLines(cluster, ep),
  ];
}
