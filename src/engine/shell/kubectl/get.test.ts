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
