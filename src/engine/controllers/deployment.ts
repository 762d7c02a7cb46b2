// The Deployment controller (pkg/controller/deployment), thin: one ReplicaSet per pod template,
// named <deployment>-<pod-template-hash> (reference §2.1). The step-by-step rolling update of §2.2 is
// the cluster issue's; here the current template's ReplicaSet takes all replicas at once.
import { createObject, listObjects, updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import type { Deployment, ReplicaSet } from '../api/objects.ts';
import { fnv32a, safeEncode } from '../util/hash.ts';
import { isPodReady } from './podLifecycle.ts';
import type { Pod } from '../api/objects.ts';

/** JSON with sorted keys: a stable deep print of the template to hash. */
function stablePrint(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stablePrint).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stablePrint(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * ComputeHash: FNV-32a over the template, the decimal uint32 re-encoded with SafeEncodeString, so
 * the hash is 1-10 characters of {4,5,6,7,8,9,b,c,d,f}.
 */
export function podTemplateHash(template: unknown): string {
  return safeEncode(String(fnv32a(stablePrint(template))));
}

export function syncDeployment(cluster: Cluster, ctx: Ctx, d: Deployment): Cluster {
  const ns = d.metadata.namespace;
  const hash = podTemplateHash(d.spec.template);
  const owned = listObjects<ReplicaSet>(cluster, 'ReplicaSet', ns).filter(
    (rs) => rs.metadata.ownerReferences?.[0]?.uid === d.metadata.uid,
  );
  const revisionOf = (rs: ReplicaSet) =>
    Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  let current = owned.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
  const revision = current ? revisionOf(current) : Math.max(0, ...owned.map(revisionOf)) + 1;
  const annotations = {
    'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas),
    'deployment.kubernetes.io/max-replicas': String(
      d.spec.replicas + Math.ceil(d.spec.replicas / 4),
    ),
    'deployment.kubernetes.io/revision': String(revision),
  };
  if (!current) {
    const labels = { ...d.spec.template.metadata.labels, 'pod-template-hash': hash };
    [cluster, current] = createObject<ReplicaSet>(cluster, ctx, {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${d.metadata.name}-${hash}`,
        namespace: ns,
        uid: '',
        resourceVersion: '',
        creationTimestamp: '',
        generation: 1,
        labels,
        annotations,
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            blockOwnerDeletion: true,
            controller: true,
            kind: 'Deployment',
            name: d.metadata.name,
            uid: d.metadata.uid,
          },
        ],
      },
      spec: {
        replicas: d.spec.replicas,
        selector: {
          ...d.spec.selector,
          matchLabels: { ...d.spec.selector.matchLabels, 'pod-template-hash': hash },
        },
        template: { ...d.spec.template, metadata: { ...d.spec.template.metadata, labels } },
      },
    });
  } else if (current.spec.replicas !== d.spec.replicas) {
    [cluster, current] = updateObject(cluster, {
      ...current,
      metadata: {
        ...current.metadata,
        annotations,
        generation: (current.metadata.generation ?? 1) + 1,
      },
      spec: { ...current.spec, replicas: d.spec.replicas },
    });
  }
  for (const old of owned) {
    if (old.metadata.name !== current.metadata.name && old.spec.replicas !== 0) {
      [cluster] = updateObject(cluster, { ...old, spec: { ...old.spec, replicas: 0 } });
    }
  }
  return cluster;
}

/** The Deployment's status, from its ReplicaSets' pods. */
export function deploymentStatus(cluster: Cluster, d: Deployment): Deployment {
  const hash = podTemplateHash(d.spec.template);
  const pods = listObjects<Pod>(cluster, 'Pod', d.metadata.namespace).filter((p) =>
    listObjects<ReplicaSet>(cluster, 'ReplicaSet', d.metadata.namespace).some(
      (rs) =>
        rs.metadata.ownerReferences?.[0]?.uid === d.metadata.uid &&
        p.metadata.ownerReferences?.[0]?.uid === rs.metadata.uid,
    ),
  );
  const updated = pods.filter((p) => p.metadata.labels?.['pod-template-hash'] === hash);
  const ready = pods.filter(isPodReady).length;
  const status: Record<string, unknown> = {
    observedGeneration: d.metadata.generation ?? 1,
    replicas: pods.length,
    updatedReplicas: updated.length,
  };
  if (ready > 0) Object.assign(status, { availableReplicas: ready, readyReplicas: ready });
  if (pods.length - ready > 0) status.unavailableReplicas = pods.length - ready;
  const revision = listObjects<ReplicaSet>(cluster, 'ReplicaSet', d.metadata.namespace).find(
    (rs) => rs.metadata.name === `${d.metadata.name}-${hash}`,
  )?.metadata.annotations?.['deployment.kubernetes.io/revision'];
  return {
    ...d,
    metadata: {
      ...d.metadata,
      annotations: {
        ...d.metadata.annotations,
        ...(revision ? { 'deployment.kubernetes.io/revision': revision } : {}),
      },
    },
    status,
  };
}
