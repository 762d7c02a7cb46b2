import { describe, expect, it } from 'vitest';
import { createSession } from '../../session.ts';

/** A running nginx pod, with the Service crane-http (reference §5.3) created before it. */
function withPod(preset: string) {
  const s = createSession({ preset, seed: 1 });
  s.apply(
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: crane-http\nspec:\n  clusterIP: 10.111.22.5\n  selector:\n    app: crane\n  ports:\n  - name: http\n    port: 80\n    targetPort: 8080\n  - name: https\n    port: 443\n',
  );
  s.run('kubectl run web --image=nginx');
  s.run('lab wait 30');
  return s;
}

describe('kubectl exec and the -- separator (reference §9.8)', () => {
  it('refuses a command without -- on kubectl v1.31+', () => {
    expect(withPod('lab').run('kubectl exec web env')).toMatchObject({
      exitCode: 1,
      stdout: '',
      stderr:
        "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n",
    });
  });

  it('runs it after the deprecation notice on kubectl v1.20', () => {
    const r = withPod('k8sinfra').run('kubectl exec web hostname');
    expect(r.stdout).toBe('web\n');
    expect(r.stderr).toBe(
      'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n',
    );
  });

  it('asks for a command when only the pod is given', () => {
    expect(withPod('lab').run('kubectl exec web').stderr).toBe(
      'error: you must specify at least one command for the container\n',
    );
  });
});

describe('inside a pod', () => {
  it('sees the Service variables of reference §5.3, using the port and not the targetPort', () => {
    const env = withPod('lab').run('kubectl exec web -- env').stdout.split('\n');
    for (const line of [
      'CRANE_HTTP_SERVICE_HOST=10.111.22.5',
      'CRANE_HTTP_SERVICE_PORT=80',
      'CRANE_HTTP_SERVICE_PORT_HTTP=80',
      'CRANE_HTTP_SERVICE_PORT_HTTPS=443',
      'CRANE_HTTP_PORT=tcp://10.111.22.5:80',
      'CRANE_HTTP_PORT_80_TCP=tcp://10.111.22.5:80',
      'CRANE_HTTP_PORT_80_TCP_PROTO=tcp',
      'CRANE_HTTP_PORT_80_TCP_PORT=80',
      'CRANE_HTTP_PORT_80_TCP_ADDR=10.111.22.5',
      'CRANE_HTTP_PORT_443_TCP=tcp://10.111.22.5:443',
      'KUBERNETES_SERVICE_HOST=10.96.0.1',
      'KUBERNETES_SERVICE_PORT=443',
      'KUBERNETES_SERVICE_PORT_HTTPS=443',
      'KUBERNETES_PORT=tcp://10.96.0.1:443',
      'HOSTNAME=web',
    ])
      expect(env).toContain(line);
  });

  it('does not see a Service created after its container started', () => {
    const s = withPod('lab');
    s.run('kubectl create service clusterip later --tcp=8080');
    expect(s.run('kubectl exec web -- env').stdout).not.toContain('LATER_');
  });

  it("reads the kubelet's resolv.conf for its namespace (reference §5.2)", () => {
    expect(withPod('lab').run('kubectl exec web -- cat /etc/resolv.conf').stdout).toBe(
      'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    );
  });

  it('reads the kubelet-managed hosts file, its own address last', () => {
    const s = withPod('lab');
    const ip = s.run('kubectl get pod web -o wide').stdout.split('\n')[1]!.split(/\s+/)[5]!;
    expect(s.run('kubectl exec web -- cat /etc/hosts').stdout).toBe(
      `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${ip}\tweb\n`,
    );
  });

  it("shows eth0 with the pod's address in the node's flannel /24", () => {
    const s = withPod('lab');
    const ip = s.run('kubectl get pod web -o wide').stdout.split('\n')[1]!.split(/\s+/)[5]!;
    const out = s.run('kubectl exec web -- ip addr').stdout;
    expect(out).toContain(
      `    inet ${ip}/24 brd ${ip.replace(/\.\d+$/, '.255')} scope global eth0\n`,
    );
    expect(out).toMatch(/^2: eth0@if\d+: .* mtu 1450 /m);
  });

  it('resolves a Service name through the search list and curls it from the pod', () => {
    const s = withPod('lab');
    s.run('kubectl create deployment crane --image=nginx --port=8080');
    const r = s.run('lab trace kubectl exec web -- curl -s crane-http.default');
    // crane-http.default has one dot (< ndots 5): the first search domain gives NXDOMAIN, the second answers.
    const dns = r.trace!.hops.filter((h) => h.action === 'dns');
    expect(dns.map((h) => h.packet.dst)).toEqual(['10.96.0.10:53', '10.96.0.10:53']);
    expect(dns[1]!.rule).toBe('crane-http.default.svc.cluster.local. 30 IN A 10.111.22.5');
    expect(r.trace!.hops.find((h) => h.action === 'send')!.packet.dst).toBe('10.111.22.5:80');
  });

  it('reports a name that does not resolve as curl does, and kubectl adds the exit code', () => {
    const r = withPod('lab').run('kubectl exec web -- curl -s nowhere-svc');
    expect(r).toMatchObject({ exitCode: 6, stdout: '' });
    expect(r.stderr).toBe('command terminated with exit code 6\n');
  });
});
