// `kubectl describe pod` and the Pod Template block of `describe deployment` (describe.go
// describePod, describeContainers, DescribePodTemplate). Pods are shown as a real API server would
// have stored them: the admission plugins' additions (priority 0, the `default` ServiceAccount and
// its token volume, the 300 s not-ready/unreachable tolerations) are filled in when the simulator's
// object lacks them, since kubectl prints them for every ordinary pod.
import { sha256 } from '@noble/hashes/sha2.js';
import type { Cluster } from '../api/cluster.ts';
import type { Container, Pod, PodTemplate } from '../api/objects.ts';
import { NAME_SUFFIX_ALPHABET } from '../util/hash.ts';
import { annotationLines, eventLines, labelLines, rfc1123z } from './describeText.ts';

interface Toleration {
  readonly key?: string;
  readonly operator?: string;
  readonly value?: string;
  readonly effect?: string;
  readonly tolerationSeconds?: number;
}
interface Mount {
  readonly name: string;
  readonly mountPath: string;
  readonly readOnly?: boolean;
}
interface ContainerStatus {
  readonly name: string;
  readonly ready?: boolean;
  readonly restartCount?: number;
  readonly containerID?: string;
  readonly imageID?: string;
  readonly state?: {
    readonly running?: { readonly startedAt: string };
    readonly waiting?: { readonly reason?: string };
    readonly terminated?: { readonly reason?: string; readonly exitCode: number };
  };
}

/** Priorities of the built-in PriorityClasses (scheduling/v1). */
const PRIORITY: Readonly<Record<string, number>> = {
  'system-node-critical': 2000001000,
  'system-cluster-critical': 2000000000,
};

const hex = (text: string) =>
  Array.from(sha256(new TextEncoder().encode(text)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );

/** The token volume's random suffix, fixed per pod so every describe agrees with the last. */
function tokenVolumeName(pod: Pod, minor: number): string {
  const h = hex(pod.metadata.uid);
  const suffix = Array.from({ length: 5 }, (_, i) =>
    NAME_SUFFIX_ALPHABET.charAt(
      parseInt(h.slice(i * 2, i * 2 + 2), 16) % NAME_SUFFIX_ALPHABET.length,
    ),
  ).join('');
  // Projected kube-api-access volumes replaced the default-token Secret in v1.21 (BoundServiceAccountTokenVolume).
  return minor >= 21 ? `kube-api-access-${suffix}` : `default-token-${suffix}`;
}

function tolerationText(t: Toleration): string {
  let s = t.key ?? '';
  if (t.value) s += `=${t.value}`;
  if (t.effect) s += `:${t.effect}`;
  if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
  if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
  return s;
}

export function tolerationLines(
  title: string,
  tolerations: readonly Toleration[],
  indent = '',
): string[] {
  if (tolerations.length === 0) return [`${indent}${title}:\t<none>`];
  return tolerations.map(
    (t, i) => `${i === 0 ? `${indent}${title}:` : indent}\t${tolerationText(t)}`,
  );
}

const portsText = (c: Container, host: boolean) =>
  (c.ports ?? [])
    .map((p) => {
      const hostPort = (p as { hostPort?: number }).hostPort ?? 0;
      return `${host ? hostPort : p.containerPort}/${p.protocol}`;
    })
    .join(',');

function stateLines(status: ContainerStatus): string[] {
  const s = status.state ?? {};
  if (s.running) return ['    State:\tRunning', `      Started:\t${rfc1123z(s.running.startedAt)}`];
  if (s.terminated) {
    return [
      '    State:\tTerminated',
      ...(s.terminated.reason ? [`      Reason:\t${s.terminated.reason}`] : []),
      `      Exit Code:\t${s.terminated.exitCode}`,
    ];
  }
  return [
    '    State:\tWaiting',
    ...(s.waiting?.reason ? [`      Reason:\t${s.waiting.reason}`] : []),
  ];
}

/** describeContainers: `space` is "" for a pod, "  " inside a Pod Template. */
function containerLines(
  containers: readonly Container[],
  statuses: readonly ContainerStatus[] | null,
  mounts: readonly Mount[],
  space: string,
): string[] {
  const lines = [`${space}Containers:`];
  for (const c of containers) {
    const status = statuses?.find((s) => s.name === c.name);
    lines.push(`  ${space ? ' ' : ''}${c.name}:`);
    if (status) lines.push(`    Container ID:\t${status.containerID ?? ''}`);
    lines.push(`    Image:\t${c.image}`);
    if (status) lines.push(`    Image ID:\t${status.imageID ?? ''}`);
    const ports = portsText(c, false);
    const hostPorts = portsText(c, true);
    lines.push(ports.includes(',') ? `    Ports:\t${ports}` : `    Port:\t${ports || '<none>'}`);
    lines.push(
      hostPorts.includes(',')
        ? `    Host Ports:\t${hostPorts}`
        : `    Host Port:\t${hostPorts || '<none>'}`,
    );
    if (status) {
      lines.push(...stateLines(status));
      lines.push(`    Ready:\t${status.ready ? 'True' : 'False'}`);
      lines.push(`    Restart Count:\t${status.restartCount ?? 0}`);
    }
    const env = (c.env ?? []) as readonly { name: string; value?: string }[];
    if (env.length === 0) lines.push('    Environment:\t<none>');
    else lines.push('    Environment:', ...env.map((e) => `      ${e.name}:\t${e.value ?? ''}`));
    if (mounts.length === 0) lines.push('    Mounts:\t<none>');
    else {
      lines.push('    Mounts:');
      for (const m of [...mounts].sort((a, b) => (a.mountPath < b.mountPath ? -1 : 1)))
        lines.push(`      ${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})`);
    }
  }
  return lines;
}

/** DescribePodTemplate, as `describe deployment` and `describe rs` print it. */
export function podTemplateLines(template: PodTemplate, minor: number): string[] {
  const spec = template.spec;
  return [
    'Pod Template:',
    ...labelLines('Labels', template.metadata.labels, '  '),
    ...(Object.keys(template.metadata.annotations ?? {}).length
      ? annotationLines('Annotations', template.metadata.annotations, '  ')
      : []),
    ...(spec.serviceAccountName ? [`  Service Account:\t${String(spec.serviceAccountName)}`] : []),
    ...containerLines(spec.containers, null, [], '  '),
    '  Volumes:\t<none>',
    ...(spec.priorityClassName
      ? [`  Priority Class Name:\t${String(spec.priorityClassName)}`]
      : []),
    // Node-Selectors and Tolerations joined the template block in kubectl v1.30 (not in v1.20's).
    ...(minor >= 30
      ? [
          ...labelLines(
            'Node-Selectors',
            spec.nodeSelector as Record<string, string> | undefined,
            '  ',
          ),
          ...tolerationLines('Tolerations', (spec.tolerations ?? []) as Toleration[], '  '),
        ]
      : []),
  ];
}

export function describePodLines(cluster: Cluster, pod: Pod): string[] {
  const minor = cluster.preset.minor;
  const spec = pod.spec;
  const priorityClass = spec.priorityClassName as string | undefined;
  const priority = (spec.priority as number | undefined) ?? PRIORITY[priorityClass ?? ''] ?? 0;
  // Static (mirror) pods get no ServiceAccount, token volume or default tolerations; the add-on
  // pods' own ServiceAccounts (kube-proxy, flannel, ...) are not modelled, so none is made up here.
  const mirror = !pod.metadata.ownerReferences?.length && priorityClass === 'system-node-critical';
  const system = ['kube-system', 'kube-flannel'].includes(pod.metadata.namespace ?? '');
  const serviceAccount =
    (spec.serviceAccountName as string | undefined) ?? (system ? undefined : 'default');
  const volume = tokenVolumeName(pod, minor);
  const mounts: Mount[] =
    serviceAccount && !mirror
      ? [
          {
            name: volume,
            mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
            readOnly: true,
          },
        ]
      : [];
  const tolerations = (spec.tolerations as Toleration[] | undefined) ?? [
    {
      key: 'node.kubernetes.io/not-ready',
      operator: 'Exists',
      effect: 'NoExecute',
      tolerationSeconds: 300,
    },
    {
      key: 'node.kubernetes.io/unreachable',
      operator: 'Exists',
      effect: 'NoExecute',
      tolerationSeconds: 300,
    },
  ];
  const status = pod.status;
  const podIPs = (status.podIPs ?? []) as readonly { ip: string }[];
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller);
  const conditions = (status.conditions ?? []) as readonly { type: string; status: string }[];
  const volumeLines =
    minor >= 21
      ? [
          `    Type:\tProjected (a volume that contains injected data from multiple sources)`,
          '    TokenExpirationSeconds:\t3607',
          '    ConfigMapName:\tkube-root-ca.crt',
          '    Optional:\tfalse',
          '    DownwardAPI:\ttrue',
        ]
      : [
          '    Type:\tSecret (a volume populated by a Secret)',
          `    SecretName:\t${volume}`,
          '    Optional:\tfalse',
        ];
  return [
    `Name:\t${pod.metadata.name}`,
    `Namespace:\t${pod.metadata.namespace}`,
    `Priority:\t${priority}`,
    ...(priorityClass ? [`Priority Class Name:\t${priorityClass}`] : []),
    ...(serviceAccount ? [`Service Account:\t${serviceAccount}`] : []),
    `Node:\t${spec.nodeName ? `${spec.nodeName}/${status.hostIP ?? ''}` : '<none>'}`,
    ...(typeof status.startTime === 'string' ? [`Start Time:\t${rfc1123z(status.startTime)}`] : []),
    ...labelLines('Labels', pod.metadata.labels),
    ...annotationLines('Annotations', pod.metadata.annotations),
    `Status:\t${status.phase}`,
    `IP:\t${status.podIP ?? ''}`,
    ...(podIPs.length ? ['IPs:', ...podIPs.map((i) => `  IP:\t${i.ip}`)] : ['IPs:\t<none>']),
    ...(owner ? [`Controlled By:\t${owner.kind}/${owner.name}`] : []),
    ...containerLines(
      spec.containers,
      (status.containerStatuses ?? []) as ContainerStatus[],
      mounts,
      '',
    ),
    ...(conditions.length
      ? ['Conditions:', '  Type\tStatus', ...conditions.map((c) => `  ${c.type} \t${c.status} `)]
      : []),
    ...(mounts.length ? ['Volumes:', `  ${volume}:`, ...volumeLines] : ['Volumes:\t<none>']),
    `QoS Class:\t${(status.qosClass as string | undefined) ?? 'BestEffort'}`,
    ...labelLines('Node-Selectors', spec.nodeSelector as Record<string, string> | undefined),
    ...tolerationLines('Tolerations', tolerations),
    ...eventLines(cluster, pod),
  ];
}
