import { describe, expect, it } from 'vitest';
import { createSession } from '../../session.ts';

function web() {
  const s = createSession({ preset: 'lab' });
  s.run('kubectl create deployment web --image=nginx --replicas=2');
  s.run('kubectl expose deployment web --type=LoadBalancer --port=80');
  return s;
}

describe('kubectl patch', () => {
  it('switches externalTrafficPolicy with a strategic merge patch; the API server allocates a healthCheckNodePort', () => {
    const s = web();
    expect(
      s.run(`kubectl patch svc web -p '{"spec":{"externalTrafficPolicy":"Local"}}'`).stdout,
    ).toBe('service/web patched\n');
    const hc = s.run("kubectl get svc web -o jsonpath='{.spec.healthCheckNodePort}'").stdout;
    expect(Number(hc)).toBeGreaterThanOrEqual(30000);
    expect(
      s.run(`kubectl patch svc web -p '{"spec":{"externalTrafficPolicy":"Local"}}'`).stdout,
    ).toBe('service/web patched (no change)\n');
  });

  it('merges containers by name, so one image changes and the rollout starts', () => {
    const s = web();
    s.run(
      `kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.25"}]}}}}'`,
    );
    expect(
      s.run("kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[*].image}'")
        .stdout,
    ).toBe('nginx:1.25');
    expect(s.run('kubectl get rs --no-headers').stdout.trim().split('\n')).toHaveLength(2);
  });

  it('runs the patched object through validation, with the API server message', () => {
    const r = web().run(
      `kubectl patch svc web --type=merge -p '{"spec":{"sessionAffinity":"Sticky"}}'`,
    );
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'The Service "web" is invalid: spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"\n',
    );
  });

  it('applies JSON patch operations and reports a missing object', () => {
    const s = web();
    s.run(
      `kubectl patch svc web --type=json -p '[{"op":"replace","path":"/spec/ports/0/port","value":8080}]'`,
    );
    expect(s.run("kubectl get svc web -o jsonpath='{.spec.ports[0].port}'").stdout).toBe('8080');
    expect(s.run(`kubectl patch svc nope -p '{}'`).stderr).toBe(
      'Error from server (NotFound): services "nope" not found\n',
    );
  });
});

describe('healthCheckNodePort (reference §1.10)', () => {
  it('is allocated for LoadBalancer + Local, kept while needed, dropped when the policy returns to Cluster', () => {
    const s = web();
    s.run(`kubectl patch svc web -p '{"spec":{"externalTrafficPolicy":"Local"}}'`);
    const hc = s.run("kubectl get svc web -o jsonpath='{.spec.healthCheckNodePort}'").stdout;
    expect(s.run('kubectl describe svc web').stdout).toContain(`HealthCheck NodePort:     ${hc}\n`);
    const moved = s.run(`kubectl patch svc web -p '{"spec":{"healthCheckNodePort":30999}}'`);
    expect(moved.stderr).toBe(
      'The Service "web" is invalid: spec.healthCheckNodePort: Forbidden: field is immutable\n',
    );
    s.run(`kubectl patch svc web -p '{"spec":{"externalTrafficPolicy":"Cluster"}}'`);
    expect(s.run("kubectl get svc web -o jsonpath='{.spec.healthCheckNodePort}'").stdout).toBe('');
  });

  it('is refused on a NodePort Service', () => {
    const s = createSession({ preset: 'lab' });
    const r = s.apply(`apiVersion: v1
kind: Service
metadata:
  name: np
spec:
  type: NodePort
  externalTrafficPolicy: Local
  healthCheckNodePort: 30200
  selector:
    app: x
  ports:
  - port: 80
`);
    expect(r.stderr).toBe(
      "The Service \"np\" is invalid: spec.healthCheckNodePort: Invalid value: 30200: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'\n",
    );
  });
});
