import { admit } from '../../api/admit.ts';
import { getObject } from '../../api/cluster.ts';
import { renderInvalid } from '../../api/fieldErrors.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { NAME_SUFFIX_ALPHABET } from '../../util/hash.ts';
import { randomString } from '../../util/random.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from '../context.ts';
import { NS_FLAGS } from './common.ts';

export /** `kubectl create deployment NAME --image=IMG`: labels app=NAME, container named after the image (§2.1). */
function createDeployment(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    '--image': { name: 'image', value: true },
    '--replicas': { name: 'replicas', value: true },
    '-r': { name: 'replicas', value: true },
    '--port': { name: 'port', value: true },
  });
  if (flags.unknown.length) {
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl create deployment --help' for usage.`,
    );
  }
  const name = flags.positional[0];
  if (!name)
    return fail(
      "error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples",
    );
  const image = flags.values.get('image');
  if (!image) return fail('error: required flag(s) "image" not set');
  const ns = flags.values.get('namespace') ?? 'default';
  let containerName = image.split('@')[0]!.split('/').pop()!.split(':')[0]!;
  if (/[._]/.test(containerName)) {
    containerName = `${containerName.replace(/[._]/g, '-')}-${randomString(state.ctx.random, NAME_SUFFIX_ALPHABET, 5)}`;
  }
  const port = flags.values.get('port');
  const labels = { app: name };
  const result = admit(
    state.cluster,
    state.ctx,
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, labels },
      body: {
        spec: {
          replicas: Number(flags.values.get('replicas') ?? 1),
          selector: { matchLabels: labels },
          strategy: {},
          template: {
            metadata: { labels },
            spec: {
              containers: [
                {
                  image,
                  name: containerName,
                  resources: {},
                  ...(port ? { ports: [{ containerPort: Number(port) }] } : {}),
                },
              ],
            },
          },
        },
      },
    },
    ns,
  );
  if (getObject(state.cluster, 'Deployment', ns, name)) {
    return fail(`error: failed to create deployment: deployments.apps "${name}" already exists`);
  }
  if (!result.ok)
    return fail(renderInvalid('Deployment', name, result.errors, state.cluster.preset.minor));
  state.cluster = reconcile(result.cluster, state.ctx);
  return ok(`deployment.apps/${name} created\n`);
}
