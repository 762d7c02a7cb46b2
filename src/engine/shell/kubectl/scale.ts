// `kubectl scale`. With --dry-run nothing changes; scale.go prints the object as it fetched it
// (before the new replica count) when -o asks for it.
import { getObject, updateObject } from '../../api/cluster.ts';
import type { Deployment } from '../../api/objects.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from '../context.ts';
import { qualifiedPlural, qualifiedSingular } from '../resources.ts';
import { NS_FLAGS, target } from './common.ts';
import { isOutput, printObjects, PRINT_FLAGS, printOptions } from './dryRun.ts';

export function scale(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    ...PRINT_FLAGS,
    '--replicas': { name: 'replicas', value: true },
  });
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl scale --help' for usage.`);
  const replicas = flags.values.get('replicas');
  if (replicas === undefined) return fail('error: required flag(s) "replicas" not set');
  const { resource, name, raw } = target(flags.positional);
  if (!resource) return fail(`error: the server doesn't have a resource type "${raw}"`);
  if (!name) return fail('error: resource(s) were provided, but no name was specified');
  const opts = printOptions(state, args, flags);
  if (isOutput(opts)) return opts;
  const ns = flags.values.get('namespace') ?? 'default';
  const obj = getObject<Deployment>(state.cluster, resource.kind as 'Deployment', ns, name);
  if (!obj)
    return fail(`Error from server (NotFound): ${qualifiedPlural(resource)} "${name}" not found`);
  const n = Number(replicas);
  if (!Number.isInteger(n) || n < 0)
    return fail(
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
    );
  const printed = [{ label: `${qualifiedSingular(resource)}/${name}`, object: obj }];
  if (opts.dryRun !== 'none')
    return { stdout: printObjects(opts, 'scaled', printed), stderr: opts.warning, exitCode: 0 };
  if (obj.spec.replicas !== n) {
    [state.cluster] = updateObject(state.cluster, {
      ...obj,
      metadata: { ...obj.metadata, generation: (obj.metadata.generation ?? 1) + 1 },
      spec: { ...obj.spec, replicas: n },
    });
    state.cluster = reconcile(state.cluster, state.ctx);
  }
  return ok(printObjects(opts, 'scaled', printed));
}
