// A session: one simulated cluster and the lab shell over it. The CLI, the browser's terminal and
// editor, and the lesson runner all drive the engine through this.
import { own } from './util/own.ts';
import type { Cluster, Ctx } from './api/cluster.ts';
import { clusterFromDump, parseClusterDump } from './import/clusterDump.ts';
import { advance } from './controllers/clock.ts';
import { bootstrap } from './presets/bootstrap.ts';
import { PRESETS, presetNames, type Preset } from './presets/presets.ts';
import { fail, type Output, type ShellState } from './shell/context.ts';
import { kubectl } from './shell/kubectl/index.ts';
import { lab } from './shell/lab.ts';
import { applyText } from './shell/kubectl/applyText.ts';
import { curl, ping, ssh } from './shell/network.ts';
import { minikube } from './shell/minikube.ts';
import { splitScript, splitWords } from './shell/script.ts';
import type { ClusterView, CommandResult, SourceError } from './types.ts';
import { createRandom } from './util/random.ts';
import { NetState } from './net/netState.ts';
import { clusterView } from './view.ts';

export { presetNames };

export interface SessionOptions {
  /** A preset of presets.md: 'lab' (default), 'k8sinfra', 'minikube', 'gke' or 'aws'. */
  readonly preset?: string;
  /** Seeds every random choice (default 1). */
  readonly seed?: number;
  /** A cluster shape of its own instead of a named preset (benchmarks, a real cluster's dump). */
  readonly custom?: Preset;
  /**
   * A real cluster's state: the text of `kubectl get nodes,pods,services,endpointslices,ingresses
   * -A -o yaml`. Replaces preset and custom; an unreadable dump throws its message (check it first
   * with `parseClusterDump`).
   */
  readonly clusterDump?: string;
  /** Reads `-f PATH` files for the shell (the CLI passes one; the browser has none). */
  readonly readFile?: (path: string) => string;
}

export interface ApplyOutcome extends CommandResult {
  /** YAML and API-server errors, each on the line of the applied text it concerns. */
  readonly errors: readonly SourceError[];
}

/** A simulated cluster plus the lab shell that drives it. */
export interface Session {
  readonly preset: string;
  /** Runs one shell line (cli.md): `kubectl ...`, `curl ...`, `lab trace ...`, `lab load ...`. */
  run(line: string, stdin?: string): CommandResult;
  /**
   * Runs a command without letting simulated time pass: for what the page reads on its own (a
   * node's iptables-save for the inspector), not for what the learner types.
   */
  read(line: string, stdin?: string): CommandResult;
  /** Runs a whole script (comments, continuations, here-documents) and returns one result per command. */
  runScript(text: string): CommandResult[];
  /** `kubectl apply -f -` of the given text, with errors mapped to its lines. */
  apply(text: string): ApplyOutcome;
  /** The cluster as the topology draws it. */
  view(): ClusterView;
  /** The current cluster value (read-only; replaced by every command that changes it). */
  cluster(): Cluster;
  /** Lets simulated time pass (the browser calls it as real time passes). */
  advance(seconds: number): void;
}

/** Simulated seconds that pass per command: a person at a terminal. */
const SECONDS_PER_COMMAND = 2;

function dispatch(state: ShellState, words: readonly string[], stdin: string | undefined): Output {
  const [cmd, ...args] = words;
  switch (cmd) {
    case 'kubectl':
      return kubectl(state, args, stdin);
    case 'curl':
      return curl(state, args);
    case 'ping':
      return ping(state, args);
    case 'lab':
      return lab(state, args, (words) => dispatch(state, words, undefined));
    case 'ssh':
      return ssh(state, args);
    case 'minikube':
      return minikube(state, args, (sshArgs) => ssh(state, sshArgs), stdin);
    default:
      return fail(`bash: ${cmd}: command not found`, 127);
  }
}

/** The cluster a session starts from: a dump's, a custom shape's or a preset's. */
function startingCluster(options: SessionOptions, ctx: Ctx): Cluster {
  if (options.clusterDump !== undefined) {
    const dump = parseClusterDump(options.clusterDump);
    if (!dump.ok) throw new Error(dump.message);
    return clusterFromDump(dump.value, ctx);
  }
  const presetName = options.custom?.name ?? options.preset ?? 'lab';
  const preset = options.custom ?? own(PRESETS, presetName);
  if (!preset)
    throw new Error(`unknown preset "${presetName}"; choose one of: ${presetNames.join(', ')}`);
  return bootstrap(preset, ctx);
}

export function createSession(options: SessionOptions = {}): Session {
  const ctx = { random: createRandom(options.seed ?? 1) };
  const cluster = startingCluster(options, ctx);
  const presetName = cluster.preset.name;
  const state: ShellState = {
    cluster,
    ctx,
    net: new NetState(),
    ...(options.readFile ? { readFile: options.readFile } : {}),
  };
  const tick = () => {
    state.cluster = advance(state.cluster, state.ctx, SECONDS_PER_COMMAND * 1000);
  };

  const execute = (line: string, stdin?: string): CommandResult => {
    const words = splitWords(line);
    if (words.length === 0) return { command: line, exitCode: 0, stdout: '', stderr: '' };
    let out: Output;
    try {
      out = dispatch(state, words, stdin);
    } catch (err) {
      // A bug in the simulator must not take the page or the CLI down with it.
      out = fail(`lab: internal error: ${(err as Error).message}`, 70);
    }
    return {
      command: line,
      exitCode: out.exitCode,
      stdout: out.stdout,
      stderr: out.stderr,
      ...(out.trace ? { trace: out.trace } : {}),
      ...(out.load ? { load: out.load } : {}),
      ...(out.traces ? { traces: out.traces } : {}),
    };
  };

  const run = (line: string, stdin?: string): CommandResult => {
    tick();
    return execute(line, stdin);
  };

  return {
    preset: presetName,
    run,
    read: (line, stdin) => execute(line, stdin),
    runScript: (text) => splitScript(text).map((c) => run(c.text, c.stdin)),
    apply(text) {
      let report: ReturnType<typeof applyText>;
      try {
        tick();
        report = applyText(state, text, 'STDIN', 'apply');
      } catch (err) {
        // As for run(): a simulator bug is reported, never thrown at the page.
        report = { ...fail(`lab: internal error: ${(err as Error).message}`, 70), errors: [] };
      }
      return {
        command: 'kubectl apply -f -',
        exitCode: report.exitCode,
        stdout: report.stdout,
        stderr: report.stderr,
        errors: report.errors,
      };
    },
    view: () => clusterView(state.cluster),
    cluster: () => state.cluster,
    advance(seconds) {
      state.cluster = advance(state.cluster, state.ctx, seconds * 1000);
    },
  };
}
