import { describe, expect, it } from 'vitest';
import { listObjects } from '../api/cluster.ts';
import type { Pod } from '../api/objects.ts';
import { createSession } from '../session.ts';

// A bare-metal style controller (no --publish-service): ADDRESS is the node's InternalIP, written
// at the first 60 s status sync after the pod is Ready (status.go runningAddresses/UpdateInterval).
const CONTROLLER = (extraArgs: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: ingress-nginx
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
spec:
  controller: k8s.io/ingress-nginx
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: ingress-nginx}
  template:
    metadata:
      labels: {app.kubernetes.io/name: ingress-nginx}
    spec:
      containers:
      - name: controller
        image: registry.k8s.io/ingress-nginx/controller:v1.8.0
        args: [/nginx-ingress-controller, --ingress-class=nginx${extraArgs}]
        env:
        - name: POD_NAMESPACE
          valueFrom: {fieldRef: {fieldPath: metadata.namespace}}
        readinessProbe:
          httpGet: {path: /healthz, port: 10254}
          initialDelaySeconds: 10
`;
const ING = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  ingressClassName: nginx
  rules:
  - http:
      paths:
      - path: /
        pathType: Prefix
        backend: {service: {name: web, port: {number: 80}}}
`;
const address = (out: string) => out.split('\n')[1]?.split(/\s+/)[3] ?? '';

describe('ingress status', () => {
  it('node mode: blank until the first sync after Ready, then the node InternalIP', () => {
    const s = createSession({ preset: 'lab', seed: 5 });
    s.apply(CONTROLLER(''));
    s.apply(ING);
    s.advance(10);
    expect(s.run('kubectl get ingress').stdout).toMatch(/^web\s+nginx\s+\*\s+80\s+\d+s$/m);
    s.advance(70);
    const pod = listObjects<Pod>(s.cluster(), 'Pod', 'ingress-nginx')[0]!;
    expect(pod.status.hostIP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(address(s.run('kubectl get ingress').stdout)).toBe(pod.status.hostIP);
  });
  it('--publish-service of a NodePort Service: its ClusterIP, at the first sync', () => {
    const s = createSession({ preset: 'lab', seed: 5 });
    s.apply(ING);
    s.apply(CONTROLLER(', --publish-service=$(POD_NAMESPACE)/ingress-nginx-controller'));
    s.run('kubectl create service nodeport ingress-nginx-controller --tcp=80:80 -n ingress-nginx');
    s.advance(8);
    const clusterIP = s.run(
      'kubectl get svc ingress-nginx-controller -n ingress-nginx -o jsonpath={.spec.clusterIP}',
    ).stdout;
    expect(clusterIP).toMatch(/^10\.\d+\.\d+\.\d+$/);
    expect(address(s.run('kubectl get ingress').stdout)).toBe(clusterIP);
  });
});
