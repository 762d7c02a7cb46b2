// `kubectl describe configmap` (describe.go ConfigMapDescriber). Up to v1.33 Go ranges over the
// Data map in random order, so real kubectl prints keys in an order that changes between runs
// (sorted from kubernetes/kubernetes#131500, v1.34); the simulator prints them sorted, one of the
// orders kubectl can print.
import type { Cluster } from '../api/cluster.ts';
import type { KubeObject } from '../api/objects.ts';
import { annotationLines, eventLines, labelLines } from './describeText.ts';

interface ConfigMap extends KubeObject {
  readonly data?: Readonly<Record<string, string>>;
  readonly binaryData?: Readonly<Record<string, string>>;
}

// The BinaryData section arrived with kubernetes/kubernetes#100568 (opened after the v1.21 code
// freeze, so v1.22; inferred from dates, not from a release note) and the blank line after each
// value with #123597 (merged April 2024, so v1.31, inferred the same way). Events were already
// printed by v1.20 (kubernetes/kubectl#997 shows `Events:  <none>` from kubectl 1.20).
const BINARY_DATA_MINOR = 22;
const ENTRY_GAP_MINOR = 31;

/** Base64 text's decoded length, as len([]byte) of the BinaryData value. */
function decodedLength(b64: string): number {
  const clean = b64.replace(/\s/g, '');
  const pad = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - pad;
}

const sorted = (m: Readonly<Record<string, string>> | undefined) =>
  Object.keys(m ?? {}).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function describeConfigMapLines(cluster: Cluster, cm: ConfigMap): string[] {
  const minor = cluster.preset.minor;
  const gap = minor >= ENTRY_GAP_MINOR;
  const lines = [
    `Name:\t${cm.metadata.name}`,
    `Namespace:\t${cm.metadata.namespace}`,
    ...labelLines('Labels', cm.metadata.labels),
    ...annotationLines('Annotations', cm.metadata.annotations),
    '',
    'Data',
    '====',
  ];
  for (const k of sorted(cm.data)) {
    // "%s\n" after the value: a value ending in a newline leaves a blank line.
    lines.push(`${k}:`, '----', ...`${cm.data![k]}`.split('\n'));
    if (gap) lines.push('');
  }
  if (minor >= BINARY_DATA_MINOR) {
    lines.push('', 'BinaryData', '====');
    for (const k of sorted(cm.binaryData))
      lines.push(`${k}: ${decodedLength(cm.binaryData![k]!)} bytes`);
    lines.push('');
  }
  lines.push(...eventLines(cluster, cm));
  return lines;
}
