// `k8s-lab --import DUMP`: a script run against a real cluster's recorded state.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/k8s-lab.js', import.meta.url));
const DUMP = fileURLToPath(
  new URL('../engine/import/__fixtures__/kubeadm-calico-3node.yaml', import.meta.url),
);

function k8sLab(args: string[], input: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
}

// Each test starts the CLI as its own process (tsx compiles on start).
vi.setConfig({ testTimeout: 30_000 });

describe('k8s-lab --import', () => {
  it('runs the script on the dumped cluster and says what it inferred on stderr', () => {
    const r = k8sLab(
      ['--import', DUMP, '--json'],
      'kubectl get nodes\nlab trace curl -s http://192.168.56.12:30839\n',
    );
    expect(r.status).toBe(0);
    const [nodes, trace] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(nodes.stdout).toMatch(/^k8s-cp\s+Ready\s+control-plane\s+7d4h\s+v1\.29\.4$/m);
    expect(trace.trace.verdict).toBe('delivered');
    expect(trace.trace.hops[1].at).toBe('node/k8s-w2');
    const text = k8sLab(['--import', DUMP], 'kubectl get svc web\n');
    expect(text.stderr).toContain('# Pod network: Calico with IP-in-IP');
    expect(text.stdout).toContain('web    NodePort   10.105.37.214   <none>        80:30839/TCP');
  });

  it('refuses a bad dump with exit status 2 and the line at fault', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k8s-lab-'));
    const bad = join(dir, 'dump.yaml');
    writeFileSync(
      bad,
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Node\n  metadata:\n    name: n1\n  status: {}\n',
    );
    const r = k8sLab(['--import', bad], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `k8s-lab: ${bad}: line 8: items[0] (Node n1): status.addresses is missing\n`,
    );
    expect(k8sLab(['--import', bad, '--preset', 'gke'], '').stderr).toContain('takes no --preset');
  });
});
