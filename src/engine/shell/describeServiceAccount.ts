// `kubectl describe serviceaccount` (describe.go describeServiceAccount): the three secret lists
// under headers padded to one width, in sorted header order. Tokens are the namespace's
// ServiceAccount-token Secrets naming this account by name and uid (only clusters before v1.24
// create them); a listed secret that does not exist is marked "(not found)".
import { listObjects, type Cluster } from '../api/cluster.ts';
import type { KubeObject } from '../api/objects.ts';
import { annotationLines, eventLines, labelLines } from './describeText.ts';

interface ServiceAccount extends KubeObject {
  readonly secrets?: readonly { readonly name: string }[];
  readonly imagePullSecrets?: readonly { readonly name: string }[];
}

const EMPTY_HEADER = '                   ';

export function describeServiceAccountLines(cluster: Cluster, sa: ServiceAccount): string[] {
  const ns = sa.metadata.namespace!;
  const secrets = listObjects<KubeObject & { type?: string }>(cluster, 'Secret', ns);
  const existing = new Set(secrets.map((s) => s.metadata.name));
  const tokens = secrets
    .filter(
      (s) =>
        s.type === 'kubernetes.io/service-account-token' &&
        s.metadata.annotations?.['kubernetes.io/service-account.name'] === sa.metadata.name &&
        s.metadata.annotations?.['kubernetes.io/service-account.uid'] === sa.metadata.uid,
    )
    .map((s) => s.metadata.name);
  const groups: [string, readonly string[]][] = [
    ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s) => s.name)],
    ['Mountable secrets: ', (sa.secrets ?? []).map((s) => s.name)],
    ['Tokens:            ', tokens],
  ];
  const lines: string[] = [];
  for (const [header, names] of groups) {
    if (names.length === 0) {
      lines.push(`${header}\t<none>`);
      continue;
    }
    names.forEach((n, i) =>
      lines.push(
        `${i === 0 ? header : EMPTY_HEADER}\t${n}${existing.has(n) ? '' : ' (not found)'}`,
      ),
    );
  }
  return [
    `Name:\t${sa.metadata.name}`,
    `Namespace:\t${ns}`,
    ...labelLines('Labels', sa.metadata.labels),
    ...annotationLines('Annotations', sa.metadata.annotations),
    ...lines,
    ...eventLines(cluster, sa),
  ];
}
