import { describe, expect, it } from 'vitest';
import { createSession } from '../../session.ts';

describe('kubectl get output options', () => {
  it('--no-headers drops the header and sizes columns by their cells alone', () => {
    expect(createSession({ preset: 'k8sinfra' }).run('kubectl get svc --no-headers').stdout).toBe(
      'kubernetes   ClusterIP   10.96.0.1   <none>   443/TCP   3d\n',
    );
  });

  it('-o jsonpath reads one field of one object, without a newline', () => {
    expect(
      createSession().run("kubectl get svc kubernetes -o jsonpath='{.spec.clusterIP}'").stdout,
    ).toBe('10.96.0.1');
  });

  it('-o jsonpath walks the List of a kind, and range prints one line per node', () => {
    const s = createSession({ preset: 'k8sinfra' });
    expect(s.run('kubectl get svc -A -o jsonpath={.items[*].metadata.name}').stdout).toBe(
      'kubernetes kube-dns',
    );
    expect(
      s.run(
        'kubectl get nodes -o jsonpath=\'{range .items[*]}{.metadata.name}{"\\t"}{.status.addresses[?(@.type=="InternalIP")].address}{"\\n"}{end}\'',
      ).stdout,
    ).toBe(
      'm-k8s\t192.168.1.10\nw1-k8s\t192.168.1.101\nw2-k8s\t192.168.1.102\nw3-k8s\t192.168.1.103\n',
    );
  });

  it("reports a broken template in kubectl's words", () => {
    expect(createSession().run("kubectl get svc -o jsonpath='{.items[0'").stderr).toBe(
      'error: error parsing jsonpath {.items[0, unclosed action\n',
    );
  });
});

describe('kubectl get --field-selector', () => {
  it('selects on the fields the API server indexes, and refuses others with its message', () => {
    const s = createSession({ preset: 'lab' });
    s.run('kubectl create deployment web --image=nginx --replicas=3');
    s.run('lab wait 20');
    const onOne = s.run(
      'kubectl get pods --no-headers -o wide --field-selector spec.nodeName=worker-1',
    );
    expect(onOne.stdout.trim().split('\n')).toHaveLength(1);
    expect(onOne.stdout).toMatch(/\sworker-1\s/);
    expect(s.run('kubectl get pods --field-selector status.phase!=Running').stderr).toBe(
      'No resources found in default namespace.\n',
    );
    expect(s.run('kubectl get pods --field-selector spec.foo=1').stderr).toBe(
      'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "spec.foo=1": field label not supported: spec.foo\n',
    );
  });
});

describe('kubectl get --sort-by (kubectl sorter.go)', () => {
  const lab = () => {
    const s = createSession({ preset: 'lab', seed: 3 });
    s.run('kubectl create deployment web --image=nginx --replicas=28');
    s.run('kubectl create deployment api --image=nginx --replicas=2');
    s.advance(20);
    return s;
  };
  const column = (out: string, n: number) =>
    out
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(/\s+/)[n]!);

  it('orders a table by the field, addresses in natural order (.9 before .10)', () => {
    const s = lab();
    const ips = column(s.run('kubectl get pods -o wide --sort-by=.status.podIP').stdout, 5);
    expect(ips).toHaveLength(30);
    // Natural order compares each run of digits by value, so 10.244.1.9 comes before 10.244.1.10.
    const value = (ip: string) => ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
    expect(ips).toEqual([...ips].sort((a, b) => value(a) - value(b)));
    expect(ips.some((ip) => ip.endsWith('.10'))).toBe(true);
  });

  it('reads the field in any relaxed form: a.b, .a.b, {a.b}, {.a.b}', () => {
    const s = lab();
    const outputs = ['metadata.name', '.metadata.name', '{metadata.name}', '{.metadata.name}'].map(
      (f) => s.read(`kubectl get pods -o name --sort-by=${f}`).stdout,
    );
    expect(new Set(outputs).size).toBe(1);
    expect(s.read('kubectl get pods --sort-by={.a}{.b} -o name').stderr).toBe(
      "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'\n",
    );
  });

  it('sorts one List across kinds for -o name, and a table per kind', () => {
    const s = lab();
    expect(s.run('kubectl get deploy,rs -o name --sort-by=.metadata.name').stdout).toMatch(
      /^deployment\.apps\/api\nreplicaset\.apps\/api-\w+\ndeployment\.apps\/web\nreplicaset\.apps\/web-\w+\n$/,
    );
  });

  it('refuses a field no row has, even in a table of one row; a single object named is not sorted', () => {
    const s = lab();
    const r = s.run('kubectl get pods --sort-by=.metadata.nothing');
    expect(r.stderr).toBe(
      'error: couldn\'t find any field with path "{.metadata.nothing}" in the list of objects\n',
    );
    expect(r.exitCode).toBe(1);
    expect(s.run('kubectl get deploy api --sort-by=.metadata.nothing').exitCode).toBe(1);
    // -o json of one named object prints the object itself: there is no list to sort.
    expect(s.run('kubectl get deploy api -o json --sort-by=.metadata.nothing').exitCode).toBe(0);
  });

  it('stops, as kubectl does, on a field it cannot compare', () => {
    const r = lab().run('kubectl get pods -o json --sort-by=.metadata.labels');
    expect(r.stderr).toBe(
      'Field {.metadata.labels} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable type: map[string]interface {}\n',
    );
    expect(r.exitCode).toBe(1);
  });
});

describe('kubectl get -o custom-columns (CustomColumnsPrinter)', () => {
  it('prints each field as Go prints it: <none> when missing, values joined by commas, maps as map[k:v]', () => {
    const s = createSession({ preset: 'k8sinfra' });
    s.apply(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: two\n  labels:\n    tier: web\n    app: shop\nspec:\n  containers:\n  - name: a\n    image: nginx\n  - name: b\n    image: redis\n',
    );
    expect(
      s.run(
        'kubectl get pod two -o custom-columns=NAME:.metadata.name,CONTAINERS:.spec.containers[*].name,LABELS:.metadata.labels,GONE:.status.nothing',
      ).stdout,
    ).toBe(
      'NAME   CONTAINERS   LABELS                   GONE\n' +
        'two    a,b          map[app:shop tier:web]   <none>\n',
    );
    expect(
      s.run('kubectl get pod two -o custom-columns=R:{.spec.containers[0].image} --no-headers')
        .stdout,
    ).toBe('nginx\n');
  });

  it("refuses a spec in kubectl's words, and prints only the header for nothing", () => {
    const s = createSession({ preset: 'k8sinfra' });
    expect(s.run('kubectl get pods -o custom-columns').stderr).toBe(
      'error: custom-columns format specified but no custom columns given\n',
    );
    expect(s.run('kubectl get pods -o custom-columns=NAME').stderr).toBe(
      'error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n',
    );
    // printGeneric prints the empty List: the header, and no "No resources found".
    expect(s.run('kubectl get deploy -o custom-columns=NAME:.metadata.name')).toMatchObject({
      stdout: 'NAME\n',
      stderr: '',
      exitCode: 0,
    });
    expect(s.run('kubectl get deploy -o name')).toMatchObject({ stdout: '', stderr: '' });
  });

  it('refuses --show-labels with a printer that has no columns, as Validate does', () => {
    expect(createSession().run('kubectl get pods -A --show-labels -o name')).toMatchObject({
      stdout: '',
      stderr: 'error: --show-labels option cannot be used with name printer\n',
      exitCode: 1,
    });
  });

  it('says the lab does not print the template formats kubectl has', () => {
    expect(createSession().run('kubectl get pods -o go-template={{.items}}').stderr).toMatch(
      /^lab: kubectl get -o go-template is real kubectl, but the lab does not print it/,
    );
  });
});
