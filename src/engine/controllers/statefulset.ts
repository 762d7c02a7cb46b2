// The StatefulSet controller (pkg/controller/statefulset): pods with stable names <set>-0, -1, ...,
// each with hostname = its name and subdomain = the governing Service. Under the default
// OrderedReady policy a pod is created only when every lower ordinal is Running and Ready, and
// scale-down removes the highest ordinal first, one at a time.
import { listObjects, updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import { recordEvent } from '../api/events.ts';
import type { KubeObject, Pod, PodTemplate } from '../api/objects.ts';
import { podTemplateHash } from './deployment.ts';
import { podFromTemplate } from './podFromTemplate.ts';
import { createAndStartPod, deletePod, isPodReady, isTerminating } from './podLifecycle.ts';

interface StatefulSet extends KubeObject {
  readonly spec: {
    readonly replicas?: number;
    readonly serviceName?: string;
    readonly podManagementPolicy?: string;
    readonly template: PodTemplate;
  };
}

const SOURCE = { component: 'statefulset-controller' };

const ordinalOf = (set: StatefulSet, pod: Pod) =>
  Number(pod.metadata.name.slice(set.metadata.name.length + 1));

export function syncStatefulSet(cluster: Cluster, ctx: Ctx, set: StatefulSet): Cluster {
  const ns = set.metadata.namespace!;
  const replicas = set.spec.replicas ?? 1;
  const parallel = set.spec.podManagementPolicy === 'Parallel';
  const revision = `${set.metadata.name}-${podTemplateHash(set.spec.template).slice(0, 10)}`;
  const owned = () =>
    listObjects<Pod>(cluster, 'Pod', ns)
      .filter((p) => p.metadata.ownerReferences?.some((o) => o.uid === set.metadata.uid))
      .sort((a, b) => ordinalOf(set, a) - ordinalOf(set, b));
  let pods = owned();
  for (let i = 0; i < replicas; i++) {
    const name = `${set.metadata.name}-${i}`;
    const existing = pods.find((p) => p.metadata.name === name);
    if (existing) {
      if (!parallel && !(existing.status.phase === 'Running' && isPodReady(existing))) break;
      continue;
    }
    const pod = podFromTemplate({ ...set, apiVersion: 'apps/v1' }, set.spec.template, name, {
      labels: {
        ...(cluster.preset.minor >= 28 ? { 'apps.kubernetes.io/pod-index': String(i) } : {}),
        'controller-revision-hash': revision,
        'statefulset.kubernetes.io/pod-name': name,
      },
      spec: {
        hostname: name,
        ...(set.spec.serviceName ? { subdomain: set.spec.serviceName } : {}),
      },
    });
    [cluster] = createAndStartPod(cluster, ctx, pod);
    cluster = recordEvent(
      cluster,
      ctx,
      set,
      'Normal',
      'SuccessfulCreate',
      `create Pod ${name} in StatefulSet ${set.metadata.name} successful`,
      SOURCE,
    );
    if (!parallel) break;
  }
  pods = owned();
  const surplus = pods.filter((p) => ordinalOf(set, p) >= replicas && !isTerminating(p)).reverse();
  // OrderedReady removes one pod at a time, waiting for it to go before the next.
  const terminating = pods.some((p) => isTerminating(p));
  for (const pod of parallel ? surplus : terminating ? [] : surplus.slice(0, 1)) {
    cluster = deletePod(cluster, ctx, pod);
    cluster = recordEvent(
      cluster,
      ctx,
      set,
      'Normal',
      'SuccessfulDelete',
      `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`,
      SOURCE,
    );
  }
  pods = owned().filter((p) => !isTerminating(p));
  const ready = pods.filter(isPodReady).length;
  const status = {
    availableReplicas: ready,
    collisionCount: 0,
    currentReplicas: pods.length,
    currentRevision: revision,
    observedGeneration: set.metadata.generation ?? 1,
    readyReplicas: ready,
    replicas: pods.length,
    updateRevision: revision,
    updatedReplicas: pods.length,
  };
  const current = cluster.objects.get(`StatefulSet/${ns}/${set.metadata.name}`) as StatefulSet;
  [cluster] = updateObject(cluster, { ...current, status });
  return cluster;
}
