// Cluster DNS: what CoreDNS (kubeadm's Corefile, reference §5.1) answers for one name, and how a
// pod's stub resolver walks its resolv.conf search list (§5.2). Records follow the CoreDNS
// kubernetes plugin (parse.go, kubernetes.go findServices, reverse.go, plugin/backend_lookup.go).
import { getObject, listObjects, type Cluster } from '../api/cluster.ts';
import type { EndpointSlice, Pod, Service } from '../api/objects.ts';
import type { Random } from '../util/random.ts';
import { isIPv4 } from './ipv4.ts';

export type RRType = 'A' | 'AAAA' | 'SRV' | 'PTR' | 'CNAME' | 'TXT' | 'ANY';

export interface RR {
  /** Owner name, absolute with its trailing dot. */
  name: string;
  ttl: number;
  type: 'A' | 'SRV' | 'PTR' | 'CNAME' | 'TXT' | 'SOA';
  /** The RDATA as dig prints it. */
  data: string;
}

export interface DnsAnswer {
  rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';
  /** The AA bit: CoreDNS's kubernetes plugin is authoritative for cluster.local and the reverse zones. */
  authoritative: boolean;
  answer: RR[];
  /** The SOA CoreDNS adds for NXDOMAIN and NODATA. */
  authority: RR[];
  additional: RR[];
}

export const CLUSTER_DOMAIN = 'cluster.local';
export const DNS_SERVICE_IP = '10.96.0.10';
/** kubeadm's Corefile: `ttl 30` in the kubernetes block. */
const TTL = 30;
const ZONE = `${CLUSTER_DOMAIN}.`;

const empty = (rcode: DnsAnswer['rcode'], authoritative: boolean, authority: RR[] = []) => ({
  rcode,
  authoritative,
  answer: [],
  authority,
  additional: [],
});

/**
 * CoreDNS's SOA (plugin/backend_lookup.go SOA): TTL min(ttl, 300), ns.dns.<zone>,
 * hostmaster.<zone>, refresh 7200, retry 1800, expire 86400, minimum = the plugin's ttl. The
 * serial is the Unix time of the last change CoreDNS saw in the API (kubernetes.go Serial,
 * APIConn.Modified); here the newest creation time among Services, EndpointSlices and Namespaces.
 */
export function soa(cluster: Cluster, zone = ZONE): RR {
  let last = 0;
  for (const o of cluster.objects.values())
    if (o.kind === 'Service' || o.kind === 'EndpointSlice' || o.kind === 'Namespace')
      last = Math.max(last, Date.parse(o.metadata.creationTimestamp) || 0);
  const serial = Math.floor(last / 1000);
  return {
    name: zone,
    ttl: TTL,
    type: 'SOA',
    data: `ns.dns.${zone} hostmaster.${zone} ${serial} 7200 1800 86400 ${TTL}`,
  };
}

const absolute = (name: string) => (name.endsWith('.') ? name : `${name}.`).toLowerCase();

/** An endpoint's DNS label: its hostname, else its address with dashes (endpointHostname). */
const endpointLabel = (hostname: string | undefined, ip: string) =>
  hostname ?? ip.replace(/\./g, '-');

interface Ep {
  ip: string;
  label: string;
  ports: { name: string; port: number; protocol: string }[];
}

/** Ready endpoints of a Service, each once, as CoreDNS reads them from EndpointSlices. */
function readyEndpoints(cluster: Cluster, svc: Service): Ep[] {
  const out: Ep[] = [];
  const ns = svc.metadata.namespace!;
  for (const slice of listObjects<EndpointSlice>(cluster, 'EndpointSlice', ns)) {
    if (slice.metadata.labels?.['kubernetes.io/service-name'] !== svc.metadata.name) continue;
    // No ports: CoreDNS adds a sentinel port so the address still gets an A record.
    const ports = (slice.ports ?? []).map((p) => ({ ...p, name: p.name ?? '' }));
    for (const e of slice.endpoints ?? []) {
      if (e.conditions.ready === false) continue;
      const ip = e.addresses[0];
      if (!ip || out.some((x) => x.ip === ip)) continue;
      out.push({ ip, label: endpointLabel(e.hostname, ip), ports });
    }
  }
  return out;
}

const isHeadless = (svc: Service) => svc.spec.clusterIP === 'None';
const svcName = (svc: Service) => `${svc.metadata.name}.${svc.metadata.namespace}.svc.${ZONE}`;
const namespaceExists = (cluster: Cluster, ns: string) =>
  !!getObject(cluster, 'Namespace', undefined, ns);

function shuffle<T>(items: T[], random?: Random): T[] {
  if (!random) return items;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `loadbalance`: the address records of an answer in a random order, other records kept first. */
function loadbalance(rrs: RR[], random?: Random): RR[] {
  const a = rrs.filter((r) => r.type === 'A');
  return a.length > 1 ? [...rrs.filter((r) => r.type !== 'A'), ...shuffle(a, random)] : rrs;
}

/** SRV weight as plugin.SRV computes it for N records of one priority: ⌊100/N⌋. */
const srvWeight = (n: number) => Math.floor(100 / n);

/** The kubernetes plugin for a name inside cluster.local (`labels` are the ones before the zone). */
function clusterZone(
  cluster: Cluster,
  qname: string,
  labels: string[],
  qtype: RRType,
  random: Random | undefined,
  depth: number,
): DnsAnswer {
  const nx = () => empty('NXDOMAIN', true, [soa(cluster)]);
  const nodata = () => empty('NOERROR', true, [soa(cluster)]);
  const ok = (answer: RR[], additional: RR[] = []): DnsAnswer =>
    answer.length
      ? { rcode: 'NOERROR', authoritative: true, answer, authority: [], additional }
      : nodata();
  if (qname === `dns-version.${ZONE}`)
    return qtype === 'TXT' || qtype === 'ANY'
      ? ok([{ name: qname, ttl: TTL, type: 'TXT', data: '"1.1.0"' }])
      : nodata();
  if (labels.length === 0) return nodata();
  const kind = labels[labels.length - 1];
  if (kind !== 'svc' && kind !== 'pod') return nx();
  if (labels.length === 1) return nodata();
  const ns = labels[labels.length - 2]!;
  if (!namespaceExists(cluster, ns)) return nx();
  if (labels.length === 2) return nodata();

  if (kind === 'pod') {
    // `pods insecure`: any a-b-c-d label in an existing namespace answers with that address.
    if (labels.length !== 3) return nx();
    const ip = labels[0]!.replace(/-/g, '.');
    if (!isIPv4(ip) || labels[0]!.includes('.')) return nx();
    return qtype === 'A' || qtype === 'ANY'
      ? ok([{ name: qname, ttl: TTL, type: 'A', data: ip }])
      : nodata();
  }

  // <svc>.<ns>.svc, <endpoint>.<svc>.<ns>.svc, _<port>._<proto>.<svc>.<ns>.svc
  const rest = labels.slice(0, -2);
  const name = rest[rest.length - 1]!;
  let endpoint: string | null = null;
  let port: string | null = null;
  let proto: string | null = null;
  if (rest.length === 2) endpoint = rest[0]!;
  else if (rest.length === 3 && rest[0]!.startsWith('_') && rest[1]!.startsWith('_')) {
    port = rest[0]!.slice(1);
    proto = rest[1]!.slice(1);
  } else if (rest.length !== 1) return nx();
  const svc = getObject<Service>(cluster, 'Service', ns, name);
  if (!svc) return nx();
  const portMatches = (p: { name?: string; protocol: string }) =>
    (port === null || (p.name ?? '') === port) &&
    (proto === null || p.protocol.toLowerCase() === proto);

  if (svc.spec.type === 'ExternalName') {
    if (endpoint !== null || port !== null) return nx();
    const target = absolute(svc.spec.externalName ?? '');
    const cname: RR = { name: qname, ttl: TTL, type: 'CNAME', data: target };
    if (qtype === 'CNAME' || qtype === 'SRV' || qtype === 'PTR' || qtype === 'TXT')
      return qtype === 'CNAME' ? ok([cname]) : nodata();
    // The plugin looks the target up itself (in the zone, or upstream through `forward`); when
    // that fails the answer is the CNAME alone.
    const follow = depth < 8 ? answerAt(cluster, target, qtype, random, depth + 1) : null;
    return ok(follow && follow.rcode === 'NOERROR' ? [cname, ...follow.answer] : [cname]);
  }

  type Hit = { ip: string; port: number; target: string; portName: string };
  const hits: Hit[] = [];
  if (isHeadless(svc) || endpoint !== null) {
    for (const ep of readyEndpoints(cluster, svc)) {
      if (endpoint !== null && ep.label !== endpoint) continue;
      const ports = ep.ports.length ? ep.ports : [{ name: '', port: 0, protocol: 'TCP' }];
      for (const p of ports)
        if (portMatches(p))
          hits.push({
            ip: ep.ip,
            port: p.port,
            target: `${ep.label}.${svcName(svc)}`,
            portName: p.name,
          });
    }
  } else {
    for (const p of svc.spec.ports ?? [])
      if (portMatches(p))
        hits.push({
          ip: svc.spec.clusterIP!,
          port: p.port,
          target: svcName(svc),
          portName: p.name ?? '',
        });
  }
  if (hits.length === 0) return nx();

  if (qtype === 'SRV') {
    // Unnamed ports have no _port._proto name, but a plain SRV query lists every port.
    const srv = hits.map((h) => ({
      name: qname,
      ttl: TTL,
      type: 'SRV' as const,
      data: `0 ${srvWeight(hits.length)} ${h.port} ${h.target}`,
    }));
    const extra: RR[] = [];
    for (const h of hits)
      if (!extra.some((r) => r.name === h.target))
        extra.push({ name: h.target, ttl: TTL, type: 'A', data: h.ip });
    return ok(srv, extra);
  }
  if (qtype === 'A' || qtype === 'ANY') {
    const ips = [...new Set(hits.map((h) => h.ip))];
    return ok(
      loadbalance(
        ips.map((ip) => ({ name: qname, ttl: TTL, type: 'A', data: ip })),
        random,
      ),
    );
  }
  return nodata();
}

/** PTR names for an address: the Service owning it as ClusterIP, else every endpoint holding it. */
export function ptrNames(cluster: Cluster, ip: string): string[] {
  const services = listObjects<Service>(cluster, 'Service');
  const owner = services.find(
    (s) => s.spec.clusterIP === ip || (s.spec.clusterIPs ?? []).includes(ip),
  );
  if (owner) return [svcName(owner)];
  const out: string[] = [];
  for (const svc of services) {
    if (svc.spec.type === 'ExternalName') continue;
    for (const ep of readyEndpoints(cluster, svc))
      if (ep.ip === ip) out.push(`${ep.label}.${svcName(svc)}`);
  }
  return out;
}

function reverse(cluster: Cluster, qname: string, qtype: RRType): DnsAnswer | null {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa\.$/.exec(qname);
  if (!m) return null;
  const ip = [m[4], m[3], m[2], m[1]].join('.');
  const names = ptrNames(cluster, ip);
  // No record: `fallthrough in-addr.arpa` passes the query on to `forward`.
  if (names.length === 0) return null;
  if (qtype !== 'PTR' && qtype !== 'ANY')
    return empty('NOERROR', true, [soa(cluster, 'in-addr.arpa.')]);
  return {
    rcode: 'NOERROR',
    authoritative: true,
    answer: names.map((n) => ({ name: qname, ttl: TTL, type: 'PTR', data: n })),
    authority: [],
    additional: [],
  };
}

/**
 * Well-known top-level domains: a name under one of these exists on the Internet, which the lab
 * is not connected to, so the node's resolver cannot get an answer and `forward` returns
 * SERVFAIL. Any other last label is not a TLD at all (`default`, `local`, `svc`...), which a
 * resolver learns from the root zone: NXDOMAIN. A deliberate simplification of the root zone.
 */
const INTERNET_TLDS = new Set(
  'com net org io dev app cloud info biz edu gov mil int co me tv us uk de fr jp kr cn ru eu ca au in nl it es ch se no br'.split(
    ' ',
  ),
);

/**
 * What the upstream (the node's resolver, via `forward . /etc/resolv.conf`) answers. It is not
 * authoritative; its NXDOMAIN carries no SOA here (the real one depends on the upstream).
 */
export function upstreamAnswer(qname: string): DnsAnswer {
  const labels = qname.slice(0, -1).split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (qname.endsWith('.in-addr.arpa.')) return empty('NXDOMAIN', false);
  return INTERNET_TLDS.has(tld) ? empty('SERVFAIL', false) : empty('NXDOMAIN', false);
}

function answerAt(
  cluster: Cluster,
  name: string,
  qtype: RRType,
  random: Random | undefined,
  depth: number,
): DnsAnswer {
  const qname = absolute(name);
  if (qname === ZONE || qname.endsWith(`.${ZONE}`)) {
    const labels = qname === ZONE ? [] : qname.slice(0, -ZONE.length - 1).split('.');
    return clusterZone(cluster, qname, labels, qtype, random, depth);
  }
  return reverse(cluster, qname, qtype) ?? upstreamAnswer(qname);
}

/** What CoreDNS (kubeadm's Corefile) answers for one absolute name. */
export function answerQuery(
  cluster: Cluster,
  qname: string,
  qtype: RRType,
  random?: Random,
): DnsAnswer {
  return answerAt(cluster, qname, qtype, random, 0);
}

/** A pod's /etc/resolv.conf as the kubelet writes it (pkg/kubelet/network/dns/dns.go). */
export interface ResolvConf {
  /** null: the node's own resolver, whose address the simulator does not model. */
  nameservers: (string | null)[];
  search: string[];
  ndots: number;
}

interface DnsConfig {
  nameservers?: string[];
  searches?: string[];
  options?: { name: string; value?: string }[];
}

export function podResolvConf(pod: Pod): ResolvConf {
  const ns = pod.metadata.namespace ?? 'default';
  const policy = (pod.spec.dnsPolicy as string | undefined) ?? 'ClusterFirst';
  const config = (pod.spec.dnsConfig as DnsConfig | undefined) ?? {};
  const hostNet = pod.spec.hostNetwork === true;
  let base: ResolvConf;
  if (policy === 'None') base = { nameservers: [], search: [], ndots: 1 };
  else if (policy === 'Default' || (policy === 'ClusterFirst' && hostNet))
    base = { nameservers: [null], search: [], ndots: 1 };
  else
    base = {
      nameservers: [DNS_SERVICE_IP],
      search: [`${ns}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN],
      ndots: 5,
    };
  const ndotsOpt = (config.options ?? []).find((o) => o.name === 'ndots')?.value;
  return {
    nameservers: [...base.nameservers, ...(config.nameservers ?? [])],
    search: [...base.search, ...(config.searches ?? [])],
    ndots: ndotsOpt !== undefined ? Number(ndotsOpt) : base.ndots,
  };
}

/**
 * Whether a DNS server address answers: the kube-dns ClusterIP needs a ready endpoint on a node
 * that is up; a CoreDNS pod's own address needs that pod running. The node's resolver (null)
 * always answers. Anything else does not listen on 53/UDP.
 */
export function dnsServerAnswers(cluster: Cluster, server: string | null): boolean {
  if (server === null) return true;
  const coredns = listObjects<Pod>(cluster, 'Pod', 'kube-system').filter(
    (p) =>
      p.metadata.labels?.['k8s-app'] === 'kube-dns' &&
      p.status.phase === 'Running' &&
      !cluster.poweredOff.has(p.spec.nodeName ?? ''),
  );
  const kubeDns = listObjects<Service>(cluster, 'Service', 'kube-system').find(
    (s) => s.spec.clusterIP === server,
  );
  if (kubeDns) {
    const ready = new Set(readyEndpoints(cluster, kubeDns).map((e) => e.ip));
    return coredns.some((p) => ready.has(p.status.podIP ?? ''));
  }
  return coredns.some((p) => p.status.podIP === server);
}

export type QueryRcode = DnsAnswer['rcode'] | 'TIMEOUT';

export interface Lookup {
  /** Every query sent, in order, following the search list and ndots (§5.2). */
  queries: { name: string; type: RRType; rcode: QueryRcode }[];
  final: DnsAnswer | null;
  /** The absolute name that answered, or null. */
  fqdn: string | null;
  /** The server asked (the first nameserver of resolv.conf); null = the node's resolver. */
  server: string | null;
}

/** The names a glibc stub tries for `name`, in order (res_search). */
export function searchNames(name: string, conf: ResolvConf): string[] {
  if (name.endsWith('.')) return [name];
  const dots = name.split('.').length - 1;
  const expanded = conf.search.map((d) => `${name}.${d}.`);
  return dots >= conf.ndots ? [`${name}.`, ...expanded] : [...expanded, `${name}.`];
}

/**
 * The stub resolver of a pod (glibc res_search): each candidate name in turn until one has an
 * answer; NXDOMAIN, NODATA and SERVFAIL move on to the next. With no server answering, the first
 * query times out and the lookup ends there.
 */
export function resolve(
  cluster: Cluster,
  pod: Pod,
  name: string,
  qtype: RRType,
  random?: Random,
  server?: string,
): Lookup {
  const conf = podResolvConf(pod);
  const ns = server !== undefined ? server : (conf.nameservers[0] ?? null);
  const queries: Lookup['queries'] = [];
  if (!dnsServerAnswers(cluster, ns)) {
    const first = searchNames(name, conf)[0]!;
    return {
      queries: [{ name: first, type: qtype, rcode: 'TIMEOUT' }],
      final: null,
      fqdn: null,
      server: ns,
    };
  }
  let last: DnsAnswer | null = null;
  for (const candidate of searchNames(name, conf)) {
    const a =
      ns === null
        ? upstreamAnswer(absolute(candidate))
        : answerQuery(cluster, candidate, qtype, random);
    queries.push({ name: absolute(candidate), type: qtype, rcode: a.rcode });
    last = a;
    if (a.rcode === 'NOERROR' && a.answer.length)
      return { queries, final: a, fqdn: absolute(candidate), server: ns };
  }
  return { queries, final: last, fqdn: null, server: ns };
}

/** Wire length of a domain name, uncompressed: each label with its length byte, and the root. */
export function nameLength(name: string): number {
  const labels = absolute(name).split('.').filter(Boolean);
  return labels.reduce((n, l) => n + l.length + 1, 0) + 1;
}

/** RDATA length of a record. */
function rdLength(rr: RR): number {
  switch (rr.type) {
    case 'A':
      return 4;
    case 'PTR':
    case 'CNAME':
      return nameLength(rr.data);
    case 'SRV':
      return 6 + nameLength(rr.data.split(' ')[3]!);
    case 'TXT':
      return rr.data.length - 2 + 1;
    case 'SOA': {
      const [mname, rname] = rr.data.split(' ');
      return nameLength(mname!) + nameLength(rname!) + 20;
    }
  }
}

/**
 * Size of a reply as CoreDNS sends it: the header, the question, every record uncompressed
 * (miekg/dns compresses only a message too big for the client, and CoreDNS's query log shows
 * uncompressed sizes), and `opt` bytes of EDNS OPT record when the query carried one.
 */
export function replySize(qname: string, answer: DnsAnswer, opt: number): number {
  const rrs = [...answer.answer, ...answer.authority, ...answer.additional];
  return (
    12 +
    nameLength(qname) +
    4 +
    rrs.reduce((n, rr) => n + nameLength(rr.name) + 10 + rdLength(rr), 0) +
    opt
  );
}
