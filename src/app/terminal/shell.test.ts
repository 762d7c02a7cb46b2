// The terminal's shell against a real engine session: typed lines, pasted here-documents,
// history, completion from the cluster, Ctrl+C.
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../engine/index.ts';
import { complete, type Lookup } from './complete.ts';
import { isComplete, LabShell, type ShellHost } from './shell.ts';

interface Harness {
  readonly shell: LabShell;
  readonly session: Session;
  readonly commands: { line: string; stdin: string | undefined }[];
  /** Everything written, escape sequences removed. */
  screen(): string;
  readonly storage: Map<string, string>;
}

function harness(storage = new Map<string, string>()): Harness {
  const session = createSession({ preset: 'lab', seed: 1 });
  let written = '';
  const commands: { line: string; stdin: string | undefined }[] = [];
  const lookup: Lookup = {
    names(resource, namespace) {
      const ns = namespace === undefined ? '' : ` -n ${namespace}`;
      const out = session.read(`kubectl get ${resource} -o name${ns}`);
      return out.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(l.indexOf('/') + 1));
    },
    nodes: () => session.view().nodes.map((n) => n.name),
  };
  const host: ShellHost = {
    run(line, stdin) {
      commands.push({ line, stdin });
      return session.run(line, stdin);
    },
    write(text) {
      written += text;
    },
    clear() {
      written = '';
    },
    cols: () => 80,
    complete: (before, prefix) => complete(before, prefix, lookup),
    storage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
    },
  };
  const shell = new LabShell(host);
  shell.start();
  return { shell, session, commands, screen: () => render(written, 80), storage };
}

/**
 * What a terminal of `cols` columns shows after `text` (the cursor moves and erases the shell
 * uses: CR, LF, CSI n A/C/D, CSI J, CSI K; colours dropped), lines joined with \n.
 */
function render(text: string, cols: number): string {
  const lines: string[][] = [[]];
  let row = 0;
  let col = 0;
  const at = (r: number) => (lines[r] ??= []);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\x1b') {
      const m = /^\[(\d*)([A-Za-z])/.exec(text.slice(i + 1));
      if (m === null) continue;
      i += m[0].length;
      const n = Number(m[1] || '1');
      if (m[2] === 'A') row = Math.max(0, row - n);
      else if (m[2] === 'C') col += n;
      else if (m[2] === 'D') col = Math.max(0, col - n);
      else if (m[2] === 'J') {
        at(row).length = Math.min(at(row).length, col);
        lines.length = row + 1;
      } else if (m[2] === 'K') at(row).length = Math.min(at(row).length, col);
    } else if (ch === '\r') col = 0;
    else if (ch === '\n') {
      row++;
      col = 0;
      at(row);
    } else if (ch >= ' ') {
      if (col >= cols) {
        row++;
        col = 0;
      }
      const line = at(row);
      while (line.length < col) line.push(' ');
      line[col] = ch;
      col++;
    }
  }
  return lines.map((l) => l.join('')).join('\n');
}

const MANIFEST = [
  'apiVersion: v1',
  'kind: Namespace',
  'metadata:',
  '  name: shop',
  '---',
  'apiVersion: v1',
  'kind: Namespace',
  'metadata:',
  '  name: staging',
];

describe('LabShell', () => {
  it('runs a typed command through the session and prints its output after the prompt', () => {
    const h = harness();
    h.shell.input('kubectl get ns\r');
    expect(h.commands).toEqual([{ line: 'kubectl get ns', stdin: undefined }]);
    // kubectl's table header for namespaces (reference §9: NAME STATUS AGE).
    expect(h.screen()).toMatch(/^\$ kubectl get ns\nNAME +STATUS +AGE\n/);
    expect(h.screen()).toMatch(/\n\$ $/);
  });

  it("shows a lesson's command above the line being typed, which stays as it was", () => {
    const h = harness();
    h.shell.input('kubectl get');
    h.shell.showElsewhere({
      command: 'kubectl create deployment web --image=nginx',
      exitCode: 0,
      stdout: 'deployment.apps/web created\n',
      stderr: '',
    });
    expect(h.screen()).toBe(
      '$ kubectl create deployment web --image=nginx\ndeployment.apps/web created\n$ kubectl get',
    );
    // Typing goes on where it was.
    h.shell.input(' ns\r');
    expect(h.commands.at(-1)).toEqual({ line: 'kubectl get ns', stdin: undefined });
  });

  it('kubectl exec -it POD -- bash opens a shell in the pod until exit', () => {
    const h = harness();
    h.shell.input('kubectl run web --image=nginx\r');
    h.shell.input('lab wait 30\r');
    h.shell.input('kubectl exec -it nope -- bash\r');
    expect(h.screen()).toContain('Error from server (NotFound): pods "nope" not found\n$ ');
    h.shell.input('kubectl exec -it web -- bash\r');
    // nginx's image is Debian: bash's prompt names the user and the pod's hostname.
    expect(h.screen()).toMatch(/\nroot@web:\/# $/);
    h.shell.input('hostname\r');
    expect(h.screen()).toMatch(/root@web:\/# hostname\nweb\nroot@web:\/# $/);
    h.shell.input('cat /etc/resolv.conf\r');
    // The pod's resolver is the cluster DNS Service (reference §5: 10.96.0.10 on kubeadm).
    expect(h.screen()).toContain('nameserver 10.96.0.10');
    expect(h.commands.at(-1)?.line).toBe("kubectl exec web -- sh -c 'cat /etc/resolv.conf'");
    h.shell.input('exit\r');
    expect(h.screen()).toMatch(/root@web:\/# exit\n\$ $/);
    // Back in the lab shell: commands are the lab's again.
    h.shell.input('kubectl get pod web -o name\r');
    expect(h.screen()).toContain('pod/web\n$ ');
  });

  it('kubectl get pods -w prints the table, then each row that changes, until Ctrl+C', () => {
    const session = createSession({ preset: 'lab', seed: 1 });
    let written = '';
    let changed: (() => void) | null = null;
    const shell = new LabShell({
      run: (line, stdin) => session.run(line, stdin),
      read: (line) => session.read(line),
      watch: (fn) => {
        changed = fn;
        return () => {
          changed = null;
        };
      },
      write: (text) => {
        written += text;
      },
      clear: () => {},
      cols: () => 120,
      complete: () => [],
    });
    shell.input('kubectl create deployment web --image=nginx\r');
    written = '';
    shell.input('kubectl get pods -w\r');
    // What the typed line echoed is left out: from the table on.
    written = written.slice(written.indexOf('NAME'));
    expect(written).toMatch(
      /^NAME +READY +STATUS +RESTARTS +AGE\nweb-\S+ +0\/1 +ContainerCreating +0 +\ds\n$/,
    );
    expect(changed).not.toBeNull();
    // Nothing changed but the age: nothing printed.
    session.advance(1);
    changed!();
    expect(written.split('\n')).toHaveLength(3);
    // The image is pulled and the container starts: the pod's new row, without a header.
    session.advance(30);
    changed!();
    expect(written.split('\n').at(-2)).toMatch(/^web-\S+ +1\/1 +Running +0 +\d+s$/);
    // The pod deleted elsewhere (gone by the next look): its last row as the DELETED event shows
    // it, containers stopped and Terminating, in the table's columns; its replacement's row.
    const pod = session.run('kubectl get pods -o name').stdout.trim().slice('pod/'.length);
    session.run(`kubectl delete pod ${pod}`);
    changed!();
    const header = written.slice(0, written.indexOf('\n'));
    const lines = written.split('\n');
    const deleted = lines.find((l) => l.startsWith(pod) && l.includes('Terminating'));
    expect(deleted).toMatch(new RegExp(`^${pod} +0/1 +Terminating +0 +\\d+s$`));
    expect(deleted!.indexOf('Terminating')).toBe(header.indexOf('STATUS'));
    expect(deleted!.indexOf('0/1')).toBe(header.indexOf('READY'));
    expect(lines.some((l) => /^web-\S+ +[01]\/1 +/.test(l) && !l.startsWith(pod))).toBe(true);
    // Typing does nothing while watching; Ctrl+C ends the watch.
    shell.input('ls');
    shell.input('\x03');
    expect(written.endsWith('^C\n$ ')).toBe(true);
    expect(changed).toBeNull();
  });

  it('feeds a pasted here-document to kubectl apply as standard input', () => {
    const h = harness();
    h.shell.input(['kubectl apply -f - <<EOF', ...MANIFEST, 'EOF', ''].join('\r'));
    expect(h.commands).toEqual([{ line: 'kubectl apply -f -', stdin: `${MANIFEST.join('\n')}\n` }]);
    expect(h.screen()).toContain('namespace/shop created\nnamespace/staging created\n');
    // The body was typed at the continuation prompt.
    expect(h.screen()).toContain('> apiVersion: v1\n');
  });

  it('waits for the delimiter before running, and Ctrl+C abandons the here-document', () => {
    const h = harness();
    h.shell.input("kubectl apply -f - <<'END'\rapiVersion: v1\r");
    expect(h.commands).toEqual([]);
    h.shell.input('\x03');
    expect(h.screen()).toMatch(/\^C\n\$ $/);
    h.shell.input('END\r');
    // END alone is now a command of its own, as bash would take it.
    expect(h.commands).toEqual([{ line: 'END', stdin: undefined }]);
    expect(h.screen()).toContain('bash: END: command not found');
  });

  it('prints stderr in red after stdout', () => {
    const h = harness();
    h.shell.input('kubectl get pods nope\r');
    expect(h.screen()).toContain('Error from server (NotFound): pods "nope" not found');
  });

  it('keeps history across shells and walks it with the arrows', () => {
    const storage = new Map<string, string>();
    const first = harness(storage);
    first.shell.input('kubectl get nodes\r');
    first.shell.input('kubectl version\r');
    first.shell.input('kubectl version\r');
    const second = harness(storage);
    expect(second.shell.entries()).toEqual(['kubectl get nodes', 'kubectl version']);
    second.shell.input('\x1b[A\x1b[A\r');
    expect(second.commands.map((c) => c.line)).toEqual(['kubectl get nodes']);
  });

  it('edits in the middle of the line', () => {
    const h = harness();
    // Typed "kubectl gt nodes", moved back 7 characters, inserted the missing "e".
    h.shell.input('kubectl gt nodes');
    h.shell.input('\x1b[D'.repeat(7));
    h.shell.input('e\r');
    expect(h.commands.map((c) => c.line)).toEqual(['kubectl get nodes']);
    expect(h.screen()).toMatch(/^\$ kubectl get nodes\nNAME /m);
  });

  it('redraws a line longer than the terminal where it wraps', () => {
    const h = harness();
    const long = `kubectl get pods -l ${'x'.repeat(70)}`;
    h.shell.input(long);
    h.shell.input('\x01#');
    expect(h.screen().split('\n').slice(-2)).toEqual([
      `$ #${long}`.slice(0, 80),
      `$ #${long}`.slice(80),
    ]);
  });

  it('completes subcommands, kinds, names and flags', () => {
    const h = harness();
    h.shell.input(['kubectl apply -f - <<EOF', ...MANIFEST, 'EOF', ''].join('\r'));
    h.shell.input('kub\tdes\tnames\tsh\t\r');
    expect(h.commands.at(-1)?.line).toBe('kubectl describe namespaces shop');
    h.shell.input('kubectl get pods -\t\t');
    // The second Tab lists them under the line and types the line again.
    expect(h.screen()).toMatch(/--all-namespaces[\s\S]*\n\$ kubectl get pods -$/);
    h.shell.input('\x03ssh \t');
    const nodes = h.session.view().nodes.map((n) => n.name);
    expect(nodes.length).toBeGreaterThan(1);
    h.shell.input('\t');
    expect(h.screen()).toContain(nodes.join('  '));
  });
});

describe('LabShell with a host that answers later (the engine in its worker)', () => {
  function laterHarness() {
    const session = createSession({ preset: 'lab', seed: 1 });
    let written = '';
    const lines: string[] = [];
    const asked: (() => void)[] = [];
    const later = <T>(answer: () => T) =>
      new Promise<T>((resolve) => asked.push(() => resolve(answer())));
    const shell = new LabShell({
      run(line, stdin) {
        lines.push(line);
        return later(() => session.run(line, stdin));
      },
      complete: (before, prefix) =>
        later(() =>
          complete(before, prefix, { names: () => ['shop', 'staging'], nodes: () => [] }),
        ),
      write(text) {
        written += text;
      },
      clear() {},
      cols: () => 80,
    });
    shell.start();
    /** Answers what was asked, and what that asks in turn. */
    const settle = async () => {
      while (asked.length > 0) {
        asked.shift()!();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
    return { shell, lines, settle, screen: () => render(written, 80) };
  }

  it('holds the prompt while a command runs, and runs what was typed meanwhile after it', async () => {
    const h = laterHarness();
    h.shell.input('kubectl get ns\r');
    h.shell.input('kubectl get nodes\r');
    // No prompt until the answer: what is typed waits, as it does while a program runs.
    expect(h.screen()).toBe('$ kubectl get ns\n');
    expect(h.lines).toEqual(['kubectl get ns']);
    await h.settle();
    expect(h.lines).toEqual(['kubectl get ns', 'kubectl get nodes']);
    expect(h.screen()).toMatch(
      /^\$ kubectl get ns\nNAME +STATUS +AGE\n[^$]*\$ kubectl get nodes\nNAME +STATUS +ROLES[^$]*\$ $/,
    );
  });

  it('prints ^C after the command when Ctrl+C is typed while it runs', async () => {
    const h = laterHarness();
    h.shell.input('kubectl get ns\r\x03');
    await h.settle();
    expect(h.screen()).toMatch(/NAME +STATUS +AGE\n[^$]*\$ \^C\n\$ $/);
  });

  it('completes once the candidates come, with the keys typed meanwhile after it', async () => {
    const h = laterHarness();
    h.shell.input('kubectl get namespaces sh\t\r');
    await h.settle();
    expect(h.lines).toEqual(['kubectl get namespaces shop']);
  });

  it("shows a lesson's command after the one running, then the prompt again", async () => {
    const h = laterHarness();
    h.shell.input('kubectl get ns\r');
    h.shell.showElsewhere({ command: 'lab wait 1', exitCode: 0, stdout: '', stderr: '' });
    await h.settle();
    expect(h.screen()).toMatch(/NAME +STATUS +AGE\n[^$]*\$ lab wait 1\n\$ $/);
  });
});

describe('isComplete', () => {
  it('needs the delimiter of a here-document and the line after a backslash', () => {
    expect(isComplete(['kubectl get pods'])).toBe(true);
    expect(isComplete(['kubectl apply -f - <<EOF', 'a: 1'])).toBe(false);
    expect(isComplete(['kubectl apply -f - <<EOF', 'a: 1', 'EOF'])).toBe(true);
    expect(isComplete(['cat <<-X', '\tX'])).toBe(true);
    expect(isComplete(['kubectl get \\'])).toBe(false);
    expect(isComplete(['kubectl get \\', 'pods'])).toBe(true);
  });
});
