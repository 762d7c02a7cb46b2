import { describe, expect, it } from 'vitest';
import { parseLesson } from './parse.ts';

const PRESETS = ['lab', 'k8sinfra'];

const VALID = `id: 000-1-demo
title: { en: Demo, ko: 데모 }
note: { file: 000_x.txt, chapter: 노드포트 }
preset: k8sinfra
seed: 3
setup:
  - kubectl apply -f svc.yaml
steps:
  - id: first
    title: { en: First, ko: 처음 }
    text:
      en: Some text.
      ko: 어떤 글.
    run:
      - lab trace curl http://192.168.1.101:30000
    highlight:
      nodes: [w1-k8s]
    check:
      - trace: { verdict: delivered, nodesCrossed: { min: 1, max: 2 }, hops: [dnat, deliver] }
      - svc: { name: np-svc, nodePort: 30000 }
`;

const parse = (text: string, files: Record<string, string> = { 'svc.yaml': 'kind: Service\n' }) =>
  parseLesson('lessons/000-1-demo', { 'lesson.yaml': text, ...files }, PRESETS);

/** "line:column: message" of each error, for compact assertions. */
const errors = (text: string, files?: Record<string, string>) =>
  parse(text, files).errors.map((e) => `${e.line}:${e.column}: ${e.message}`);

describe('parseLesson', () => {
  it('reads a valid lesson into plain data', () => {
    const { lesson, errors: errs } = parse(VALID);
    expect(errs).toEqual([]);
    expect(lesson).toMatchObject({
      id: '000-1-demo',
      title: { en: 'Demo', ko: '데모' },
      note: { file: '000_x.txt', chapter: '노드포트' },
      preset: 'k8sinfra',
      seed: 3,
      setup: ['kubectl apply -f svc.yaml'],
      files: { 'svc.yaml': 'kind: Service\n' },
    });
    const [step] = lesson!.steps;
    expect(step).toMatchObject({
      id: 'first',
      line: 9,
      run: ['lab trace curl http://192.168.1.101:30000'],
      highlight: { nodes: ['w1-k8s'], pods: [], services: [], rules: [] },
      check: [
        {
          trace: {
            verdict: 'delivered',
            nodesCrossed: { min: 1, max: 2 },
            hops: ['dnat', 'deliver'],
          },
        },
        { svc: { name: 'np-svc', nodePort: 30000 } },
      ],
    });
  });

  it('names the file, line and column of a misspelt step field', () => {
    const r = parse(VALID.replace('    run:\n', '    comand:\n'));
    expect(r.lesson).toBeNull();
    expect(r.errors).toEqual([
      {
        file: 'lessons/000-1-demo/lesson.yaml',
        line: 14,
        column: 5,
        message:
          'unknown field "comand" in step 1; expected one of: id, title, text, run, highlight, check',
      },
    ]);
  });

  it('rejects an unknown check kind and an unknown field of a known one', () => {
    expect(errors(VALID.replace('- svc: {', '- service: {'))).toEqual([
      '20:9: unknown field "service" in step 1.check[1]; expected one of: output, trace, load, svc, endpoints, podsReady, deployment',
      '20:9: step 1.check[1] is empty; a check is one of: output, trace, load, svc, endpoints, podsReady, deployment',
    ]);
    expect(errors(VALID.replace('nodePort: 30000', 'nodeport: 30000'))).toEqual([
      '20:30: unknown field "nodeport" in step 1.check[1].svc; expected one of: name, namespace, exists, type, externalIP, nodePort',
    ]);
  });

  it('checks value types, enumerations, hop actions and regular expressions', () => {
    expect(errors(VALID.replace('verdict: delivered', 'verdict: ok'))).toEqual([
      '19:27: step 1.check[0].trace.verdict must be one of: delivered, refused, timeout, dns-error, unreachable; got "ok"',
    ]);
    expect(errors(VALID.replace('nodePort: 30000', 'nodePort: high'))).toEqual([
      '20:40: step 1.check[1].svc.nodePort must be a whole number',
    ]);
    expect(errors(VALID.replace('hops: [dnat, deliver]', 'hops: [dnat, masquerade]'))).toEqual([
      expect.stringMatching(
        /^19:\d+: step 1\.check\[0\]\.trace\.hops: "masquerade" is not a hop action/,
      ),
    ]);
    expect(errors(VALID.replace('verdict: delivered', "decidedBy: '/KUBE-SEP-(/'"))).toEqual([
      expect.stringMatching(
        /^19:\d+: step 1\.check\[0\]\.trace\.decidedBy: Invalid regular expression/,
      ),
    ]);
  });

  it('requires the fields a check needs and a field to compare', () => {
    expect(
      errors(VALID.replace('{ name: np-svc, nodePort: 30000 }', '{ nodePort: 30000 }')),
    ).toEqual(['20:14: step 1.check[1].svc is missing the required field "name"']);
    expect(
      errors(
        VALID.replace('- svc: { name: np-svc, nodePort: 30000 }', '- output: { command: curl }'),
      ),
    ).toEqual(['20:17: step 1.check[1].output checks nothing; give it a field to compare']);
  });

  it('refuses a check with two kinds, a step without checks and a repeated step id', () => {
    const twoKinds = VALID.replace(
      '      - svc: { name: np-svc, nodePort: 30000 }\n',
      '      - svc: { name: np-svc }\n        load: { ok: 1 }\n',
    );
    expect(errors(twoKinds)).toEqual([
      '20:9: step 1.check[1] must have exactly one kind, not svc and load',
    ]);
    const noChecks = VALID.replace(/ {4}check:\n[^]*$/, '    check: []\n');
    expect(errors(noChecks)).toEqual(['18:12: step 1 needs at least one check']);
    const steps = VALID.slice(VALID.indexOf('  - id: first'));
    expect(errors(VALID + steps)).toEqual(['21:5: step id "first" is used twice']);
  });

  it('says which -f file the lesson folder lacks, and checks the id, preset, seed and both languages', () => {
    expect(errors(VALID, {})).toEqual([
      '7:5: setup[0] applies "svc.yaml", which is not a file of this lesson',
    ]);
    expect(errors(VALID.replace('id: 000-1-demo', 'id: 000-2-demo'))).toEqual([
      '1:5: id "000-2-demo" must be the folder\'s name "000-1-demo"',
    ]);
    expect(errors(VALID.replace('preset: k8sinfra', 'preset: eks'))).toEqual([
      '4:9: unknown preset "eks"; choose one of: lab, k8sinfra',
    ]);
    expect(errors(VALID.replace('seed: 3', 'seed: one'))).toEqual([
      '5:7: seed must be a whole number',
    ]);
    expect(errors(VALID.replace('      ko: 어떤 글.\n', ''))).toEqual([
      '12:7: step 1.text is missing the required field "ko"',
    ]);
  });

  it('reports YAML syntax errors at their line', () => {
    const r = parse('id: x\nsteps: [\n');
    expect(r.lesson).toBeNull();
    expect(r.errors[0]).toMatchObject({ file: 'lessons/000-1-demo/lesson.yaml', line: 3 });
  });
});
