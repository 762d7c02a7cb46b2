import { describe, expect, it } from 'vitest';
import { createSession } from '../session.ts';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
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
        ports:
        - containerport: 80
`;

describe('a misspelt field in a Deployment', () => {
  it('is refused by kubectl v1.20 on the client, with the required field it then lacks', () => {
    const r = createSession({ preset: 'k8sinfra' }).apply(DEPLOYMENT);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: error validating "STDIN": error validating data: [ValidationError(Deployment.spec.template.spec.containers[0].ports[0]): unknown field "containerport" in io.k8s.api.core.v1.ContainerPort, ValidationError(Deployment.spec.template.spec.containers[0].ports[0]): missing required field "containerPort" in io.k8s.api.core.v1.ContainerPort]; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
  });

  it('is refused by a v1.33 server as a strict decoding error', () => {
    const r = createSession({ preset: 'lab' }).apply(DEPLOYMENT);
    expect(r.stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].ports[0].containerport"\n',
    );
    expect(r.errors[0]!.line).toBe(19);
  });

  it("is not reported where the table does not look (a probe's fields)", () => {
    const probe = DEPLOYMENT.replace(
      '        - containerport: 80\n',
      '        - containerPort: 80\n        readinessProbe:\n          whatever: 1\n',
    );
    expect(createSession({ preset: 'lab' }).apply(probe).stdout).toBe(
      'deployment.apps/web created\n',
    );
  });
});

describe('a Deployment without its selector on v1.20', () => {
  it("fails kubectl's client-side validation before reaching the server", () => {
    const r = createSession({ preset: 'k8sinfra' }).apply(
      DEPLOYMENT.replace('  selector:\n    matchLabels:\n      app: web\n', '').replace(
        'containerport',
        'containerPort',
      ),
    );
    expect(r.stderr).toBe(
      'error: error validating "STDIN": error validating data: ValidationError(Deployment.spec): missing required field "selector" in io.k8s.api.apps.v1.DeploymentSpec; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
  });
});
