import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSession } from '../../session.ts';

const withDeployment = () => {
  const s = createSession({ preset: 'lab' });
  s.run('kubectl create deployment np-pods --image=sysnet4admin/echo-hname');
  return s;
};

describe('kubectl label and annotate', () => {
  it("refuses to change a label without --overwrite, in kubectl's words", () => {
    const r = withDeployment().run('kubectl label deployment np-pods app=other');
    expect(r).toMatchObject({
      exitCode: 1,
      stdout: '',
      stderr: "error: 'app' already has a value (np-pods), and --overwrite is false\n",
    });
  });

  it('labels with --overwrite, removes with KEY-, and says when nothing changed', () => {
    const s = withDeployment();
    expect(s.run('kubectl label deploy np-pods app=other --overwrite').stdout).toBe(
      'deployment.apps/np-pods labeled\n',
    );
    expect(s.run('kubectl label deploy/np-pods tier=web').stdout).toBe(
      'deployment.apps/np-pods labeled\n',
    );
    expect(s.run('kubectl label deploy np-pods tier-').stdout).toBe(
      'deployment.apps/np-pods unlabeled\n',
    );
    expect(s.run('kubectl label deploy np-pods app=other').stdout).toBe(
      'deployment.apps/np-pods not labeled\n',
    );
  });

  it('takes a pod out of its Service when its label no longer matches', () => {
    const s = withDeployment();
    s.run('kubectl expose deployment np-pods --port=80');
    s.run('lab wait 30');
    const pod = s.run('kubectl get pods -o name').stdout.trim();
    expect(s.run(`kubectl label ${pod} app=debug --overwrite`).stdout).toBe(`${pod} labeled\n`);
    const ep = parse(s.run('kubectl get endpoints np-pods -o yaml').stdout);
    const ips = (ep.subsets ?? []).flatMap((x: { addresses?: { targetRef: { name: string } }[] }) =>
      (x.addresses ?? []).map((a) => a.targetRef.name),
    );
    expect(ips).not.toContain(pod.slice('pod/'.length));
  });

  it('annotates, and refuses to overwrite an annotation with the annotate wording', () => {
    const s = withDeployment();
    expect(s.run('kubectl annotate deploy np-pods description=hi').stdout).toBe(
      'deployment.apps/np-pods annotated\n',
    );
    expect(s.run('kubectl annotate deploy np-pods description=ho').stderr).toBe(
      "error: --overwrite is false but found the following declared annotation(s): 'description' already has a value (hi)\n",
    );
  });
});

describe('kubectl create service, namespace and run', () => {
  it('makes the Service `--dry-run=client -o yaml` shows: app=NAME, port named P-T', () => {
    const s = createSession();
    expect(s.run('kubectl create service nodeport web --tcp=80:8080,443').stdout).toBe(
      'service/web created\n',
    );
    const svc = parse(s.run('kubectl get svc web -o yaml').stdout);
    expect(svc.metadata.labels).toEqual({ app: 'web' });
    expect(svc.spec.selector).toEqual({ app: 'web' });
    expect(
      svc.spec.ports.map((p: { name: string; targetPort: number }) => [p.name, p.targetPort]),
    ).toEqual([
      ['80-8080', 8080],
      ['443', 443],
    ]);
    expect(s.run('kubectl create service clusterip x').stderr).toBe(
      'error: at least one tcp port specifier must be provided\n',
    );
  });

  it('makes an ExternalName Service from --external-name', () => {
    const s = createSession();
    s.run('kubectl create service externalname db --external-name=my.database.com');
    expect(s.run('kubectl get svc db').stdout.split('\n')[1]).toMatch(
      /^db +ExternalName +<none> +my\.database\.com +<none> +\d+s$/,
    );
  });

  it('creates a namespace once', () => {
    const s = createSession();
    expect(s.run('kubectl create namespace foo').stdout).toBe('namespace/foo created\n');
    expect(s.run('kubectl create ns foo').stderr).toBe(
      'Error from server (AlreadyExists): namespaces "foo" already exists\n',
    );
  });

  it('runs a bare pod labelled run=NAME with its container named NAME', () => {
    const s = createSession();
    expect(s.run('kubectl run web --image=nginx --port=80').stdout).toBe('pod/web created\n');
    const pod = parse(s.run('kubectl get pod web -o yaml').stdout);
    expect(pod.metadata.labels).toEqual({ run: 'web' });
    expect(pod.spec.containers[0]).toMatchObject({
      name: 'web',
      image: 'nginx',
      ports: [{ containerPort: 80 }],
    });
    expect(s.run('kubectl run web --image=nginx').stderr).toBe(
      'Error from server (AlreadyExists): pods "web" already exists\n',
    );
    expect(s.run('kubectl run x').stderr).toBe('error: required flag(s) "image" not set\n');
  });
});
