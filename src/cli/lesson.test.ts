import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonCommand, loadLessons, LESSONS_DIR } from './lesson.ts';

const SVC = `apiVersion: v1
kind: Service
metadata: {name: np-svc}
spec:
  type: NodePort
  selector: {app: np-pods}
  ports: [{port: 80, targetPort: 80, nodePort: 30000}]
`;

const lesson = (id: string, checks: string) => `id: ${id}
title: { en: Test, ko: 시험 }
note: { file: 000_72a06e59e33305cf.txt, chapter: 노드포트 }
preset: k8sinfra
seed: 1
setup:
  - kubectl create deployment np-pods --image=sysnet4admin/echo-hname
steps:
  - id: service
    title: { en: Service, ko: 서비스 }
    text: { en: Apply it., ko: 적용합니다. }
    run:
      - kubectl apply -f svc.yaml
      - lab wait 20
      - lab trace curl http://192.168.1.101:30000
    highlight: { services: [np-svc], nodes: [w1-k8s] }
    check:
${checks}`;

const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
function write(id: string, text: string) {
  mkdirSync(join(dir, id));
  writeFileSync(join(dir, id, 'lesson.yaml'), text);
  writeFileSync(join(dir, id, 'svc.yaml'), SVC);
}
write(
  'a-good',
  lesson(
    'a-good',
    `      - output: { command: kubectl apply, equals: "service/np-svc created\\n" }
      - endpoints: { service: np-svc, ready: 1 }
      - trace: { verdict: delivered, entryNode: w1-k8s, decidedBy: '/KUBE-SEP-/' }
`,
  ),
);
// Deliberately wrong: one pod cannot give three endpoints, and the laptop is never what the pod sees
// behind a NodePort with the Cluster policy.
write(
  'b-wrong',
  lesson(
    'b-wrong',
    `      - endpoints: { service: np-svc, ready: 3 }
      - trace: { clientSeenByPod: 192.168.1.1 }
`,
  ),
);
write('c-typo', lesson('c-typo', '      - endpoints: { service: np-svc, redy: 1 }\n'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function k8sLab(...argv: string[]) {
  let out = '';
  let err = '';
  const code = lessonCommand([...argv, '--lessons', dir], {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

describe('k8s-lab lesson verify', () => {
  it('passes a lesson whose checks hold, one line per step', () => {
    const r = k8sLab('verify', 'a-good');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^PASS a-good 1 service: /);
    expect(lines[0]).toContain('np-svc ready endpoints 1');
    expect(lines[1]).toBe('lesson verify: 1 lesson, 1 steps: 1 passed, 0 failed');
  });

  it('fails a deliberately wrong check with the reason, and exits 1', () => {
    const r = k8sLab('verify', 'b-wrong');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^FAIL b-wrong 1 service: np-svc ready endpoints 1, want 3; the pod saw 172\.16\.\d+\.\d+, want "192\.168\.1\.1"\n/,
    );
    expect(r.out).toContain('lesson verify: 1 lesson, 1 steps: 0 passed, 1 failed\n');
  });

  it('fails a lesson file with a misspelt field at its file and line, without running it', () => {
    const r = k8sLab('verify', 'c-typo');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^FAIL \S*c-typo\/lesson\.yaml:18:39: unknown field "redy" in step 1\.check\[0\]\.endpoints; expected one of: service, namespace, ready, notReady\n/,
    );
    expect(r.out).toContain('lesson verify: 0 lessons, 0 steps: 0 passed, 0 failed, 1 error(s)');
  });

  it('verifies everything when no ID is given, and refuses an unknown ID', () => {
    const all = k8sLab('verify');
    expect(all.code).toBe(1);
    expect(all.out).toContain('lesson verify: 2 lessons, 2 steps: 1 passed, 1 failed, 1 error(s)');
    const none = k8sLab('verify', 'zz');
    expect(none.code).toBe(2);
    expect(none.err).toBe('k8s-lab lesson: no lesson "zz"; see k8s-lab lesson list\n');
  });

  it('lists the valid lessons with preset and step count', () => {
    const r = k8sLab('list');
    expect(r.out.split('\n').slice(0, 3)).toEqual([
      'ID        PRESET     STEPS   NOTE   TITLE',
      'a-good    k8sinfra   1       000    Test',
      'b-wrong   k8sinfra   1       000    Test',
    ]);
    expect(r.code).toBe(1);
  });

  it('fails a setup command that does not succeed', () => {
    const id = 'd-setup';
    write(
      id,
      lesson(id, '      - endpoints: { service: np-svc, ready: 1 }\n').replace(
        '--image=',
        '--images=',
      ),
    );
    const r = k8sLab('verify', id);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^FAIL d-setup setup: setup "kubectl create deployment np-pods --images=sysnet4admin\/echo-hname" exited 1: error: unknown flag: --images\n/,
    );
  });
});

describe("the repository's lessons", () => {
  it('are all valid lesson files', () => {
    const { lessons, errors } = loadLessons(LESSONS_DIR);
    expect(errors).toEqual([]);
    expect(lessons.map((l) => l.id)).toContain('000-1-nodeport');
  });
});
