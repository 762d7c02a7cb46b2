// Resource names resolved against what the preset's server serves and the CRDs it stores.
import { describe, expect, it } from 'vitest';
import { createSession } from '../session.ts';
import { findResourceIn, mapResource } from './restMapping.ts';

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: l2advertisements.metallb.io
spec:
  group: metallb.io
  names:
    kind: L2Advertisement
    plural: l2advertisements
    singular: l2advertisement
  scope: Namespaced
  versions:
  - name: v1beta1
    served: true
    storage: true
`;

describe('findResourceIn', () => {
  it('knows podsecuritypolicies on v1.20 and not on v1.33, where policy/v1beta1 is gone', () => {
    expect(findResourceIn(createSession({ preset: 'k8sinfra' }).cluster(), 'psp')?.kind).toBe(
      'PodSecurityPolicy',
    );
    expect(findResourceIn(createSession({ preset: 'lab' }).cluster(), 'psp')).toBeUndefined();
  });

  it('finds a custom kind by plural, singular and group once its CRD is stored', () => {
    const s = createSession({ preset: 'minikube' });
    expect(findResourceIn(s.cluster(), 'l2advertisements')).toBeUndefined();
    s.apply(CRD);
    for (const name of ['l2advertisements', 'l2advertisement', 'l2advertisements.metallb.io']) {
      expect(findResourceIn(s.cluster(), name)).toMatchObject({
        kind: 'L2Advertisement',
        group: 'metallb.io',
        version: 'v1beta1',
        namespaced: true,
      });
    }
  });
});

describe('mapResource', () => {
  it('maps autoscaling/v2beta2 on v1.20 without a warning, since it was deprecated in v1.23', () => {
    const m = mapResource(
      createSession({ preset: 'k8sinfra' }).cluster(),
      'HorizontalPodAutoscaler',
      'autoscaling/v2beta2',
    );
    expect(m?.resource.group).toBe('autoscaling');
    expect(m?.warning).toBeUndefined();
  });
});

describe('kubectl get apiservices', () => {
  it('shows an APIService whose Service does not exist as not available', () => {
    const s = createSession({ preset: 'lab' });
    s.apply(
      'apiVersion: apiregistration.k8s.io/v1\nkind: APIService\nmetadata:\n  name: v1beta1.metrics.k8s.io\nspec:\n  group: metrics.k8s.io\n  version: v1beta1\n  groupPriorityMinimum: 100\n  versionPriority: 100\n  insecureSkipTLSVerify: true\n  service:\n    name: metrics-server\n    namespace: kube-system\n',
    );
    expect(s.run('kubectl get apiservices').stdout.split('\n')[1]).toMatch(
      /^v1beta1\.metrics\.k8s\.io {3}kube-system\/metrics-server {3}False \(ServiceNotFound\) {3}\d+s$/,
    );
  });
});
