// Test helpers: clusters built from objects a test names, for whole-output comparisons.
import { ObjectStore } from '../api/store.ts';
import { createObject, type Cluster, type Ctx } from '../api/cluster.ts';
import type { KubeObject } from '../api/objects.ts';
import { bootstrap } from '../presets/bootstrap.ts';
import { PRESETS, type Preset } from '../presets/presets.ts';
import { createRandom } from '../util/random.ts';

export function presetAt(name: string, version: string): Preset {
  const base = PRESETS[name]!;
  return { ...base, version, minor: Number(version.split('.')[1]) };
}

/** A bootstrapped cluster with only the objects `keep` accepts, plus `extra`. */
export function clusterWith(
  preset: Preset,
  keep: (o: KubeObject) => boolean,
  extra: KubeObject[],
  seed = 1,
): { cluster: Cluster; ctx: Ctx } {
  const ctx = { random: createRandom(seed) };
  let cluster = bootstrap(preset, ctx);
  cluster = {
    ...cluster,
    objects: ObjectStore.from([...cluster.objects].filter(([, o]) => keep(o))),
  };
  for (const o of extra) [cluster] = createObject(cluster, ctx, o);
  return { cluster, ctx };
}

export const meta = (name: string, namespace = 'default', extra: Record<string, unknown> = {}) => ({
  name,
  namespace,
  uid: '',
  resourceVersion: '',
  creationTimestamp: '',
  ...extra,
});
