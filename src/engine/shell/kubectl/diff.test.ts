import { describe, expect, it } from 'vitest';
import { createSession } from '../../session.ts';

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx
`;

describe('kubectl diff', () => {
  it('shows what apply would change, as diff -u of the live and merged objects, and changes nothing', () => {
    const s = createSession({ preset: 'lab', seed: 3 });
    s.run('kubectl apply -f -', WEB);
    const out = s.run('kubectl diff -f -', WEB.replace('replicas: 3', 'replicas: 5'));
    expect(out.exitCode).toBe(1);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^diff -u -N \/tmp\/LIVE-\d+\/apps\.v1\.Deployment\.default\.web \/tmp\/MERGED-\d+\/apps\.v1\.Deployment\.default\.web$/,
    );
    expect(lines[1]).toMatch(
      /^--- \/tmp\/LIVE-\d+\/\S+\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000$/,
    );
    expect(lines).toContain('-  generation: 1');
    expect(lines).toContain('+  generation: 2');
    expect(lines).toContain('-  replicas: 3');
    expect(lines).toContain('+  replicas: 5');
    // The live object keeps its resourceVersion in the merged file: a dry run writes nothing.
    expect(lines.some((l) => /^[-+]\s+resourceVersion/.test(l))).toBe(false);
    // Nothing was stored: the Deployment still asks for 3 and is still at generation 1.
    expect(
      s.run('kubectl get deployment web -o jsonpath={.spec.replicas}/{.metadata.generation}')
        .stdout,
    ).toBe('3/1');
  });

  it('exits 0 with no output when nothing would change, and shows a new object from line 0', () => {
    const s = createSession({ preset: 'lab', seed: 3 });
    s.run('kubectl apply -f -', WEB);
    const same = s.run('kubectl diff -f -', WEB);
    expect(same).toMatchObject({ exitCode: 0, stdout: '' });
    const svc =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n';
    const added = s.run('kubectl diff -f -', svc);
    expect(added.exitCode).toBe(1);
    expect(added.stdout).toContain('/v1.Service.default.web\n');
    expect(added.stdout).toContain('@@ -0,0 +1,');
    expect(added.stdout).toContain('+kind: Service\n');
    expect(s.run('kubectl get svc web').exitCode).toBe(1);
  });

  it('reports an invalid object as apply does', () => {
    const s = createSession({ preset: 'lab', seed: 3 });
    const bad =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 80\n';
    const out = s.run('kubectl diff -f -', bad);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toContain(
      'The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });
});
