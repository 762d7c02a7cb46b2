// kubectl: the subcommands of this slice (apply, create, get, scale, delete), with kubectl's flag
// errors and result messages (reference §9.7).
import { admit } from '../api/admit.ts';
import { deleteObject, getObject, listObjects, updateObject } from '../api/cluster.ts';
import { renderInvalid } from '../api/fieldErrors.ts';
import type { Deployment, KubeObject } from '../api/objects.ts';
import { reconcile } from '../controllers/reconcile.ts';
import { NAME_SUFFIX_ALPHABET } from '../util/hash.ts';
import { randomString } from '../util/random.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from './context.ts';
import { applyText } from './kubectlApply.ts';
import { kubectlGet } from './kubectlGet.ts';
import { findResource, qualifiedPlural, qualifiedSingular } from './resources.ts';

const NS_FLAGS = {
  '-n': { name: 'namespace', value: true },
  '--namespace': { name: 'namespace', value: true },
};

function readManifest(
  state: ShellState,
  path: string,
  stdin: string | undefined,
): { text: string; source: string } | Output {
  if (path === '-') return { text: stdin ?? '', source: 'STDIN' };
  if (!state.readFile) return fail(`error: the path "${path}" does not exist`);
  try {
    return { text: state.readFile(path), source: path };
  } catch {
    return fail(`error: the path "${path}" does not exist`);
  }
}

function applyLike(
  state: ShellState,
  args: readonly string[],
  stdin: string | undefined,
  mode: 'apply' | 'create',
): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    '-f': { name: 'filename', value: true },
    '--filename': { name: 'filename', value: true },
  });
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl ${mode} --help' for usage.`,
    );
  const file = flags.values.get('filename');
  if (!file) {
    return fail(
      mode === 'apply'
        ? 'error: must specify one of -f and -k'
        : 'error: must specify one of -f and -k\n\nerror: unable to build any objects',
    );
  }
  const manifest = readManifest(state, file, stdin);
  if ('exitCode' in manifest) return manifest;
  return applyText(state, manifest.text, manifest.source, mode);
}

/** `kubectl create deployment NAME --image=IMG`: labels app=NAME, container named after the image (§2.1). */
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

/** "deployment np-pods", "deployment/np-pods", "deploy np-pods" -> kind and name. */
function target(words: readonly string[]): {
  resource: ReturnType<typeof findResource>;
  name: string | undefined;
  raw: string;
} {
  const first = words[0] ?? '';
  if (first.includes('/')) {
    const [type, name] = first.split('/') as [string, string];
    return { resource: findResource(type), name, raw: type };
  }
  return { resource: findResource(first), name: words[1], raw: first };
}

function scale(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, { ...NS_FLAGS, '--replicas': { name: 'replicas', value: true } });
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl scale --help' for usage.`);
  const replicas = flags.values.get('replicas');
  if (replicas === undefined) return fail('error: required flag(s) "replicas" not set');
  const { resource, name, raw } = target(flags.positional);
  if (!resource) return fail(`error: the server doesn't have a resource type "${raw}"`);
  if (!name) return fail('error: resource(s) were provided, but no name was specified');
  const ns = flags.values.get('namespace') ?? 'default';
  const obj = getObject<Deployment>(state.cluster, resource.kind as 'Deployment', ns, name);
  if (!obj)
    return fail(`Error from server (NotFound): ${qualifiedPlural(resource)} "${name}" not found`);
  const n = Number(replicas);
  if (!Number.isInteger(n) || n < 0)
    return fail(
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
    );
  if (obj.spec.replicas !== n) {
    [state.cluster] = updateObject(state.cluster, {
      ...obj,
      metadata: { ...obj.metadata, generation: (obj.metadata.generation ?? 1) + 1 },
      spec: { ...obj.spec, replicas: n },
    });
    state.cluster = reconcile(state.cluster, state.ctx);
  }
  return ok(`${qualifiedSingular(resource)}/${name} scaled\n`);
}

/** Deletes an object and (foreground cascade, as the garbage collector) everything it owns. */
function cascadeDelete(state: ShellState, obj: KubeObject): void {
  for (const child of listObjects<KubeObject>(state.cluster, 'ReplicaSet').concat(
    listObjects(state.cluster, 'Pod'),
    listObjects(state.cluster, 'EndpointSlice'),
  )) {
    if (child.metadata.ownerReferences?.some((o) => o.uid === obj.metadata.uid))
      cascadeDelete(state, child);
  }
  if (obj.kind === 'Service') {
    const ep = getObject(state.cluster, 'Endpoints', obj.metadata.namespace, obj.metadata.name);
    if (ep) state.cluster = deleteObject(state.cluster, ep);
  }
  state.cluster = deleteObject(state.cluster, obj);
}

function del(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, NS_FLAGS);
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl delete --help' for usage.`);
  const words = flags.positional;
  const first = words[0] ?? '';
  const { resource, raw } = target(words);
  if (!resource) return fail(`error: the server doesn't have a resource type "${raw}"`);
  const names = first.includes('/') ? [first.split('/')[1]!] : words.slice(1);
  if (names.length === 0)
    return fail('error: resource(s) were provided, but no name was specified');
  const ns = resource.namespaced ? (flags.values.get('namespace') ?? 'default') : undefined;
  const out: string[] = [];
  const errs: string[] = [];
  for (const name of names) {
    const obj = getObject(state.cluster, resource.kind, ns, name);
    if (!obj) {
      errs.push(`Error from server (NotFound): ${qualifiedPlural(resource)} "${name}" not found`);
      continue;
    }
    cascadeDelete(state, obj);
    const suffix = state.cluster.preset.minor >= 34 && ns ? ` from ${ns} namespace` : '';
    out.push(`${qualifiedSingular(resource)} "${name}" deleted${suffix}`);
  }
  state.cluster = reconcile(state.cluster, state.ctx);
  return {
    stdout: out.map((l) => l + '\n').join(''),
    stderr: errs.map((l) => l + '\n').join(''),
    exitCode: errs.length ? 1 : 0,
  };
}

/**
 * `kubectl expose deployment NAME --port=P [--target-port=T] [--type=T] [--name=N]`: a Service
 * with the object's selector and labels (reference §9.7).
 */
function expose(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    '--port': { name: 'port', value: true },
    '--target-port': { name: 'target-port', value: true },
    '--type': { name: 'type', value: true },
    '--name': { name: 'name', value: true },
    '--protocol': { name: 'protocol', value: true },
  });
  if (flags.unknown.length)
    return fail(`error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl expose --help' for usage.`);
  const { resource, name, raw } = target(flags.positional);
  if (!resource) return fail(`error: the server doesn't have a resource type "${raw}"`);
  if (!name) return fail('error: resource(s) were provided, but no name was specified');
  if (!['Deployment', 'ReplicaSet', 'Service', 'Pod'].includes(resource.kind)) {
    return fail(`error: cannot expose a ${resource.kind}`);
  }
  const ns = flags.values.get('namespace') ?? 'default';
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
  const type = flags.values.get('type') ?? 'ClusterIP';
  const result = admit(
    state.cluster,
    state.ctx,
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: serviceName,
        ...(source.metadata.labels ? { labels: source.metadata.labels } : {}),
      },
      body: {
        spec: {
          ports: ports.map((p, i) => ({
            ...(ports.length > 1 ? { name: `port-${i + 1}` } : {}),
            port: Number(p),
            protocol: flags.values.get('protocol') ?? 'TCP',
            targetPort: targetPort
              ? /^\d+$/.test(targetPort)
                ? Number(targetPort)
                : targetPort
              : Number(p),
          })),
          ...(selector ? { selector } : {}),
          type,
        },
      },
    },
    ns,
  );
  if (getObject(state.cluster, 'Service', ns, serviceName)) {
    return fail(`Error from server (AlreadyExists): services "${serviceName}" already exists`);
  }
  if (!result.ok)
    return fail(renderInvalid('Service', serviceName, result.errors, state.cluster.preset.minor));
  state.cluster = reconcile(result.cluster, state.ctx);
  return ok(`service/${serviceName} exposed\n`);
}

export function kubectl(
  state: ShellState,
  args: readonly string[],
  stdin: string | undefined,
): Output {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'apply':
      return applyLike(state, rest, stdin, 'apply');
    case 'create':
      if (rest[0] === 'deployment' || rest[0] === 'deploy')
        return createDeployment(state, rest.slice(1));
      return applyLike(state, rest, stdin, 'create');
    case 'get':
      return kubectlGet(state, rest);
    case 'scale':
      return scale(state, rest);
    case 'delete':
      return del(state, rest);
    case 'expose':
      return expose(state, rest);
    case undefined:
      return ok(
        'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n',
      );
    default:
      return fail(`error: unknown command "${sub}" for "kubectl"\nRun 'kubectl --help' for usage.`);
  }
}
