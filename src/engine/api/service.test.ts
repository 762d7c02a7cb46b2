import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../session.ts';
import { allocateClusterIP, allocateNodePort, nodePortBandOffset } from './allocators.ts';
import { createRandom } from '../util/random.ts';
import { ipToInt } from '../net/ipv4.ts';

const svc = (name: string, spec: string) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
${spec}`;

describe('Service validation, as the API server words it (reference §1)', () => {
  it('refuses a type that does not exist, listing the supported ones sorted', () => {
    const s = createSession({ preset: 'lab' });
    const r = s.apply(svc('ext-svc', '  type: ExternalIP\n  ports:\n  - port: 80\n'));
    expect(r.stderr).toBe(
      'The Service "ext-svc" is invalid: spec.type: Unsupported value: "ExternalIP": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"\n',
    );
    expect(r.errors[0]?.line).toBe(6);
  });

  it('refuses a nodePort another Service holds, naming the port', () => {
    const s = createSession({ preset: 'k8sinfra' });
    const spec =
      '  type: NodePort\n  selector:\n    app: x\n  ports:\n  - port: 80\n    nodePort: 30000\n';
    expect(s.apply(svc('a', spec)).stdout).toBe('service/a created\n');
    const r = s.apply(svc('b', spec));
    expect(r.stderr).toBe(
      'The Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30000: provided port is already allocated\n',
    );
    expect(r.errors[0]?.line).toBe(11);
  });

  it('refuses a nodePort outside 30000-32767', () => {
    const s = createSession();
    const r = s.apply(svc('np', '  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 8080\n'));
    expect(r.stderr).toBe(
      'The Service "np" is invalid: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767\n',
    );
  });

  it('requires a DNS-1035 name, so a Service may not start with a digit', () => {
    const r = createSession().apply(svc('1st-svc', '  ports:\n  - port: 80\n'));
    expect(r.stderr).toContain(
      `The Service "1st-svc" is invalid: metadata.name: Invalid value: "1st-svc": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
    );
  });

  it('lists every cause at once, one per line', () => {
    const r = createSession().apply(
      svc('multi', '  type: ClusterIP\n  ports:\n  - port: 80\n    nodePort: 30001\n  - port: 0\n'),
    );
    expect(r.stderr).toBe(
      [
        'The Service "multi" is invalid: ',
        '* spec.ports[0].name: Required value',
        '* spec.ports[1].name: Required value',
        '* spec.ports[1].port: Invalid value: 0: must be between 1 and 65535, inclusive',
        // targetPort defaults to port (0), and validateServicePort checks it too.
        '* spec.ports[1].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive',
        "* spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
        '',
      ].join('\n'),
    );
  });

  it('refuses to change a ClusterIP once set, showing the list Go-style before v1.34', () => {
    const s = createSession();
    s.apply(svc('fixed', '  clusterIP: 10.96.100.100\n  ports:\n  - port: 80\n'));
    const r = s.apply(svc('fixed', '  clusterIP: 10.96.100.101\n  ports:\n  - port: 80\n'));
    expect(r.stderr).toBe(
      'The Service "fixed" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.100.101"}: may not change once set\n',
    );
  });

  it('says created, then unchanged, then configured', () => {
    const s = createSession();
    const text = svc('web', '  ports:\n  - port: 80\n');
    expect(s.apply(text).stdout).toBe('service/web created\n');
    expect(s.apply(text).stdout).toBe('service/web unchanged\n');
    expect(s.apply(text.replace('port: 80', 'port: 8080')).stdout).toBe('service/web configured\n');
  });
});

describe('a selector', () => {
  it('is validated as labels are: a bad key under spec.selector, after metadata.labels', () => {
    const s = createSession({ preset: 'lab' });
    const r = s.apply(
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: p\n  labels:\n    _x: a\nspec:\n  selector:\n    _x: a\n    app: -web\n  ports:\n  - port: 80\n`,
    );
    const key =
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    const value =
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    expect(r.stderr).toBe(
      `The Service "p" is invalid: \n* metadata.labels: Invalid value: "_x": ${key}\n* spec.selector: Invalid value: "_x": ${key}\n* spec.selector: Invalid value: "-web": ${value}\n`,
    );
  });
});

describe('an empty selector', () => {
  it('is stored as none: the Service gets no endpoints and is printed without a selector', () => {
    const s = createSession({ preset: 'k8sinfra' });
    s.run('kubectl create deployment web --image=nginx --replicas=2');
    expect(s.apply(svc('empty-sel', '  selector: {}\n  ports:\n  - port: 80\n')).stdout).toBe(
      'service/empty-sel created\n',
    );
    s.advance(30);
    // The pods run, yet the endpoints controllers skip a Service whose selector is nil.
    expect(s.run('kubectl get pods --no-headers').stdout.match(/Running/g)).toHaveLength(2);
    expect(s.run('kubectl get endpoints empty-sel').stderr).toBe(
      'Error from server (NotFound): endpoints "empty-sel" not found\n',
    );
    expect(s.run('kubectl get svc empty-sel -o wide').stdout).toMatch(/<none>\n$/);
    expect(s.run('kubectl get svc empty-sel -o jsonpath={.spec.selector}').stdout).toBe('');
  });

  it('makes a headless Service selectorless, so it defaults to RequireDualStack', () => {
    const s = createSession({ preset: 'k8sinfra' });
    s.apply(svc('hl', '  clusterIP: None\n  selector: {}\n  ports:\n  - port: 80\n'));
    const out = s.run('kubectl get svc hl -o jsonpath={.spec.ipFamilyPolicy}').stdout;
    expect(out).toBe('RequireDualStack');
  });
});

describe('allocators (reference §1.4, §1.5)', () => {
  it('keep 30000-30085 as the static nodePort band of the default range', () => {
    expect(nodePortBandOffset()).toBe(86);
  });

  it('pick random nodePorts from the dynamic band 30086-32767 while it has room', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const port = allocateNodePort(new Set(), createRandom(seed))!;
        return port >= 30086 && port <= 32767;
      }),
    );
  });

  it('fall back to the static band only when the dynamic band is full', () => {
    const used = new Set<number>();
    for (let p = 30086; p <= 32767; p++) used.add(p);
    const port = allocateNodePort(used, createRandom(7))!;
    expect(port).toBeGreaterThanOrEqual(30000);
    expect(port).toBeLessThanOrEqual(30085);
  });

  it('pick ClusterIPs above the 256-address static band of 10.96.0.0/12', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const n = ipToInt(allocateClusterIP('10.96.0.0/12', new Set(), createRandom(seed))!);
        return n >= ipToInt('10.96.1.1') && n <= ipToInt('10.111.255.254');
      }),
    );
  });
});
