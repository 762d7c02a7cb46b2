import { describe as suite, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { EndpointSlice } from '../api/objects.ts';
import { NP_PODS_DEPLOYMENT, NP_SVC } from '../presets/examples.ts';
import { createSession } from '../session.ts';

/** The minikube ingress tutorial's shape: one host, `/` to a Service with two pods, `/v2` to nothing. */
const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: example-ingress
  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /
spec:
  rules:
  - host: hello-world.info
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: np-svc
            port:
              number: 80
      - path: /v2
        pathType: Prefix
        backend:
          service:
            name: web2
            port:
              number: 8080
`;

function session(preset: string) {
  const s = createSession({ preset, seed: 1 });
  s.apply(NP_PODS_DEPLOYMENT.replace('replicas: 3', 'replicas: 2'));
  s.apply(NP_SVC);
  s.apply(INGRESS);
  s.run('lab wait 30');
  const ready = listObjects<EndpointSlice>(s.cluster(), 'EndpointSlice', 'default')
    .filter((e) => e.metadata.labels?.['kubernetes.io/service-name'] === 'np-svc')
    .flatMap((e) => (e.endpoints ?? []).filter((p) => p.conditions.ready))
    .map((p) => `${p.addresses[0]}:80`);
  return { s, ready };
}

suite('kubectl describe ingress', () => {
  it('prints Labels, Ingress Class <none>, <default> and a services error on a v1.33 cluster', () => {
    const { s, ready } = session('lab');
    expect(ready).toHaveLength(2);
    // describeIngressV1: the host on its own line, each path under it with a trailing space in the
    // path cell; "Annotations" and "Events" align with the Host column they follow.
    expect(s.run('kubectl describe ingress example-ingress').stdout).toBe(
      [
        'Name:             example-ingress',
        'Labels:           <none>',
        'Namespace:        default',
        'Address:          ',
        'Ingress Class:    <none>',
        'Default backend:  <default>',
        'Rules:',
        '  Host              Path  Backends',
        '  ----              ----  --------',
        '  hello-world.info  ',
        `                    /     np-svc:80 (${ready.join(',')})`,
        '                    /v2   web2:8080 (<error: services "web2" not found>)',
        'Annotations:        nginx.ingress.kubernetes.io/rewrite-target: /',
        'Events:             <none>',
        '',
      ].join('\n'),
    );
  });

  it('prints the v1.20 layout: no Labels or class, default-http-backend looked up in kube-system', () => {
    const { s, ready } = session('k8sinfra');
    const out = s.run('kubectl describe ing example-ingress').stdout;
    expect(out).toBe(
      [
        'Name:             example-ingress',
        'Namespace:        default',
        'Address:          ',
        'Default backend:  default-http-backend:80 (<error: endpoints "default-http-backend" not found>)',
        'Rules:',
        '  Host              Path  Backends',
        '  ----              ----  --------',
        '  hello-world.info  ',
        `                    /     np-svc:80 (${ready.join(',')})`,
        '                    /v2   web2:8080 (<error: endpoints "web2" not found>)',
        'Annotations:        nginx.ingress.kubernetes.io/rewrite-target: /',
        'Events:             <none>',
        '',
      ].join('\n'),
    );
  });

  it('has the v1.24+ header but still reads Endpoints objects for backends on minikube v1.28', () => {
    const { s } = session('minikube');
    const lines = s.run('kubectl describe ing example-ingress').stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Name:             example-ingress',
      'Labels:           <none>',
      'Namespace:        default',
      'Address:          ',
      'Ingress Class:    <none>',
      'Default backend:  <default>',
    ]);
    expect(lines).toContain(
      '                    /v2   web2:8080 (<error: endpoints "web2" not found>)',
    );
  });

  it('routes everything to the default backend when there are no HTTP rules', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.apply(NP_SVC.replace('app: np-pods', 'app: nobody'));
    s.apply(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: catch-all
spec:
  ingressClassName: nginx
  defaultBackend:
    service:
      name: np-svc
      port:
        name: http
`);
    const lines = s.run('kubectl describe ing catch-all').stdout.split('\n');
    expect(lines).toContain('Ingress Class:    nginx');
    // The selector matches no pod: the slices exist but hold no ready endpoint, so nothing is listed.
    expect(lines).toContain('Default backend:  np-svc:http ()');
    expect(lines).toContain('  *           *     np-svc:http ()');
  });
});
