import { describe, expect, it } from 'vitest';
import { createSession } from '../../session.ts';

describe('kubectl version', () => {
  it('prints the short form with kustomize on a v1.33 kubectl', () => {
    expect(createSession({ preset: 'lab' }).run('kubectl version').stdout).toBe(
      'Client Version: v1.33.0\nKustomize Version: v5.6.0\nServer Version: v1.33.0\n',
    );
  });

  it("prints v1.20.2's Go structs, as the official binary and kubeadm's images report them", () => {
    expect(createSession({ preset: 'k8sinfra' }).run('kubectl version').stdout).toBe(
      'Client Version: version.Info{Major:"1", Minor:"20", GitVersion:"v1.20.2", GitCommit:"faecb196815e248d3ecfb03c680a4507229c2a56", GitTreeState:"clean", BuildDate:"2021-01-13T13:28:09Z", GoVersion:"go1.15.5", Compiler:"gc", Platform:"linux/amd64"}\n' +
        'Server Version: version.Info{Major:"1", Minor:"20", GitVersion:"v1.20.2", GitCommit:"faecb196815e248d3ecfb03c680a4507229c2a56", GitTreeState:"clean", BuildDate:"2021-01-13T13:20:00Z", GoVersion:"go1.15.5", Compiler:"gc", Platform:"linux/amd64"}\n',
    );
    expect(createSession({ preset: 'k8sinfra' }).run('kubectl version --short').stdout).toBe(
      'Client Version: v1.20.2\nServer Version: v1.20.2\n',
    );
  });
});

describe('kubectl api-resources', () => {
  it("prints kubectl's columns, core group first, short names joined by commas", () => {
    const out = createSession().run('kubectl api-resources').stdout.split('\n');
    expect(out[0]).toMatch(/^NAME +SHORTNAMES +APIVERSION +NAMESPACED +KIND$/);
    const services = out.find((l) => l.startsWith('services '))!.split(/\s+/);
    expect(services).toEqual(['services', 'svc', 'v1', 'true', 'Service']);
    const apps = out.findIndex((l) => l.startsWith('deployments '));
    const core = out.findIndex((l) => l.startsWith('pods '));
    expect(core).toBeLessThan(apps);
  });

  it('shows the version each server prefers, and not what it no longer serves', () => {
    const row = (preset: string, name: string) =>
      createSession({ preset })
        .run('kubectl api-resources')
        .stdout.split('\n')
        .find((l) => l.startsWith(`${name} `))
        ?.split(/\s+/)
        .filter(Boolean);
    expect(row('k8sinfra', 'endpointslices')).toEqual([
      'endpointslices',
      'discovery.k8s.io/v1beta1',
      'true',
      'EndpointSlice',
    ]);
    expect(row('k8sinfra', 'horizontalpodautoscalers')?.[2]).toBe('autoscaling/v1');
    expect(row('lab', 'horizontalpodautoscalers')?.[2]).toBe('autoscaling/v2');
    expect(row('lab', 'podsecuritypolicies')).toBeUndefined();
  });
});

describe('kubectl cluster-info', () => {
  it('names the API server and CoreDNS, with the colour codes kubectl writes even to a pipe', () => {
    expect(createSession({ preset: 'k8sinfra' }).run('kubectl cluster-info').stdout).toBe(
      '\u001b[0;32mKubernetes control plane\u001b[0m is running at \u001b[0;33mhttps://192.168.1.10:6443\u001b[0m\n' +
        '\u001b[0;32mCoreDNS\u001b[0m is running at \u001b[0;33mhttps://192.168.1.10:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\u001b[0m\n' +
        "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
    );
  });
});
