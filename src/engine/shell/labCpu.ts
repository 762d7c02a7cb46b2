// `lab cpu TYPE/NAME MILLICORES`: how much CPU a workload's pods want together, spread evenly over
// its Running, Ready pods (0 stops it). Stands in for the load generator of the HPA walkthrough.
import { getObject } from '../api/cluster.ts';
import { objectKey } from '../api/objects.ts';
import { setCpuDemand } from '../controllers/cpuMetrics.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from './context.ts';
import { NS_FLAGS } from './kubectl/common.ts';
import { findResource, qualifiedPlural, qualifiedSingular } from './resources.ts';

const USAGE = 'usage: lab cpu deployment/NAME|rs/NAME|rc/NAME MILLICORES [-n NAMESPACE]';
const KINDS = new Set(['Deployment', 'ReplicaSet', 'ReplicationController']);

export function labCpu(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, NS_FLAGS);
  const [ref, amount] = flags.positional;
  if (flags.unknown.length || !ref?.includes('/') || amount === undefined) return fail(USAGE, 2);
  const [type, name] = ref.split('/') as [string, string];
  const resource = findResource(type);
  if (!resource || !KINDS.has(resource.kind) || !name) return fail(USAGE, 2);
  const millicores = Number(amount.replace(/m$/, ''));
  if (!Number.isInteger(millicores) || millicores < 0)
    return fail('lab: MILLICORES must be a whole number of millicores, e.g. 600 or 600m', 2);
  const ns = flags.values.get('namespace') ?? 'default';
  if (!getObject(state.cluster, resource.kind, ns, name))
    return fail(`lab: ${qualifiedPlural(resource)} "${name}" not found in namespace ${ns}`, 1);
  state.cluster = setCpuDemand(state.cluster, objectKey(resource.kind, ns, name), millicores);
  const what = `${qualifiedSingular(resource)}/${name}`;
  return ok(
    millicores === 0
      ? `${what}: no CPU demand\n`
      : `${what}: pods want ${millicores}m of CPU together\n`,
  );
}
