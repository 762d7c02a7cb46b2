import { admit } from '../../api/admit.ts';
import { getObject } from '../../api/cluster.ts';
import { renderInvalid } from '../../api/fieldErrors.ts';
import type { KubeObject } from '../../api/objects.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { fail, parseFlags, type Output, type ShellState } from '../context.ts';
import { qualifiedPlural } from '../resources.ts';
import { NS_FLAGS, target } from './common.ts';
import {
  isOutput,
  printObjects,
  PRINT_FLAGS,
  printOptions,
  scratchCtx,
  serverDryRunObject,
} from './dryRun.ts';

/**
 * `kubectl expose deployment NAME --port=P [--target-port=T] [--type=T] [--name=N]`: a Service
 * with the object's selector and labels (reference §9.7). --dry-run=client prints the Service
 * kubectl built (no type unless --type was given), =server the one the API server would store.
 */
export function expose(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    '--port': { name: 'port', value: true },
    '--target-port': { name: 'target-port', value: true },
    '--type': { name: 'type', value: true },
    '--name': { name: 'name', value: true },
    '--protocol': { name: 'protocol', value: true },
    ...PRINT_FLAGS,
  });
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl expose --help' for usage.`);
  const { resource, name, raw } = target(flags.positional);
  if (!resource) return fail(`error: the server doesn't have a resource type "${raw}"`);
  if (!name) return fail('error: resource(s) were provided, but no name was specified');
  if (!['Deployment', 'ReplicaSet', 'Service', 'Pod'].includes(resource.kind)) {
    return fail(`error: cannot expose a ${resource.kind}`);
  }
  const opts = printOptions(state, args, flags);
  if (isOutput(opts)) return opts;
  const explicitNs = flags.values.get('namespace');
  const ns = explicitNs ?? 'default';
  const source = getObject<KubeObject>(state.cluster, resource.kind, ns, name);
  if (!source)
    return fail(`Error from server (NotFound): ${qualifiedPlural(resource)} "${name}" not found`);
  const spec = source.spec as {
    selector?:
      | { matchLabels?: Record<string, string>; matchExpressions?: unknown[] }
      | Record<string, string>;
    template?: {
      spec?: { containers?: { ports?: { containerPort: number; protocol?: string }[] }[] };
    };
    containers?: { ports?: { containerPort: number }[] }[];
  };
  let selector: Record<string, string> | undefined;
  if (resource.kind === 'Deployment' || resource.kind === 'ReplicaSet') {
    const sel = spec.selector as {
      matchLabels?: Record<string, string>;
      matchExpressions?: unknown[];
    };
    if (sel.matchExpressions?.length)
      return fail(
        'error: couldn\'t convert expressions - "matchExpressions" to map-based selector format',
      );
    selector = sel.matchLabels;
  } else if (resource.kind === 'Service') selector = spec.selector as Record<string, string>;
  else selector = source.metadata.labels;
  const portFlag = flags.values.get('port');
  const containers = spec.template?.spec?.containers ?? spec.containers ?? [];
  const declared = containers.flatMap((c) => c.ports ?? []).map((p) => String(p.containerPort));
  const ports = portFlag ? portFlag.split(',') : declared;
  if (ports.length === 0)
    return fail(
      "error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples",
    );
  const targetPort = flags.values.get('target-port');
  const serviceName = (flags.values.get('name') ?? name).slice(0, 63);
  const typeFlag = flags.values.get('type');
  // corev1.ServicePort and ServiceSpec in their field order.
  const servicePorts = ports.map((p, i) => ({
    ...(ports.length > 1 ? { name: `port-${i + 1}` } : {}),
    protocol: flags.values.get('protocol') ?? 'TCP',
    port: Number(p),
    targetPort: targetPort
      ? /^\d+$/.test(targetPort)
        ? Number(targetPort)
        : targetPort
      : Number(p),
  }));
  const labels = source.metadata.labels;
  const label = `service/${serviceName}`;
  if (opts.dryRun === 'client') {
    // expose.go sets the namespace on the printed object only when -n was given.
    const object = {
      kind: 'Service',
      apiVersion: 'v1',
      metadata: {
        name: serviceName,
        ...(explicitNs ? { namespace: explicitNs } : {}),
        creationTimestamp: null,
        ...(labels ? { labels } : {}),
      },
      spec: {
        ports: servicePorts,
        ...(selector ? { selector } : {}),
        ...(typeFlag ? { type: typeFlag } : {}),
      },
      status: { loadBalancer: {} },
    };
    return {
      stdout: printObjects(opts, 'exposed', [{ label, object, typed: true }]),
      stderr: opts.warning,
      exitCode: 0,
    };
  }
  if (getObject(state.cluster, 'Service', ns, serviceName)) {
    return fail(
      `${opts.warning}Error from server (AlreadyExists): services "${serviceName}" already exists`,
    );
  }
  const result = admit(
    state.cluster,
    opts.dryRun === 'server' ? scratchCtx(state.ctx) : state.ctx,
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: serviceName, ...(labels ? { labels } : {}) },
      body: {
        spec: {
          ports: servicePorts,
          ...(selector ? { selector } : {}),
          type: typeFlag ?? 'ClusterIP',
        },
      },
    },
    ns,
  );
  if (!result.ok)
    return fail(
      opts.warning +
        renderInvalid('Service', serviceName, result.errors, state.cluster.preset.minor),
    );
  let object: unknown = result.object;
  if (opts.dryRun === 'server') object = serverDryRunObject(result.object);
  else state.cluster = reconcile(result.cluster, state.ctx);
  return {
    stdout: printObjects(opts, 'exposed', [{ label, object, typed: true }]),
    stderr: opts.warning,
    exitCode: 0,
  };
}
