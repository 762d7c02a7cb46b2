// What the terminal's shell asks of the page: the lab store's session runs each command (the same
// interpreter as the CLI), a traced command is handed to the topology as the request bar's is,
// and completion reads names from the cluster without letting simulated time pass.
import type { CommandResult } from '../../engine/index.ts';
import { useLabStore, type LabSession } from '../store/labStore.ts';
import type { Lookup } from './complete.ts';

/** A session that can read without ageing the cluster (the engine's; a stand-in may lack it). */
function reader(session: LabSession): ((line: string) => CommandResult) | null {
  const read = (session as Partial<{ read(line: string): CommandResult }>).read;
  return typeof read === 'function' ? (line) => read.call(session, line) : null;
}

export function runInLab(line: string, stdin: string | undefined): CommandResult | null {
  const { session } = useLabStore.getState();
  if (session === null) return null;
  let result: CommandResult;
  try {
    result = session.run(line, stdin);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = {
      command: line,
      exitCode: 70,
      stdout: '',
      stderr: `lab: internal error: ${message}\n`,
    };
  }
  useLabStore.getState().showResult(result);
  return result;
}

export const labLookup: Lookup = {
  names(resource, namespace) {
    const { session } = useLabStore.getState();
    const read = session === null ? null : reader(session);
    if (read === null) return [];
    const ns = namespace === undefined ? '' : ` -n ${namespace}`;
    const out = read(`kubectl get ${resource} -o name${ns}`);
    if (out.exitCode !== 0) return [];
    return out.stdout
      .split('\n')
      .filter((l) => l.includes('/'))
      .map((l) => l.slice(l.indexOf('/') + 1));
  },
  nodes() {
    return useLabStore.getState().view?.nodes.map((n) => n.name) ?? [];
  },
};
