// What the terminal's shell asks of the page: the lab store's session runs each command (the same
// interpreter as the CLI, in the engine's worker), a traced command is handed to the topology as
// the request bar's is, and completion reads names from the cluster without letting simulated time
// pass.
import type { CommandResult } from '../../engine/index.ts';
import { useLabStore } from '../store/labStore.ts';
import { complete } from './complete.ts';
import { useWorkspaceLayout } from '../editor/workspaceLayout.ts';
import { tNow } from '../i18n/i18n.ts';

function failed(line: string, why: string): CommandResult {
  return { command: line, exitCode: 70, stdout: '', stderr: `lab: internal error: ${why}\n` };
}

export async function runInLab(
  line: string,
  stdin: string | undefined,
): Promise<CommandResult | null> {
  const { session } = useLabStore.getState();
  if (session === null) return null;
  let result: CommandResult;
  try {
    result = await session.run(line, stdin);
  } catch (error) {
    result = failed(line, error instanceof Error ? error.message : String(error));
  }
  // Undo, Reset or an import replaced the cluster while the command ran: its answer is not shown.
  if (useLabStore.getState().session !== session) {
    const stderr =
      'lab: the cluster was rebuilt (Undo, Reset or an import) before this command ended\n';
    return { command: line, exitCode: 1, stdout: '', stderr };
  }
  void useLabStore.getState().showResult(result);
  return result;
}

/** Where commands run elsewhere are shown in the terminal, while it is open. */
let terminalEcho: ((result: CommandResult) => void) | null = null;

/** The terminal registers itself (null when it closes). */
export function setTerminalEcho(echo: ((result: CommandResult) => void) | null): void {
  terminalEcho = echo;
}

/** A command run by a lesson's Run, shown in the terminal as if typed there. */
export function echoInTerminal(result: CommandResult): void {
  terminalEcho?.(result);
}

/** kubectl edit's header above the object it opens (cmd/util/editor/editoptions.go). */
const EDIT_HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n" +
  '# and an empty file will abort the edit. If an error occurs while saving this file will be\n' +
  '# reopened with the relevant failures.\n' +
  '#\n';

/**
 * `kubectl edit TYPE NAME` in the browser: the object as `kubectl get -o yaml` prints it, under
 * kubectl edit's header, goes into the editor, where Apply saves it. Anything kubectl would refuse
 * (no such object, a bad flag) is answered by the engine as kubectl answers it.
 */
async function editInEditor(line: string): Promise<CommandResult | null> {
  const { session, read } = useLabStore.getState();
  if (session === null) return null;
  const words = line.trim().split(/\s+/).slice(2);
  // Only names and a namespace: any other flag is the engine's to answer as kubectl would.
  let plain = true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-n' || w === '--namespace') i++;
    else if (w.startsWith('-') && !w.startsWith('--namespace=')) plain = false;
  }
  if (!plain || words.length === 0) return runInLab(line, undefined);
  const got = await read(`kubectl get ${words.join(' ')} -o yaml`);
  if (got === null || !got.ok) return runInLab(line, undefined);
  const out = got.value;
  if (out.exitCode !== 0 || out.stdout.startsWith('apiVersion: v1\nitems:'))
    return out.exitCode !== 0 ? { ...out, command: line } : runInLab(line, undefined);
  const kind = /^kind: (.+)$/m.exec(out.stdout)?.[1] ?? '';
  const name = /^ {2}name: (.+)$/m.exec(out.stdout)?.[1] ?? '';
  useLabStore.getState().setEditorText(EDIT_HEADER + out.stdout);
  const layout = useWorkspaceLayout.getState();
  if (layout.hidden || layout.folded === 'editor') layout.change({ hidden: false, folded: 'none' });
  return {
    command: line,
    exitCode: 0,
    stdout: `${tNow('terminal.editing', { object: `${kind.toLowerCase()}/${name}` })}\n`,
    stderr: '',
  };
}

/** What the terminal runs: the lab shell, with `kubectl edit` opening the editor. */
export function runInTerminal(
  line: string,
  stdin: string | undefined,
): Promise<CommandResult | null> {
  return /^\s*kubectl\s+edit(\s|$)/.test(line) ? editInEditor(line) : runInLab(line, stdin);
}

/**
 * Tab completion's candidates: worked out in the engine's worker against the cluster; a stand-in
 * session (the recorded example) completes commands, kinds and its drawn nodes only.
 */
export async function completeInLab(
  before: readonly string[],
  prefix: string,
): Promise<readonly string[]> {
  const { session, view } = useLabStore.getState();
  if (session?.complete !== undefined) return session.complete(before, prefix);
  return complete(before, prefix, {
    names: () => [],
    nodes: () => view?.nodes.map((n) => n.name) ?? [],
  });
}
