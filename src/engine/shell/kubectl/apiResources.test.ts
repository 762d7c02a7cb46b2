import { describe, expect, it } from 'vitest';
import { createSession } from '../../session.ts';

// kubectl api-resources prints APIVERSION (group/version) since kubectl v1.20 (kubernetes PR
// 95253; before it the column was APIGROUP), rows sorted by group, core first, then by name.

describe('kubectl api-resources', () => {
  it('names the apps group with its version on v1.20', () => {
    const r = createSession({ preset: 'k8sinfra' }).run('kubectl api-resources --api-group=apps');
    expect(r.stdout).toBe(
      [
        'NAME           SHORTNAMES   APIVERSION   NAMESPACED   KIND',
        'daemonsets     ds           apps/v1      true         DaemonSet',
        'deployments    deploy       apps/v1      true         Deployment',
        'replicasets    rs           apps/v1      true         ReplicaSet',
        'statefulsets   sts          apps/v1      true         StatefulSet',
        '',
      ].join('\n'),
    );
  });

  it('prints the version each server prefers: v1beta1 slices and autoscaling/v1 on v1.20', () => {
    const old = createSession({ preset: 'k8sinfra' }).run('kubectl api-resources').stdout;
    expect(old).toMatch(/\nendpointslices +discovery\.k8s\.io\/v1beta1 +true +EndpointSlice\n/);
    expect(old).toMatch(/\nhorizontalpodautoscalers +hpa +autoscaling\/v1 +true/);
    const now = createSession({ preset: 'lab' }).run('kubectl api-resources').stdout;
    expect(now).toMatch(/\nendpointslices +discovery\.k8s\.io\/v1 +true +EndpointSlice\n/);
    expect(now).toMatch(/\nhorizontalpodautoscalers +hpa +autoscaling\/v2 +true/);
    // PodSecurityPolicy left with v1.25.
    expect(now).not.toContain('podsecuritypolicies');
    expect(now.split('\n')[1]).toMatch(/^configmaps +cm +v1 +true +ConfigMap$/);
  });

  it('filters by scope and sorts by kind when asked', () => {
    const s = createSession({ preset: 'lab' });
    const cluster = s.run('kubectl api-resources --namespaced=false --sort-by=kind -o name').stdout;
    expect(cluster.split('\n').slice(0, 3)).toEqual([
      'apiservices.apiregistration.k8s.io',
      'clusterroles.rbac.authorization.k8s.io',
      'clusterrolebindings.rbac.authorization.k8s.io',
    ]);
    expect(s.run('kubectl api-resources --sort-by=age').stderr).toBe(
      'error: --sort-by accepts only name or kind\n',
    );
  });
});
