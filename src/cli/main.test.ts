import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { NP_SVC } from '../engine/index.ts';

const BIN = fileURLToPath(new URL('../../bin/k8s-lab.js', import.meta.url));

const SCRIPT = `# the seed's NodePort example, as the book runs it
kubectl create deployment np-pods --image=sysnet4admin/echo-hname
kubectl scale deployment np-pods --replicas=3
kubectl apply -f - <<EOF
${NP_SVC}EOF
lab trace curl http://192.168.1.102:30000
`;

function k8sLab(args: string[], input: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
}

// Each test starts the CLI as its own process (tsx compiles on start): on a loaded 2-core machine
// that can take seconds, which is no failure of the command.
vi.setConfig({ testTimeout: 30_000 });

describe('the k8s-lab command', () => {
  it('prints one JSON object per command, the trace with its DNAT by a KUBE-SEP rule', () => {
    const r = k8sLab(['--preset', 'k8sinfra', '--json'], SCRIPT);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.command)).toEqual([
      'kubectl create deployment np-pods --image=sysnet4admin/echo-hname',
      'kubectl scale deployment np-pods --replicas=3',
      'kubectl apply -f -',
      'lab trace curl http://192.168.1.102:30000',
    ]);
    expect(lines[2].stdout).toBe('service/np-svc created\n');
    const trace = lines[3].trace;
    expect(trace.verdict).toBe('delivered');
    expect(trace.nodes[0]).toBe('w2-k8s');
    const dnat = trace.hops.find((h: { action: string }) => h.action === 'dnat');
    expect(dnat.rule).toMatch(
      /^-A KUBE-SEP-\w{16} .* -j DNAT --to-destination 172\.16\.\d+\.\d+:80$/,
    );
    expect(lines[3].stdout.endsWith(`${trace.servedBy.pod.split('/')[1]}\n`)).toBe(true);
  });

  it('gives byte-identical output for the same script, preset and seed, and differs for another seed', () => {
    const a = k8sLab(['--preset', 'k8sinfra', '--seed', '7'], SCRIPT).stdout;
    const b = k8sLab(['--preset', 'k8sinfra', '--seed', '7'], SCRIPT).stdout;
    const c = k8sLab(['--preset', 'k8sinfra', '--seed', '8'], SCRIPT).stdout;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(
      a.startsWith(
        '$ kubectl create deployment np-pods --image=sysnet4admin/echo-hname\ndeployment.apps/np-pods created\n',
      ),
    ).toBe(true);
    // Three CLI processes: give a loaded 2-core machine time to start them.
  });

  // The book's own manifest (trailing space after a value, no final newline), read where it lives.
  const bookNodePort = fileURLToPath(
    new URL('../../../shared/corpus/sysnet4admin___Book_k8sInfra/ch3/3.3.1/', import.meta.url),
  );
  if (!existsSync(bookNodePort))
    console.warn(
      `skipped: the book's nodeport.yaml is not at ${bookNodePort} (shared/corpus absent)`,
    );
  it.skipIf(!existsSync(bookNodePort))(
    "applies the book's nodeport.yaml with -f, relative to the script, and serves curl on every worker",
    () => {
      const script = [
        'kubectl create deployment np-pods --image=sysnet4admin/echo-hname',
        'kubectl create -f nodeport.yaml',
        'curl http://192.168.1.101:30000',
        'curl http://192.168.1.102:30000',
        'curl http://192.168.1.103:30000',
      ].join('\n');
      const r = spawnSync(process.execPath, [BIN, '--preset', 'k8sinfra', '--json', '-'], {
        input: script,
        cwd: bookNodePort,
        encoding: 'utf8',
      });
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines[1].stdout).toBe('service/np-svc created\n');
      const pod = lines[2].trace.servedBy.pod.split('/')[1];
      for (const l of lines.slice(2)) expect(l.stdout).toBe(`${pod}\n`);
    },
  );

  it('exits 2 for an unknown preset', () => {
    const r = k8sLab(['--preset', 'nope'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown preset "nope"');
  });
});
