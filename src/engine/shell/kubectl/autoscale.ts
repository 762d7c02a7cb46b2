// `kubectl autoscale TYPE NAME --max=M [--min=N] [--cpu-percent=P]` (kubectl pkg/cmd/autoscale;
// reference §9.7, §10). kubectl up to v1.33 creates an autoscaling/v1 object (v1.34 moved to
// autoscaling/v2 with a v1 fallback and the --cpu flag). Without --cpu-percent the object carries
// no target and the default policy, 80% CPU, applies; it is written here as the server shows it
// back (believed, not checked on a server, that v1 reads return targetCPUUtilizationPercentage: 80).
import { admit } from '../../api/admit.ts';
import { getObject } from '../../api/cluster.ts';
import { renderInvalid } from '../../api/fieldErrors.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from '../context.ts';
import { apiVersionOf, qualifiedPlural } from '../resources.ts';
import { NS_FLAGS, target } from './common.ts';

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet']);

function int32Flag(value: string | undefined, name: string): number | string {
  if (value === undefined) return -1;
  const n = Number(value);
  return Number.isInteger(n)
    ? n
    : `invalid argument "${value}" for "--${name}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`;
}

export function autoscale(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    '--min': { name: 'min', value: true },
    '--max': { name: 'max', value: true },
    '--cpu-percent': { name: 'cpu-percent', value: true },
    '--name': { name: 'name', value: true },
  });
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl autoscale --help' for usage.`,
    );
  if (!flags.values.has('max')) return fail('error: required flag(s) "max" not set');
  const min = int32Flag(flags.values.get('min'), 'min');
  const max = int32Flag(flags.values.get('max'), 'max');
  const cpu = int32Flag(flags.values.get('cpu-percent'), 'cpu-percent');
  for (const v of [min, max, cpu]) if (typeof v === 'string') return fail(`Error: ${v}`);
  const [lo, hi, percent] = [min, max, cpu] as number[];
  if (hi! < 1) return fail(`error: --max=MAXPODS is required and must be at least 1, max: ${hi}`);
  if (hi! < lo!)
    return fail(
      `error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: ${hi}, min: ${lo}`,
    );
  const { resource, name, raw } = target(flags.positional);
  if (!resource) return fail(`error: the server doesn't have a resource type "${raw}"`);
  if (!name) return fail('error: resource(s) were provided, but no name was specified');
  if (!SCALABLE.has(resource.kind))
    return fail(
      `error: cannot autoscale a ${resource.kind}: could not find scale subresource for ${qualifiedPlural(resource)} in discovery information`,
    );
  const ns = flags.values.get('namespace') ?? 'default';
  if (!getObject(state.cluster, resource.kind, ns, name))
    return fail(`Error from server (NotFound): ${qualifiedPlural(resource)} "${name}" not found`);
  const hpaName = flags.values.get('name') ?? name;
  if (getObject(state.cluster, 'HorizontalPodAutoscaler', ns, hpaName))
    return fail(
      `Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "${hpaName}" already exists`,
    );
  const result = admit(
    state.cluster,
    state.ctx,
    {
      apiVersion: 'autoscaling/v1',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: hpaName },
      body: {
        spec: {
          maxReplicas: hi,
          ...(lo! > 0 ? { minReplicas: lo } : {}),
          scaleTargetRef: { apiVersion: apiVersionOf(resource), kind: resource.kind, name },
          targetCPUUtilizationPercentage: percent! >= 0 ? percent : 80,
        },
      },
    },
    ns,
  );
  if (!result.ok)
    return fail(
      renderInvalid('HorizontalPodAutoscaler', hpaName, result.errors, state.cluster.preset.minor),
    );
  state.cluster = reconcile(result.cluster, state.ctx);
  return ok(`horizontalpodautoscaler.autoscaling/${hpaName} autoscaled\n`);
}
