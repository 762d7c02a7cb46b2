import { describe, expect, it } from 'vitest';
import { createSession } from '../../session.ts';

const TWO = `apiVersion: v1
kind: Pod
metadata:
  name: my-nginx-pod
spec:
  containers:
  - name: my-nginx-container
    image: nginx:latest
  - name: ubuntu-sidecar-container
    image: alicek106/rr-test:curl
    command: ["tail"]
    args: ["-f", "/dev/null"]
`;

describe('kubectl logs', () => {
  it("prints the official nginx image's entrypoint and start-up notices", () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('kubectl run web --image=nginx');
    s.run('lab wait 20');
    const r = s.run('kubectl logs web');
    const lines = r.stdout.split('\n');
    // As nginx 1.25+ images print them (docker-nginx entrypoint scripts).
    expect(lines.slice(0, 9)).toEqual([
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
      '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
      '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
    ]);
    expect(lines[9]).toMatch(
      /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} \[notice\] 1#1: using the "epoll" event method$/,
    );
    expect(r.stdout).toContain(' [notice] 1#1: OS: Linux 6.1.0-31-amd64\n');
    expect(s.run('kubectl logs web --tail 1').stdout).toMatch(
      /^\S+ \S+ \[notice\] 1#1: start worker process \d+\n$/,
    );
  });

  it('refuses while the container is still being created', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('kubectl run web --image=nginx');
    const r = s.run('kubectl logs web');
    expect(r.stderr).toBe(
      'Error from server (BadRequest): container "web" in pod "web" is waiting to start: ContainerCreating\n',
    );
    expect(r.exitCode).toBe(1);
  });

  it('names a pod that does not exist', () => {
    const r = createSession({ preset: 'lab' }).run('kubectl logs nope');
    expect(r.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });

  it('prints nothing for a busybox that ran its shell and exited', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('kubectl run bb --image=busybox');
    s.run('lab wait 30');
    const r = s.run('kubectl logs bb');
    expect(r).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('asks v1.20 for a container name in a two-container pod (the API server answers)', () => {
    const s = createSession({ preset: 'k8sinfra', seed: 1 });
    s.apply(TWO);
    s.run('lab wait 30');
    expect(s.run('kubectl logs my-nginx-pod').stderr).toBe(
      'Error from server (BadRequest): a container name must be specified for pod my-nginx-pod, choose one of: [my-nginx-container ubuntu-sidecar-container]\n',
    );
    expect(s.run('kubectl logs my-nginx-pod -c ubuntu-sidecar-container')).toMatchObject({
      stdout: '',
      exitCode: 0,
    });
    // The nginx:latest of February 2021.
    expect(s.run('kubectl logs my-nginx-pod -c my-nginx-container').stdout).toContain(
      '[notice] 1#1: nginx/1.19.6\n',
    );
  });

  it('defaults to the first container from v1.23 and says so', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.apply(TWO);
    s.run('lab wait 30');
    const r = s.run('kubectl logs my-nginx-pod');
    expect(r.stderr).toBe(
      'Defaulted container "my-nginx-container" out of: my-nginx-container, ubuntu-sidecar-container\n',
    );
    expect(r.stdout).toContain(
      '/docker-entrypoint.sh: Configuration complete; ready for start up\n',
    );
  });

  it('picks one pod of a deployment and says how many there were', () => {
    const s = createSession({ preset: 'lab', seed: 1 });
    s.run('kubectl create deployment d --image=nginx --replicas=2');
    s.run('lab wait 30');
    const r = s.run('kubectl logs deploy/d --tail=1');
    expect(r.stderr).toMatch(/^Found 2 pods, using pod\/d-[a-z0-9]+-[a-z0-9]{5}\n$/);
    expect(r.stdout).toMatch(/start worker process \d+\n$/);
    expect(s.run('kubectl logs deployment/nope').stderr).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
  });
});
