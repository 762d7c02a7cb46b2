// What every `kubectl describe` shares (kubernetes/kubectl pkg/describe/describe.go): label and
// annotation blocks, the Events section, RFC 1123 times. Describers build tab-separated lines;
// `tabwrite` aligns them as the Go tabwriter (padding 2) does.
import type { Cluster } from '../api/cluster.ts';
import { rfc1123z } from '../util/dates.ts';
import { eventsFor, type KubeEvent } from '../api/events.ts';
import type { KubeObject, Labels } from '../api/objects.ts';
import { humanDuration } from './table.ts';
import { tabwrite } from './tabwriter.ts';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/** printAnnotationsMultiline folds values longer than this onto their own lines. */
const MAX_ANNOTATION_LEN = 140;

const sortedKeys = (m: Labels | undefined) =>
  Object.keys(m ?? {}).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** printLabelsMultilineWithIndent: first pair on the title line, the rest under it. */
export function labelLines(title: string, labels: Labels | undefined, indent = ''): string[] {
  const keys = sortedKeys(labels);
  if (keys.length === 0) return [`${indent}${title}:\t<none>`];
  return keys.map((k, i) => `${i === 0 ? `${indent}${title}:` : indent}\t${k}=${labels![k]}`);
}

/** printAnnotationsMultiline: `key: value`, the last-applied configuration hidden. */
export function annotationLines(
  title: string,
  annotations: Labels | undefined,
  indent = '',
): string[] {
  const keys = sortedKeys(annotations).filter((k) => k !== LAST_APPLIED);
  if (keys.length === 0) return [`${indent}${title}:\t<none>`];
  const out: string[] = [];
  keys.forEach((k, i) => {
    const head = `${i === 0 ? `${indent}${title}:` : indent}\t`;
    const value = annotations![k]!.replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      out.push(`${head}${k}:`);
      for (const s of value.split('\n')) {
        // describe.go shorten(s, maxAnnotationLen-2): cut, then "..."
        const max = MAX_ANNOTATION_LEN - 2;
        out.push(`${indent}  ${s.length > max ? `${s.slice(0, max)}...` : s}`);
      }
    } else out.push(`${head}${k}: ${value}`);
  });
  return out;
}

const since = (cluster: Cluster, ts: string) =>
  ts ? humanDuration(cluster.now - Date.parse(ts)) : '<unknown>';

/** "10s", or "2m (x3 over 5m)" for an aggregated event (DescribeEvents). */
export function eventAge(cluster: Cluster, e: KubeEvent): string {
  const first = since(cluster, e.firstTimestamp);
  return e.count > 1 ? `${since(cluster, e.lastTimestamp)} (x${e.count} over ${first})` : first;
}

/**
 * DescribeEvents. With none, `Events:\t<none>` joins the column block above it; with some, kubectl
 * flushes the tabwriter first, so the returned `flush` marker makes the table its own block.
 * Sorted by last timestamp (kubectl's SortableEvents). The From column is the source component
 * (kubectl ≥1.2x drops the host; older kubectl printed "kubelet, <node>" — not modelled).
 */
export function eventLines(cluster: Cluster, obj: KubeObject): string[] {
  const events = eventsFor(cluster, obj)
    .slice()
    .sort((a, b) =>
      a.lastTimestamp < b.lastTimestamp ? -1 : a.lastTimestamp > b.lastTimestamp ? 1 : 0,
    );
  if (events.length === 0) return ['Events:\t<none>'];
  return [
    FLUSH,
    'Events:',
    '  Type\tReason\tAge\tFrom\tMessage',
    '  ----\t------\t----\t----\t-------',
    ...events.map(
      (e) =>
        `  ${e.type}\t${e.reason}\t${eventAge(cluster, e)}\t${e.source.component}\t${e.message.trim()}`,
    ),
  ];
}

/** A line that stands for PrefixWriter.Flush(): blocks never align across it. */
export const FLUSH = '\u0000flush';

/** The describer's lines through the tabwriter, flushed wherever kubectl flushes. */
export function renderDescription(lines: readonly string[]): string {
  const parts: string[][] = [[]];
  for (const l of lines) {
    if (l === FLUSH) parts.push([]);
    else parts[parts.length - 1]!.push(l);
  }
  return parts
    .filter((p) => p.length)
    .map((p) => tabwrite(p.join('\n') + '\n'))
    .join('');
}

export { rfc1123z };
