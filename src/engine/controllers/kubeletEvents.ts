// Events the kubelet records for a container, shared by first starts and restarts.
import type { Cluster, Ctx } from '../api/cluster.ts';
import { recordEvent } from '../api/events.ts';
import type { Pod } from '../api/objects.ts';

const kubelet = (node: string) => ({ component: 'kubelet', host: node });

/** The kubelet's Created and Started events, in the wording of the cluster's version. */
export function recordContainerStart(
  cluster: Cluster,
  ctx: Ctx,
  pod: Pod,
  container: string,
): Cluster {
  const source = kubelet(pod.spec.nodeName!);
  const created =
    cluster.preset.minor >= 32
      ? `Created container: ${container}`
      : `Created container ${container}`;
  cluster = recordEvent(cluster, ctx, pod, 'Normal', 'Created', created, source);
  return recordEvent(
    cluster,
    ctx,
    pod,
    'Normal',
    'Started',
    `Started container ${container}`,
    source,
  );
}

/** The kubelet's Pulled event when the image is already on the node. */
export function recordImagePresent(cluster: Cluster, ctx: Ctx, pod: Pod, image: string): Cluster {
  const message = `Container image "${image}" already present on machine`;
  return recordEvent(cluster, ctx, pod, 'Normal', 'Pulled', message, kubelet(pod.spec.nodeName!));
}
