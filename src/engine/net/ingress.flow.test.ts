// The k8sInfra book's Ingress chapter (reference §8.2): a browser request crosses the controller's
// NodePort Service, nginx picks a backend pod by itself, and its own connection carries the request
// on. The controller Deployment is written here in the shape of the 0.x manifest the book applies.
import { describe, expect, it } from 'vitest';
import { createSession } from '../session.ts';
import type { Trace } from '../types.ts';

const CONTROLLER = `apiVersion: v1
kind: Namespace
metadata:
  name: ingress-nginx
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-ingress-controller
  namespace: ingress-nginx
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: ingress-nginx
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ingress-nginx
    spec:
      containers:
      - name: nginx-ingress-controller
        image: quay.io/kubernetes-ingress-controller/nginx-ingress-controller:0.30.0
        args: ["/nginx-ingress-controller", "--ingress-class=nginx"]
        ports:
        - name: http
          containerPort: 80
        - name: https
          containerPort: 443
---
apiVersion: v1
kind: Service
metadata:
  name: nginx-ingress-controller
  namespace: ingress-nginx
spec:
  type: NodePort
  selector:
    app.kubernetes.io/name: ingress-nginx
  ports:
  - name: http
    port: 80
    targetPort: 80
    nodePort: 30100
  - name: https
    port: 443
    targetPort: 443
    nodePort: 30101
`;

// The book's ingress-config.yaml (networking.k8s.io/v1beta1, served by v1.20).
const INGRESS = `apiVersion: networking.k8s.io/v1beta1
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
          serviceName: hname-svc-default
          servicePort: 80
      - path: /ip
        backend:
          serviceName: ip-svc
          servicePort: 80
      - path: /your-directory
        backend:
          serviceName: your-svc
          servicePort: 80
`;

function book() {
  const s = createSession({ preset: 'k8sinfra', seed: 5 });
  s.run('kubectl create deployment in-hname-pod --image=sysnet4admin/echo-hname --replicas=3');
  s.run('kubectl create deployment in-ip-pod --image=sysnet4admin/echo-ip');
  s.apply(CONTROLLER);
  s.apply(INGRESS);
  s.run('kubectl expose deployment in-hname-pod --name=hname-svc-default --port=80,443');
  s.run('kubectl expose deployment in-ip-pod --name=ip-svc --port=80,443');
  s.run('lab wait 60');
  return s;
}

const actions = (t: Trace) => t.hops.map((h) => h.action);

describe('ingress-nginx on the k8sinfra cluster', () => {
  it('routes /ip to the echo-ip pod over a second connection from the controller pod', () => {
    const s = book();
    const r = s.run('lab trace curl http://192.168.1.101:30100/ip');
    const t = r.trace!;
    expect(t.verdict).toBe('delivered');
    const proxy = t.hops.find((h) => h.action === 'proxy')!;
    expect(proxy.at).toMatch(/^pod\/ingress-nginx\/nginx-ingress-controller-/);
    expect(proxy.rule).toContain('default/ip-svc:80');
    const controllerIP = proxy.packet.src.split(':')[0]!;
    // The backend pod sees the controller pod, not the node and not the browser.
    expect(t.clientSeenByPod).toBe(controllerIP);
    expect(t.servedBy!.pod).toMatch(/^default\/in-ip-pod-/);
    // rewrite-target / : the echo-ip pod is asked for /, and answers with its own address.
    const ipPod = t.hops.find((h) => h.action === 'deliver' && h.at.startsWith('pod/default/'))!;
    expect(
      r.stdout.endsWith(`request_method : GET | ip_dest: ${ipPod.packet.dst.split(':')[0]}\n`),
    ).toBe(true);
    // nginx picks the endpoint itself: no KUBE-SEP rule decides the second leg.
    const afterProxy = t.hops.slice(t.hops.indexOf(proxy) + 1);
    expect(afterProxy.some((h) => h.action === 'dnat')).toBe(false);
    expect(actions(t).filter((a) => a === 'dnat')).toHaveLength(1);
  });

  it('balances each request round robin over the backend pods, even on one keep-alive connection', () => {
    const s = book();
    const load = s.run('lab load -n 30 --keepalive http://192.168.1.101:30100/').load!;
    expect(Object.values(load.byPod).sort()).toEqual([10, 10, 10]);
  });

  it('answers 503 for a rule whose Service does not exist, and plain HTTP on the HTTPS port with 400', () => {
    const s = book();
    const missing = s.run('curl -s http://192.168.1.101:30100/your-directory');
    expect(missing.stdout).toContain(
      '<head><title>503 Service Temporarily Unavailable</title></head>',
    );
    const plain = s.run('curl -s http://192.168.1.101:30101/');
    expect(plain.stdout).toContain(
      '<center>The plain HTTP request was sent to HTTPS port</center>',
    );
  });

  it('serves HTTPS on 443 with its fake certificate: curl refuses it without -k', () => {
    const s = book();
    const strict = s.run('curl https://192.168.1.101:30101/');
    expect(strict.exitCode).toBe(60);
    expect(strict.stderr).toMatch(
      /^curl: \(60\) SSL certificate problem: self-signed certificate\n/,
    );
    const insecure = s.run('curl -sk https://192.168.1.101:30101/');
    expect(insecure.stdout).toMatch(/^in-hname-pod-[a-z0-9]+-[a-z0-9]{5}\n$/);
    // The plain port does not speak TLS at all.
    expect(s.run('curl https://192.168.1.101:30100/').stderr).toBe(
      'curl: (35) error:0A00010B:SSL routines::wrong version number\n',
    );
  });
});
