// `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME --tcp=P[:T]` and
// `kubectl create namespace NAME` (kubectl pkg/cmd/create). Objects as `--dry-run=client -o yaml`
// shows them: labels and selector app=NAME, each port named "P-T" (or "P" without a target).
// --dry-run=client prints the object kubectl built, =server the one the API server would store.
import { own } from '../../util/own.ts';
import { admit } from '../../api/admit.ts';
import { getObject } from '../../api/cluster.ts';
import { renderInvalid } from '../../api/fieldErrors.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { fail, parseFlags, type Output, type ShellState } from '../context.ts';
import { NS_FLAGS } from './common.ts';
import {
  isOutput,
  printObjects,
  PRINT_FLAGS,
  printOptions,
  scratchCtx,
  serverDryRunObject,
} from './dryRun.ts';

const SERVICE_TYPES: Readonly<Record<string, string>> = {
  clusterip: 'ClusterIP',
  nodeport: 'NodePort',
  loadbalancer: 'LoadBalancer',
  externalname: 'ExternalName',
};

/** corev1.ServicePort in its field order: name, protocol, port, targetPort, nodePort. */
function servicePorts(
  tcp: string,
): { name: string; protocol: string; port: number; targetPort: number }[] {
  return tcp.split(',').map((spec) => {
    const [port, target] = spec.split(':') as [string, string | undefined];
    return {
      name: target === undefined ? port : `${port}-${target}`,
      protocol: 'TCP',
      port: Number(port),
      targetPort: Number(target ?? port),
    };
  });
}

export function createService(state: ShellState, args: readonly string[]): Output {
  const [sub = '', ...rest] = args;
  const type = own(SERVICE_TYPES, sub);
  if (!type) {
    return fail(
      `error: unknown command "${sub}" for "kubectl create service"\nSee 'kubectl create service -h' for help and examples`,
    );
  }
  const usage = `See 'kubectl create service ${sub} -h' for help and examples`;
  const flags = parseFlags(rest, {
    ...NS_FLAGS,
    '--tcp': { name: 'tcp', value: true },
    '--node-port': { name: 'node-port', value: true },
    '--clusterip': { name: 'clusterip', value: true },
    '--external-name': { name: 'external-name', value: true },
    ...PRINT_FLAGS,
  });
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl create service ${sub} --help' for usage.`,
    );
  if (flags.positional.length !== 1)
    return fail(`error: exactly one NAME is required, got ${flags.positional.length}\n${usage}`);
  const name = flags.positional[0]!;
  const tcp = flags.values.get('tcp');
  const externalName = flags.values.get('external-name');
  if (type === 'ExternalName' && !externalName)
    return fail('error: required flag(s) "external-name" not set');
  if (type !== 'ExternalName' && !tcp)
    return fail('error: at least one tcp port specifier must be provided');
  const opts = printOptions(state, rest, flags);
  if (isOutput(opts)) return opts;
  const explicitNs = flags.values.get('namespace');
  const ns = explicitNs ?? 'default';
  const nodePort = flags.values.get('node-port');
  const clusterIP = flags.values.get('clusterip');
  const labels = { app: name };
  const ports =
    type === 'ExternalName'
      ? undefined
      : servicePorts(tcp!).map((p) => ({
          ...p,
          ...(nodePort ? { nodePort: Number(nodePort) } : {}),
        }));
  const label = `service/${name}`;
  if (opts.dryRun === 'client') {
    // corev1.Service in its field order; the namespace only when -n was given (EnforceNamespace).
    const object = {
      kind: 'Service',
      apiVersion: 'v1',
      metadata: {
        name,
        ...(explicitNs ? { namespace: explicitNs } : {}),
        creationTimestamp: null,
        labels,
      },
      spec: {
        ...(ports ? { ports } : {}),
        selector: labels,
        ...(clusterIP ? { clusterIP } : {}),
        type,
        ...(externalName ? { externalName } : {}),
      },
      status: { loadBalancer: {} },
    };
    return {
      stdout: printObjects(opts, 'created', [{ label, object, typed: true }]),
      stderr: opts.warning,
      exitCode: 0,
    };
  }
  if (getObject(state.cluster, 'Service', ns, name)) {
    const message = `services "${name}" already exists`;
    // From v1.21 the command wraps the server's error (create_service.go); before it printed it as is.
    return fail(
      opts.warning +
        (state.cluster.preset.minor >= 21
          ? `error: failed to create ${type} service: ${message}`
          : `Error from server (AlreadyExists): ${message}`),
    );
  }
  const ctx = opts.dryRun === 'server' ? scratchCtx(state.ctx) : state.ctx;
  const result = admit(
    state.cluster,
    ctx,
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, labels },
      body: {
        spec: {
          ...(clusterIP ? { clusterIP } : {}),
          ...(externalName ? { externalName } : {}),
          ...(ports ? { ports } : {}),
          selector: labels,
          type,
        },
      },
    },
    ns,
  );
  if (!result.ok)
    return fail(
      opts.warning + renderInvalid('Service', name, result.errors, state.cluster.preset.minor),
    );
  let object: unknown = result.object;
  if (opts.dryRun === 'server') object = serverDryRunObject(result.object);
  else state.cluster = reconcile(result.cluster, state.ctx);
  return {
    stdout: printObjects(opts, 'created', [{ label, object, typed: true }]),
    stderr: opts.warning,
    exitCode: 0,
  };
}

export function createNamespace(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, { ...NS_FLAGS, ...PRINT_FLAGS });
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl create namespace --help' for usage.`,
    );
  if (flags.positional.length !== 1) {
    return fail(
      `error: exactly one NAME is required, got ${flags.positional.length}\nSee 'kubectl create namespace -h' for help and examples`,
    );
  }
  const name = flags.positional[0]!;
  const opts = printOptions(state, args, flags);
  if (isOutput(opts)) return opts;
  const label = `namespace/${name}`;
  if (opts.dryRun === 'client') {
    const object = {
      kind: 'Namespace',
      apiVersion: 'v1',
      metadata: { name, creationTimestamp: null },
      spec: {},
      status: {},
    };
    return {
      stdout: printObjects(opts, 'created', [{ label, object, typed: true }]),
      stderr: opts.warning,
      exitCode: 0,
    };
  }
  if (getObject(state.cluster, 'Namespace', undefined, name))
    return fail(
      `${opts.warning}Error from server (AlreadyExists): namespaces "${name}" already exists`,
    );
  const result = admit(
    state.cluster,
    opts.dryRun === 'server' ? scratchCtx(state.ctx) : state.ctx,
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name }, body: { spec: {} } },
    undefined,
  );
  if (!result.ok)
    return fail(
      opts.warning + renderInvalid('Namespace', name, result.errors, state.cluster.preset.minor),
    );
  let object: unknown = result.object;
  if (opts.dryRun === 'server') object = serverDryRunObject(result.object);
  else state.cluster = result.cluster;
  return {
    stdout: printObjects(opts, 'created', [{ label, object, typed: true }]),
    stderr: opts.warning,
    exitCode: 0,
  };
}
