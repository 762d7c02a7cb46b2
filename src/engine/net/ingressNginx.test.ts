import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { Pod } from '../api/objects.ts';
import { createSession } from '../session.ts';
import {
  controllerVersion,
  isIngressControllerImage,
  routeRequest,
  type HttpRequest,
} from './ingressNginx.ts';

function controller(image: string, args: string[] = []): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'ctl',
      namespace: 'ingress-nginx',
      uid: 'u',
      resourceVersion: '1',
      creationTimestamp: '',
    },
    spec: { containers: [{ name: 'controller', image, args }] },
    status: { phase: 'Running' },
  };
}
const V1 = controller('registry.k8s.io/ingress-nginx/controller:v1.8.0', [
  '--watch-ingress-without-class=true',
]);
const V030 = controller('quay.io/kubernetes-ingress-controller/nginx-ingress-controller:0.30.0');

function lab(preset = 'lab') {
  const s = createSession({ preset, seed: 7 });
  for (const d of ['hname', 'ip', 'foo', 'bar'])
    s.run(
      `kubectl create deployment ${d} --image=sysnet4admin/echo-hname --replicas=${d === 'hname' ? 3 : 1}`,
    );
  for (const d of ['hname', 'ip', 'foo', 'bar']) s.run(`kubectl expose deployment ${d} --port=80`);
  s.advance(30);
  return s;
}
const ingress = (
  name: string,
  ann: Record<string, string>,
  rules: string,
) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  annotations: ${JSON.stringify(ann)}
spec:
${rules}`;
const path = (p: string, type: string, svc: string) => `      - path: ${p}
        pathType: ${type}
        backend: {service: {name: ${svc}, port: {number: 80}}}`;

const req = (p: string, host = '192.168.1.101', extra: Partial<HttpRequest> = {}): HttpRequest => ({
  scheme: 'http',
  host,
  path: p,
  method: 'GET',
  remoteAddr: '10.0.0.1',
  headers: [],
  ...extra,
});
const rr = () => {
  const counters = new Map<string, number>();
  return {
    next(key: string, count: number) {
      const n = counters.get(key) ?? 0;
      counters.set(key, n + 1);
      return n % count;
    },
  };
};
const target = (s: ReturnType<typeof lab>, ctl: Pod, p: string, host?: string) => {
  const d = routeRequest(s.cluster(), ctl, req(p, host), rr());
  return d.kind === 'proxy' ? `${d.service} ${d.upstreamPath}` : String(d.status);
};

describe('controller images', () => {
  it('recognises the controller images of each era', () => {
    expect(
      isIngressControllerImage(
        'registry.k8s.io/ingress-nginx/controller:v1.8.0@sha256:744ae2afd433a395eeb13dc03d3313facba92e96ad71d9feaafc85925493fee3',
      ),
    ).toBe(true);
    expect(isIngressControllerImage('k8s.gcr.io/ingress-nginx/controller:v1.2.0')).toBe(true);
    expect(
      isIngressControllerImage(
        'quay.io/kubernetes-ingress-controller/nginx-ingress-controller:0.30.0',
      ),
    ).toBe(true);
    expect(
      isIngressControllerImage('registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.6.9'),
    ).toBe(false);
    expect(isIngressControllerImage('nginx:1.25')).toBe(false);
    expect(
      controllerVersion('registry.k8s.io/ingress-nginx/controller:v1.15.1@sha256:594c'),
    ).toEqual({ major: 1, minor: 15, patch: 1 });
    expect(
      controllerVersion('quay.io/kubernetes-ingress-controller/nginx-ingress-controller:0.30.0'),
    ).toEqual({ major: 0, minor: 30, patch: 0 });
  });
});

describe('path matching (v1.x controller)', () => {
  it('Exact, Prefix (element-wise) and ImplementationSpecific (nginx prefix), longest first', () => {
    const s = lab();
    s.apply(
      ingress(
        'm',
        {},
        `  rules:
  - http:
      paths:
${path('/foo', 'Prefix', 'foo')}
${path('/foo/bar', 'Exact', 'bar')}
${path('/ip', 'ImplementationSpecific', 'ip')}
${path('/', 'Prefix', 'hname')}`,
      ),
    );
    const t = (p: string) => target(s, V1, p);
    expect(t('/foo')).toBe('default/foo /foo');
    expect(t('/foo/')).toBe('default/foo /foo/');
    expect(t('/foo/baz')).toBe('default/foo /foo/baz');
    expect(t('/foobar')).toBe('default/hname /foobar');
    expect(t('/foo/bar')).toBe('default/bar /foo/bar');
    expect(t('/foo/bar/x')).toBe('default/foo /foo/bar/x');
    expect(t('/ipfoo')).toBe('default/ip /ipfoo');
    expect(t('/IP')).toBe('default/hname /IP');
  });
  it('rewrite-target turns every path of the host into a case-insensitive regex and replaces the URI', () => {
    const s = lab();
    s.apply(
      ingress(
        'rw',
        { 'nginx.ingress.kubernetes.io/rewrite-target': '/' },
        `  rules:
  - http:
      paths:
${path('/', 'Prefix', 'hname')}
${path('/ip', 'Prefix', 'ip')}`,
      ),
    );
    const t = (p: string) => target(s, V1, p);
    expect(t('/')).toBe('default/hname /');
    expect(t('/anything')).toBe('default/hname /anything');
    expect(t('/ip')).toBe('default/ip /');
    expect(t('/ip/anything')).toBe('default/ip /');
    expect(t('/ipfoo')).toBe('default/ip /');
    expect(t('/IP')).toBe('default/ip /');
  });
  it('capture groups: /echo(/|$)(.*) with target /$2 keeps the rest of the path', () => {
    const s = lab();
    s.apply(
      ingress(
        'cap',
        { 'nginx.ingress.kubernetes.io/rewrite-target': '/$2' },
        `  rules:
  - http:
      paths:
${path('/echo(/|$)(.*)', 'ImplementationSpecific', 'foo')}`,
      ),
    );
    expect(target(s, V1, '/echo/a/b?x=1')).toBe('default/foo /a/b?x=1');
    expect(target(s, V1, '/echo')).toBe('default/foo /');
    expect(target(s, V1, '/other')).toBe('404');
  });
  it('hosts: exact and one-label wildcard; host-less rules serve any other Host', () => {
    const s = lab();
    s.apply(
      ingress(
        'h',
        {},
        `  rules:
  - host: foo.com
    http:
      paths:
${path('/', 'Prefix', 'foo')}
  - host: "*.bar.com"
    http:
      paths:
${path('/', 'Prefix', 'bar')}
  - http:
      paths:
${path('/', 'Prefix', 'hname')}`,
      ),
    );
    expect(target(s, V1, '/', 'foo.com')).toBe('default/foo /');
    expect(target(s, V1, '/', 'a.bar.com')).toBe('default/bar /');
    expect(target(s, V1, '/', 'a.b.bar.com')).toBe('default/hname /');
    expect(target(s, V1, '/', 'bar.com')).toBe('default/hname /');
  });
});

describe('errors, class filtering, balancing, headers', () => {
  it('404 without a rule, 503 for a missing Service or one without endpoints', () => {
    const s = lab();
    s.run('kubectl scale deployment bar --replicas=0');
    s.advance(40);
    s.apply(
      ingress(
        'e',
        {},
        `  rules:
  - http:
      paths:
${path('/gone', 'Prefix', 'hname-svc-default')}
${path('/bar', 'Prefix', 'bar')}`,
      ),
    );
    const d404 = routeRequest(s.cluster(), V1, req('/nothing'), rr());
    expect(d404.kind === 'response' && d404.status).toBe(404);
    expect(d404.kind === 'response' && d404.body).toContain(
      '<center><h1>404 Not Found</h1></center>',
    );
    expect(target(s, V1, '/gone')).toBe('503');
    expect(target(s, V1, '/bar')).toBe('503');
  });
  it('a class-less Ingress: served by 0.30.0, ignored by v1.x without a default class or the flag', () => {
    const s = lab('k8sinfra');
    s.apply(`apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: ingress-nginx
  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /
spec:
  rules:
  - http:
      paths:
      - path:
        backend:
          serviceName: hname
          servicePort: 80
      - path: /ip
        backend:
          serviceName: ip
          servicePort: 80`);
    expect(target(s, V030, '/ip/x')).toBe('default/ip /');
    expect(target(s, V030, '/')).toBe('default/hname /');
    const strict = controller('registry.k8s.io/ingress-nginx/controller:v1.2.0');
    expect(target(s, strict, '/ip')).toBe('404');
    expect(target(s, V1, '/ip')).toBe('default/ip /');
  });
  it('round robin over 3 endpoints, per request', () => {
    const s = lab();
    s.apply(
      ingress(
        'r',
        {},
        `  rules:
  - http:
      paths:
${path('/', 'Prefix', 'hname')}`,
      ),
    );
    const b = rr();
    const ups = [0, 1, 2, 3].map((i) => {
      const d = routeRequest(s.cluster(), V1, req(`/${i}`), b);
      return d.kind === 'proxy' ? d.upstream : '';
    });
    const pods = listObjects<Pod>(s.cluster(), 'Pod', 'default')
      .filter((p) => p.metadata.name.startsWith('hname-'))
      .map((p) => `${p.status.podIP}:80`);
    expect(new Set(ups.slice(0, 3))).toEqual(new Set(pods));
    expect(ups[3]).toBe(ups[0]);
  });
  it('request headers for a request arriving from a node address', () => {
    const s = lab();
    s.apply(
      ingress(
        'r',
        {},
        `  rules:
  - http:
      paths:
${path('/', 'Prefix', 'hname')}`,
      ),
    );
    const d = routeRequest(
      s.cluster(),
      V1,
      req('/', '192.168.1.101', {
        hostPort: 30100,
        remoteAddr: '10.244.1.0',
        headers: [
          ['Host', '192.168.1.101:30100'],
          ['User-Agent', 'curl/7.68.0'],
          ['Accept', '*/*'],
        ],
      }),
      rr(),
      { int: () => 10 },
    );
    expect(d.kind === 'proxy' && d.requestHeaders).toEqual([
      ['Host', '192.168.1.101:30100'],
      ['X-Request-ID', 'a'.repeat(32)],
      ['X-Real-IP', '10.244.1.0'],
      ['X-Forwarded-For', '10.244.1.0'],
      ['X-Forwarded-Host', '192.168.1.101:30100'],
      ['X-Forwarded-Port', '80'],
      ['X-Forwarded-Proto', 'http'],
      ['X-Forwarded-Scheme', 'http'],
      ['X-Scheme', 'http'],
      ['User-Agent', 'curl/7.68.0'],
      ['Accept', '*/*'],
    ]);
  });
  it('hosts with TLS redirect http to https with 308', () => {
    const s = lab();
    s.apply(
      ingress(
        't',
        {},
        `  tls:
  - hosts: [foo.com]
    secretName: foo-tls
  rules:
  - host: foo.com
    http:
      paths:
${path('/', 'Prefix', 'foo')}`,
      ),
    );
    const d = routeRequest(s.cluster(), V1, req('/a?b=1', 'foo.com'), rr());
    expect(d.kind === 'response' && d.status).toBe(308);
    expect(d.kind === 'response' && d.headers.find(([k]) => k === 'Location')?.[1]).toBe(
      'https://foo.com/a?b=1',
    );
    expect(target(s, V1, '/a', 'other.com')).toBe('404');
    const https = routeRequest(s.cluster(), V1, req('/a', 'foo.com', { scheme: 'https' }), rr());
    expect(https.kind).toBe('proxy');
  });
});

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const FILES = [
  ['kubernetes__ingress-nginx/deploy/static/provider/baremetal/deploy.yaml', 'lab'],
  ['kubernetes__ingress-nginx/deploy/static/provider/baremetal/1.20/deploy.yaml', 'k8sinfra'],
  ['kubernetes__ingress-nginx/deploy/static/mandatory.yaml', 'k8sinfra'],
] as const;
const present = existsSync(CORPUS);
if (!present) console.warn(`skipped: the corpus is not at ${CORPUS} (shared/corpus absent)`);
describe.skipIf(!present)('the real controller manifests', () => {
  for (const [file, preset] of FILES) {
    it(`${file} yields a controller pod`, () => {
      const s = createSession({ preset, seed: 3 });
      s.apply(readFileSync(CORPUS + file, 'utf8'));
      s.advance(60);
      const pods = listObjects<Pod>(s.cluster(), 'Pod', 'ingress-nginx').filter((p) =>
        p.spec.containers.some((c) => isIngressControllerImage(c.image)),
      );
      expect(pods.length).toBe(1);
    });
  }
});
