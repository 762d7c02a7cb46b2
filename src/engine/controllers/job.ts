// The Job controller (pkg/controller/job): pods `<job>-<5 chars>` labelled with the Job's uid,
// created until `completions` pods have succeeded (at most `parallelism` at once), then the Job is
// Complete. A pod that fails counts toward backoffLimit; past it the Job fails.
import { listObjects, timestamp, updateObject, type Cluster, type Ctx } from '../api/cluster.ts';
import { recordEvent } from '../api/events.ts';
import type { KubeObject, Pod, PodTemplate } from '../api/objects.ts';
import { NAME_SUFFIX_ALPHABET } from '../util/hash.ts';
import { randomString } from '../util/random.ts';
import { podFromTemplate } from './podFromTemplate.ts';
import { createAndStartPod, isTerminating } from './podLifecycle.ts';

interface Job extends KubeObject {
  readonly spec: {
    readonly completions?: number;
    readonly parallelism?: number;
    readonly backoffLimit?: number;
    readonly template: PodTemplate;
  };
  readonly status?: Readonly<Record<string, unknown>>;
}

const SOURCE = { component: 'job-controller' };

/** The labels the API server gives a Job's pods (batch.kubernetes.io/* too from v1.27). */
function jobLabels(job: Job, minor: number): Record<string, string> {
  const uid = job.metadata.uid;
  const name = job.metadata.name;
  return {
    ...(minor >= 27
      ? { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': name }
      : {}),
    'controller-uid': uid,
    'job-name': name,
  };
}

export function syncJob(cluster: Cluster, ctx: Ctx, job: Job): Cluster {
  const status = (job.status ?? {}) as {
    completionTime?: string;
    startTime?: string;
    conditions?: unknown[];
  };
  if (status.completionTime || (status.conditions ?? []).length > 0) return cluster;
  const ns = job.metadata.namespace!;
  const completions = job.spec.completions ?? 1;
  const parallelism = job.spec.parallelism ?? 1;
  const backoffLimit = job.spec.backoffLimit ?? 6;
  const owned = () =>
    listObjects<Pod>(cluster, 'Pod', ns).filter((p) =>
      p.metadata.ownerReferences?.some((o) => o.uid === job.metadata.uid),
    );
  let pods = owned();
  const succeeded = pods.filter((p) => p.status.phase === 'Succeeded').length;
  const failed = pods.filter((p) => p.status.phase === 'Failed').length;
  const active = pods.filter(
    (p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed' && !isTerminating(p),
  );
  const done = succeeded >= completions;
  const givenUp = failed > backoffLimit;
  const toCreate =
    done || givenUp ? 0 : Math.min(parallelism, completions - succeeded) - active.length;
  for (let i = 0; i < toCreate; i++) {
    const name =
      `${job.metadata.name}-`.slice(0, 58) + randomString(ctx.random, NAME_SUFFIX_ALPHABET, 5);
    const pod = podFromTemplate({ ...job, apiVersion: 'batch/v1' }, job.spec.template, name, {
      labels: jobLabels(job, cluster.preset.minor),
    });
    [cluster] = createAndStartPod(cluster, ctx, pod);
    cluster = recordEvent(
      cluster,
      ctx,
      job,
      'Normal',
      'SuccessfulCreate',
      `Created pod: ${name}`,
      SOURCE,
    );
  }
  pods = owned();
  const now = timestamp(cluster);
  const next: Record<string, unknown> = {
    startTime: status.startTime ?? now,
    ...(pods.filter((p) => p.status.phase === 'Pending' || p.status.phase === 'Running').length
      ? {
          active: pods.filter((p) => p.status.phase === 'Pending' || p.status.phase === 'Running')
            .length,
        }
      : {}),
    ...(succeeded ? { succeeded } : {}),
    ...(failed ? { failed } : {}),
  };
  if (done) {
    next.completionTime = now;
    next.conditions = [
      { lastProbeTime: now, lastTransitionTime: now, status: 'True', type: 'Complete' },
    ];
    cluster = recordEvent(cluster, ctx, job, 'Normal', 'Completed', 'Job completed', SOURCE);
  } else if (givenUp) {
    next.conditions = [
      {
        lastProbeTime: now,
        lastTransitionTime: now,
        message: 'Job has reached the specified backoff limit',
        reason: 'BackoffLimitExceeded',
        status: 'True',
        type: 'Failed',
      },
    ];
    cluster = recordEvent(
      cluster,
      ctx,
      job,
      'Warning',
      'BackoffLimitExceeded',
      'Job has reached the specified backoff limit',
      SOURCE,
    );
  }
  const current = cluster.objects.get(`Job/${ns}/${job.metadata.name}`) as Job;
  [cluster] = updateObject(cluster, { ...current, status: next });
  return cluster;
}
