// kubectl: one file per subcommand, dispatched from this table. Add a subcommand by adding a file
// and a row. Messages are kubectl's own (reference §1.13, §9).
import { own } from '../../util/own.ts';
import { fail, ok, type Output, type ShellState } from '../context.ts';
import { takeRecordFlag } from './record.ts';
import { apiResources } from './apiResources.ts';
import { applyLike } from './apply.ts';
import { autoscale } from './autoscale.ts';
import { clusterInfo } from './clusterInfo.ts';
import { createNamespace, createService } from './create.ts';
import { createDeployment } from './createDeployment.ts';
import { del } from './delete.ts';
import { describe } from './describe.ts';
import { exec } from './exec.ts';
import { explain } from './explain.ts';
import { expose } from './expose.ts';
import { kubectlGet } from './get.ts';
import { labelOrAnnotate } from './label.ts';
import { logs } from './logs.ts';
import { patch } from './patch.ts';
import { diff } from './diff.ts';
import { rollout, set } from './rollout.ts';
import { run } from './run.ts';
import { scale } from './scale.ts';
import { top } from './top.ts';
import { version } from './version.ts';

type Subcommand = (state: ShellState, args: readonly string[], stdin: string | undefined) => Output;

const CREATE_KINDS: Readonly<Record<string, Subcommand>> = {
  deployment: (state, args) => createDeployment(state, args),
  deploy: (state, args) => createDeployment(state, args),
  service: (state, args) => createService(state, args),
  svc: (state, args) => createService(state, args),
  namespace: (state, args) => createNamespace(state, args),
  ns: (state, args) => createNamespace(state, args),
};

const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  apply: (state, args, stdin) => applyLike(state, args, stdin, 'apply'),
  create: (state, args, stdin) => {
    const kind = CREATE_KINDS[args[0] ?? ''];
    return kind ? kind(state, args.slice(1), stdin) : applyLike(state, args, stdin, 'create');
  },
  get: (state, args) => kubectlGet(state, args),
  scale: (state, args) => scale(state, args),
  autoscale: (state, args) => autoscale(state, args),
  top: (state, args) => top(state, args),
  delete: (state, args, stdin) => del(state, args, stdin),
  describe: (state, args) => describe(state, args),
  exec: (state, args) => exec(state, args),
  logs: (state, args) => logs(state, args),
  explain: (state, args) => explain(state, args),
  expose: (state, args) => expose(state, args),
  label: (state, args) => labelOrAnnotate(state, args, 'label'),
  annotate: (state, args) => labelOrAnnotate(state, args, 'annotate'),
  run: (state, args) => run(state, args),
  'api-resources': (state, args) => apiResources(state, args),
  version: (state, args) => version(state, args),
  'cluster-info': (state, args) => clusterInfo(state, args),
  rollout: (state, args) => rollout(state, args),
  set: (state, args) => set(state, args),
  patch: (state, args) => patch(state, args),
  diff: (state, args, stdin) => diff(state, args, stdin),
  edit: () =>
    fail(
      "lab: kubectl edit opens the object in the browser's editor; in a script, change the manifest and kubectl apply it",
    ),
};

/**
 * kubectl's commands the lab does not simulate, with the minor version that has them (`events`
 * from v1.26, `debug` out of alpha in v1.20): refused as the lab's gap, not as a command kubectl
 * lacks.
 */
const NOT_SIMULATED: Readonly<Record<string, number>> = {
  'api-versions': 0,
  attach: 0,
  auth: 0,
  certificate: 0,
  completion: 0,
  config: 0,
  cordon: 0,
  cp: 0,
  debug: 20,
  drain: 0,
  events: 26,
  kustomize: 14,
  options: 0,
  plugin: 0,
  'port-forward': 0,
  proxy: 0,
  replace: 0,
  taint: 0,
  uncordon: 0,
  wait: 0,
};

/**
 * `kubectl -n NS get pods`: the namespace is a global flag, accepted before the subcommand. It is
 * moved after the subcommand's own words (before any `--`), where every subcommand reads it.
 */
function hoistGlobalFlags(args: readonly string[]): readonly string[] {
  const global: string[] = [];
  let i = 0;
  while (i < args.length) {
    const a = args[i]!;
    if (a === '-n' || a === '--namespace') {
      if (args[i + 1] === undefined) break;
      global.push(a, args[i + 1]!);
      i += 2;
    } else if (a.startsWith('--namespace=') || /^-n[^-]/.test(a)) {
      global.push(a);
      i += 1;
    } else break;
  }
  if (global.length === 0) return args;
  const rest = args.slice(i);
  const dash = rest.indexOf('--');
  return dash < 0 ? [...rest, ...global] : [...rest.slice(0, dash), ...global, ...rest.slice(dash)];
}

export function kubectl(
  state: ShellState,
  original: readonly string[],
  stdin: string | undefined,
): Output {
  const args = hoistGlobalFlags(original);
  const [sub, ...rest] = args;
  if (sub === undefined) {
    return ok(
      'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n',
    );
  }
  const run = own(SUBCOMMANDS, sub);
  if (!run && sub.startsWith('-'))
    return fail(
      sub.startsWith('--')
        ? `error: unknown flag: ${sub.split('=')[0]}\nSee 'kubectl --help' for usage.`
        : `error: unknown shorthand flag: '${sub.charAt(1)}' in ${sub}\nSee 'kubectl --help' for usage.`,
    );
  if (!run) {
    const since = own(NOT_SIMULATED, sub);
    if (since !== undefined && state.cluster.preset.minor >= since)
      return fail(`lab: "kubectl ${sub}" is a real kubectl command; the lab does not simulate it`);
    return fail(`error: unknown command "${sub}" for "kubectl"\nRun 'kubectl --help' for usage.`);
  }
  const recorded = takeRecordFlag(args, state.cluster.preset.minor);
  if (recorded.changeCause === null && recorded.warning === null) return run(state, rest, stdin);
  state.changeCause = recorded.changeCause;
  try {
    const out = run(state, recorded.args.slice(1), stdin);
    return recorded.warning ? { ...out, stderr: `${recorded.warning}\n${out.stderr}` } : out;
  } finally {
    state.changeCause = null;
  }
}
