import { describe, expect, it } from 'vitest';
import type { Service } from '../api/objects.ts';
import { advance } from '../controllers/clock.ts';
import { frontendFor } from '../net/loadBalancers.ts';
import { bootstrap } from '../presets/bootstrap.ts';
import { PRESETS } from '../presets/presets.ts';
import { createSession } from '../session.ts';
import { createRandom } from '../util/random.ts';
import type { ShellState } from './context.ts';
import { kubectl } from './kubectl/index.ts';
import { minikube } from './minikube.ts';

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

describe('minikube tunnel (docker driver on macOS/Windows: an ssh forward from 127.0.0.1)', () => {
  it('prints its start-up lines and gives LoadBalancer Services EXTERNAL-IP 127.0.0.1', () => {
    const s = createSession({ preset: 'minikube' });
    s.run('kubectl create deployment crane --image=nginx');
    s.run('kubectl expose deployment crane --type=LoadBalancer --port=8080 --name=crane-http');
    expect(s.run('kubectl get svc crane-http').stdout).toMatch(/ <pending> +8080:\d+\/TCP/);
    // kubernetes/minikube cmd/minikube/cmd/tunnel.go and pkg/minikube/tunnel/kic/ssh_conn.go.
    expect(s.run('minikube tunnel').stdout).toBe(
      '✅  Tunnel successfully started\n' +
        '\n' +
        '📌  NOTE: Please do not close this terminal as this process must stay alive for the tunnel to be accessible ...\n' +
        '\n' +
        '🏃  Starting tunnel for service crane-http.\n',
    );
    expect(s.run('kubectl get svc crane-http').stdout).toMatch(/ 127\.0\.0\.1 +8080:\d+\/TCP/);
    // Services created later get the address too: the tunnel keeps running.
    s.run('kubectl expose deployment crane --type=LoadBalancer --port=80 --name=web');
    expect(s.run('kubectl get svc web').stdout).toMatch(/ 127\.0\.0\.1 +80:\d+\/TCP/);
    expect(frontendFor(s.cluster(), '127.0.0.1', 8080)).toMatchObject({
      kind: 'minikube-tunnel',
      service: 'default/crane-http',
      node: 'minikube',
      port: 8080,
    });
  });

  it('warns that ports below 1024 need sudo', () => {
    const s = createSession({ preset: 'minikube' });
    s.run('kubectl create deployment web --image=nginx');
    s.run('kubectl expose deployment web --type=LoadBalancer --port=80');
    expect(s.run('minikube tunnel').stdout).toContain(
      '❗  The service/ingress web requires privileged ports to be exposed: [80]\n' +
        '🔑  sudo permission will be asked for it.\n' +
        '🏃  Starting tunnel for service web.\n',
    );
  });
});

describe('minikube addons: metallb (MetalLB v0.9.6, legacy ConfigMap)', () => {
  it('enables, then configures a range from standard input, and the next LoadBalancer gets its first address', () => {
    const ctx = { random: createRandom(1) };
    // The session does not hand standard input to minikube yet, so the shell is driven directly
    // (the addon commands read only the cluster).
    const state = { cluster: bootstrap(PRESETS.minikube!, ctx), ctx } as unknown as ShellState;
    const ssh = () => ({ stdout: '', stderr: '', exitCode: 0 });
    expect(minikube(state, ['addons', 'enable', 'metallb'], ssh).stdout).toBe(
      '❗  metallb is a 3rd party addon and is not maintained or verified by minikube maintainers, enable at your own risk.\n' +
        '❗  metallb does not currently have an associated maintainer.\n' +
        '    ▪ Using image docker.io/metallb/controller:v0.9.6\n' +
        '    ▪ Using image docker.io/metallb/speaker:v0.9.6\n' +
        "🌟  The 'metallb' addon is enabled\n",
    );
    expect(
      minikube(state, ['addons', 'configure', 'metallb'], ssh, '192.168.49.100\n192.168.49.120\n')
        .stdout,
    ).toBe(
      '-- Enter Load Balancer Start IP: 192.168.49.100\n' +
        '-- Enter Load Balancer End IP: 192.168.49.120\n' +
        '    ▪ Using image docker.io/metallb/speaker:v0.9.6\n' +
        '    ▪ Using image docker.io/metallb/controller:v0.9.6\n' +
        '✅  metallb was successfully configured\n',
    );
    state.cluster = advance(state.cluster, ctx, 30_000);
    kubectl(state, ['create', 'deployment', 'lb', '--image=nginx'], undefined);
    kubectl(state, ['expose', 'deployment', 'lb', '--type=LoadBalancer', '--port=80'], undefined);
    state.cluster = advance(state.cluster, ctx, 10_000);
    const svc = state.cluster.objects.get('Service/default/lb') as Service;
    expect(svc.status.loadBalancer).toEqual({ ingress: [{ ip: '192.168.49.100' }] });
  });
});
