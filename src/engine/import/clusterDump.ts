// A real cluster's state (spec/product.md "A real cluster's state"): the output of
// `kubectl get nodes,pods,services,endpointslices,ingresses -A -o yaml` (a v1 List) becomes a
// cluster the lab can trace through. The recorded objects are kept as recorded (names, uids, pod
// IPs, ClusterIPs, nodePorts, endpoints); what the dump does not hold is inferred from what it does
// (the pod network from the CNI's node annotations and provider IDs, the Kubernetes version from the
// kubelets) and said in the import's notes. Nothing in the text runs: it is read as data, checked
// field by field, and a problem is reported with the line it is on.
import { Map as ImmutableMap } from 'immutable';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { newUid, NO_TIMERS, type Cluster, type Ctx } from '../api/cluster.ts';
import { keyOf, type KubeObject, type Node, type Pod } from '../api/objects.ts';
import { ObjectStore } from '../api/store.ts';
import { reconcile } from '../controllers/reconcile.ts';
import { controllerConfig } from '../net/ingressNginx.ts';
import { nodeHoldingPodIP } from '../net/podNetwork.ts';
import type { Language } from '../messages/format.ts';
import { importNote, importNoteText, type ImportNote, type ImportNoteKey } from './importNotes.ts';
import { cidrSize, inCidr, intToIp, ipToInt, isIPv4, parseCidr } from '../net/ipv4.ts';
import type { PodNetworkKind, Preset, PresetNode } from '../presets/presets.ts';

/** The command whose output the lab reads, as the messages name it. */
export const DUMP_COMMAND = 'kubectl get nodes,pods,services,endpointslices,ingresses -A -o yaml';

/** A dump checked and understood: the cluster's shape and the objects to store. */
export interface ClusterDump {
  readonly preset: Preset;
  /** The recorded objects to store as they are (managedFields dropped, as kubectl hides them). */
  readonly objects: readonly KubeObject[];
  /** What the lab inferred or left out, one sentence each, in English. */
  readonly notes: readonly string[];
  /** The same sentences as messages, for the reader's language (importNoteText). */
  readonly messages: readonly ImportNote[];
  /** The latest time the dump records (ms since the epoch): the simulated clock starts there. */
  readonly now: number;
  /** The highest resourceVersion recorded: the store continues from it. */
  readonly revision: number;
}

export type DumpParse =
  | { readonly ok: true; readonly value: ClusterDump }
  | {
      readonly ok: false;
      /** In English. */
      readonly message: string;
      /** The same, for the reader's language (importNoteText). */
      readonly problem: ImportNote;
    };

/** The kinds the lab reads from a dump; any other kind is left out (and said so). */
const READ_KINDS = ['Node', 'Pod', 'Service', 'EndpointSlice', 'Ingress', 'Namespace'] as const;
const NAMESPACED = new Set(['Pod', 'Service', 'EndpointSlice', 'Ingress']);

/** An outside machine for the learner's requests: the dump cannot say where the user sits. */
const CLIENT = { name: 'laptop', ip: '198.51.100.10' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A dump the lab cannot read: the message in English, and as a message for other languages. */
class DumpError extends Error {
  constructor(readonly note: ImportNote) {
    super(importNoteText(note));
  }
}

/** A DumpError of the catalog's key. */
function problem(
  key: ImportNoteKey,
  params?: Readonly<Record<string, string | number | ImportNote>>,
): DumpError {
  return new DumpError(importNote(key, params));
}

/** The same problem, on a line of the text when known. */
function onLine(line: number | null, what: ImportNote): DumpError {
  return new DumpError(line === null ? what : importNote('import.err.atLine', { line, what }));
}

/**
 * Whether a parsed YAML value looks like a cluster dump rather than manifests to apply: a List
 * holding at least one Node. Cheap; the full check is parseClusterDump's.
 */
export function looksLikeClusterDump(value: unknown): boolean {
  return (
    isObj(value) &&
    typeof value.kind === 'string' &&
    value.kind.endsWith('List') &&
    Array.isArray(value.items) &&
    value.items.some((i) => isObj(i) && i.kind === 'Node')
  );
}

/** Where things are in the text, for messages. */
interface Located {
  readonly obj: Obj;
  /** The line of a YAML path inside the object's document, or null. */
  readonly lineOf: (path: readonly (string | number)[]) => number | null;
  /** The YAML path of the object inside its document (['items', 3], or [] for a lone object). */
  readonly path: readonly (string | number)[];
  /** "items[3] (Pod kube-system/coredns-x)". */
  readonly label: string;
}

function lineIn(
  lines: LineCounter,
  doc: Document.Parsed,
  path: readonly (string | number)[],
): number | null {
  // The deepest node that exists along the path.
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return null;
}

/**
 * `kubectl get -o json` output: JSON.parse reads a megabyte in milliseconds where the YAML parser
 * takes seconds; the YAML parser runs only if a message needs a line number.
 */
function locateJson(text: string): Located[] | null {
  if (!text.trimStart().startsWith('{')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null; // not plain JSON after all: the YAML parser says what is wrong
  }
  let parsed: { lines: LineCounter; doc: Document.Parsed } | null = null;
  const lineOf = (path: readonly (string | number)[]) => {
    if (parsed === null) {
      const lines = new LineCounter();
      const [doc] = parseAllDocuments(text, { lineCounter: lines });
      if (!doc) return null;
      parsed = { lines, doc };
    }
    return lineIn(parsed.lines, parsed.doc, path);
  };
  return fromValue(value, lineOf);
}

/** The objects of one parsed document (a List's items, or the object itself). */
function fromValue(
  value: unknown,
  lineOf: (path: readonly (string | number)[]) => number | null,
): Located[] {
  if (value === null || value === undefined) return [];
  if (!isObj(value)) throw onLine(lineOf([]) ?? 1, importNote('import.err.notObject'));
  if (typeof value.kind === 'string' && value.kind.endsWith('List')) {
    if (!Array.isArray(value.items))
      throw onLine(lineOf(['kind']) ?? 1, importNote('import.err.noItems'));
    return value.items.map((item, i) => {
      const path = ['items', i];
      if (!isObj(item))
        throw onLine(lineOf(path) ?? 1, importNote('import.err.itemNotObject', { index: i }));
      return { obj: item, lineOf, path, label: labelOf(item, `items[${i}]`) };
    });
  }
  return [{ obj: value, lineOf, path: [], label: labelOf(value, 'the object') }];
}

/** Reads the text: every object of every document, Lists flattened, each with where it is. */
function locate(text: string): Located[] {
  const json = locateJson(text);
  if (json !== null) return json;
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true });
  const items: Located[] = [];
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) {
      const at = err.linePos?.[0];
      const reason = err.message.split('\n')[0] ?? '';
      throw at
        ? problem('import.err.yamlAt', { line: at.line, col: at.col, reason })
        : problem('import.err.yaml', { reason });
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      throw problem('import.err.yaml', { reason: (e as Error).message });
    }
    items.push(...fromValue(value, (path) => lineIn(lines, doc, path)));
  }
  return items;
}

function labelOf(o: Obj, where: string): string {
  const meta = isObj(o.metadata) ? o.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : '?';
  const ns = typeof meta.namespace === 'string' ? `${meta.namespace}/` : '';
  return `${where} (${typeof o.kind === 'string' ? o.kind : 'no kind'} ${ns}${name})`;
}

/** Field access with a message naming the field, the object and the line when it is wrong. */
class Reader {
  constructor(private readonly at: Located) {}
  fail(
    field: string,
    key: ImportNoteKey,
    params: Readonly<Record<string, string | number>> = {},
  ): never {
    const path = [...this.at.path, ...field.split('.').flatMap(splitIndex)];
    throw onLine(
      this.at.lineOf(path),
      importNote('import.err.field', {
        object: this.at.label,
        problem: importNote(key, { field, ...params }),
      }),
    );
  }
  get(field: string): unknown {
    let v: unknown = this.at.obj;
    for (const k of field.split('.').flatMap(splitIndex)) {
      if (typeof k === 'number') v = Array.isArray(v) ? v[k] : undefined;
      else v = isObj(v) ? v[k] : undefined;
    }
    return v;
  }
  string(field: string): string {
    const v = this.get(field);
    if (typeof v !== 'string' || v === '')
      this.fail(field, v === undefined ? 'import.err.missing' : 'import.err.notText');
    return v;
  }
  optString(field: string): string | undefined {
    const v = this.get(field);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') this.fail(field, 'import.err.notText');
    return v;
  }
  ipv4(field: string): string {
    const v = this.string(field);
    if (!isIPv4(v)) this.fail(field, 'import.err.notIPv4', { value: clip(v) });
    return v;
  }
  list(field: string): unknown[] {
    const v = this.get(field);
    if (!Array.isArray(v))
      this.fail(field, v === undefined ? 'import.err.missing' : 'import.err.notList');
    return v;
  }
  optList(field: string): unknown[] {
    const v = this.get(field);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(field, 'import.err.notList');
    return v;
  }
  /** An optional list whose entries must be objects (conditions, statuses, taints). */
  objects(field: string): void {
    this.optList(field).forEach((entry, i) => {
      if (!isObj(entry)) this.fail(`${field}[${i}]`, 'import.err.fieldNotObject');
    });
  }
  port(field: string, min = 1, max = 65535): number {
    const v = this.get(field);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      this.fail(field, v === undefined ? 'import.err.missing' : 'import.err.notPort', {
        min,
        max,
      });
    return v;
  }
}

/** "status.addresses[0].type" -> ['status', 'addresses', 0, 'type']. */
function splitIndex(part: string): (string | number)[] {
  const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
  if (!m) return [part];
  const idx = [...m[2]!.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
  return [...(m[1] ? [m[1]] : []), ...idx];
}

function clip(text: string): string {
  const flat = [...text].map((c) => (c < ' ' ? ' ' : c)).join('');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** The latest RFC 3339 time anywhere in the value (heartbeats, conditions, starts). */
function latestTime(value: unknown, best = 0): number {
  if (typeof value === 'string') {
    if (TIMESTAMP.test(value)) return Math.max(best, Date.parse(value));
    return best;
  }
  if (Array.isArray(value)) return value.reduce<number>((b, v) => latestTime(v, b), best);
  if (isObj(value)) return Object.values(value).reduce<number>((b, v) => latestTime(v, b), best);
  return best;
}

/** The object without what kubectl hides (managedFields) and without undefined values. */
function stored(o: Obj): KubeObject {
  const meta = { ...(o.metadata as Obj) };
  delete meta.managedFields;
  // Labels and annotations are maps of text; anything else in a hand-edited dump is dropped.
  for (const key of ['labels', 'annotations'] as const) {
    const map = meta[key];
    if (
      map !== undefined &&
      !(isObj(map) && Object.values(map).every((v) => typeof v === 'string'))
    )
      delete meta[key];
  }
  return {
    ...o,
    metadata: meta,
    // Every kind the lab reads has a spec and a status (Namespaces too); an absent one is empty.
    ...(o.kind !== 'EndpointSlice' && !isObj(o.spec) ? { spec: {} } : {}),
    ...(o.kind !== 'EndpointSlice' && !isObj(o.status) ? { status: {} } : {}),
  } as unknown as KubeObject;
}

const annotation = (n: Node, key: string): string | undefined => n.metadata.annotations?.[key];

/** The node's IPv4 InternalIP (the address kube-proxy, the CNI and the kubelet use). */
function internalIP(n: Node): string | undefined {
  const addresses = (n.status.addresses ?? []) as { type?: string; address?: string }[];
  return addresses.find((a) => a.type === 'InternalIP' && isIPv4(a.address ?? ''))?.address;
}

const base24 = (cidr: string) => parseCidr(cidr).base;
const nth = (cidr: string, k: number) => intToIp(base24(cidr) + k);

/** The smallest CIDR of at most /16 holding every given address (the pod network's whole range). */
function commonCidr(ips: readonly string[], longest = 16): string {
  const ints = ips.map(ipToInt);
  let bits = longest;
  const first = ints[0] ?? 0;
  while (bits > 0) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if (ints.every((n) => (n & mask) >>> 0 === (first & mask) >>> 0)) break;
    bits--;
  }
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return `${intToIp((first & mask) >>> 0)}/${bits}`;
}

/**
 * The Service CIDR: the `kubernetes` Service takes its first address. kubeadm's and minikube's
 * default 10.96.0.0/12 when that is 10.96.0.1; otherwise the shortest prefix from /16 down that
 * the network address is aligned to and that holds every recorded ClusterIP.
 */
function serviceCidr(kubernetesIP: string | undefined, clusterIPs: readonly string[]): string {
  if (kubernetesIP === undefined || kubernetesIP === '10.96.0.1') return '10.96.0.0/12';
  const net = ipToInt(kubernetesIP) - 1;
  for (let bits = 16; bits <= 28; bits++) {
    const size = 2 ** (32 - bits);
    if (net % size !== 0) continue;
    if (clusterIPs.every((ip) => ipToInt(ip) >= net && ipToInt(ip) < net + size))
      return `${intToIp(net)}/${bits}`;
  }
  return commonCidr([kubernetesIP, ...clusterIPs], 24);
}

interface NetworkGuess {
  readonly kind: PodNetworkKind;
  readonly why: ImportNote;
}

/** Which pod network the nodes' annotations, provider IDs and pods say the cluster runs. */
function guessNetwork(nodes: readonly Node[], pods: readonly Pod[]): NetworkGuess {
  const all = (key: string) => nodes.every((n) => annotation(n, key) !== undefined);
  const any = (key: string) => nodes.some((n) => annotation(n, key) !== undefined);
  if (any('projectcalico.org/IPv4IPIPTunnelAddr')) {
    if (!all('projectcalico.org/IPv4IPIPTunnelAddr')) throw problem('import.err.calicoMixedIpip');
    return {
      kind: 'calico-ipip',
      why: importNote('import.net.calicoIpip'),
    };
  }
  if (any('projectcalico.org/IPv4VXLANTunnelAddr')) {
    if (!all('projectcalico.org/IPv4VXLANTunnelAddr')) throw problem('import.err.calicoMixedVxlan');
    return {
      kind: 'calico-vxlan',
      why: importNote('import.net.calicoVxlan'),
    };
  }
  if (any('projectcalico.org/IPv4Address')) throw problem('import.err.calicoBgp');
  const flannel = nodes.map((n) => annotation(n, 'flannel.alpha.coreos.com/backend-type'));
  if (flannel.some((t) => t !== undefined)) {
    const other = flannel.find((t) => t !== 'vxlan');
    if (other !== undefined)
      throw problem('import.err.flannelBackend', { backend: other ?? 'missing' });
    for (const n of nodes)
      if (!n.spec.podCIDR)
        throw problem('import.err.noPodCIDR', { node: n.metadata.name, cni: 'flannel' });
    return {
      kind: 'flannel-vxlan',
      why: importNote('import.net.flannel'),
    };
  }
  const providers = nodes.map((n) => String((n.spec as { providerID?: string }).providerID ?? ''));
  // kindnet: its DaemonSet's pods (kind, multi-node minikube), or kind's provider IDs.
  const kindnet = pods.some(
    (p) => p.metadata.namespace === 'kube-system' && /^kindnet-[a-z0-9]{5}$/.test(p.metadata.name),
  );
  if (kindnet || (providers.length > 0 && providers.every((p) => p.startsWith('kind://')))) {
    for (const n of nodes)
      if (!n.spec.podCIDR)
        throw problem('import.err.noPodCIDR', { node: n.metadata.name, cni: 'kindnet' });
    return { kind: 'kindnet', why: importNote('import.net.kindnet') };
  }
  if (providers.length > 0 && providers.every((p) => p.startsWith('gce://'))) {
    for (const n of nodes)
      if (!n.spec.podCIDR)
        throw problem('import.err.noPodCIDR', { node: n.metadata.name, cni: 'GKE' });
    return {
      kind: 'vpc-native',
      why: importNote('import.net.gke'),
    };
  }
  if (providers.length > 0 && providers.every((p) => p.startsWith('aws://')))
    throw problem('import.err.aws');
  if (nodes.length === 1) {
    const n = nodes[0]!;
    if (!n.spec.podCIDR) throw problem('import.err.bridgePodCIDR', { node: n.metadata.name });
    const cni = pods.some((p) => /flannel|calico|cilium|weave/.test(p.metadata.name));
    if (!cni)
      return {
        kind: 'bridge',
        why: importNote('import.net.bridge'),
      };
  }
  throw problem('import.err.unknownNetwork');
}

/** The Calico block (/26, Calico's default blockSize) holding an address. */
const block26 = (ip: string) => `${intToIp((ipToInt(ip) & 0xffffffc0) >>> 0)}/26`;

/**
 * Calico's blocks per node: a /26 belongs to the node whose tunnel address is in it, otherwise to
 * the node running most of its pods; a pod whose address lies in another node's block was
 * borrowed (Calico routes it as a /32 to its node).
 */
function calicoRanges(
  tunnels: ReadonlyMap<string, string>,
  podIPsOn: (node: string) => readonly string[],
): Map<string, string[]> {
  const owner = new Map<string, string>();
  for (const [node, tunnel] of tunnels) owner.set(block26(tunnel), node);
  const counts = new Map<string, Map<string, number>>();
  for (const node of tunnels.keys())
    for (const ip of podIPsOn(node)) {
      const block = block26(ip);
      if (owner.has(block)) continue;
      const byNode = counts.get(block) ?? new Map<string, number>();
      byNode.set(node, (byNode.get(node) ?? 0) + 1);
      counts.set(block, byNode);
    }
  for (const [block, byNode] of counts) {
    const [best] = [...byNode].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    owner.set(block, best![0]);
  }
  const ranges = new Map<string, string[]>();
  for (const [node, tunnel] of tunnels) {
    const own = new Set<string>();
    for (const ip of podIPsOn(node)) {
      const block = block26(ip);
      if (block === block26(tunnel)) continue;
      own.add(owner.get(block) === node ? block : `${ip}/32`);
    }
    ranges.set(node, [...own]);
  }
  return ranges;
}

function presetNode(
  kind: PodNetworkKind,
  n: Node,
  ip: string,
  podIPs: readonly string[],
  calico: ReadonlyMap<string, readonly string[]>,
): PresetNode {
  const labels = n.metadata.labels ?? {};
  const controlPlane =
    'node-role.kubernetes.io/control-plane' in labels || 'node-role.kubernetes.io/master' in labels;
  const common = { name: n.metadata.name, ip, controlPlane };
  if (kind === 'calico-ipip' || kind === 'calico-vxlan') {
    const key =
      kind === 'calico-ipip'
        ? 'projectcalico.org/IPv4IPIPTunnelAddr'
        : 'projectcalico.org/IPv4VXLANTunnelAddr';
    const tunnel = annotation(n, key)!;
    if (!isIPv4(tunnel))
      throw problem('import.err.tunnelNotIPv4', {
        node: n.metadata.name,
        key,
        value: clip(tunnel),
      });
    // Calico's IPAM hands the node blocks of its own (not spec.podCIDR); tunl0 or vxlan.calico
    // takes an address of the first, and a node that filled a block borrows or claims more.
    const podCIDR = block26(tunnel);
    const more = calico.get(n.metadata.name) ?? [];
    return {
      ...common,
      podCIDR,
      ...(more.length ? { podRanges: more } : {}),
      tunnelIP: tunnel,
      bridgeIP: null,
      firstPodIP: intToIp(ipToInt(tunnel) + 1),
    };
  }
  const podCIDR = n.spec.podCIDR!;
  if (!/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(podCIDR) || !isIPv4(podCIDR.split('/')[0]!))
    throw problem('import.err.podCIDRNotCidr', { node: n.metadata.name, value: clip(podCIDR) });
  if (kind === 'flannel-vxlan')
    return {
      ...common,
      podCIDR,
      // flannel.1 holds the subnet's network address, cni0 the first one, pods the next ones.
      tunnelIP: nth(podCIDR, 0),
      bridgeIP: nth(podCIDR, 1),
      firstPodIP: nth(podCIDR, 2),
    };
  if (kind === 'kindnet')
    // The ptp plugin's host-side veths hold the range's gateway (.1); pods from .2.
    return {
      ...common,
      podCIDR,
      tunnelIP: null,
      bridgeIP: nth(podCIDR, 1),
      firstPodIP: nth(podCIDR, 2),
    };
  if (kind === 'bridge')
    return {
      ...common,
      podCIDR,
      tunnelIP: null,
      bridgeIP: nth(podCIDR, 1),
      firstPodIP: nth(podCIDR, 2),
    };
  return { ...common, podCIDR, tunnelIP: null, bridgeIP: null, firstPodIP: nth(podCIDR, 2) };
}

/** The iptables kube-proxy's image ships, by release (what `iptables-save` prints in its header). */
function iptablesVersion(minor: number): string {
  if (minor >= 28) return 'v1.8.9';
  if (minor >= 25) return 'v1.8.7';
  return 'v1.8.4';
}

/** Checks every object the lab reads; returns them with the problems of the others as notes. */
function checkObjects(text: string): { objects: Obj[]; skipped: Map<string, number> } {
  const items = locate(text);
  if (items.length === 0) throw problem('import.err.noObjects', { command: DUMP_COMMAND });
  const objects: Obj[] = [];
  const skipped = new Map<string, number>();
  const seen = new Set<string>();
  for (const at of items) {
    const r = new Reader(at);
    const kind = r.string('kind');
    r.string('apiVersion');
    if (!(READ_KINDS as readonly string[]).includes(kind)) {
      skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
      continue;
    }
    if (!isObj(at.obj.metadata)) r.fail('metadata', 'import.err.missing');
    const name = r.string('metadata.name');
    const ns = NAMESPACED.has(kind) ? r.string('metadata.namespace') : undefined;
    const key = `${kind}/${ns ?? ''}/${name}`;
    if (seen.has(key)) r.fail('metadata.name', 'import.err.twice', { value: clip(name) });
    seen.add(key);
    r.optString('metadata.uid');
    r.optString('metadata.creationTimestamp');
    switch (kind) {
      case 'Node': {
        const addresses = r.list('status.addresses');
        if (!addresses.some((_, i) => r.get(`status.addresses[${i}].type`) === 'InternalIP'))
          r.fail('status.addresses', 'import.err.noInternalIP');
        addresses.forEach((_, i) => {
          if (r.get(`status.addresses[${i}].type`) !== 'InternalIP') return;
          const field = `status.addresses[${i}].address`;
          const address = r.string(field);
          // An IPv6 InternalIP sits beside the IPv4 one on a dual-stack node.
          const ipv6 = address.includes(':') && /^[0-9a-f:.]+$/i.test(address);
          if (!isIPv4(address) && !ipv6)
            r.fail(field, 'import.err.notIP', { value: clip(address) });
        });
        r.string('status.nodeInfo.kubeletVersion');
        r.objects('status.conditions');
        r.objects('status.addresses');
        r.objects('spec.taints');
        break;
      }
      case 'Pod': {
        const containers = r.list('spec.containers');
        if (containers.length === 0) r.fail('spec.containers', 'import.err.empty');
        containers.forEach((_, i) => {
          r.string(`spec.containers[${i}].name`);
          r.string(`spec.containers[${i}].image`);
          r.optList(`spec.containers[${i}].ports`).forEach((__, j) =>
            r.port(`spec.containers[${i}].ports[${j}].containerPort`),
          );
        });
        r.optString('spec.nodeName');
        if (r.get('status.podIP') !== undefined) r.ipv4('status.podIP');
        r.optString('status.phase');
        r.objects('status.conditions');
        r.objects('status.containerStatuses');
        break;
      }
      case 'Service': {
        const type = r.optString('spec.type') ?? 'ClusterIP';
        if (type !== 'ExternalName') {
          const ip = r.string('spec.clusterIP');
          if (ip !== 'None' && !isIPv4(ip))
            r.fail('spec.clusterIP', 'import.err.ipv6Service', { value: clip(ip) });
        }
        r.objects('spec.ports');
        r.objects('status.loadBalancer.ingress');
        r.optList('spec.ports').forEach((_, i) => {
          r.port(`spec.ports[${i}].port`);
          if (r.get(`spec.ports[${i}].nodePort`) !== undefined) r.port(`spec.ports[${i}].nodePort`);
          const target = r.get(`spec.ports[${i}].targetPort`);
          if (typeof target === 'number') r.port(`spec.ports[${i}].targetPort`);
          else if (target !== undefined && typeof target !== 'string')
            r.fail(`spec.ports[${i}].targetPort`, 'import.err.notTargetPort');
        });
        break;
      }
      case 'EndpointSlice': {
        const type = r.string('addressType');
        if (type !== 'IPv4') {
          skipped.set(`EndpointSlice (${type})`, (skipped.get(`EndpointSlice (${type})`) ?? 0) + 1);
          continue;
        }
        r.objects('endpoints');
        r.objects('ports');
        r.optList('endpoints').forEach((_, i) =>
          r
            .list(`endpoints[${i}].addresses`)
            .forEach((__, j) => r.ipv4(`endpoints[${i}].addresses[${j}]`)),
        );
        r.optList('ports').forEach((_, i) => {
          if (r.get(`ports[${i}].port`) !== undefined) r.port(`ports[${i}].port`);
        });
        break;
      }
      case 'Ingress':
        r.objects('spec.rules');
        r.optList('spec.rules').forEach((_, i) => r.objects(`spec.rules[${i}].http.paths`));
        r.objects('spec.tls');
        r.objects('status.loadBalancer.ingress');
        if (r.string('apiVersion') !== 'networking.k8s.io/v1') {
          const what = `Ingress (${r.string('apiVersion')})`;
          skipped.set(what, 1 + (skipped.get(what) ?? 0));
          continue;
        }
        break;
    }
    objects.push(at.obj);
  }
  return { objects, skipped };
}

/** Reads a dump: checks it, infers the cluster's shape, and keeps the recorded objects. */
export function parseClusterDump(text: string): DumpParse {
  try {
    return { ok: true, value: understand(text) };
  } catch (e) {
    if (e instanceof DumpError) return { ok: false, message: e.message, problem: e.note };
    // A shape the checks did not foresee: still a sentence, never a crash of the page.
    const problem = importNote('import.err.unreadable', { reason: (e as Error).message });
    return { ok: false, message: importNoteText(problem), problem };
  }
}

function understand(text: string): ClusterDump {
  const { objects: raw, skipped } = checkObjects(text);
  const objects = raw.map(stored);
  const of = <T extends KubeObject>(kind: string) => objects.filter((o) => o.kind === kind) as T[];
  const nodes = of<Node>('Node');
  if (nodes.length === 0) throw problem('import.err.noNodes', { command: DUMP_COMMAND });
  const pods = of<Pod>('Pod');
  const nodeNames = new Set(nodes.map((n) => n.metadata.name));
  for (const p of pods) {
    const on = p.spec.nodeName;
    if (on !== undefined && !nodeNames.has(on))
      throw problem('import.err.podNodeMissing', {
        pod: `${p.metadata.namespace}/${p.metadata.name}`,
        node: on,
      });
  }
  const notes: ImportNote[] = [];

  // The version: the control plane's kubelet (the API server's own version is not in the dump),
  // and kube-proxy's where the kubelet still reports it (before v1.31).
  const cps = nodes.filter((n) => {
    const l = n.metadata.labels ?? {};
    return 'node-role.kubernetes.io/control-plane' in l || 'node-role.kubernetes.io/master' in l;
  });
  const info = (n: Node) => (n.status.nodeInfo ?? {}) as Record<string, string | undefined>;
  const ref = cps[0] ?? nodes[0]!;
  const version = info(ref).kubeProxyVersion || info(ref).kubeletVersion!;
  const m = /^v?1\.(\d+)\.(\d+)/.exec(version);
  if (!m) throw problem('import.err.badVersion', { node: ref.metadata.name, value: clip(version) });
  const minor = Number(m[1]);
  if (minor < 19) throw problem('import.err.oldVersion', { version });
  const versions = new Set(nodes.map((n) => info(n).kubeletVersion));
  if (versions.size > 1)
    notes.push(importNote('import.versions', { versions: [...versions].join(', '), version }));

  const network = guessNetwork(nodes, pods);
  notes.push(importNote('import.network', { why: network.why }));

  const ipOf = new Map<string, string>();
  for (const n of nodes) {
    const ip = internalIP(n);
    if (!ip) throw problem('import.err.noIPv4', { node: n.metadata.name });
    ipOf.set(n.metadata.name, ip);
  }
  const shared = [...ipOf.values()].filter((ip, i, all) => all.indexOf(ip) !== i);
  if (shared.length > 0) {
    // Vagrant's classic: every kubelet registers the NAT interface's 10.0.2.15 (no --node-ip),
    // while the CNI was told the host-only interface. Its address is what the nodes reach each
    // other by, so the lab takes it when it tells them apart.
    const cniAddress = (n: Node) =>
      annotation(n, 'flannel.alpha.coreos.com/public-ip') ??
      annotation(n, 'projectcalico.org/IPv4Address')?.split('/')[0];
    const cni = nodes.map((n) => cniAddress(n) ?? '');
    if (cni.every(isIPv4) && new Set(cni).size === nodes.length) {
      nodes.forEach((n, i) => ipOf.set(n.metadata.name, cni[i]!));
      notes.push(importNote('import.sharedInternalIP', { ip: shared[0]! }));
    } else {
      const [a, b] = nodes.filter((n) => internalIP(n) === shared[0]);
      throw problem('import.err.sharedIP', {
        a: a!.metadata.name,
        b: b!.metadata.name,
        ip: shared[0]!,
      });
    }
  }
  // Host-network pods carry their node's InternalIP (or the CNI's address taken above).
  const hostIPs = new Set([...ipOf.values(), ...nodes.map((n) => internalIP(n) ?? '')]);
  const podIPsOn = (node: string) =>
    pods
      .filter((p) => p.spec.nodeName === node && p.status.podIP && !hostIPs.has(p.status.podIP))
      .map((p) => p.status.podIP!);
  const tunnelKey =
    network.kind === 'calico-ipip'
      ? 'projectcalico.org/IPv4IPIPTunnelAddr'
      : 'projectcalico.org/IPv4VXLANTunnelAddr';
  const calico =
    network.kind === 'calico-ipip' || network.kind === 'calico-vxlan'
      ? calicoRanges(
          new Map(
            nodes
              .map((n) => [n.metadata.name, annotation(n, tunnelKey) ?? ''] as const)
              .filter(([, t]) => isIPv4(t)),
          ),
          podIPsOn,
        )
      : new Map<string, string[]>();
  const presetNodes = nodes.map((n) =>
    presetNode(network.kind, n, ipOf.get(n.metadata.name)!, podIPsOn(n.metadata.name), calico),
  );
  // Every pod address must lie in the range of the node that runs it, or routing would lie.
  for (const p of pods) {
    const ip = p.status.podIP;
    if (!ip || hostIPs.has(ip) || !p.spec.nodeName) continue;
    const node = presetNodes.find((n) => n.name === p.spec.nodeName)!;
    const ranges = [node.podCIDR, ...(node.podRanges ?? [])];
    if (!ranges.some((r) => inCidr(ip, r)))
      throw problem('import.err.podOutside', {
        pod: `${p.metadata.namespace}/${p.metadata.name}`,
        ip,
        ranges: ranges.join(', '),
        node: node.name,
      });
    // The node routing would pick for the address (a borrowed /32 before the block around it).
    const holder = nodeHoldingPodIP({ nodes: presetNodes }, ip);
    if (holder && holder.name !== node.name)
      throw problem('import.err.podElsewhere', {
        pod: `${p.metadata.namespace}/${p.metadata.name}`,
        ip,
        node: node.name,
        other: holder.name,
      });
  }

  const ranges = presetNodes.flatMap((n) => [n.podCIDR, ...(n.podRanges ?? [])]);
  const clusterCIDR = commonCidr(ranges.map((r) => r.split('/')[0]!));
  notes.push(importNote('import.clusterCIDR', { cidr: clusterCIDR }));
  const services = of<KubeObject & { spec: { clusterIP?: string } }>('Service');
  const kubernetesSvc = services.find(
    (s) => s.metadata.name === 'kubernetes' && s.metadata.namespace === 'default',
  );
  const clusterIPs = services
    .map((s) => s.spec.clusterIP)
    .filter((ip): ip is string => typeof ip === 'string' && isIPv4(ip));
  const serviceCIDR = serviceCidr(kubernetesSvc?.spec.clusterIP, clusterIPs);
  notes.push(importNote('import.serviceCIDR', { cidr: serviceCIDR }));

  // The API server: the kubernetes Service's endpoints as recorded.
  const apiSlice = of<
    KubeObject & { endpoints?: { addresses?: string[] }[]; ports?: { port?: number }[] }
  >('EndpointSlice').find(
    (s) =>
      s.metadata.namespace === 'default' &&
      s.metadata.labels?.['kubernetes.io/service-name'] === 'kubernetes',
  );
  const apiServer = {
    ip:
      apiSlice?.endpoints?.[0]?.addresses?.[0] ??
      presetNodes.find((n) => n.controlPlane)?.ip ??
      presetNodes[0]!.ip,
    port: apiSlice?.ports?.[0]?.port ?? 6443,
  };

  const cniPod = pods.find((p) => /^(calico-node|kube-flannel-ds)-/.test(p.metadata.name));
  const cniContainer = cniPod?.spec.containers[0];
  const prefix = Number(
    /\/(\d+)$/.exec(annotation(nodes[0]!, 'projectcalico.org/IPv4Address') ?? '')?.[1] ??
      (network.kind === 'vpc-native' ? 32 : 24),
  );
  const first = presetNodes[0]!;
  const gateway = intToIp(parseCidr(`${first.ip}/${Math.min(prefix, 30)}`).base + 1);
  const refInfo = info(ref);
  const createdAt = nodes
    .map((n) => n.metadata.creationTimestamp)
    .filter((t) => TIMESTAMP.test(t ?? ''))
    .sort()[0];
  const preset: Preset = {
    name: 'imported',
    version: `v1.${m[1]}.${m[2]}`,
    minor,
    serviceCIDR,
    clusterCIDR,
    podNetwork: network.kind,
    nodes: presetNodes,
    clients: [CLIENT],
    iptablesVersion: iptablesVersion(minor),
    cni:
      cniPod && cniContainer
        ? {
            namespace: cniPod.metadata.namespace!,
            daemonSet: cniPod.metadata.name.replace(/-[a-z0-9]{5}$/, ''),
            labels: Object.fromEntries(
              Object.entries(cniPod.metadata.labels ?? {}).filter(
                ([k]) => !['controller-revision-hash', 'pod-template-generation'].includes(k),
              ),
            ),
            image: cniContainer.image,
          }
        : null,
    apiServer,
    nodeInfo: {
      osImage: refInfo.osImage ?? 'Linux',
      kernelVersion: refInfo.kernelVersion ?? '',
      containerRuntimeVersion: refInfo.containerRuntimeVersion ?? 'containerd://',
    },
    nodeNameserver: network.kind === 'vpc-native' ? '169.254.169.254' : gateway,
    nodeNetwork: {
      device: 'eth0',
      prefix,
      defaultRoute:
        network.kind === 'vpc-native'
          ? `default via ${intToIp(parseCidr(`${first.ip}/24`).base + 1)} dev eth0 proto dhcp src NODE metric 1024`
          : `default via ${gateway} dev eth0 proto static`,
    },
    dnsReplicas: pods.filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns').length,
    createdAt: createdAt ?? '2024-01-01T00:00:00Z',
  };
  notes.push(
    importNote('import.lan', {
      lan: `${intToIp(parseCidr(`${first.ip}/${prefix}`).base)}/${prefix}`,
      gateway,
      client: CLIENT.name,
      ip: CLIENT.ip,
    }),
  );
  if (skipped.size > 0)
    notes.push(
      importNote('import.skipped', {
        what: [...skipped].map(([k, n]) => `${k} × ${n}`).join(', '),
      }),
    );
  const owners = [
    ...new Set(
      pods.flatMap((p) =>
        (p.metadata.ownerReferences ?? []).filter((o) => o.kind !== 'Node').map((o) => o.kind),
      ),
    ),
  ].sort();
  if (owners.length > 0) notes.push(importNote('import.owners', { owners: owners.join(', ') }));
  const classes = ingressClasses(objects, pods, minor);
  for (const c of classes)
    notes.push(
      importNote('import.ingressClass', {
        name: c.metadata.name,
        controller: String((c.spec as { controller: string }).controller),
        pod: (c.metadata.annotations ?? {})['lab/inferred-from'] ?? '',
      }),
    );

  const revision = objects.reduce((max, o) => {
    const rv = Number(o.metadata.resourceVersion);
    return Number.isSafeInteger(rv) && rv > max ? rv : max;
  }, 1);
  const now = Math.max(latestTime(raw), createdAt ? Date.parse(createdAt) : 0);
  return {
    preset,
    objects: [
      ...objects,
      ...classes.map((c) => {
        const { annotations: _a, ...metadata } = c.metadata;
        return { ...c, metadata };
      }),
    ],
    notes: notes.map((n) => importNoteText(n)),
    messages: notes,
    now,
    revision,
  };
}

/**
 * The IngressClasses the dump's Ingresses name, for the ingress-nginx controllers among its pods
 * (`kubectl get ingresses` does not list IngressClasses; ingress-nginx's install manifest creates
 * one per controller: --ingress-class's name, --controller-class's controller).
 */
function ingressClasses(
  objects: readonly KubeObject[],
  pods: readonly Pod[],
  minor: number,
): KubeObject[] {
  if (objects.some((o) => o.kind === 'IngressClass') || minor < 19) return [];
  const named = new Set(
    objects
      .filter((o) => o.kind === 'Ingress')
      .map((o) => (o.spec as { ingressClassName?: string } | undefined)?.ingressClassName)
      .filter((n): n is string => typeof n === 'string'),
  );
  const out = new Map<string, KubeObject>();
  for (const pod of pods) {
    const cfg = controllerConfig(pod);
    if (
      !cfg ||
      cfg.version.major === 0 ||
      !named.has(cfg.ingressClass) ||
      out.has(cfg.ingressClass)
    )
      continue;
    out.set(cfg.ingressClass, {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: {
        name: cfg.ingressClass,
        uid: '',
        resourceVersion: '',
        creationTimestamp: pod.metadata.creationTimestamp,
        labels: Object.fromEntries(
          Object.entries(pod.metadata.labels ?? {}).filter(([k]) =>
            k.startsWith('app.kubernetes.io/'),
          ),
        ),
        annotations: { 'lab/inferred-from': `${pod.metadata.namespace}/${pod.metadata.name}` },
      },
      spec: { controller: cfg.controllerClass },
    });
  }
  return [...out.values()];
}

/** A Namespace as the API server keeps it (the dump names namespaces but does not hold them). */
function namespaceObject(name: string, minor: number, created: string, ctx: Ctx): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name,
      uid: newUid(ctx),
      resourceVersion: '1',
      creationTimestamp: created,
      ...(minor >= 21 ? { labels: { 'kubernetes.io/metadata.name': name } } : {}),
    },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

/**
 * The cluster value of a dump: the recorded objects stored as they are, the namespaces they name,
 * the kubernetes Endpoints the API server writes beside its slice, and the controllers run once
 * (they recompute what they own from the recorded pods: the Endpoints of Services with a selector,
 * their EndpointSlices, identical to the recorded ones when the dump is consistent).
 */
export function clusterFromDump(dump: ClusterDump, ctx: Ctx): Cluster {
  let objects = ObjectStore.empty;
  let revision = dump.revision;
  const put = (o: KubeObject) => {
    objects = objects.with(keyOf(o), o);
  };
  const namespaces = new Map<string, string>();
  for (const o of dump.objects) {
    const ns = o.metadata.namespace;
    if (ns === undefined) continue;
    const t = o.metadata.creationTimestamp;
    const known = namespaces.get(ns);
    if (known === undefined || (t && t < known)) namespaces.set(ns, t || dump.preset.createdAt);
  }
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system'])
    if (!namespaces.has(ns)) namespaces.set(ns, dump.preset.createdAt);
  const recordedNamespaces = new Set(
    dump.objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name),
  );
  for (const [ns, created] of [...namespaces].sort(([a], [b]) => a.localeCompare(b)))
    if (!recordedNamespaces.has(ns)) {
      const obj = namespaceObject(ns, dump.preset.minor, created, ctx);
      put({ ...obj, metadata: { ...obj.metadata, resourceVersion: String(++revision) } });
    }
  // An object without a uid or resourceVersion (written by hand, or added above) gets them now.
  for (const o of dump.objects)
    put(
      o.metadata.uid && o.metadata.resourceVersion && o.metadata.creationTimestamp
        ? o
        : {
            ...o,
            metadata: {
              ...o.metadata,
              uid: o.metadata.uid || newUid(ctx),
              resourceVersion: o.metadata.resourceVersion || String(++revision),
              creationTimestamp: o.metadata.creationTimestamp || dump.preset.createdAt,
            },
          },
    );
  // The API server writes the kubernetes Service's Endpoints with its slice (reference §1.5).
  const api = dump.preset.apiServer;
  if (objects.has('Service/default/kubernetes') && !objects.has('Endpoints/default/kubernetes'))
    put({
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        uid: newUid(ctx),
        resourceVersion: String(++revision),
        creationTimestamp:
          objects.get('Service/default/kubernetes')?.metadata.creationTimestamp ??
          dump.preset.createdAt,
        labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' },
      },
      subsets: [
        {
          addresses: [{ ip: api.ip }],
          ports: [{ name: 'https', port: api.port, protocol: 'TCP' }],
        },
      ],
    });
  // Host-local IPAM continues after the last address each node handed out.
  const ipam = new Map<string, number>();
  for (const n of dump.preset.nodes) {
    const start = ipToInt(n.firstPodIP);
    let next = 0;
    for (const p of objects.podsOnNode(n.name)) {
      const ip = p.status.podIP;
      if (!ip || !inCidr(ip, n.podCIDR)) continue;
      next = Math.max(next, ipToInt(ip) - start + 1);
    }
    if (next > 0 && next < cidrSize(parseCidr(n.podCIDR))) ipam.set(n.name, next);
  }
  const cluster: Cluster = {
    preset: dump.preset,
    objects,
    revision,
    now: dump.now,
    ipam: ImmutableMap(ipam),
    timers: NO_TIMERS,
    images: new Map(
      dump.objects
        .filter((o): o is Node => o.kind === 'Node')
        .map((n) => [
          n.metadata.name,
          new Set(
            (Array.isArray(n.status.images) ? (n.status.images as unknown[]) : []).flatMap((i) =>
              isObj(i) && Array.isArray(i.names)
                ? i.names.filter((x): x is string => typeof x === 'string')
                : [],
            ),
          ),
        ]),
    ),
    poweredOff: new Set(),
    cpuDemand: new Map(),
    hpaRecommendations: new Map(),
  };
  return reconcile(cluster, ctx);
}

/** What the import says about a dump, sentence by sentence, in the reader's language. */
export function dumpSummary(dump: ClusterDump, language: Language = 'en'): string[] {
  const nodes = dump.preset.nodes;
  const list = nodes.map((n) => `${n.name} ${n.ip}`).join(', ');
  const cluster = importNote(nodes.length === 1 ? 'import.cluster.one' : 'import.cluster.many', {
    count: nodes.length,
    list,
    version: dump.preset.version,
  });
  return [cluster, ...dump.messages, importNote('import.applyHere')].map((m) =>
    importNoteText(m, language),
  );
}
