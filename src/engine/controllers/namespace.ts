// What kube-controller-manager puts in every namespace: the `default` ServiceAccount (with a token
// Secret before v1.24, when tokens became projected) and the `kube-root-ca.crt` ConfigMap.
import { createObject, getObject, type Cluster, type Ctx } from '../api/cluster.ts';
import { listObjects } from '../api/cluster.ts';
import type { KubeObject } from '../api/objects.ts';
import { NAME_SUFFIX_ALPHABET } from '../util/hash.ts';
import { randomString } from '../util/random.ts';

/** The cluster CA as kubeadm would write it; the lab's own, not any real cluster's. */
const CA_PEM = `-----BEGIN CERTIFICATE-----
MIIC/jCCAeagAwIBAgIBADANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwprdWJl
cm5ldGVzMB4XDTI1MDEwNjEwMDAwMFoXDTM1MDEwNDEwMDAwMFowFTETMBEGA1UE
AxMKa3ViZXJuZXRlczCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAK1a
bGFiLWNhLW5vdC1hLXJlYWwta2V5LWp1c3QtdGhlLWxhYidzLW93bi1jZXJ0aWZp
-----END CERTIFICATE-----
`;

const meta = (name: string, namespace: string) => ({
  name,
  namespace,
  uid: '',
  resourceVersion: '',
  creationTimestamp: '',
});

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function syncNamespaces(cluster: Cluster, ctx: Ctx): Cluster {
  for (const ns of listObjects<KubeObject>(cluster, 'Namespace')) {
    const name = ns.metadata.name;
    if (!getObject(cluster, 'ConfigMap', name, 'kube-root-ca.crt')) {
      [cluster] = createObject(cluster, ctx, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          ...meta('kube-root-ca.crt', name),
          annotations: {
            'kubernetes.io/description':
              'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.',
          },
        },
        data: { 'ca.crt': CA_PEM },
      });
    }
    if (getObject(cluster, 'ServiceAccount', name, 'default')) continue;
    let sa: KubeObject;
    [cluster, sa] = createObject(cluster, ctx, {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta('default', name),
    });
    if (cluster.preset.minor >= 24) continue;
    // Before v1.24 the token controller made a long-lived token Secret for every ServiceAccount.
    const secret = `default-token-${randomString(ctx.random, NAME_SUFFIX_ALPHABET, 5)}`;
    [cluster] = createObject(cluster, ctx, {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        ...meta(secret, name),
        annotations: {
          'kubernetes.io/service-account.name': 'default',
          'kubernetes.io/service-account.uid': sa.metadata.uid,
        },
      },
      type: 'kubernetes.io/service-account-token',
      data: {
        'ca.crt': base64(CA_PEM),
        namespace: base64(name),
        token: base64(`lab-token.${name}.default`),
      },
    });
    const objects = cluster.objects.with(`ServiceAccount/${name}/default`, {
      ...sa,
      secrets: [{ name: secret }],
    });
    cluster = { ...cluster, objects };
  }
  return cluster;
}
