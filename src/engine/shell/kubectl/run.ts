// `kubectl run NAME --image=IMG [--port=P] [--labels=k=v,...] [--env=K=V]` (kubectl pkg/cmd/run):
// one bare Pod, labelled run=NAME unless --labels says otherwise, its container named NAME.
// --dry-run=client prints the Pod kubectl built (its namespace only when -n was given), =server the Pod
// the API server would store.
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

export function run(state: ShellState, args: readonly string[]): Output {
  const dash = args.indexOf('--');
  const own = dash >= 0 ? args.slice(0, dash) : args;
  const command = dash >= 0 ? args.slice(dash + 1) : [];
  const flags = parseFlags(own, {
    ...NS_FLAGS,
    '--image': { name: 'image', value: true },
    '--port': { name: 'port', value: true },
    '--labels': { name: 'labels', value: true },
    '-l': { name: 'labels', value: true },
    '--env': { name: 'env', value: true },
    '--restart': { name: 'restart', value: true },
    '--command': { name: 'command', value: false },
    ...PRINT_FLAGS,
  });
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl run --help' for usage.`);
  const name = flags.positional[0];
  if (!name)
    return fail("error: NAME is required for run\nSee 'kubectl run -h' for help and examples");
  const image = flags.values.get('image');
  if (!image) return fail('error: required flag(s) "image" not set');
  const explicitNs = flags.values.get('namespace');
  const ns = explicitNs ?? 'default';
  const labels = Object.fromEntries(
    (flags.values.get('labels') ?? `run=${name}`).split(',').map((kv) => {
      const i = kv.indexOf('=');
      return [kv.slice(0, i), kv.slice(i + 1)];
    }),
  );
  const port = flags.values.get('port');
  const env = flags.values.get('env');
  const restart = flags.values.get('restart') ?? 'Always';
  const isCommand = flags.values.get('command') === 'true';
  const opts = printOptions(state, own, flags);
  if (isOutput(opts)) return opts;
  // corev1.Container and PodSpec in their field order, as kubectl's typed Pod prints with -o json.
  const container = {
    name,
    image,
    ...(command.length ? { [isCommand ? 'command' : 'args']: command } : {}),
    ...(port ? { ports: [{ containerPort: Number(port) }] } : {}),
    ...(env ? { env: [{ name: env.split('=')[0], value: env.slice(env.indexOf('=') + 1) }] } : {}),
    resources: {},
  };
  const spec = { containers: [container], restartPolicy: restart, dnsPolicy: 'ClusterFirst' };
  const label = `pod/${name}`;
  if (opts.dryRun === 'client') {
    const object = {
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: {
        name,
        ...(explicitNs ? { namespace: explicitNs } : {}),
        creationTimestamp: null,
        labels,
      },
      spec,
      status: {},
    };
    return {
      stdout: printObjects(opts, 'created', [{ label, object, typed: true }]),
      stderr: opts.warning,
      exitCode: 0,
    };
  }
  if (getObject(state.cluster, 'Pod', ns, name))
    return fail(`${opts.warning}Error from server (AlreadyExists): pods "${name}" already exists`);
  const result = admit(
    state.cluster,
    opts.dryRun === 'server' ? scratchCtx(state.ctx) : state.ctx,
    { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, body: { spec } },
    ns,
  );
  if (!result.ok)
    return fail(
      opts.warning + renderInvalid('Pod', name, result.errors, state.cluster.preset.minor),
    );
  let object: unknown = result.object;
  if (opts.dryRun === 'server') {
    // The API server answers before the scheduler and the kubelet have seen the Pod: no node,
    // status as the registry strategy leaves it.
    const pod = serverDryRunObject(result.object) as {
      spec: Record<string, unknown>;
      status?: { qosClass?: string };
    };
    const { nodeName: _node, ...podSpec } = pod.spec;
    object = {
      ...pod,
      spec: podSpec,
      status: {
        phase: 'Pending',
        ...(pod.status?.qosClass ? { qosClass: pod.status.qosClass } : {}),
      },
    };
  } else state.cluster = reconcile(result.cluster, state.ctx);
  return {
    stdout: printObjects(opts, 'created', [{ label, object, typed: true }]),
    stderr: opts.warning,
    exitCode: 0,
  };
}
