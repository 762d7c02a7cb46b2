// `kubectl run NAME --image=IMG [--port=P] [--labels=k=v,...] [--env=K=V]` (kubectl pkg/cmd/run):
// one bare Pod, labelled run=NAME unless --labels says otherwise, its container named NAME.
import { admit } from '../../api/admit.ts';
import { getObject } from '../../api/cluster.ts';
import { renderInvalid } from '../../api/fieldErrors.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from '../context.ts';
import { NS_FLAGS } from './common.ts';

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
  });
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl run --help' for usage.`);
  const name = flags.positional[0];
  if (!name)
    return fail("error: NAME is required for run\nSee 'kubectl run -h' for help and examples");
  const image = flags.values.get('image');
  if (!image) return fail('error: required flag(s) "image" not set');
  const ns = flags.values.get('namespace') ?? 'default';
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
  if (getObject(state.cluster, 'Pod', ns, name))
    return fail(`Error from server (AlreadyExists): pods "${name}" already exists`);
  const result = admit(
    state.cluster,
    state.ctx,
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, labels },
      body: {
        spec: {
          containers: [
            {
              ...(command.length ? { [isCommand ? 'command' : 'args']: command } : {}),
              ...(env
                ? { env: [{ name: env.split('=')[0], value: env.slice(env.indexOf('=') + 1) }] }
                : {}),
              image,
              name,
              ...(port ? { ports: [{ containerPort: Number(port) }] } : {}),
              resources: {},
            },
          ],
          dnsPolicy: 'ClusterFirst',
          restartPolicy: restart,
        },
      },
    },
    ns,
  );
  if (!result.ok)
    return fail(renderInvalid('Pod', name, result.errors, state.cluster.preset.minor));
  state.cluster = reconcile(result.cluster, state.ctx);
  return ok(`pod/${name} created\n`);
}
