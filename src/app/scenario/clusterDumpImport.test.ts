// Importing a real cluster's dump through the scenario import: it becomes a scenario whose cluster
// is the dump (kept in the scenario, so a reload or an export rebuilds the same cluster).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../engine/index.ts';
import { fromListYaml, toListYaml } from './exportYaml.ts';
import { IMPORTED, parseScenarioJson, type Scenario } from './model.ts';
import { replay } from './replay.ts';

const DUMP = readFileSync(
  new URL('../../engine/import/__fixtures__/kubeadm-calico-3node.yaml', import.meta.url),
  'utf8',
);
const current = { preset: 'lab', seed: 7 };

function imported(): Scenario {
  const parsed = fromListYaml(DUMP, current);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe('importing a cluster dump as a scenario', () => {
  it('recognises a List with Nodes and no lab header as a cluster to build, not objects to apply', () => {
    const s = imported();
    expect(s.preset).toBe(IMPORTED);
    expect(s.seed).toBe(7);
    expect(s.clusterDump).toBe(DUMP);
    expect(s.actions).toEqual([]);
    expect(s.editorText.split('\n').slice(0, 3)).toEqual([
      '# Imported cluster: 3 nodes (k8s-cp 192.168.56.10, k8s-w1 192.168.56.11, k8s-w2',
      '#   192.168.56.12), Kubernetes v1.29.4.',
      '# Pod network: Calico with IP-in-IP (each node has projectcalico.org/IPv4IPIPTunnelAddr,',
    ]);
    expect(s.editorText.split('\n').every((l) => l.length <= 90)).toBe(true);
  });

  it('survives storage (JSON) and rebuilds the recorded cluster', () => {
    const back = parseScenarioJson(JSON.stringify(imported()));
    if (!back.ok) throw new Error(back.message);
    const session = createSession({ seed: back.value.seed, clusterDump: back.value.clusterDump! });
    expect(session.run('kubectl get svc web').stdout).toContain('80:30839/TCP');
  });

  it('exports as the dump plus what was applied and run, and imports back to the same scenario', () => {
    const s: Scenario = {
      ...imported(),
      actions: [
        {
          kind: 'apply',
          text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: probe\nspec:\n  containers:\n  - name: c\n    image: nginx\n',
        },
        { kind: 'run', line: 'kubectl get pods' },
        { kind: 'wait', seconds: 30 },
      ],
    };
    const file = toListYaml(s);
    expect(file.split('\n')[0]).toBe('# k8s-lab: {"preset":"imported","seed":7,"version":1}');
    const back = fromListYaml(file, { preset: 'gke', seed: 1 });
    if (!back.ok) throw new Error(back.message);
    expect(back.value.preset).toBe(IMPORTED);
    expect(back.value.seed).toBe(7);
    expect(back.value.clusterDump?.trimEnd()).toBe(DUMP.trimEnd());
    expect(back.value.actions.map((a) => a.kind)).toEqual(['apply', 'run', 'wait']);
    // Replayed on the dump's cluster, the applied pod is there beside the recorded ones.
    const session = createSession({ seed: 7, clusterDump: back.value.clusterDump! });
    replay(session, back.value.actions);
    expect(session.run('kubectl get pod probe -o wide').stdout).toMatch(/^probe\s+1\/1\s+Running/m);
  });

  it('refuses a damaged dump with the line at fault, and a dump scenario under another preset', () => {
    const bad = DUMP.replace('nodePort: 30839', 'nodePort: 3083900');
    const line = bad.split('\n').findIndex((l) => l.includes('nodePort: 3083900')) + 1;
    expect(fromListYaml(bad, current)).toEqual({
      ok: false,
      message: `the cluster dump cannot be read: line ${line}: items[27] (Service default/web): spec.ports[0].nodePort is not a port number from 1 to 65535`,
    });
    const json = JSON.stringify({ ...imported(), preset: 'lab' });
    expect(parseScenarioJson(json)).toEqual({
      ok: false,
      message: 'a scenario with a cluster dump has the preset "imported"',
    });
  });
});
