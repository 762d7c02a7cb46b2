import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../session.ts';

const np = () => {
  const s = createSession({ preset: 'k8sinfra', seed: 1 });
  s.run('kubectl create deployment np-pods --image=sysnet4admin/echo-hname');
  s.apply(
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: np-svc\nspec:\n  type: NodePort\n  selector:\n    app: np-pods\n  ports:\n  - name: http\n    protocol: TCP\n    port: 80\n    targetPort: 80\n    nodePort: 30000\n',
  );
  s.run('lab wait 10'); // let the image pull and the containers start
  return s;
};

describe('kubectl as the study notes type it', () => {
  it("rejects --images with kubectl's own flag error", () => {
    const r = createSession().run(
      'kubectl create deployment np-pods --images=sysnet4admin/echo-hname',
    );
    expect(r).toMatchObject({
      exitCode: 1,
      stdout: '',
      stderr: "error: unknown flag: --images\nSee 'kubectl create deployment --help' for usage.\n",
    });
  });

  it('leaves a typo to the shell', () => {
    expect(createSession().run('kueectl get services')).toMatchObject({
      exitCode: 127,
      stderr: 'bash: kueectl: command not found\n',
    });
  });

  it("prints services in kubectl's columns, each as wide as its longest cell plus 3", () => {
    const out = np().run('kubectl get services').stdout.split('\n');
    const ip = /np-svc +NodePort +(\S+)/.exec(out[2]!)![1]!;
    expect(ip).toMatch(/^10\.(9[6-9]|10\d|11[01])\.\d+\.\d+$/);
    const ipWidth = Math.max('CLUSTER-IP'.length, ip.length) + 3;
    const row = (...cells: string[]) =>
      cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd([13, 12, ipWidth, 14, 15][i]!)))
        .join('');
    expect(out[0]).toBe(row('NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'));
    expect(out[1]).toBe(row('kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', '3d'));
    expect(out[2]).toBe(
      row('np-svc', 'NodePort', ip, '<none>', '80:30000/TCP', /\d+s$/.exec(out[2]!)![0]),
    );
  });

  it('prints pods with -o wide, IP and node included, in aligned columns', () => {
    const out = np().run('kubectl get pods -o wide').stdout.trimEnd().split('\n');
    const cells = (line: string) => line.split(/ {3,}/);
    // Where each cell begins: a cell is text without a run of 3 spaces inside it.
    const starts = (line: string) => [...line.matchAll(/\S+(?: {1,2}\S+)*/g)].map((m) => m.index);
    expect(cells(out[0]!)).toEqual([
      'NAME',
      'READY',
      'STATUS',
      'RESTARTS',
      'AGE',
      'IP',
      'NODE',
      'NOMINATED NODE',
      'READINESS GATES',
    ]);
    const [name, ready, status, restarts, , ip, node, nominated, gates] = cells(out[1]!);
    expect(name).toMatch(/^np-pods-[4-9bcdf]+-[a-z2-9]{5}$/);
    expect([ready, status, restarts, nominated, gates]).toEqual([
      '1/1',
      'Running',
      '0',
      '<none>',
      '<none>',
    ]);
    expect(ip).toMatch(/^172\.16\.\d+\.\d+$/);
    expect(node).toMatch(/^w[123]-k8s$/);
    expect(starts(out[1]!)).toEqual(starts(out[0]!));
  });

  it('says so when a namespace has nothing of a kind', () => {
    expect(createSession().run('kubectl get deployments')).toMatchObject({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
      exitCode: 0,
    });
  });

  it('names a missing object the way the API server does', () => {
    expect(createSession().run('kubectl get deploy np-pods').stderr).toBe(
      'Error from server (NotFound): deployments.apps "np-pods" not found\n',
    );
  });

  it('prints an object as YAML a cluster would accept back, keys sorted', () => {
    const yaml = np().run('kubectl get svc np-svc -o yaml').stdout;
    expect(yaml.startsWith('apiVersion: v1\nkind: Service\nmetadata:\n')).toBe(true);
    expect(yaml).toContain(
      '\n  ports:\n  - name: http\n    nodePort: 30000\n    port: 80\n    protocol: TCP\n    targetPort: 80\n',
    );
    expect(yaml).toMatch(/creationTimestamp: "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/);
    const obj = parse(yaml);
    expect(obj.spec).toMatchObject({
      type: 'NodePort',
      externalTrafficPolicy: 'Cluster',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
    });
    expect(obj.spec.clusterIPs).toEqual([obj.spec.clusterIP]);
    // internalTrafficPolicy only exists from v1.22: the v1.20 book cluster has none.
    expect(obj.spec.internalTrafficPolicy).toBeUndefined();
  });

  it('prints JSON indented by four spaces', () => {
    const json = np().run('kubectl get deploy np-pods -o json').stdout;
    expect(json.split('\n')[1]).toBe('    "apiVersion": "apps/v1",');
    expect(JSON.parse(json).spec.template.spec.containers[0]).toMatchObject({
      name: 'echo-hname',
      image: 'sysnet4admin/echo-hname',
      imagePullPolicy: 'Always',
    });
  });

  it('scales a Deployment and the endpoints follow', () => {
    const s = np();
    expect(s.run('kubectl scale deployment np-pods --replicas=3').stdout).toBe(
      'deployment.apps/np-pods scaled\n',
    );
    s.run('lab wait 10');
    const ep = s.run('kubectl get endpoints np-svc').stdout.split('\n')[1]!;
    expect(ep.split(/\s+/)[1]!.split(',')).toHaveLength(3);
    expect(s.run('kubectl get deploy').stdout.split('\n')[1]).toMatch(
      /^np-pods   3\/3     3            3           \d+s$/,
    );
  });

  it("turns a YAML syntax error into kubectl's message with the line", () => {
    const r = createSession().apply('apiVersion: v1\nkind: Service\nmetadata:\n  name: [\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^error: error parsing STDIN: error converting YAML to JSON: yaml: line \d+: /,
    );
    expect(r.errors[0]!.line).toBeGreaterThanOrEqual(4);
  });

  it('refuses an unknown kind and still applies the rest', () => {
    const r = createSession().apply(
      // (A Service named `y` would be a bool: go-yaml reads y, yes, on, n, no and off as booleans.)
      'apiVersion: v1\nkind: Servic\nmetadata:\n  name: x\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: z\nspec:\n  ports:\n  - port: 80\n',
    );
    expect(r.stdout).toBe('service/z created\n');
    expect(r.stderr).toBe(
      'error: resource mapping not found for name: "x" namespace: "" from "STDIN": no matches for kind "Servic" in version "v1"\nensure CRDs are installed first\n',
    );
    expect(r.errors[0]!.line).toBe(2);
  });

  it('exposes a Deployment on a random nodePort from the dynamic band, selector copied', () => {
    const s = np();
    expect(
      s.run('kubectl expose deployment np-pods --type=NodePort --name=np-svc-v2 --port=80').stdout,
    ).toBe('service/np-svc-v2 exposed\n');
    const row = s.run('kubectl get svc np-svc-v2 -o wide').stdout.split('\n')[1]!.split(/\s+/);
    const nodePort = Number(/^80:(\d+)\/TCP$/.exec(row[4]!)![1]);
    expect(nodePort).toBeGreaterThanOrEqual(30086);
    expect(nodePort).toBeLessThanOrEqual(32767);
    expect(row[6]).toBe('app=np-pods');
  });

  it('re-applying the same Deployment is unchanged although controllers annotated it since', () => {
    const s = createSession();
    const d =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n';
    expect(s.apply(d).stdout).toBe('deployment.apps/web created\n');
    expect(s.apply(d).stdout).toBe('deployment.apps/web unchanged\n');
    expect(s.run('kubectl get deploy web -o yaml').stdout).toContain(
      'deployment.kubernetes.io/revision: "1"',
    );
    expect(s.apply(d.replace('replicas: 2', 'replicas: 3')).stdout).toBe(
      'deployment.apps/web configured\n',
    );
  });

  it("shows the control plane role the way the cluster's version labels it", () => {
    const roles = (preset: string) =>
      createSession({ preset }).run('kubectl get nodes').stdout.split('\n')[1]!.split(/\s+/)[2];
    expect(roles('k8sinfra')).toBe('control-plane,master');
    expect(roles('lab')).toBe('control-plane');
    const workers = createSession({ preset: 'k8sinfra' })
      .run('kubectl get nodes')
      .stdout.split('\n')
      .slice(2, 5);
    for (const w of workers) expect(w.split(/\s+/)[2]).toBe('<none>');
  });

  it('expands get all to the "all" category in discovery order, skipping empty kinds', () => {
    const out = np().run('kubectl get all').stdout;
    const headers = out.split('\n\n').map((block) => block.split('\n')[1]!.split('/')[0]);
    expect(headers).toEqual(['pod', 'service', 'deployment.apps', 'replicaset.apps']);
  });
});

describe('global flags before the subcommand', () => {
  it('takes -n and --namespace= before the subcommand, as kubectl does', () => {
    const s = createSession({ preset: 'lab' });
    expect(s.run('kubectl -n kube-system get svc kube-dns --no-headers').stdout).toMatch(
      /^kube-dns\s+ClusterIP\s+10\.96\.0\.10\s/,
    );
    s.run('kubectl create namespace demo');
    expect(s.run('kubectl -n demo create deployment web --image=nginx').stdout).toBe(
      'deployment.apps/web created\n',
    );
    expect(s.run('kubectl --namespace=demo get deploy -o name').stdout).toBe(
      'deployment.apps/web\n',
    );
  });

  it('refuses a subcommand flag there', () => {
    expect(createSession().run('kubectl -A get pods').stderr).toBe(
      "error: unknown shorthand flag: 'A' in -A\nSee 'kubectl --help' for usage.\n",
    );
  });
});

describe('a kubectl command the lab does not simulate', () => {
  it("is named as the lab's gap, while a command kubectl lacks keeps kubectl's error", () => {
    const v120 = createSession({ preset: 'k8sinfra' });
    expect(v120.run('kubectl taint nodes w1-k8s gpu=yes:NoSchedule')).toMatchObject({
      stderr: 'lab: "kubectl taint" is a real kubectl command; the lab does not simulate it\n',
      exitCode: 1,
    });
    expect(v120.run('kubectl kueectl').stderr).toBe(
      'error: unknown command "kueectl" for "kubectl"\nRun \'kubectl --help\' for usage.\n',
    );
    // kubectl events arrived in v1.26: a v1.20 kubectl does not know it.
    expect(v120.run('kubectl events').stderr).toMatch(/^error: unknown command "events"/);
    expect(createSession({ preset: 'lab' }).run('kubectl events').stderr).toMatch(/^lab: /);
  });
});
