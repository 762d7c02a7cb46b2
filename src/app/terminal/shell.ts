// The browser terminal's shell: a line editor (cursor keys, Home/End, Ctrl+A/E/U/K/W, history on
// the arrows), here-documents and `\` continuations across lines, Tab completion, Ctrl+C and
// Ctrl+L, and the lab shell (the engine's session) running each command. It turns the terminal's
// input (xterm's onData strings) into what to write back; it knows nothing of xterm itself.
// The host may answer at once or later (the engine works in its worker): while a command or a
// completion waits for its answer, the shell holds its prompt and keeps what is typed for after,
// as a terminal does while a program runs.
import { splitScript } from '../../engine/shell/script.ts';
import type { CommandResult } from '../../engine/index.ts';
import { commonPrefix } from './complete.ts';
import { loadHistory, remember, saveHistory, type HistoryStore } from './history.ts';

/** A value now, or a promise of it. */
export type Later<T> = T | Promise<T>;

export interface ShellHost {
  /** Runs one command of the lab shell; null when no session is open yet. */
  run(line: string, stdin: string | undefined): Later<CommandResult | null>;
  /** Writes to the terminal (with \n line ends; the terminal converts them). */
  write(text: string): void;
  /** Clears the screen and the scrollback (Ctrl+L, `clear`). */
  clear(): void;
  /** The terminal's width in columns (for redrawing a line that wraps). */
  cols(): number;
  /** Where history is kept (localStorage in the browser). */
  readonly storage?: HistoryStore;
  /** Runs a command without letting simulated time pass (for `-w`'s looks at the cluster). */
  read?(line: string): Later<CommandResult | null>;
  /** Calls `changed` whenever the cluster may have changed; returns how to stop. */
  watch?(changed: () => void): () => void;
  /** Tab completion's candidates for the word being typed (`complete.ts` against the cluster). */
  complete(before: readonly string[], prefix: string): Later<readonly string[]>;
}

function isPromise<T>(value: Later<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function internalError(line: string, error: unknown): CommandResult {
  const why = error instanceof Error ? error.message : String(error);
  return { command: line, exitCode: 70, stdout: '', stderr: `lab: internal error: ${why}\n` };
}

/** Held while the shell waits for its host: typed input, and commands run elsewhere to show. */
type Held =
  | { readonly kind: 'input'; readonly data: string }
  | { readonly kind: 'elsewhere'; readonly result: CommandResult };

export const PROMPT = '$ ';
export const CONTINUATION = '> ';
const RED = '\x1b[31m';
const RESET = '\x1b[0m';

const HEREDOC = /<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/;

/** Whether the lines typed so far make a whole command (a finished here-document, no `\` end). */
export function isComplete(lines: readonly string[]): boolean {
  const last = lines[lines.length - 1] ?? '';
  if (last.endsWith('\\')) return false;
  // The command line is the first line, with its continuations joined.
  let i = 0;
  let line = lines[0] ?? '';
  while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!;
  const here = HEREDOC.exec(line);
  if (here === null) return true;
  const [, dash, , delimiter] = here;
  return lines.slice(i + 1).some((l) => (dash ? l.replace(/^\t+/, '') : l) === delimiter);
}

export class LabShell {
  private buffer = '';
  private cursor = 0;
  private pending: string[] = [];
  private history: string[];
  /** Index into history while browsing with the arrows (history.length = the line being typed). */
  private browsing: number;
  private draft = '';
  private lastWasTab = false;
  /** A partial escape sequence split across two onData calls. */
  private carry = '';
  /** Inside a pod (`kubectl exec -it POD -- sh`): how to run a command there, and its prompt. */
  private pod: PodShell | null = null;
  /** `kubectl get ... -w`: until Ctrl+C, the rows printed last (by name) and how to stop. */
  private watching: Watch | null = null;
  /** Answers the shell waits for (a command's, a completion's); input is held meanwhile. */
  private waiting = 0;
  private held: Held[] = [];

  constructor(private readonly host: ShellHost) {
    this.history = loadHistory(host.storage);
    this.browsing = this.history.length;
  }

  /** The history (oldest first), as `history` prints it. */
  entries(): readonly string[] {
    return this.history;
  }

  private prompt(): string {
    if (this.pod !== null) return this.pod.prompt;
    return this.pending.length > 0 ? CONTINUATION : PROMPT;
  }

  /** Writes the first prompt. */
  start(): void {
    this.host.write(this.prompt());
  }

  /** Goes on with `value`: at once when it is here, else when it comes (holding input until then). */
  private when<T>(value: Later<T>, next: (value: T) => void, failed: (error: unknown) => T): void {
    if (!isPromise(value)) {
      next(value);
      return;
    }
    this.waiting++;
    const resume = (got: T) => {
      this.waiting--;
      try {
        next(got);
      } finally {
        this.release();
      }
    };
    value.then(resume, (error: unknown) => resume(failed(error)));
  }

  /** Once nothing is awaited, what was held is handled in the order it came. */
  private release(): void {
    while (this.waiting === 0 && this.held.length > 0) {
      const next = this.held.shift()!;
      if (next.kind === 'input') this.input(next.data);
      else this.showElsewhere(next.result);
    }
  }

  /** Redraws the line being edited, from the prompt, leaving the cursor where it belongs. */
  private redraw(oldCursor: number): void {
    const cols = Math.max(this.host.cols(), 1);
    const promptLength = this.prompt().length;
    let out = '';
    const rowsUp = Math.floor((promptLength + oldCursor) / cols);
    if (rowsUp > 0) out += `\x1b[${rowsUp}A`;
    out += `\r${this.prompt()}${this.buffer}\x1b[J`;
    const end = promptLength + this.buffer.length;
    // At the right margin the terminal waits to wrap; a newline makes the position definite.
    if (end > 0 && end % cols === 0) out += '\r\n';
    const target = promptLength + this.cursor;
    const up = Math.floor(end / cols) - Math.floor(target / cols);
    if (up > 0) out += `\x1b[${up}A`;
    out += '\r';
    if (target % cols > 0) out += `\x1b[${target % cols}C`;
    this.host.write(out);
  }

  /**
   * A command run elsewhere (a lesson's Run): shown as if typed, with its output, above the line
   * being edited, which is drawn again below it as it was.
   */
  showElsewhere(result: CommandResult): void {
    if (this.waiting > 0) {
      this.held.push({ kind: 'elsewhere', result });
      return;
    }
    const cols = Math.max(this.host.cols(), 1);
    const rowsUp = Math.floor((this.prompt().length + this.cursor) / cols);
    // Up to the prompt's row, wipe what is being typed, then the command as if typed.
    this.host.write(`${rowsUp > 0 ? `\x1b[${rowsUp}A` : ''}\r\x1b[J${PROMPT}${result.command}\n`);
    this.print(result);
    const cursor = this.cursor;
    this.cursor = this.buffer.length;
    this.host.write(`${this.prompt()}${this.buffer}`);
    this.edit(this.buffer, cursor);
  }

  /** Prints the list once (as `get` without -w), then every row that changes, until Ctrl+C. */
  private startWatch(get: string, done: () => void): void {
    this.when(
      this.host.run(get, undefined),
      (first) => {
        if (first === null) {
          this.host.write(`${RED}The cluster is still starting; try again in a moment.${RESET}\n`);
          done();
          return;
        }
        this.print(first);
        const rows = first.exitCode === 0 ? tableRows(first.stdout) : null;
        if (rows !== null) {
          const watch: Watch = { get, rows, looking: false, stop: () => {} };
          this.watching = watch;
          watch.stop = this.host.watch!(() => this.watchTick(watch));
        }
        done();
      },
      (error) => internalError(get, error),
    );
  }

  /** A look at the cluster while watching: rows that changed (AGE aside) are printed again. */
  private watchTick(watch: Watch): void {
    // One look at a time: a look still being answered is not asked again.
    if (this.watching !== watch || watch.looking) return;
    const now = this.host.read?.(watch.get);
    if (now === undefined || !isPromise(now)) {
      this.showChanges(watch, now ?? null);
      return;
    }
    watch.looking = true;
    const look = (got: CommandResult | null) => {
      watch.looking = false;
      if (this.watching === watch) this.showChanges(watch, got);
    };
    now.then(look, () => look(null));
  }

  private showChanges(watch: Watch, now: CommandResult | null): void {
    if (!now || now.exitCode !== 0) return;
    const rows = tableRows(now.stdout);
    if (rows === null) return;
    let out = '';
    for (const [name, now] of rows) {
      const before = watch.rows.get(name);
      if (before === undefined || before.sig !== now.sig) out += `${now.row}\n`;
    }
    // An object gone from the list: the watch saw its deletion, printed as its last row (a pod's
    // as the DELETED event carries it: containers stopped, Terminating).
    for (const [name, last] of watch.rows) if (!rows.has(name)) out += `${deletedRow(last)}\n`;
    watch.rows = rows;
    if (out !== '') this.host.write(out);
  }

  private stopWatch(): void {
    const watch = this.watching;
    if (watch === null) return;
    watch.stop();
    this.watching = null;
    this.host.write(`^C\n${this.prompt()}`);
  }

  /** `kubectl exec -it POD -- sh`: checks the pod as kubectl would, then its shell's prompt. */
  private enterPod(
    exec: { readonly prefix: string; readonly shell: string },
    done: () => void,
  ): void {
    const line = `kubectl exec ${exec.prefix} -- hostname`;
    this.when(
      this.host.run(line, undefined),
      (probe) => {
        if (probe === null) {
          this.host.write(`${RED}The cluster is still starting; try again in a moment.${RESET}\n`);
        } else if (probe.exitCode !== 0) {
          this.print({ ...probe, stdout: '' });
        } else {
          // kubectl's notices (the defaulted container) come first, as kubectl prints them.
          if (probe.stderr !== '') this.host.write(withNewline(probe.stderr));
          const host = probe.stdout.trim();
          const bash = /(^|\/)bash$/.test(exec.shell);
          this.pod = { prefix: exec.prefix, prompt: bash ? `root@${host}:/# ` : '/ # ' };
        }
        done();
      },
      (error) => internalError(line, error),
    );
  }

  /** A line typed in a pod's shell: `exit` leaves, anything else runs there. */
  private inPod(pod: PodShell, text: string, done: () => void): void {
    const line = text.trim();
    if (line === '' || line === 'exit' || line.startsWith('exit ')) {
      if (line !== '') this.leavePod();
      done();
      return;
    }
    const quoted = `'${line.replace(/'/g, `'\\''`)}'`;
    const command = `kubectl exec ${pod.prefix} -- sh -c ${quoted}`;
    this.when(
      this.host.run(command, undefined),
      (result) => {
        if (result !== null) this.print(result);
        done();
      },
      (error) => internalError(command, error),
    );
  }

  /** Back to the lab shell; Ctrl+D writes its prompt at once, a typed exit when the line ends. */
  private leavePod(prompt = false): void {
    this.pod = null;
    if (prompt) this.host.write(this.prompt());
  }

  private print(result: CommandResult): void {
    // Output as the engine gives it: stdout, then stderr in red. A last line without its newline
    // gets one, so the prompt starts on a line of its own.
    if (result.stdout !== '') this.host.write(withNewline(result.stdout));
    if (result.stderr !== '') this.host.write(`${RED}${withNewline(result.stderr)}${RESET}`);
  }

  private edit(buffer: string, cursor: number): void {
    const old = this.cursor;
    this.buffer = buffer;
    this.cursor = cursor;
    this.redraw(old);
  }

  private insert(text: string): void {
    this.edit(
      this.buffer.slice(0, this.cursor) + text + this.buffer.slice(this.cursor),
      this.cursor + text.length,
    );
  }

  /** Feeds what the terminal received: typed keys, escape sequences, pasted text. */
  input(data: string): void {
    if (this.waiting > 0) {
      this.held.push({ kind: 'input', data });
      return;
    }
    if (this.watching !== null) {
      // A watch holds the terminal: only Ctrl+C ends it, as in a real one.
      if (data.includes('\x03')) this.stopWatch();
      return;
    }
    let text = this.carry + data;
    this.carry = '';
    let printable = '';
    const flush = () => {
      if (printable !== '') this.insert(printable);
      printable = '';
    };
    while (text.length > 0) {
      const ch = text[0]!;
      if (ch === '\x1b') {
        flush();
        // ESC, then a CSI sequence, an SS3 key or Alt+B/F.
        const seq = /^.(\[[0-9;]*[A-Za-z~]|O[A-Za-z]|[bf])/.exec(text);
        if (seq === null) {
          // Possibly cut in two by the terminal: keep it for the next call.
          if (text.length < 6) this.carry = text;
          text = text.length < 6 ? '' : text.slice(1);
          continue;
        }
        this.key(seq[0]);
        text = text.slice(seq[0].length);
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        flush();
        this.enter();
        // \r\n from a paste is one line end.
        text = ch === '\r' && text[1] === '\n' ? text.slice(2) : text.slice(1);
        if (this.hold(text)) return;
        continue;
      }
      if (ch < ' ' || ch === '\x7f') {
        flush();
        this.key(ch);
        text = text.slice(1);
        if (this.hold(text)) return;
        continue;
      }
      this.lastWasTab = false;
      printable += ch;
      text = text.slice(1);
    }
    flush();
  }

  /** When the shell now waits (a command runs), keeps the rest of the input for after. */
  private hold(rest: string): boolean {
    if (this.waiting === 0) return false;
    if (rest !== '') this.held.unshift({ kind: 'input', data: rest });
    return true;
  }

  private key(key: string): void {
    const wasTab = this.lastWasTab;
    this.lastWasTab = false;
    switch (key) {
      case '\x7f': // Backspace
      case '\b':
        if (this.cursor > 0) {
          this.edit(
            this.buffer.slice(0, this.cursor - 1) + this.buffer.slice(this.cursor),
            this.cursor - 1,
          );
        }
        return;
      case '\x1b[3~': // Delete
      case '\x04': // Ctrl+D deletes too; on an empty line in a pod's shell it leaves, as exit does
        if (key === '\x04' && this.pod !== null && this.buffer === '') {
          this.host.write('exit\n');
          this.leavePod(true);
          return;
        }
        if (this.cursor < this.buffer.length) {
          this.edit(
            this.buffer.slice(0, this.cursor) + this.buffer.slice(this.cursor + 1),
            this.cursor,
          );
        }
        return;
      case '\x1b[D':
      case '\x1bOD':
      case '\x02':
        if (this.cursor > 0) this.edit(this.buffer, this.cursor - 1);
        return;
      case '\x1b[C':
      case '\x1bOC':
      case '\x06':
        if (this.cursor < this.buffer.length) this.edit(this.buffer, this.cursor + 1);
        return;
      case '\x1b[H':
      case '\x1bOH':
      case '\x1b[1~':
      case '\x01':
        this.edit(this.buffer, 0);
        return;
      case '\x1b[F':
      case '\x1bOF':
      case '\x1b[4~':
      case '\x05':
        this.edit(this.buffer, this.buffer.length);
        return;
      case '\x1bb': // Alt+B, Ctrl+Left: a word back
      case '\x1b[1;5D': {
        const before = this.buffer.slice(0, this.cursor).replace(/\S+\s*$/, '');
        this.edit(this.buffer, before.length);
        return;
      }
      case '\x1bf': // Alt+F, Ctrl+Right: a word forward
      case '\x1b[1;5C': {
        const after = /^\s*\S+/.exec(this.buffer.slice(this.cursor));
        this.edit(this.buffer, this.cursor + (after?.[0].length ?? 0));
        return;
      }
      case '\x15': // Ctrl+U: delete to the start
        this.edit(this.buffer.slice(this.cursor), 0);
        return;
      case '\x0b': // Ctrl+K: delete to the end
        this.edit(this.buffer.slice(0, this.cursor), this.cursor);
        return;
      case '\x17': {
        // Ctrl+W: delete the word before the cursor
        const before = this.buffer.slice(0, this.cursor).replace(/\S+\s*$/, '');
        this.edit(before + this.buffer.slice(this.cursor), before.length);
        return;
      }
      case '\x1b[A':
      case '\x1bOA':
      case '\x10':
        this.browse(-1);
        return;
      case '\x1b[B':
      case '\x1bOB':
      case '\x0e':
        this.browse(1);
        return;
      case '\x03': // Ctrl+C: abandon the line (and any here-document being typed)
        this.host.write(`${this.buffer.slice(this.cursor)}^C\n`);
        this.buffer = '';
        this.cursor = 0;
        this.pending = [];
        this.browsing = this.history.length;
        this.host.write(this.prompt());
        return;
      case '\x0c': // Ctrl+L: clear the screen, keep the line
        this.host.clear();
        this.host.write(`${this.prompt()}${this.buffer}`);
        if (this.cursor < this.buffer.length) {
          this.host.write(`\x1b[${this.buffer.length - this.cursor}D`);
        }
        return;
      case '\t':
        this.tab(wasTab);
        return;
      default:
        // Other keys (function keys, Escape alone) do nothing, as in bash.
        return;
    }
  }

  private browse(direction: -1 | 1): void {
    const next = this.browsing + direction;
    if (next < 0 || next > this.history.length) return;
    if (this.browsing === this.history.length) this.draft = this.buffer;
    this.browsing = next;
    const line = next === this.history.length ? this.draft : (this.history[next] ?? '');
    this.edit(line, line.length);
  }

  private tab(secondTab: boolean): void {
    // Completion is for the command line, not for a here-document's body.
    if (this.pending.length > 0) return;
    const head = this.buffer.slice(0, this.cursor);
    const match = /(\S*)$/.exec(head);
    const prefix = match?.[1] ?? '';
    const before = head
      .slice(0, head.length - prefix.length)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    let asked: Later<readonly string[]>;
    try {
      asked = this.host.complete(before, prefix);
    } catch {
      asked = [];
    }
    this.when(
      asked,
      (found) => this.offer([...new Set(found)].sort(), prefix, secondTab),
      () => [],
    );
  }

  /** Completes the word from the candidates, or lists them on a second Tab. */
  private offer(candidates: readonly string[], prefix: string, secondTab: boolean): void {
    if (candidates.length === 0) {
      this.host.write('\x07');
      return;
    }
    if (candidates.length === 1) {
      const word = candidates[0]!;
      // A word ending in = or / takes its value right after; others get a space.
      const tail = word.endsWith('=') || word.endsWith('/') ? '' : ' ';
      this.insert(word.slice(prefix.length) + tail);
      return;
    }
    const common = commonPrefix(candidates);
    if (common.length > prefix.length) {
      this.insert(common.slice(prefix.length));
      this.lastWasTab = true;
      return;
    }
    if (!secondTab) {
      this.host.write('\x07');
      this.lastWasTab = true;
      return;
    }
    // The second Tab lists the candidates under the line, as bash does, and redraws it.
    this.host.write(`${this.buffer.slice(this.cursor)}\n${candidates.join('  ')}\n`);
    this.host.write(`${this.prompt()}${this.buffer}`);
    if (this.cursor < this.buffer.length) {
      this.host.write(`\x1b[${this.buffer.length - this.cursor}D`);
    }
    this.lastWasTab = true;
  }

  private enter(): void {
    const line = this.buffer;
    this.host.write(`${line.slice(this.cursor)}\n`);
    this.buffer = '';
    this.cursor = 0;
    this.pending.push(line);
    if (this.pending.length === 1) {
      this.history = remember(this.history, line);
      saveHistory(this.host.storage, this.history);
    }
    this.browsing = this.history.length;
    this.draft = '';
    if (!isComplete(this.pending)) {
      this.host.write(this.prompt());
      return;
    }
    const script = this.pending.join('\n');
    this.pending = [];
    this.runAll(splitScript(script), 0);
  }

  /** Runs the line's commands one after another, each once the one before has answered. */
  private runAll(commands: readonly { text: string; stdin?: string }[], from: number): void {
    const command = commands[from];
    if (command === undefined) {
      this.host.write(this.prompt());
      return;
    }
    this.execute(command.text, command.stdin, () => {
      // A watch holds the terminal; Ctrl+C ends it and, as in bash, the rest of the line with it.
      if (this.watching === null) this.runAll(commands, from + 1);
    });
  }

  /** Runs one command; `done` when it has answered. */
  private execute(text: string, stdin: string | undefined, done: () => void): void {
    if (text === 'clear') {
      this.host.clear();
      done();
      return;
    }
    if (this.pod !== null) {
      this.inPod(this.pod, text, done);
      return;
    }
    const watch = watchCommand(text);
    if (watch !== null && this.host.read !== undefined && this.host.watch !== undefined) {
      this.startWatch(watch, done);
      return;
    }
    const entering = interactiveExec(text);
    if (entering !== null) {
      this.enterPod(entering, done);
      return;
    }
    if (text === 'history') {
      // bash's format: the entry number right-aligned in five columns, two spaces, the command.
      this.host.write(this.history.map((h, i) => `${String(i + 1).padStart(5)}  ${h}\n`).join(''));
      done();
      return;
    }
    this.when(
      this.host.run(text, stdin),
      (result) => {
        if (result === null) {
          this.host.write(`${RED}The cluster is still starting; try again in a moment.${RESET}\n`);
        } else {
          this.print(result);
        }
        done();
      },
      (error) => internalError(text, error),
    );
  }
}

interface Watch {
  /** The same `kubectl get`, without -w. */
  readonly get: string;
  /** The rows printed last, by object. */
  rows: ReadonlyMap<string, TableRow>;
  /** A look at the cluster is being answered. */
  looking: boolean;
  stop: () => void;
}

/** `kubectl get ... -w|--watch`: the same command without the flag; null for anything else. */
export function watchCommand(line: string): string | null {
  const words = line.trim().split(/\s+/);
  if (words[0] !== 'kubectl' || words[1] !== 'get') return null;
  const rest = words.filter((w) => w !== '-w' && w !== '--watch');
  if (rest.length === words.length) return null;
  // -o yaml/json under -w print documents, not rows: left to the engine's own message.
  if (
    rest.some(
      (w, i) =>
        (w === '-o' && /^(yaml|json)/.test(rest[i + 1] ?? '')) ||
        /^(-o|--output=)(yaml|json)/.test(w),
    )
  )
    return null;
  return rest.join(' ');
}

/**
 * A table's rows by the object they show (NAME, or NAMESPACE and NAME), each with its columns
 * except AGE (which changes every second without any event), read against its own header.
 */
interface TableRow {
  readonly row: string;
  /** The columns but AGE, to tell a change from time passing. */
  readonly sig: string;
  readonly cells: readonly string[];
  /** The header's column names and where each starts. */
  readonly columns: readonly { readonly name: string; readonly at: number }[];
}

function tableRows(text: string): Map<string, TableRow> | null {
  const lines = text.split('\n').filter((l) => l !== '');
  const header = lines[0];
  if (header === undefined || !/^(NAME|NAMESPACE)\s/.test(header)) return null;
  const columns = [...header.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ name: m[0], at: m.index }));
  const age = columns.findIndex((c) => c.name === 'AGE');
  const keyColumns = columns[0]?.name === 'NAMESPACE' ? 2 : 1;
  const rows = new Map<string, TableRow>();
  for (const row of lines.slice(1)) {
    const cells = row.split(/\s{2,}/);
    rows.set(cells.slice(0, keyColumns).join(' '), {
      row,
      sig: cells.filter((_, i) => i !== age).join('|'),
      cells,
      columns,
    });
  }
  return rows;
}

/**
 * The row a watch prints for a deleted object: as it was last, or for a pod (READY and STATUS
 * columns) with its containers stopped and Terminating, aligned on the table's columns.
 */
function deletedRow(last: TableRow): string {
  const ready = last.columns.findIndex((c) => c.name === 'READY');
  const status = last.columns.findIndex((c) => c.name === 'STATUS');
  if (ready < 0 || status < 0 || last.cells.length !== last.columns.length) return last.row;
  const cells = last.cells.map((cell, i) =>
    i === ready ? cell.replace(/^\d+\//, '0/') : i === status ? 'Terminating' : cell,
  );
  let out = '';
  cells.forEach((cell, i) => {
    const next = last.columns[i + 1];
    out += next === undefined ? cell : cell.padEnd(Math.max(next.at - out.length, cell.length + 3));
  });
  return out;
}

interface PodShell {
  /** The words of `kubectl exec` before `--` (pod, -n, -c), without -i and -t. */
  readonly prefix: string;
  readonly prompt: string;
}

const SHELLS = new Set(['sh', 'bash', '/bin/sh', '/bin/bash']);

/**
 * `kubectl exec -it POD [-c C] [-n NS] -- sh|bash`: the exec words without -i/-t and the shell, or
 * null for any other command (including `sh -c ...`, which the lab shell runs as it is).
 */
export function interactiveExec(line: string): { prefix: string; shell: string } | null {
  const words = line.trim().split(/\s+/);
  if (words[0] !== 'kubectl' || words[1] !== 'exec') return null;
  const dash = words.indexOf('--');
  if (dash < 0 || words.length !== dash + 2 || !SHELLS.has(words[dash + 1]!)) return null;
  const before = words.slice(2, dash);
  const flags = new Set(before.filter((w) => /^-(it|ti|i|t)$|^--(stdin|tty)$/.test(w)));
  const stdin = flags.has('-it') || flags.has('-ti') || flags.has('-i') || flags.has('--stdin');
  if (!stdin) return null;
  const prefix = before.filter((w) => !/^-(it|ti|i|t)$|^--(stdin|tty)$/.test(w)).join(' ');
  return { prefix, shell: words[dash + 1]! };
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
