// `kubectl rollout status|history|undo` and `kubectl set image` (reference §2.2, §2.3; kubectl
// pkg/cmd/rollout, pkg/polymorphichelpers/history.go and rollback.go).
import { getObject, listObjects, sameContent, updateObject } from '../../api/cluster.ts';
import type { Deployment, ReplicaSet } from '../../api/objects.ts';
import { advance } from '../../controllers/clock.ts';
import { reconcile } from '../../controllers/reconcile.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from '../context.ts';
import { NS_FLAGS, target } from './common.ts';
import { qualifiedPlural } from '../resources.ts';
import { isOutput as isPrintOutput, printObjects, PRINT_FLAGS, printOptions } from './dryRun.ts';

const REVISION = 'deployment.kubernetes.io/revision';

const isOutput = (x: Deployment | Output): x is Output =>
  typeof (x as Output).exitCode === 'number';

function findDeployment(
  state: ShellState,
  words: readonly string[],
  ns: string,
): Deployment | Output {
  const { resource, name, raw } = target(words);
  if (!resource) return fail(`error: the server doesn't have a resource type "${raw}"`);
  if (!name) return fail('error: required resource not specified');
  if (resource.kind !== 'Deployment')
    return fail(`error: no rollout history found for ${resource.kind.toLowerCase()} "${name}"`);
  const d = getObject<Deployment>(state.cluster, 'Deployment', ns, name);
  return d ?? fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
}

/** The kinds `set image` changes: those with a pod template. */
const TEMPLATED = new Set([
  'Deployment',
  'DaemonSet',
  'StatefulSet',
  'ReplicaSet',
  'ReplicationController',
]);

function findWorkload(
  state: ShellState,
  words: readonly string[],
  ns: string,
): Deployment | Output {
  const { resource, name, raw } = target(words);
  if (!resource) return fail(`error: the server doesn't have a resource type "${raw}"`);
  if (!name) return fail('error: required resource not specified');
  if (!TEMPLATED.has(resource.kind))
    // polymorphichelpers.UpdatePodSpecForObject's error names the Go type kubectl decoded.
    return fail(
      `error: the object is not a pod or does not have a pod template: *v1.${resource.kind}`,
    );
  const obj = getObject<Deployment>(state.cluster, resource.kind as 'Deployment', ns, name);
  return (
    obj ?? fail(`Error from server (NotFound): ${qualifiedPlural(resource)} "${name}" not found`)
  );
}

function replicaSetsOf(state: ShellState, d: Deployment): ReplicaSet[] {
  return listObjects<ReplicaSet>(state.cluster, 'ReplicaSet', d.metadata.namespace)
    .filter((rs) => rs.metadata.ownerReferences?.[0]?.uid === d.metadata.uid)
    .sort(
      (a, b) =>
        Number(a.metadata.annotations?.[REVISION] ?? 0) -
        Number(b.metadata.annotations?.[REVISION] ?? 0),
    );
}

/** The Deployment's template as it stands in a ReplicaSet, without the pod-template-hash label. */
function templateOf(rs: ReplicaSet): ReplicaSet['spec']['template'] {
  const { ['pod-template-hash']: _h, ...labels } = rs.spec.template.metadata.labels ?? {};
  return { ...rs.spec.template, metadata: { ...rs.spec.template.metadata, labels } };
}

/** The status line `rollout status` prints for the Deployment as it is now (rollout_status.go). */
function statusLine(d: Deployment): { text: string; done: boolean } {
  const name = d.metadata.name;
  const s = (d.status ?? {}) as Record<string, number | undefined>;
  if ((d.metadata.generation ?? 1) > (s.observedGeneration ?? 0))
    return { text: 'Waiting for deployment spec update to be observed...', done: false };
  const updated = s.updatedReplicas ?? 0;
  const replicas = s.replicas ?? 0;
  const available = s.availableReplicas ?? 0;
  if (updated < d.spec.replicas)
    return {
      text: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${d.spec.replicas} new replicas have been updated...`,
      done: false,
    };
  if (replicas > updated)
    return {
      text: `Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...`,
      done: false,
    };
  if (available < updated)
    return {
      text: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`,
      done: false,
    };
  return { text: `deployment "${name}" successfully rolled out`, done: true };
}

function status(state: ShellState, words: readonly string[], ns: string): Output {
  let d = findDeployment(state, words, ns);
  if (isOutput(d)) return d;
  const lines: string[] = [];
  // kubectl watches until the rollout finishes or its progress deadline passes; simulated time runs meanwhile.
  const deadline = state.cluster.now + Number(d.spec.progressDeadlineSeconds ?? 600) * 1000;
  for (;;) {
    const line = statusLine(d);
    if (lines[lines.length - 1] !== line.text) lines.push(line.text);
    if (line.done) return ok(lines.join('\n') + '\n');
    if (state.cluster.now >= deadline) {
      return fail(
        `error: deployment "${d.metadata.name}" exceeded its progress deadline`,
        1,
        lines.join('\n') + '\n',
      );
    }
    state.cluster = advance(state.cluster, state.ctx, 1000);
    d = getObject<Deployment>(state.cluster, 'Deployment', ns, d.metadata.name)!;
  }
}

function describeTemplate(rs: ReplicaSet): string {
  const t = rs.spec.template;
  const labels = Object.entries(t.metadata.labels ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`);
  const out = [
    'Pod Template:',
    `  Labels:\t${labels[0] ?? '<none>'}`,
    ...labels.slice(1).map((l) => `\t${l}`),
    '  Containers:',
  ];
  for (const c of t.spec.containers) {
    const port = c.ports?.[0];
    out.push(
      `   ${c.name}:`,
      `    Image:\t${c.image}`,
      `    Port:\t${port ? `${port.containerPort}/${port.protocol}` : '<none>'}`,
      `    Host Port:\t${port ? `0/${port.protocol}` : '<none>'}`,
      '    Environment:\t<none>',
      '    Mounts:\t<none>',
    );
  }
  out.push('  Volumes:\t<none>');
  return out.join('\n') + '\n';
}

function history(
  state: ShellState,
  words: readonly string[],
  ns: string,
  revision: string | undefined,
): Output {
  const d = findDeployment(state, words, ns);
  if (isOutput(d)) return d;
  const sets = replicaSetsOf(state, d);
  if (sets.length === 0) return ok('No rollout history found.\n');
  if (revision !== undefined && revision !== '0') {
    const rs = sets.find((r) => r.metadata.annotations?.[REVISION] === revision);
    if (!rs) return fail('error: unable to find the specified revision');
    return ok(
      `deployment.apps/${d.metadata.name} with revision #${revision}\n${describeTemplate(rs)}`,
    );
  }
  const rows = sets.map((rs) => [
    rs.metadata.annotations?.[REVISION] ?? '0',
    rs.metadata.annotations?.['kubernetes.io/change-cause'] ?? '<none>',
  ]);
  const width = Math.max('REVISION'.length, ...rows.map((r) => r[0]!.length)) + 2;
  const body = [['REVISION', 'CHANGE-CAUSE'], ...rows]
    .map(([a, b]) => `${a!.padEnd(width)}${b}`)
    .join('\n');
  return ok(`deployment.apps/${d.metadata.name} \n${body}\n\n`);
}

/** Annotations a rollback never copies between ReplicaSet and Deployment (kubectl annotationsToSkip). */
const SKIPPED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

function undo(
  state: ShellState,
  words: readonly string[],
  ns: string,
  toRevision: string | undefined,
): Output {
  const d = findDeployment(state, words, ns);
  if (isOutput(d)) return d;
  const sets = replicaSetsOf(state, d);
  const rev = (rs: ReplicaSet) => Number(rs.metadata.annotations?.[REVISION] ?? 0);
  let target: ReplicaSet | undefined;
  if (toRevision && toRevision !== '0') {
    target = sets.find((rs) => String(rev(rs)) === toRevision);
    if (!target) return fail(`error: unable to find specified revision ${toRevision} in history`);
  } else {
    const current = Math.max(0, ...sets.map(rev));
    target = sets.filter((rs) => rev(rs) < current).pop();
    if (!target) return fail(`error: no rollout history found for deployment "${d.metadata.name}"`);
  }
  if (sameContent(templateOf(target), d.spec.template)) {
    return ok(
      `deployment.apps/${d.metadata.name} skipped rollback (current template already matches revision ${rev(target)})\n`,
    );
  }
  // setDeploymentAnnotationsTo: the Deployment keeps only its skipped annotations and takes the
  // others (the change-cause among them) from the ReplicaSet it rolls back to.
  const kept = Object.entries(d.metadata.annotations ?? {}).filter(([k]) => SKIPPED.has(k));
  const taken = Object.entries(target.metadata.annotations ?? {}).filter(([k]) => !SKIPPED.has(k));
  const annotations = Object.fromEntries([...kept, ...taken]);
  [state.cluster] = updateObject(state.cluster, {
    ...d,
    metadata: {
      ...d.metadata,
      generation: (d.metadata.generation ?? 1) + 1,
      ...(Object.keys(annotations).length ? { annotations } : {}),
    },
    spec: { ...d.spec, template: templateOf(target) },
  });
  // The deployment controller sees the new template at once, as after any other change.
  state.cluster = reconcile(state.cluster, state.ctx);
  return ok(`deployment.apps/${d.metadata.name} rolled back\n`);
}

export function rollout(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    ...NS_FLAGS,
    '--revision': { name: 'revision', value: true },
    '--to-revision': { name: 'to-revision', value: true },
    '-w': { name: 'watch', value: false },
    '--watch': { name: 'watch', value: false },
  });
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl rollout --help' for usage.`,
    );
  const [verb, ...words] = flags.positional;
  const ns = flags.values.get('namespace') ?? 'default';
  switch (verb) {
    case 'status':
      return status(state, words, ns);
    case 'history':
      return history(state, words, ns, flags.values.get('revision'));
    case 'undo':
      return undo(state, words, ns, flags.values.get('to-revision'));
    default:
      return fail(`error: unknown command "${verb ?? ''}" for "kubectl rollout"`);
  }
}

/**
 * `kubectl set image deployment/NAME CONTAINER=IMAGE...`; with --dry-run the changed Deployment is
 * printed (`image updated (dry run)`, or the object with -o) and not stored.
 */
export function set(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, { ...NS_FLAGS, ...PRINT_FLAGS });
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl set image --help' for usage.`,
    );
  const [what, ...rest] = flags.positional;
  if (what !== 'image') return fail(`error: unknown command "${what ?? ''}" for "kubectl set"`);
  const opts = printOptions(state, args, flags);
  if (isPrintOutput(opts)) return opts;
  const pairs = rest.filter((w) => w.includes('='));
  const words = rest.filter((w) => !w.includes('='));
  const ns = flags.values.get('namespace') ?? 'default';
  const d = findWorkload(state, words, ns);
  if (isOutput(d)) return d;
  if (pairs.length === 0) return fail('error: at least one image update is required');
  let containers = d.spec.template.spec.containers;
  for (const pair of pairs) {
    const [name, image] = pair.split('=') as [string, string];
    if (name !== '*' && !containers.some((c) => c.name === name))
      return fail(`error: unable to find container named "${name}"`);
    containers = containers.map((c) => (name === '*' || c.name === name ? { ...c, image } : c));
  }
  const template = { ...d.spec.template, spec: { ...d.spec.template.spec, containers } };
  let object: Deployment = d;
  if (!sameContent(template, d.spec.template)) {
    object = {
      ...d,
      metadata: {
        ...d.metadata,
        ...(state.changeCause
          ? {
              annotations: {
                ...d.metadata.annotations,
                'kubernetes.io/change-cause': state.changeCause,
              },
            }
          : {}),
        generation: (d.metadata.generation ?? 1) + 1,
      },
      spec: { ...d.spec, template },
    };
    if (opts.dryRun === 'none') {
      [state.cluster, object] = updateObject(state.cluster, object);
      state.cluster = reconcile(state.cluster, state.ctx);
    }
  }
  const kind: string = d.kind;
  const kindLabel =
    kind === 'ReplicationController' ? 'replicationcontroller' : `${kind.toLowerCase()}.apps`;
  return {
    stdout: printObjects(opts, 'image updated', [
      // set image holds the object typed: -o json in struct order.
      { label: `${kindLabel}/${d.metadata.name}`, object, typed: true },
    ]),
    stderr: opts.warning,
    exitCode: 0,
  };
}
