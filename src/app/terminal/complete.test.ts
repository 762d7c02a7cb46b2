// Completion offers what the lab's kubectl serves, and the cluster's own names.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../engine/index.ts';
import { complete, commonPrefix, KUBECTL_SUBCOMMANDS, type Lookup } from './complete.ts';

const lookup: Lookup = {
  names: (resource, namespace) =>
    resource === 'namespaces'
      ? ['default', 'kube-system']
      : resource === 'pods' && namespace === 'kube-system'
        ? ['coredns-1', 'etcd-cp']
        : resource === 'svc' || resource === 'services'
          ? ['np-svc', 'kubernetes']
          : [],
  nodes: () => ['k8s-cp', 'k8s-w1'],
};

describe('complete', () => {
  it('offers only subcommands the engine knows', () => {
    const session = createSession();
    for (const sub of KUBECTL_SUBCOMMANDS) {
      const out = session.read(`kubectl ${sub}`);
      // kubectl's message for a subcommand it lacks (cobra): error: unknown command "x" for "kubectl"
      expect(out.stderr, sub).not.toContain(`unknown command "${sub}" for "kubectl"`);
    }
    expect(session.read('kubectl frobnicate').stderr).toContain(
      'unknown command "frobnicate" for "kubectl"',
    );
  });

  it('completes kinds, then names of that kind in the namespace given', () => {
    expect(complete(['kubectl', 'get'], 'deploy', lookup)).toEqual(['deployments']);
    expect(complete(['kubectl', 'get', 'svc'], 'np', lookup)).toEqual(['np-svc']);
    expect(complete(['kubectl', '-n', 'kube-system', 'logs'], 'e', lookup)).toEqual(['etcd-cp']);
    expect(complete(['kubectl', 'describe'], 'svc/k', lookup)).toEqual(['svc/kubernetes']);
    expect(complete(['kubectl', 'get', 'pods', '-n'], 'kube', lookup)).toEqual(['kube-system']);
    expect(complete(['kubectl', 'get', 'pods', '-o'], 'y', lookup)).toEqual(['yaml']);
  });

  it('completes commands, lab subcommands, nodes and traced commands', () => {
    expect(complete([], 'k', lookup)).toEqual(['kubectl']);
    expect(complete(['lab'], 't', lookup)).toEqual(['trace']);
    expect(complete(['lab', 'node', 'down'], 'k8s-w', lookup)).toEqual(['k8s-w1']);
    expect(complete(['ssh'], '', lookup)).toEqual(['k8s-cp', 'k8s-w1']);
    expect(complete(['lab', 'trace'], 'cu', lookup)).toEqual(['curl']);
    expect(complete(['lab', 'trace', '--from', 'pod/x', 'kubectl'], 'ex', lookup)).toEqual([
      'exec',
      'explain',
      'expose',
    ]);
  });

  it('finds the common prefix', () => {
    expect(commonPrefix(['describe', 'delete'])).toBe('de');
    expect(commonPrefix([])).toBe('');
  });
});
