// `kubectl describe secret` (describe.go describeSecret): sizes, never values, except a
// ServiceAccount token, which kubectl prints in full. Secrets have no Events section. Data keys are
// sorted where kubectl ranges over a Go map in random order.
import type { Cluster } from '../api/cluster.ts';
import type { KubeObject } from '../api/objects.ts';
import { annotationLines, labelLines } from './describeText.ts';

interface Secret extends KubeObject {
  readonly type?: string;
  readonly data?: Readonly<Record<string, string>>;
}

function decode(b64: string): Uint8Array {
  const binary = atob(b64.replace(/\s/g, ''));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function describeSecretLines(_cluster: Cluster, secret: Secret): string[] {
  const type = secret.type ?? 'Opaque';
  const data = secret.data ?? {};
  const keys = Object.keys(data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    `Name:\t${secret.metadata.name}`,
    `Namespace:\t${secret.metadata.namespace}`,
    ...labelLines('Labels', secret.metadata.labels),
    ...annotationLines('Annotations', secret.metadata.annotations),
    '',
    `Type:\t${type}`,
    '',
    'Data',
    '====',
    ...keys.map((k) => {
      const bytes = decode(data[k]!);
      return k === 'token' && type === 'kubernetes.io/service-account-token'
        ? `${k}:\t${new TextDecoder().decode(bytes)}`
        : `${k}:\t${bytes.length} bytes`;
    }),
  ];
}
