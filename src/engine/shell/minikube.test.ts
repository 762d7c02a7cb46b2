import { describe, expect, it } from 'vitest';
import { createSession } from '../session.ts';

describe('minikube commands on the minikube preset', () => {
  it("print the node address and a NodePort Service's URL", () => {
    const s = createSession({ preset: 'minikube' });
    expect(s.run('minikube ip').stdout).toBe('192.168.49.2\n');
    s.run('kubectl create deployment hello --image=nginx');
    s.run('kubectl expose deployment hello --type=NodePort --port=80');
    const port = /80:(\d+)\/TCP/.exec(s.run('kubectl get svc hello').stdout)![1];
    expect(s.run('minikube service hello --url').stdout).toBe(`http://192.168.49.2:${port}\n`);
    expect(s.run('minikube service list').stdout).toContain(
      '| kube-system | kube-dns   | No node port |',
    );
  });

  it('are not installed on the other presets', () => {
    expect(createSession({ preset: 'lab' }).run('minikube ip')).toMatchObject({
      exitCode: 127,
      stderr: 'bash: minikube: command not found\n',
    });
  });
});
