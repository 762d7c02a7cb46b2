import { describe, expect, it } from 'vitest';
import { lessonSession, missingHighlights, runLesson } from './runner.ts';
import type { Lesson } from './types.ts';

const en = (s: string) => ({ en: s, ko: s });

const LESSON: Lesson = {
  id: 'demo',
  title: en('Demo'),
  note: { file: '000_72a06e59e33305cf.txt', chapter: '노드포트' },
  preset: 'k8sinfra',
  seed: 1,
  setup: [],
  files: {
    'svc.yaml':
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{port: 80}]}\n',
  },
  steps: [
    {
      id: 'apply',
      title: en('Apply'),
      text: en('Apply'),
      line: 1,
      run: ['kubectl apply -f ./svc.yaml'],
      highlight: { nodes: ['m-k8s'], pods: [], services: ['web'], rules: ['KUBE-SERVICES'] },
      check: [{ output: { equals: 'service/web created\n' } }],
    },
  ],
};

describe('runLesson', () => {
  it("runs a step on the lesson's preset, reading -f files from the lesson", () => {
    const report = runLesson(LESSON);
    expect(report.pass).toBe(true);
    expect(report.steps[0]!.results[0]!.stdout).toBe('service/web created\n');
  });

  it('names what a step highlights that the cluster does not have', () => {
    const session = lessonSession(LESSON);
    expect(
      missingHighlights(
        {
          nodes: ['w1-k8s', 'w9-k8s'],
          pods: ['kube-system/coredns', 'np-pods'],
          services: ['kube-system/kube-dns', 'web'],
          rules: ['KUBE-NODEPORTS', 'KUBE-NOPE'],
        },
        session,
      ),
    ).toEqual(['node w9-k8s', 'pod np-pods', 'service web', 'rule KUBE-NOPE']);
  });

  it('fails a step whose highlight is missing even when its checks pass', () => {
    const step = {
      ...LESSON.steps[0]!,
      highlight: { nodes: ['w9-k8s'], pods: [], services: [], rules: [] },
    };
    const report = runLesson({ ...LESSON, steps: [step] });
    expect(report.pass).toBe(false);
    expect(report.steps[0]!.checks[0]!.outcome.pass).toBe(true);
    expect(report.steps[0]!.missingHighlights).toEqual(['node w9-k8s']);
  });
});
