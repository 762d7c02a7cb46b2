// The lab's own commands (spec/cli.md): lab trace, lab load, lab clients, lab wait, lab node, lab cpu.
import { advance } from '../controllers/clock.ts';
import { powerOff, powerOn } from '../controllers/nodeLifecycle.ts';
import { reconcile } from '../controllers/reconcile.ts';
import { fail, ok, type Output, type ShellState } from './context.ts';
import { labCpu } from './labCpu.ts';
import { labClients, labLoad, labTrace } from './network.ts';

const MAX_WAIT = 86400;

export function lab(
  state: ShellState,
  args: readonly string[],
  run: (words: readonly string[]) => Output,
): Output {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'trace':
      return labTrace(state, rest, run);
    case 'load':
      return labLoad(state, rest);
    case 'clients':
      return labClients(state);
    case 'node':
      return labNode(state, rest);
    case 'cpu':
      return labCpu(state, rest);
    case 'wait': {
      const seconds = Number(rest[0] ?? 10);
      if (!Number.isFinite(seconds) || seconds < 0) return fail('usage: lab wait [SECONDS]', 2);
      // A day at a time keeps a stray `lab wait 1e12` from running the controllers for ever.
      if (seconds > MAX_WAIT) return fail(`lab wait: at most ${MAX_WAIT} seconds at a time`, 2);
      state.cluster = advance(state.cluster, state.ctx, seconds * 1000);
      return ok();
    }
    default:
      return fail(
        `lab: unknown command "${sub ?? ''}"; try: lab trace, lab load, lab clients, lab wait, lab node, lab cpu`,
        2,
      );
  }
}

/** `lab node down|up NODE`: switch a node off or on. */
function labNode(state: ShellState, args: readonly string[]): Output {
  const [verb, name] = args;
  const node = state.cluster.preset.nodes.find((n) => n.name === name);
  if ((verb !== 'down' && verb !== 'up') || !name) return fail('usage: lab node down|up NODE', 2);
  if (!node) return fail(`lab: no node named "${name}"; see kubectl get nodes`, 2);
  if (verb === 'down') {
    if (state.cluster.poweredOff.has(name)) return ok(`node/${name} is already off\n`);
    state.cluster = powerOff(state.cluster, name);
    // Its kernel's conntrack and recent tables die with it.
    state.net.forgetNode(name);
    return ok(`node/${name} powered off\n`);
  }
  if (!state.cluster.poweredOff.has(name)) return ok(`node/${name} is already on\n`);
  state.cluster = reconcile(powerOn(state.cluster, state.ctx, name), state.ctx);
  return ok(`node/${name} powered on\n`);
}
