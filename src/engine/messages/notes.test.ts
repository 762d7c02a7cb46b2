// The trace notes in two languages: every key has an English and a Korean template with the same
// placeholders, every hop of real traces carries its message, the English note is that message's
// English rendering, and the Korean rendering keeps every address, port and name of the English.
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../session.ts';
import type { Trace } from '../types.ts';
import { placeholders } from './format.ts';
import { NOTES_EN, NOTES_KO, noteText, type NoteKey } from './notes.ts';

const HANGUL = /[\uac00-\ud7a3]/;
/** Templates that are a program's own name in both languages. */
const NAMES_ONLY: readonly NoteKey[] = ['trace.process.apiserver', 'trace.process.kubelet'];

describe('the note catalog', () => {
  const keys = Object.keys(NOTES_EN) as NoteKey[];

  it('has the same keys in both languages', () => {
    expect(Object.keys(NOTES_KO).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s has the same placeholders in English and Korean', (key) => {
    expect(placeholders(NOTES_KO[key])).toEqual(placeholders(NOTES_EN[key]));
  });

  it('is written in Korean on the Korean side and in English on the English side', () => {
    const untranslated = keys.filter((k) => !NAMES_ONLY.includes(k) && !HANGUL.test(NOTES_KO[k]));
    expect(untranslated).toEqual([]);
    expect(keys.filter((k) => HANGUL.test(NOTES_EN[k]))).toEqual([]);
  });
});

/** Addresses (IP, IP:port, CIDR) and the names quoted in a sentence. */
function addresses(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:\.\d{1,3}){3}(?::\d+|\/\d+)?/g)].map((m) => m[0]).sort();
}

function checkTrace(trace: Trace, names: readonly string[]): void {
  expect(trace.hops.length).toBeGreaterThan(2);
  for (const hop of trace.hops) {
    expect(hop.msg, `${hop.at} ${hop.action}: ${hop.note}`).toBeDefined();
    expect(noteText(hop.msg!, 'en')).toBe(hop.note);
    const ko = noteText(hop.msg!, 'ko');
    expect(ko, hop.note).toMatch(HANGUL);
    expect(ko).not.toMatch(/\{\w+\}/);
    expect(addresses(ko), `${hop.note}\n${ko}`).toEqual(addresses(hop.note));
    for (const name of names) if (hop.note.includes(name)) expect(ko, hop.note).toContain(name);
  }
}

const nodeNames = (s: Session) => s.view().nodes.map((n) => n.name);

describe('traces explained in Korean', () => {
  it('a NodePort request masqueraded to a pod on another node (SNAT, DNAT, overlay, un-NAT)', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('kubectl create deployment web --image=nginx');
    s.run('kubectl expose deployment web --port=80 --type=NodePort');
    s.run('lab wait 30');
    const pod = s.view().pods.find((p) => p.name.startsWith('web-'))!;
    const other = s.view().nodes.find((n) => n.role === 'worker' && n.name !== pod.node)!;
    const nodePort = s.view().services.find((v) => v.name === 'web')!.ports[0]!.nodePort!;
    const trace = s.run(`lab trace curl -s http://${other.ip}:${nodePort}`).trace!;
    expect(trace.verdict).toBe('delivered');
    const actions = trace.hops.map((h) => h.action);
    expect(actions).toEqual(expect.arrayContaining(['dnat', 'snat', 'encap', 'un-snat']));
    checkTrace(trace, [...nodeNames(s), pod.name]);
    const snat = trace.hops.find((h) => h.action === 'snat')!;
    expect(noteText(snat.msg!, 'ko')).toContain(`${other.name} 노드가`);
  });

  it('a request to a MetalLB layer-2 address (ARP answered by a speaker)', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('kubectl create deployment web --image=nginx --replicas=2');
    s.run('kubectl expose deployment web --port=80 --type=LoadBalancer');
    s.run('lab wait 30');
    const lb = s.view().services.find((v) => v.name === 'web')!;
    expect(lb.loadBalancer?.kind).toMatch(/metallb/i);
    const trace = s.run(`lab trace curl -s http://${lb.externalAddresses[0]}`).trace!;
    expect(trace.verdict).toBe('delivered');
    const arp = trace.hops.find((h) => h.action === 'arp')!;
    expect(noteText(arp.msg!, 'ko')).toContain(`${lb.externalAddresses[0]} 주소의 ARP`);
    checkTrace(trace, nodeNames(s));
  });

  it('an ingress-nginx request (nginx proxies to an endpoint, rewrite-target) and its 404', () => {
    const s = createSession({ preset: 'k8sinfra', seed: 5 });
    s.run('kubectl create deployment in-ip-pod --image=sysnet4admin/echo-ip');
    s.apply(CONTROLLER);
    s.apply(INGRESS);
    s.run('kubectl expose deployment in-ip-pod --name=ip-svc --port=80');
    s.run('lab wait 60');
    const trace = s.run('lab trace curl -s http://192.168.1.101:30100/ip').trace!;
    expect(trace.verdict).toBe('delivered');
    const proxy = trace.hops.find((h) => h.action === 'proxy')!;
    const ko = noteText(proxy.msg!, 'ko');
    expect(ko).toContain('Ingress default/ingress-nginx');
    expect(ko).toContain('default/ip-svc');
    expect(ko).toContain('/ip -> /');
    checkTrace(trace, [...nodeNames(s), 'default/ip-svc', 'default/ingress-nginx']);
    const missing = s.run('lab trace curl -s http://192.168.1.101:30100/nowhere').trace!;
    checkTrace(missing, nodeNames(s));
  });

  it('DNS lookups from a pod', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('kubectl run bb --image=busybox --command -- sleep 3600');
    s.run('kubectl create deployment web --image=nginx');
    s.run('kubectl expose deployment web --port=80');
    s.run('lab wait 30');
    const trace = s.run('lab trace kubectl exec bb -- nslookup web').trace!;
    for (const hop of trace.hops.filter((h) => h.action === 'dns')) {
      expect(noteText(hop.msg!, 'en')).toBe(hop.note);
      expect(addresses(noteText(hop.msg!, 'ko'))).toEqual(addresses(hop.note));
    }
    expect(trace.hops.some((h) => h.action === 'dns')).toBe(true);
  });
});

// A minimal ingress-nginx 0.x controller behind a NodePort (the k8sInfra book's shape) and its
// Ingress with rewrite-target.
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
    matchLabels: {app: ingress-nginx}
  template:
    metadata:
      labels: {app: ingress-nginx}
    spec:
      containers:
      - name: nginx-ingress-controller
        image: quay.io/kubernetes-ingress-controller/nginx-ingress-controller:0.30.0
        args: ["/nginx-ingress-controller", "--ingress-class=nginx"]
        ports:
        - {name: http, containerPort: 80}
---
apiVersion: v1
kind: Service
metadata:
  name: nginx-ingress-controller
  namespace: ingress-nginx
spec:
  type: NodePort
  selector: {app: ingress-nginx}
  ports:
  - {name: http, port: 80, targetPort: 80, nodePort: 30100}
`;

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
      - path: /ip
        backend:
          serviceName: ip-svc
          servicePort: 80
`;
