// Hostile manifests, one test each, with what real kubectl and the API server answer. The parse
// errors were checked against the kubectl v1.32 client on a machine without a cluster (`kubectl
// apply -f - < file`: its YAML and JSON decoding and its client-side validation happen before any
// request); the server's messages are apimachinery's (reference §1.12, §1.13). Each test fails if
// the protection it names is taken out.
import { describe, expect, it } from 'vitest';
import { getObject, listObjects } from '../api/cluster.ts';
import { MAX_NESTING } from '../api/manifest.ts';
import type { Pod, Service } from '../api/objects.ts';
import { MAX_LAB_PODS } from '../controllers/replicaset.ts';
import { createSession } from '../session.ts';

const q = (s: string) => JSON.stringify(s);
const apply = (text: string, preset = 'lab') => createSession({ preset, seed: 1 }).apply(text);
const PARSE = 'error: error parsing STDIN: ';
const VALIDATE = (data: string) =>
  `error: error validating "STDIN": error validating data: ${data}; if you choose to ignore these errors, turn validation off with --validate=false\n`;

const service = (name: string, extra = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${extra}spec:\n  ports:\n  - port: 80\n`;

describe('YAML that would exhaust the parser', () => {
  it('an alias bomb (billion laughs) is refused as go-yaml refuses it, before expanding', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const keys = 'abcdefghi';
    for (let i = 1; i < keys.length; i++)
      lines.push(
        `${keys[i]}: &${keys[i]} [${Array(9)
          .fill(`*${keys[i - 1]}`)
          .join(',')}]`,
      );
    const r = apply(lines.join('\n'));
    expect(r.stderr).toBe(
      `${PARSE}error converting YAML to JSON: yaml: document contains excessive aliasing\n`,
    );
    expect(r.errors[0]!.line).toBe(1);
  });

  it('a few aliases in an ordinary manifest still apply', () => {
    const r = apply(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &n small\n  labels:\n    app: *n\ndata:\n  a: *n\n',
    );
    expect(r.stdout).toBe('configmap/small created\n');
  });

  it('10,000 levels of flow nesting get go-yaml max depth, with the line from the second on', () => {
    expect(apply('['.repeat(10001) + ']'.repeat(10001)).stderr).toBe(
      `${PARSE}error converting YAML to JSON: yaml: exceeded max depth of 10000\n`,
    );
    expect(apply(`a: 1\nb: 2\nc: ${'['.repeat(10001)}${']'.repeat(10001)}\n`).stderr).toBe(
      `${PARSE}error converting YAML to JSON: yaml: line 3: exceeded max depth of 10000\n`,
    );
    // Compact block sequences nest too.
    expect(apply('- '.repeat(10001) + 'x\n').stderr).toBe(
      `${PARSE}error converting YAML to JSON: yaml: exceeded max depth of 10000\n`,
    );
  });

  it('10,000 levels of JSON get encoding/json max depth, at the byte offset of the bracket', () => {
    expect(apply('{"a":'.repeat(10001) + '1' + '}'.repeat(10001)).stderr).toBe(
      `${PARSE}json: offset 50001: invalid character '{' exceeded max depth\n`,
    );
  });

  it('deeper than the lab reads, a lab message; at its limit, the server answers', () => {
    const r = apply('['.repeat(5000) + ']'.repeat(5000));
    expect(r.stderr).toBe(
      `lab: the manifest nests 5000 levels deep (line 1); the lab reads at most ${MAX_NESTING} levels\n`,
    );
    expect(r.errors[0]!.line).toBe(1);
    // spec.x nested to the limit (the document and spec are two levels): the object goes through
    // decoding and strict field validation.
    const deep = `apiVersion: v1\nkind: Service\nmetadata:\n  name: deep\nspec:\n  ports:\n  - port: 80\n  x: ${'['.repeat(MAX_NESTING - 2)}${']'.repeat(MAX_NESTING - 2)}\n`;
    expect(apply(deep).stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.x"\n',
    );
  });
});

describe('bytes that are not YAML', () => {
  it('binary garbage: go-yaml refuses control characters, wherever they are', () => {
    let x = 7;
    const garbage = Array.from({ length: 2000 }, () => {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(x % 256);
    }).join('');
    const expected = `${PARSE}error converting YAML to JSON: yaml: control characters are not allowed\n`;
    expect(apply(garbage).stderr).toBe(expected);
    const r = apply('apiVersion: v1\nkind: Service\u0000\nmetadata:\n  name: a\n');
    expect(r.stderr).toBe(expected);
    expect(r.errors[0]!.line).toBe(2);
  });
});

describe('numbers out of range', () => {
  const decode = (kind: string, what: string) =>
    `Error from server (BadRequest): error when creating "STDIN": ${kind} in version "v1" cannot be handled as a ${kind}: json: cannot unmarshal ${what}\n`;

  it('nodePort 1e400: go-yaml keeps it as a string, which an int32 cannot take', () => {
    const r = apply(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: big\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 1e400\n',
    );
    expect(r.stderr).toBe(
      decode(
        'Service',
        'string into Go struct field ServicePort.spec.ports.nodePort of type int32',
      ),
    );
    expect(r.errors[0]!.line).toBe(9);
  });

  it('port -1: decoded, then refused by validation for the port and the targetPort it defaults', () => {
    expect(apply(service('neg').replace('port: 80', 'port: -1')).stderr).toBe(
      'The Service "neg" is invalid: \n* spec.ports[0].port: Invalid value: -1: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: -1: must be between 1 and 65535, inclusive\n',
    );
  });

  it('replicas 2^53 does not fit an int32 (it used to hang the lab creating pods)', () => {
    const r = apply(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: huge\nspec:\n  replicas: 9007199254740992\n  selector:\n    matchLabels:\n      app: huge\n  template:\n    metadata:\n      labels:\n        app: huge\n    spec:\n      containers:\n      - name: c\n        image: nginx\n',
    );
    expect(r.stderr).toBe(
      decode(
        'Deployment',
        'number 9007199254740992 into Go struct field DeploymentSpec.spec.replicas of type int32',
      ),
    );
    expect(r.errors[0]!.line).toBe(6);
  });

  it('a fraction where an int32 goes, and a bool where a label value goes', () => {
    expect(apply(service('frac').replace('port: 80', 'port: 80.5')).stderr).toBe(
      decode(
        'Service',
        'number 80.5 into Go struct field ServicePort.spec.ports.port of type int32',
      ),
    );
    expect(apply(service('b', '  labels:\n    ok: true\n')).stderr).toBe(
      decode('Service', 'bool into Go struct field ObjectMeta.metadata.labels of type string'),
    );
    expect(apply(service('l').replace('ports:\n  - port: 80', 'ports: 0')).stderr).toBe(
      decode(
        'Service',
        'number into Go struct field ServiceSpec.spec.ports of type []v1.ServicePort',
      ),
    );
  });

  it('replicas 2147483647 is a valid int32: the lab stops at its ceiling of pods instead of hanging', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    const r = s.run(
      'kubectl create deployment huge --image=nginx --replicas=2147483647 --dry-run=client -o yaml',
    );
    expect(s.apply(r.stdout).stdout).toBe('deployment.apps/huge created\n');
    const pods = listObjects<Pod>(s.cluster(), 'Pod').filter((p) =>
      p.metadata.name.startsWith('huge-'),
    );
    expect(pods.length).toBeGreaterThan(0);
    expect(s.cluster().objects.ofKind('Pod').size).toBeLessThanOrEqual(MAX_LAB_PODS);
  }, 120_000);
});

describe('names and labels', () => {
  it('a Service name of 64 characters: the DNS-1035 length message', () => {
    const name = 'a'.repeat(64);
    expect(apply(service(name)).stderr).toBe(
      `The Service "${name}" is invalid: metadata.name: Invalid value: "${name}": must be no more than 63 characters\n`,
    );
    expect(apply(service('a'.repeat(63))).stdout).toBe(`service/${'a'.repeat(63)} created\n`);
  });

  it('a Pod name of 254 characters: the DNS-1123 subdomain length message', () => {
    const name = 'a'.repeat(254);
    expect(
      apply(
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: c\n    image: nginx\n`,
      ).stderr,
    ).toBe(
      `The Pod "${name}" is invalid: metadata.name: Invalid value: "${name}": must be no more than 253 characters\n`,
    );
  });

  it('a unicode Service name: the DNS-1035 pattern message, with the name as written', () => {
    expect(apply(service('서비스')).stderr).toBe(
      `The Service "서비스" is invalid: metadata.name: Invalid value: "서비스": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')\n`,
    );
  });

  it('label values: 63 bytes at most (Go counts UTF-8 bytes) of a restricted alphabet', () => {
    const long = 'b'.repeat(64);
    expect(apply(service('l64', `  labels:\n    app: ${long}\n`)).stderr).toBe(
      `The Service "l64" is invalid: metadata.labels: Invalid value: "${long}": must be no more than 63 characters\n`,
    );
    // 22 Hangul syllables are 22 characters but 66 bytes.
    const hangul = '가'.repeat(22);
    expect(apply(service('lko', `  labels:\n    app: ${hangul}\n`)).stderr).toBe(
      `The Service "lko" is invalid: \n* metadata.labels: Invalid value: "${hangul}": must be no more than 63 characters\n* metadata.labels: Invalid value: "${hangul}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\n`,
    );
  });

  it('HTML in a label value is refused; in an annotation it is kept, as plain data', () => {
    const html = '<img src=x onerror=window.__pwned=1>';
    const s = createSession({ preset: 'lab', seed: 1 });
    expect(s.apply(service('h', `  labels:\n    app: "${html}"\n`)).exitCode).toBe(1);
    expect(s.apply(service('h', `  annotations:\n    note: "${html}"\n`)).exitCode).toBe(0);
    const svc = getObject<Service>(s.cluster(), 'Service', 'default', 'h')!;
    expect(svc.metadata.annotations?.note).toBe(html);
  });
});

describe('what kubectl checks before sending', () => {
  it('duplicate keys: go-yaml keeps the last value, and kubectl sends that', () => {
    // kubernetes/kubernetes#99286 (v1.20) and #125885 (v1.27, fieldValidation=Strict): created.
    const s = createSession({ preset: 'lab', seed: 1 });
    const r = s.apply(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: b\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30080\n    nodePort: 99999\n',
    );
    // The later nodePort is the one validated, and its line is the one marked.
    expect(r.stderr).toBe(
      'The Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 99999: provided port is not in the valid range. The range of valid ports is 30000-32767\n',
    );
    expect(r.errors[0]!.line).toBe(11);
    expect(
      apply(
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: b\nspec:\n  ports:\n  - port: 80\n',
      ).stdout,
    ).toBe('service/b created\n');
  });

  it('a kind with no apiVersion: kubectl validation refuses it before any request', () => {
    const r = apply('kind: Service\nmetadata:\n  name: a\nspec:\n  ports:\n  - port: 80\n');
    expect(r.stderr).toBe(VALIDATE('apiVersion not set'));
    expect(r.errors[0]!.line).toBe(1);
    expect(apply('metadata:\n  name: a\n').stderr).toBe(
      VALIDATE('[apiVersion not set, kind not set]'),
    );
    expect(apply('apiVersion: 1\nkind: [a]\n').stderr).toBe(
      VALIDATE("[apiVersion isn't string type, kind isn't string type]"),
    );
    expect(apply('- a\n- b\n').stderr).toBe(VALIDATE('invalid object to validate'));
  });
});

describe('found by the fuzz suite', () => {
  it('a source range that is not a CIDR no longer breaks kube-proxy (it was an internal error)', () => {
    const s = createSession({ preset: 'lab', seed: 3 });
    const svc = (type: string, range: string) =>
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: lb\nspec:\n  type: ${type}\n  loadBalancerSourceRanges: [${q(range)}]\n  ports:\n  - port: 80\n`;
    expect(s.apply(svc('NodePort', '10.0.0.0/8')).stderr).toBe(
      'The Service "lb" is invalid: spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is \'LoadBalancer\'\n',
    );
    expect(s.apply(svc('LoadBalancer', 'a'.repeat(64))).exitCode).toBe(0);
    const ip = getObject<Service>(s.cluster(), 'Service', 'default', 'lb')!.spec.clusterIP;
    expect(s.run(`lab trace ssh worker-1 curl -s -m 5 http://${ip}/`).stderr).not.toContain(
      'internal error',
    );
  });

  it('an empty subset (subsets: [null]) is refused by validation (it was an internal error)', () => {
    const r = apply('apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: e\nsubsets:\n  -\n');
    expect(r.stderr).toBe(
      'The Endpoints "e" is invalid: subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`\n',
    );
  });

  it('a map where a list goes is a decoding error (it was an internal error)', () => {
    const r = apply(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: e\nsubsets:\n- addresses:\n  - ip: 192.168.1.1\n  ports:\n    port: 80\n',
    );
    expect(r.stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Endpoints in version "v1" cannot be handled as a Endpoints: json: cannot unmarshal object into Go struct field EndpointSubset.subsets.ports of type []v1.EndpointPort\n',
    );
    expect(r.errors[0]!.line).toBe(8);
  });
});

describe('found by the fuzz suite at 20,000 runs', () => {
  const rs = (expression: string) =>
    `apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: r\nspec:\n  replicas: 2\n  selector:\n    matchExpressions:\n    - ${expression}\n  template:\n    metadata:\n      labels:\n        app: a\n    spec:\n      containers:\n      - name: c\n        image: nginx\n`;

  it('a number where matchExpressions values go is a decoding error (it was an internal error)', () => {
    const r = apply(rs('{key: app, operator: In, values: 1.5}'));
    expect(r.stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": ReplicaSet in version "v1" cannot be handled as a ReplicaSet: json: cannot unmarshal number into Go struct field LabelSelectorRequirement.spec.selector.matchExpressions.values of type []string\n',
    );
    const item = apply(rs('{key: app, operator: In, values: [a, 7]}'));
    expect(item.stderr).toContain(
      'json: cannot unmarshal number into Go struct field LabelSelectorRequirement.spec.selector.matchExpressions.values of type string',
    );
  });

  it('Exists on the label "constructor" selects no pod that lacks it', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('kubectl run lone --image=nginx --labels=app=a');
    s.advance(30);
    const r = s.apply(rs('{key: constructor, operator: Exists}'));
    expect(r.stderr).toContain('`selector` does not match template `labels`');
    const pods = listObjects<Pod>(s.cluster(), 'Pod', 'default');
    expect(pods.map((p) => p.metadata.name)).toEqual(['lone']);
  });
});

describe('names Object.prototype answers to (it was an internal error)', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it('as a field of a spec: an unknown field, refused by strict decoding', () => {
    for (const name of NAMES) {
      const r = apply(
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: p\nspec:\n  ${name}:\n    type: NodePort\n  ports:\n  - port: 80\n`,
      );
      expect(r.stderr).toBe(
        `Error from server (BadRequest): error when creating "STDIN": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.${name}"\n`,
      );
    }
  });

  it('as a field kubectl v1.20 validates: its client-side unknown-field error', () => {
    const r = apply(service('p', '  toString: x\n'), 'k8sinfra');
    expect(r.stderr).toBe(
      VALIDATE(
        'ValidationError(Service.metadata): unknown field "toString" in io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
      ),
    );
  });

  it('as a kind: no kind of that name, as kubectl says for any unknown kind', () => {
    for (const name of ['constructor', 'toString']) {
      const r = apply(`apiVersion: v1\nkind: ${name}\nmetadata:\n  name: p\n`);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).toContain(`no matches for kind "${name}" in version "v1"`);
    }
  });

  it('as a kubectl command or a preset: unknown, as any other name', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    for (const name of NAMES)
      expect(s.run(`kubectl ${name}`).stderr).toBe(
        `error: unknown command "${name}" for "kubectl"\nRun 'kubectl --help' for usage.\n`,
      );
    expect(() => createSession({ preset: 'constructor' })).toThrow(
      'unknown preset "constructor"; choose one of: lab, k8sinfra, minikube, gke, aws',
    );
  });

  it('as a label key or a container field, in a Deployment: plain names, no crash', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    const r = s.apply(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  labels:\n    constructor: x\nspec:\n  selector:\n    matchLabels:\n      app: a\n  template:\n    metadata:\n      labels:\n        app: a\n        toString: z\n    spec:\n      containers:\n      - name: c\n        image: nginx\n`,
    );
    expect(r.stdout).toBe('deployment.apps/d created\n');
    s.advance(30);
    expect(s.run('kubectl get deploy d --show-labels').stdout).toContain('constructor=x');
    expect(s.run('kubectl get pods --show-labels').stdout).toMatch(/Running .*toString=z/);
  });
});

describe('a container image that is not a reference', () => {
  it('is accepted by the API server; the kubelet cannot parse it and the pod waits', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    const image = '<img src=x onerror=window.__pwned=1>';
    expect(s.run(`kubectl run evil --image='${image}'`).stdout).toBe('pod/evil created\n');
    s.advance(30);
    expect(s.run('kubectl get pod evil').stdout).toMatch(/^evil\s+0\/1\s+InvalidImageName\s+0\s/m);
    const events = s.run('kubectl get events --field-selector involvedObject.name=evil').stdout;
    expect(events).toContain(
      `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`,
    );
    expect(events).toContain('Error: InvalidImageName');
  });

  it('uppercase: the repository it names must be lowercase (wording of the release)', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('kubectl run up --image=DUMMY_IMAGE:TEST');
    s.advance(5);
    expect(s.run('kubectl describe pod up').stdout).toContain(
      'couldn\'t parse image name "DUMMY_IMAGE:TEST": invalid reference format: repository name (library/DUMMY_IMAGE) must be lowercase',
    );
    const old = createSession({ preset: 'k8sinfra', seed: 1 });
    old.run('kubectl run up --image=DUMMY_IMAGE:TEST');
    old.advance(5);
    expect(old.run('kubectl describe pod up').stdout).toContain(
      'couldn\'t parse image reference "DUMMY_IMAGE:TEST": invalid reference format: repository name must be lowercase',
    );
  });
});

describe("go-yaml's YAML 1.1 scalars", () => {
  it('y, yes, on, n, no and off are booleans (checked with kubectl v1.32), 1:30 is a string', () => {
    for (const v of ['y', 'yes', 'on', 'n', 'off', '0x1F'])
      expect(apply(`apiVersion: v1\nkind: ${v}\n`).stderr).toBe(VALIDATE("kind isn't string type"));
    const pod = (value: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n    env:\n    - name: ENABLED\n      value: ${value}\n`;
    expect(apply(pod('yes')).stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal bool into Go struct field EnvVar.spec.containers.env.value of type string\n',
    );
    expect(apply(pod('"yes"')).stdout).toBe('pod/p created\n');
    expect(apply(pod('1:30')).stdout).toBe('pod/p created\n');
  });
});
