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

// The Ingress every learner writes from a pre-v1.19 tutorial: v1beta1 backend fields under v1.
const OLD_STYLE_INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ing
spec:
  rules:
  - http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          serviceName: web
          servicePort: 80
`;

describe('unknown fields in an Ingress', () => {
  it('are refused by kubectl v1.20 against the networking.k8s.io/v1 schema', () => {
    const r = createSession({ preset: 'k8sinfra' }).apply(OLD_STYLE_INGRESS);
    expect(r.stderr).toBe(
      'error: error validating "STDIN": error validating data: [ValidationError(Ingress.spec.rules[0].http.paths[0].backend): unknown field "serviceName" in io.k8s.api.networking.v1.IngressBackend, ValidationError(Ingress.spec.rules[0].http.paths[0].backend): unknown field "servicePort" in io.k8s.api.networking.v1.IngressBackend]; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
  });

  it('are a strict decoding error on a v1.33 server, every field listed', () => {
    const r = createSession({ preset: 'lab' }).apply(OLD_STYLE_INGRESS);
    expect(r.stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Ingress in version "v1" cannot be handled as a Ingress: strict decoding error: unknown field "spec.rules[0].http.paths[0].backend.serviceName", unknown field "spec.rules[0].http.paths[0].backend.servicePort"\n',
    );
  });

  it('are checked against v1beta1 when the manifest says v1beta1 (v1.20)', () => {
    const beta = OLD_STYLE_INGRESS.replace('networking.k8s.io/v1', 'networking.k8s.io/v1beta1');
    const ok = createSession({ preset: 'k8sinfra' }).apply(beta);
    expect(ok.stderr).not.toContain('ValidationError');
    const v1Backend = beta.replace(
      '          serviceName: web\n          servicePort: 80\n',
      '          service:\n            name: web\n',
    );
    expect(createSession({ preset: 'k8sinfra' }).apply(v1Backend).stderr).toContain(
      'ValidationError(Ingress.spec.rules[0].http.paths[0].backend): unknown field "service" in io.k8s.api.networking.v1beta1.IngressBackend',
    );
  });
});

describe('unknown and missing fields in the other kinds', () => {
  it('finds a spec in a ConfigMap, which has none', () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\nspec:\n  a: b\n';
    expect(createSession({ preset: 'lab' }).apply(cm).stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "spec"\n',
    );
    expect(createSession({ preset: 'k8sinfra' }).apply(cm).stderr).toBe(
      'error: error validating "STDIN": error validating data: ValidationError(ConfigMap): unknown field "spec" in io.k8s.api.core.v1.ConfigMap; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
  });

  it('finds autoscaling/v2 metrics in an autoscaling/v1 HPA', () => {
    const hpa = `apiVersion: autoscaling/v1
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 1
  maxReplicas: 5
  metrics:
  - type: Resource
`;
    expect(createSession({ preset: 'lab' }).apply(hpa).stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": HorizontalPodAutoscaler in version "v1" cannot be handled as a HorizontalPodAutoscaler: strict decoding error: unknown field "spec.metrics"\n',
    );
    expect(
      createSession({ preset: 'lab' }).apply(hpa.replace('autoscaling/v1', 'autoscaling/v2'))
        .stderr,
    ).not.toContain('strict decoding error');
  });

  it('reports a RoleBinding without its roleRef on v1.20', () => {
    const rb = `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
subjects:
- kind: ServiceAccount
  name: default
`;
    expect(createSession({ preset: 'k8sinfra' }).apply(rb).stderr).toBe(
      'error: error validating "STDIN": error validating data: ValidationError(RoleBinding): missing required field "roleRef" in io.k8s.api.rbac.v1.RoleBinding; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
  });

  it("knows fields by release: a StatefulSet's minReadySeconds is unknown before v1.22", () => {
    const sts = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  minReadySeconds: 5
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: db
        image: nginx
`;
    expect(createSession({ preset: 'k8sinfra' }).apply(sts).stderr).toBe(
      'error: error validating "STDIN": error validating data: ValidationError(StatefulSet.spec): unknown field "minReadySeconds" in io.k8s.api.apps.v1.StatefulSetSpec; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
    expect(createSession({ preset: 'lab' }).apply(sts).stderr).not.toContain('unknown field');
  });
});
