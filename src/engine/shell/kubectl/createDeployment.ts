// `kubectl create deployment NAME --image=IMG [--replicas=N] [--port=P]` (kubectl pkg/cmd/create
// create_deployment.go): labels app=NAME, container named after the image (§2.1); --dry-run and -o.
import { admit } from '../../api/admit.ts';
import { getObject } from '../../api/cluster.ts';
import { renderInvalid } from '../../api/fieldErrors.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { NAME_SUFFIX_ALPHABET } from '../../util/hash.ts';
import { randomString } from '../../util/random.ts';
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

export function createDeployment(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    ...PRINT_FLAGS,
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
  const opts = printOptions(state, args, flags);
  if (isOutput(opts)) return opts;
  const explicitNs = flags.values.get('namespace');
  const ns = explicitNs ?? 'default';
  // A dry run draws kubectl's random container-name suffix from a copy of the generator.
  const ctx = opts.dryRun === 'none' ? state.ctx : scratchCtx(state.ctx);
  let containerName = image.split('@')[0]!.split('/').pop()!.split(':')[0]!;
  if (/[._]/.test(containerName)) {
    containerName = `${containerName.replace(/[._]/g, '-')}-${randomString(ctx.random, NAME_SUFFIX_ALPHABET, 5)}`;
  }
  const port = flags.values.get('port');
  const labels = { app: name };
  const replicas = Number(flags.values.get('replicas') ?? 1);
  const container = {
    name: containerName,
    image,
    ...(port ? { ports: [{ containerPort: Number(port) }] } : {}),
    resources: {},
  };
  const label = `deployment.apps/${name}`;
  if (opts.dryRun === 'client') {
    // The object kubectl built, in appsv1.Deployment's field order; the namespace only when -n
    // was given (EnforceNamespace).
    const object = {
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      metadata: {
        name,
        ...(explicitNs ? { namespace: explicitNs } : {}),
        creationTimestamp: null,
        labels,
      },
      spec: {
        replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { creationTimestamp: null, labels },
          spec: { containers: [container] },
        },
        strategy: {},
      },
      status: {},
    };
    return {
      stdout: printObjects(opts, 'created', [{ label, object, typed: true }]),
      stderr: opts.warning,
      exitCode: 0,
    };
  }
  if (getObject(state.cluster, 'Deployment', ns, name)) {
    return fail(
      `${opts.warning}error: failed to create deployment: deployments.apps "${name}" already exists`,
    );
  }
  const result = admit(
    state.cluster,
    ctx,
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, labels },
      body: {
        spec: {
          replicas,
          selector: { matchLabels: labels },
          strategy: {},
          template: { metadata: { labels }, spec: { containers: [container] } },
        },
      },
    },
    ns,
  );
  if (!result.ok)
    return fail(
      opts.warning + renderInvalid('Deployment', name, result.errors, state.cluster.preset.minor),
    );
  let object: unknown = result.object;
  if (opts.dryRun === 'server') object = serverDryRunObject(result.object, { status: {} });
  else state.cluster = reconcile(result.cluster, state.ctx);
  // kubectl decodes the server's answer into its typed Deployment.
  return {
    stdout: printObjects(opts, 'created', [{ label, object, typed: true }]),
    stderr: opts.warning,
    exitCode: 0,
  };
}
