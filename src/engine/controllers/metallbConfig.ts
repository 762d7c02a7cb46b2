// MetalLB's installed version and configuration as its controller and speakers read them
// (reference §7.3): the version from the controller Deployment's image tag in metallb-system; the
// configuration from the legacy ConfigMap `metallb-system/config` (v0.9–v0.12) or from the
// metallb.io custom resources (v0.13+), never both.
import { parse } from 'yaml';
import { getObject, listObjects, type Cluster } from '../api/cluster.ts';
import type { Deployment, KubeObject, Labels, Node, Pod } from '../api/objects.ts';
import { selectorMatches } from '../api/objects.ts';
import { intToIp, ipToInt, isIPv4, parseCidr } from '../net/ipv4.ts';

export const METALLB_NAMESPACE = 'metallb-system';

export interface MetallbVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

/** One pool: its IPv4 blocks in the order given, each an inclusive range of addresses. */
export interface MetallbPool {
  readonly name: string;
  readonly ranges: readonly { readonly first: number; readonly last: number }[];
  readonly autoAssign: boolean;
  readonly avoidBuggyIPs: boolean;
  /** How the pool's addresses are announced: layer2, bgp, both, or (CRDs without advertisement) neither. */
  readonly layer2: boolean;
  readonly bgp: boolean;
  /** Nodes allowed to announce (L2Advertisement/BGPAdvertisement nodeSelectors); null = every node. */
  readonly l2Nodes: ReadonlySet<string> | null;
  readonly bgpNodes: ReadonlySet<string> | null;
}

export interface MetallbConfig {
  readonly version: MetallbVersion;
  readonly pools: readonly MetallbPool[];
  /** BGP routers the speakers peer with (peer addresses). */
  readonly peers: readonly string[];
}

/** The version in the controller Deployment's image tag (metallb/controller:v0.8.2, quay.io/metallb/controller:v0.14.9). */
export function metallbVersion(cluster: Cluster): MetallbVersion | null {
  const d = getObject<Deployment>(cluster, 'Deployment', METALLB_NAMESPACE, 'controller');
  const image = d?.spec.template.spec.containers.find((c) =>
    /metallb\/controller/.test(c.image),
  )?.image;
  const m = image ? /:v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(image) : null;
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}

/** At least `major.minor` (MetalLB has only had 0.x releases). */
export function atLeast(v: MetallbVersion, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}

const running = (cluster: Cluster, pod: Pod) =>
  pod.status.phase === 'Running' &&
  pod.metadata.deletionTimestamp === undefined &&
  !(pod.spec.nodeName && cluster.poweredOff.has(pod.spec.nodeName));

function metallbPods(cluster: Cluster, component: string): Pod[] {
  return listObjects<Pod>(cluster, 'Pod', METALLB_NAMESPACE).filter(
    (p) => p.metadata.labels?.component === component,
  );
}

/** MetalLB's controller only acts while its pod runs. */
export function metallbControllerRunning(cluster: Cluster): boolean {
  return metallbPods(cluster, 'controller').some((p) => running(cluster, p));
}

/**
 * Nodes whose speaker is alive (memberlist sees a dead node within seconds, long before the node
 * controller marks it NotReady, so a powered-off node drops out at once).
 */
export function liveSpeakerNodes(cluster: Cluster): string[] {
  const nodes = new Set<string>();
  for (const p of metallbPods(cluster, 'speaker'))
    if (running(cluster, p) && p.spec.nodeName) nodes.add(p.spec.nodeName);
  return [...nodes].sort();
}

/** An `addresses` entry: "10.0.0.200-10.0.0.220", "192.168.1.240/28"; IPv6 entries are skipped. */
export function parseAddresses(entry: string): { first: number; last: number } | null {
  const text = entry.trim();
  if (text.includes('-')) {
    const [a, b] = text.split('-').map((s) => s.trim());
    if (!a || !b || !isIPv4(a) || !isIPv4(b)) return null;
    const first = ipToInt(a);
    const last = ipToInt(b);
    return first <= last ? { first, last } : null;
  }
  const [ip, bits] = text.split('/');
  if (!ip || !isIPv4(ip) || bits === undefined) return null;
  const c = parseCidr(text);
  return { first: c.base, last: c.base + 2 ** (32 - c.bits) - 1 };
}

/** Whether MetalLB skips an address with avoid-buggy-ips (ends in .0 or .255). */
export function isBuggyIP(n: number): boolean {
  const last = n & 255;
  return last === 0 || last === 255;
}

export const formatIP = intToIp;

interface LegacyPool {
  name?: string;
  protocol?: string;
  addresses?: string[];
  'auto-assign'?: boolean;
  'avoid-buggy-ips'?: boolean;
}

function legacyConfig(cluster: Cluster, version: MetallbVersion): MetallbConfig | null {
  const cm = getObject<KubeObject>(cluster, 'ConfigMap', METALLB_NAMESPACE, 'config');
  const text = (cm?.data as Record<string, string> | undefined)?.config;
  if (!text) return null;
  let doc: { 'address-pools'?: LegacyPool[]; peers?: { 'peer-address'?: string }[] };
  try {
    doc = (parse(text) ?? {}) as typeof doc;
  } catch {
    // The controller logs "failed to parse config" and keeps running without a configuration.
    return null;
  }
  const pools = (doc['address-pools'] ?? []).flatMap((p): MetallbPool[] => {
    if (!p.name || (p.protocol !== 'layer2' && p.protocol !== 'bgp')) return [];
    const ranges = (p.addresses ?? []).map(String).map(parseAddresses);
    if (ranges.some((r) => r === null)) return [];
    return [
      {
        name: p.name,
        ranges: ranges as { first: number; last: number }[],
        autoAssign: p['auto-assign'] !== false,
        avoidBuggyIPs: p['avoid-buggy-ips'] === true,
        layer2: p.protocol === 'layer2',
        bgp: p.protocol === 'bgp',
        l2Nodes: null,
        bgpNodes: null,
      },
    ];
  });
  const peers = (doc.peers ?? []).map((p) => p['peer-address'] ?? '').filter(Boolean);
  return { version, pools, peers };
}

interface Advertisement extends KubeObject {
  readonly spec?: {
    readonly ipAddressPools?: readonly string[];
    readonly ipAddressPoolSelectors?: readonly { matchLabels?: Labels }[];
    readonly nodeSelectors?: readonly { matchLabels?: Labels }[];
  };
}

/** The pools an advertisement covers: named ones, selected ones, or all when it names none. */
function advertises(adv: Advertisement, pool: KubeObject): boolean {
  const names = adv.spec?.ipAddressPools ?? [];
  const selectors = adv.spec?.ipAddressPoolSelectors ?? [];
  if (names.length === 0 && selectors.length === 0) return true;
  return (
    names.includes(pool.metadata.name) ||
    selectors.some((s) => selectorMatches(s, pool.metadata.labels))
  );
}

/** The nodes the advertisements covering a pool allow; null when one of them allows all. */
function advertisingNodes(
  cluster: Cluster,
  advs: readonly Advertisement[],
): ReadonlySet<string> | null {
  const nodes = listObjects<Node>(cluster, 'Node');
  const out = new Set<string>();
  for (const adv of advs) {
    const selectors = adv.spec?.nodeSelectors ?? [];
    if (selectors.length === 0) return null;
    for (const n of nodes)
      if (selectors.some((s) => selectorMatches(s, n.metadata.labels))) out.add(n.metadata.name);
  }
  return out;
}

function crdConfig(cluster: Cluster, version: MetallbVersion): MetallbConfig | null {
  // The controller and speakers watch their own namespace only.
  const poolObjects = listObjects<KubeObject>(cluster, 'IPAddressPool', METALLB_NAMESPACE);
  if (poolObjects.length === 0) return null;
  const l2 = listObjects<Advertisement>(cluster, 'L2Advertisement', METALLB_NAMESPACE);
  const bgp = listObjects<Advertisement>(cluster, 'BGPAdvertisement', METALLB_NAMESPACE);
  const pools = poolObjects.flatMap((p): MetallbPool[] => {
    const spec = (p.spec ?? {}) as {
      addresses?: string[];
      autoAssign?: boolean;
      avoidBuggyIPs?: boolean;
    };
    // IPv6 entries are valid but this simulator's clusters are IPv4 only.
    const ranges = (spec.addresses ?? [])
      .map(String)
      .filter((a) => !a.includes(':'))
      .map(parseAddresses);
    if (ranges.some((r) => r === null)) return [];
    const l2For = l2.filter((a) => advertises(a, p));
    const bgpFor = bgp.filter((a) => advertises(a, p));
    return [
      {
        name: p.metadata.name,
        ranges: ranges as { first: number; last: number }[],
        autoAssign: spec.autoAssign !== false,
        avoidBuggyIPs: spec.avoidBuggyIPs === true,
        layer2: l2For.length > 0,
        bgp: bgpFor.length > 0,
        l2Nodes: advertisingNodes(cluster, l2For),
        bgpNodes: advertisingNodes(cluster, bgpFor),
      },
    ];
  });
  const peers = listObjects<KubeObject>(cluster, 'BGPPeer', METALLB_NAMESPACE)
    .map((p) => String((p.spec as { peerAddress?: string } | undefined)?.peerAddress ?? ''))
    .filter(Boolean);
  return { version, pools, peers };
}

/** The configuration the installed MetalLB honours, or null when it is not installed or not configured. */
export function metallbConfig(cluster: Cluster): MetallbConfig | null {
  const version = metallbVersion(cluster);
  if (!version) return null;
  // v0.13 replaced the ConfigMap with custom resources; each generation ignores the other's form.
  return atLeast(version, 0, 13) ? crdConfig(cluster, version) : legacyConfig(cluster, version);
}

/** The pool holding an address, or undefined. */
export function poolFor(config: MetallbConfig, ip: string): MetallbPool | undefined {
  if (!isIPv4(ip)) return undefined;
  const n = ipToInt(ip);
  return config.pools.find(
    (p) => !(p.avoidBuggyIPs && isBuggyIP(n)) && p.ranges.some((r) => n >= r.first && n <= r.last),
  );
}
