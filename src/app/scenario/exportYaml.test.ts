import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { NP_PODS_DEPLOYMENT, NP_SVC } from '../../engine/presets/examples.ts';
import type { Scenario } from './model.ts';
import { MAX_IMPORT, fromListYaml, toListYaml } from './exportYaml.ts';

const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flags\ndata:\n  debug: "yes"\n';
const scenario: Scenario = {
  version: 1,
  preset: 'k8sinfra',
  seed: 3,
  actions: [
    { kind: 'apply', text: `${NP_PODS_DEPLOYMENT}---\n${NP_SVC}` },
    { kind: 'run', line: 'kubectl scale deployment np-pods --replicas=5' },
    { kind: 'wait', seconds: 12 },
    { kind: 'run', line: 'kubectl apply -f -', stdin: CM },
    { kind: 'apply', text: NP_PODS_DEPLOYMENT.replace('replicas: 3', 'replicas: 2') },
  ],
  editorText: '',
};

describe('export as a List', () => {
  const text = toListYaml(scenario);

  it('starts with the lab header and the shell actions as comments', () => {
    expect(text.split('\n').slice(0, 12)).toEqual([
      '# k8s-lab: {"preset":"k8sinfra","seed":3,"version":1}',
      '# Exported from Kubernetes Service Lab: `kubectl apply -f` this file on a cluster to create',
      '# the objects applied in the lab. The lab replays the shell actions below after them.',
      '# $ kubectl scale deployment np-pods --replicas=5',
      '# wait 12s',
      '# $ kubectl apply -f -',
      '# | apiVersion: v1',
      '# | kind: ConfigMap',
      '# | metadata:',
      '# |   name: flags',
      '# | data:',
      '# |   debug: "yes"',
    ]);
  });

  it('is one v1 List of the applied objects, the later apply of an object winning', () => {
    const docs = parseAllDocuments(text);
    expect(Array.isArray(docs) && docs.length).toBe(1);
    const list = (Array.isArray(docs) ? docs[0]! : docs).toJS() as Record<string, unknown>;
    expect(list.apiVersion).toBe('v1');
    expect(list.kind).toBe('List');
    const items = list.items as { kind: string; metadata: { name: string }; spec: unknown }[];
    expect(items.map((i) => `${i.kind}/${i.metadata.name}`)).toEqual([
      'Service/np-svc',
      'Deployment/np-pods',
    ]);
    expect((items[1]!.spec as { replicas: number }).replicas).toBe(2);
  });

  it('comes back as the same preset, seed, objects and shell actions', () => {
    const parsed = fromListYaml(text, { preset: 'lab', seed: 1 });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { preset, seed, actions } = parsed.value;
    expect({ preset, seed }).toEqual({ preset: 'k8sinfra', seed: 3 });
    expect(actions.slice(1)).toEqual(scenario.actions.slice(1, 4));
    expect(actions[0]?.kind).toBe('apply');
    expect(actions[0]?.kind === 'apply' && actions[0].text).toContain('name: np-svc');
  });
});

describe('import', () => {
  it('takes a plain manifest without a header on the current preset', () => {
    const parsed = fromListYaml(CM, { preset: 'gke', seed: 9 });
    expect(parsed.ok && [parsed.value.preset, parsed.value.seed]).toEqual(['gke', 9]);
  });

  it('refuses a file that is too big, not YAML, empty of objects or from a newer lab', () => {
    const big = fromListYaml('#'.repeat(MAX_IMPORT + 1), { preset: 'lab', seed: 1 });
    expect(big).toEqual({
      ok: false,
      message: 'the file is 1.0 MB; the lab imports files up to 1 MB',
    });
    const broken = fromListYaml('kind: List\nitems: [', { preset: 'lab', seed: 1 });
    expect(broken.ok === false && broken.message).toMatch(/^the file is not valid YAML: /);
    expect(fromListYaml('# nothing\n', { preset: 'lab', seed: 1 })).toEqual({
      ok: false,
      message: 'the file holds no Kubernetes objects',
    });
    const newer = fromListYaml(`# k8s-lab: {"preset":"lab","seed":1,"version":2}\n${CM}`, {
      preset: 'lab',
      seed: 1,
    });
    expect(newer.ok === false && newer.message).toMatch(/newer lab \(scenario version 2\)/);
  });
});
