// kubectl apply of the kinds beyond Services and workloads, on the two preset eras. Expected texts
// come from reference §0, §8.1, §9.7 and kubectl's own messages, not from our output.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../session.ts';

const BETA_INGRESS = `apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: ingress-nginx
spec:
  rules:
  - http:
      paths:
      - path:
        backend:
          serviceName: hname-svc-default
          servicePort: 80
`;
const BETA_WARNING =
  'Warning: networking.k8s.io/v1beta1 Ingress is deprecated in v1.19+, unavailable in v1.22+; use networking.k8s.io/v1 Ingress\n';

const POOL_CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: ipaddresspools.metallb.io
spec:
  group: metallb.io
  names:
    kind: IPAddressPool
    listKind: IPAddressPoolList
    plural: ipaddresspools
    singular: ipaddresspool
  scope: Namespaced
  versions:
  - name: v1beta1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
`;
const POOL = `apiVersion: metallb.io/v1beta1
kind: IPAddressPool
metadata:
  name: first-pool
  namespace: default
spec:
  addresses:
  - 10.0.0.200-10.0.0.220
`;

describe('Ingress API versions', () => {
  it('creates a v1beta1 Ingress on v1.20 after the deprecation warning', () => {
    const r = createSession({ preset: 'k8sinfra' }).apply(BETA_INGRESS);
    expect(r.stderr).toBe(BETA_WARNING);
    expect(r.stdout).toBe('ingress.networking.k8s.io/ingress-nginx created\n');
    expect(r.exitCode).toBe(0);
  });

  it('serves a v1beta1 Ingress back as networking.k8s.io/v1 with a service backend', () => {
    const s = createSession({ preset: 'k8sinfra' });
    s.apply(BETA_INGRESS);
    const yaml = s.run('kubectl get ingress ingress-nginx -o yaml').stdout;
    expect(yaml.startsWith('apiVersion: networking.k8s.io/v1\n')).toBe(true);
    expect(yaml).toContain(
      '      - backend:\n          service:\n            name: hname-svc-default\n            port:\n              number: 80\n        pathType: ImplementationSpecific\n',
    );
  });

  it('prints the warning once for several objects of the same deprecated version', () => {
    const second = BETA_INGRESS.replace('name: ingress-nginx', 'name: other');
    const r = createSession({ preset: 'k8sinfra' }).apply(`${BETA_INGRESS}---\n${second}`);
    expect(r.stderr).toBe(BETA_WARNING);
    expect(r.stdout).toBe(
      'ingress.networking.k8s.io/ingress-nginx created\ningress.networking.k8s.io/other created\n',
    );
  });

  it('names an extensions/v1beta1 Ingress by its own group', () => {
    const r = createSession({ preset: 'k8sinfra' }).apply(
      BETA_INGRESS.replace('networking.k8s.io/v1beta1', 'extensions/v1beta1'),
    );
    expect(r.stdout).toBe('ingress.extensions/ingress-nginx created\n');
    expect(r.stderr).toBe(
      'Warning: extensions/v1beta1 Ingress is deprecated in v1.14+, unavailable in v1.22+; use networking.k8s.io/v1 Ingress\n',
    );
  });

  it('says it is unchanged when the same beta Ingress is applied again', () => {
    const s = createSession({ preset: 'k8sinfra' });
    s.apply(BETA_INGRESS);
    expect(s.apply(BETA_INGRESS).stdout).toBe(
      'ingress.networking.k8s.io/ingress-nginx unchanged\n',
    );
  });

  it('refuses a v1beta1 Ingress on v1.33 with the resource-mapping error (reference §8.1)', () => {
    const r = createSession({ preset: 'lab' }).apply(BETA_INGRESS);
    expect(r.stderr).toBe(
      'error: resource mapping not found for name: "ingress-nginx" namespace: "" from "STDIN": no matches for kind "Ingress" in version "networking.k8s.io/v1beta1"\nensure CRDs are installed first\n',
    );
    expect(r.exitCode).toBe(1);
  });

  it('requires pathType on networking.k8s.io/v1 (reference §8.1)', () => {
    const v1 = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: x
spec:
  rules:
  - http:
      paths:
      - path: /
        backend:
          service:
            name: s
            port:
              number: 80
`;
    expect(createSession({ preset: 'lab' }).apply(v1).stderr).toBe(
      'The Ingress "x" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified\n',
    );
    const relative = v1.replace(
      '      - path: /\n',
      '      - path: ip\n        pathType: Prefix\n',
    );
    expect(createSession({ preset: 'lab' }).apply(relative).stderr).toBe(
      'The Ingress "x" is invalid: spec.rules[0].http.paths[0].path: Invalid value: "ip": must be an absolute path\n',
    );
  });

  it('lists an Ingress with CLASS, HOSTS, ADDRESS, PORTS (reference §8.2)', () => {
    const s = createSession({ preset: 'k8sinfra' });
    s.apply(BETA_INGRESS);
    expect(s.run('kubectl get ingress').stdout).toMatch(
      /^NAME {12}CLASS {4}HOSTS {3}ADDRESS {3}PORTS {3}AGE\ningress-nginx {3}<none> {3}\* {7} {10}80 {6}\d+s\n$/,
    );
  });
});

describe('Custom resources', () => {
  it('refuses an IPAddressPool before its CRD and accepts it after', () => {
    const s = createSession({ preset: 'minikube' });
    expect(s.apply(POOL).stderr).toBe(
      'error: resource mapping not found for name: "first-pool" namespace: "default" from "STDIN": no matches for kind "IPAddressPool" in version "metallb.io/v1beta1"\nensure CRDs are installed first\n',
    );
    expect(s.apply(POOL_CRD).stdout).toBe(
      'customresourcedefinition.apiextensions.k8s.io/ipaddresspools.metallb.io created\n',
    );
    expect(s.apply(POOL).stdout).toBe('ipaddresspool.metallb.io/first-pool created\n');
  });

  it('does not know a custom kind defined earlier in the same file, as kubectl maps first', () => {
    const r = createSession({ preset: 'minikube' }).apply(`${POOL_CRD}---\n${POOL}`);
    expect(r.stdout).toBe(
      'customresourcedefinition.apiextensions.k8s.io/ipaddresspools.metallb.io created\n',
    );
    expect(r.stderr).toContain(
      'no matches for kind "IPAddressPool" in version "metallb.io/v1beta1"',
    );
  });

  it('requires a CRD to be named plural.group', () => {
    const r = createSession({ preset: 'minikube' }).apply(
      POOL_CRD.replace('name: ipaddresspools.metallb.io', 'name: pools.metallb.io'),
    );
    expect(r.stderr).toBe(
      'The CustomResourceDefinition "pools.metallb.io" is invalid: metadata.name: Invalid value: "pools.metallb.io": must be spec.names.plural+"."+spec.group\n',
    );
  });
});

describe('Versions a server no longer serves', () => {
  const PSP = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata:
  name: controller
spec:
  runAsUser:
    rule: MustRunAsNonRoot
  seLinux:
    rule: RunAsAny
  supplementalGroups:
    rule: RunAsAny
  fsGroup:
    rule: RunAsAny
`;

  it('creates a PodSecurityPolicy on v1.20 without a warning (deprecated only from v1.21)', () => {
    const r = createSession({ preset: 'k8sinfra' }).apply(PSP);
    expect(r.stdout).toBe('podsecuritypolicy.policy/controller created\n');
    expect(r.stderr).toBe('');
  });

  it('refuses a PodSecurityPolicy on v1.33', () => {
    expect(createSession({ preset: 'lab' }).apply(PSP).stderr).toBe(
      'error: resource mapping not found for name: "controller" namespace: "" from "STDIN": no matches for kind "PodSecurityPolicy" in version "policy/v1beta1"\nensure CRDs are installed first\n',
    );
  });

  it('refuses autoscaling/v2 on v1.20, where it is not yet served, in kubectl 1.20 words', () => {
    const hpa =
      'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: d}\n  maxReplicas: 3\n';
    expect(createSession({ preset: 'k8sinfra' }).apply(hpa).stderr).toBe(
      'error: unable to recognize "STDIN": no matches for kind "HorizontalPodAutoscaler" in version "autoscaling/v2"\n',
    );
  });
});

describe('Unknown fields under kubectl --validate=strict (the default)', () => {
  const SVC =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  publishNotReadyEndpoints: true\n  ports:\n  - port: 80\n';

  it('is refused by kubectl 1.20 with its client-side schema error', () => {
    const r = createSession({ preset: 'k8sinfra' }).apply(SVC);
    expect(r.stderr).toBe(
      'error: error validating "STDIN": error validating data: ValidationError(Service.spec): unknown field "publishNotReadyEndpoints" in io.k8s.api.core.v1.ServiceSpec; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
    expect(r.errors[0]!.line).toBe(6);
  });

  it('is refused by a v1.33 server with a strict decoding error', () => {
    const r = createSession({ preset: 'lab' }).apply(SVC);
    expect(r.stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.publishNotReadyEndpoints"\n',
    );
    expect(r.stdout).toBe('');
  });
});

describe('Config and controller-less kinds', () => {
  it('defaults a Secret to type Opaque and merges stringData into data as base64', () => {
    const s = createSession({ preset: 'lab' });
    s.apply('apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  b: hi\n');
    const yaml = s.run('kubectl get secret s -o yaml').stdout;
    expect(yaml).toContain('data:\n  b: aGk=\n');
    expect(yaml).toContain('type: Opaque\n');
    expect(yaml).not.toContain('stringData:\n  b');
  });

  it('refuses Secret data that is not base64 before validating it', () => {
    const r = createSession({ preset: 'lab' }).apply(
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: t\ndata:\n  a: hello!\n',
    );
    expect(r.stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 5\n',
    );
  });

  it('gives a ReplicationController without a selector the template labels as selector', () => {
    const s = createSession({ preset: 'lab' });
    expect(
      s.apply(
        'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: kubia\nspec:\n  replicas: 3\n  template:\n    metadata:\n      labels:\n        app: kubia\n    spec:\n      containers:\n      - name: kubia\n        image: luksa/kubia\n',
      ).stdout,
    ).toBe('replicationcontroller/kubia created\n');
    expect(s.run('kubectl get rc kubia -o yaml').stdout).toContain('  selector:\n    app: kubia\n');
  });

  it('names RBAC objects with colons, as kubeadm and MetalLB do', () => {
    const r = createSession({ preset: 'lab' }).apply(
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: metallb-system:controller\nrules: []\n',
    );
    expect(r.stdout).toBe(
      'clusterrole.rbac.authorization.k8s.io/metallb-system:controller created\n',
    );
  });
});
