// Commands that send traffic: curl, wget and ping from any machine (the learner's, a pod, a node),
// `lab trace`, `lab load`, `lab clients`, and `ssh NODE ...`.
import type { Container, Pod, Service } from '../api/objects.ts';
import { listObjects } from '../api/cluster.ts';
import { fnv32a } from '../util/hash.ts';
import { intToIp, parseCidr } from '../net/ipv4.ts';
import { nodeRoutes } from '../net/podNetwork.ts';
import { isIPv4 } from '../net/ipv4.ts';
import { conntrackLine } from '../net/netState.ts';
import { traceFlow, type FlowRequest, type Origin, type TlsServer } from '../net/trace.ts';
import { compileNodeRules } from '../proxy/compile.ts';
import { iptablesSave } from '../proxy/rule.ts';
import { iptablesList } from '../proxy/iptablesList.ts';
import type { PresetNode } from '../presets/presets.ts';
import type { Hop, Trace } from '../types.ts';
import { resolve, type Lookup } from '../net/dns.ts';
import { dnsCommand, programNotFound } from './dnsTools.ts';
import { asctime } from '../util/dates.ts';
import { behaviourOf, hasTool } from '../workloads/images.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from './context.ts';
import { renderTable } from './table.ts';
import { note, noteText } from '../messages/notes.ts';

const CURL_FLAGS = {
  '-s': { name: 'silent', value: false },
  '--silent': { name: 'silent', value: false },
  '-v': { name: 'verbose', value: false },
  '-I': { name: 'head', value: false },
  '-k': { name: 'insecure', value: false },
  '-m': { name: 'max-time', value: true },
  '--max-time': { name: 'max-time', value: true },
  '--connect-timeout': { name: 'connect-timeout', value: true },
  '-H': { name: 'header', value: true },
  '-o': { name: 'output', value: true },
  '--output': { name: 'output', value: true },
  '-w': { name: 'write-out', value: true },
  '--write-out': { name: 'write-out', value: true },
} as const;

interface Target {
  readonly scheme: 'http' | 'https';
  readonly host: string;
  readonly port: number;
  readonly path: string;
}

function parseUrl(url: string): Target | null {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([/?][^#]*)?$/i.exec(url);
  if (!m) return null;
  const scheme = (m[1]?.toLowerCase() ?? 'http') as 'http' | 'https';
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  if (port < 1 || port > 65535) return null;
  const path = m[4] ? (m[4].startsWith('/') ? m[4] : `/${m[4]}`) : '/';
  return { scheme, host: m[2]!, port, path };
}

/** `laptop`, `client/laptop`, `pod/NAME`, `pod/NS/NAME` or `node/NAME` (default: the learner's machine). */
export function originFor(state: ShellState, spec: string | undefined): Origin | string {
  const { cluster } = state;
  if (!spec) {
    const c = cluster.preset.clients[0]!;
    return { kind: 'client', name: c.name, ip: c.ip };
  }
  if (spec.startsWith('pod/')) {
    const parts = spec.split('/');
    const [ns, name] = parts.length === 3 ? [parts[1]!, parts[2]!] : ['default', parts[1]!];
    const pod = cluster.objects.get(`Pod/${ns}/${name}`) as Pod | undefined;
    if (!pod) return `lab: no pod "${ns}/${name}"`;
    return podOrigin(state, pod);
  }
  if (spec.startsWith('node/')) {
    const node = cluster.preset.nodes.find((n) => n.name === spec.slice(5));
    return node ? { kind: 'node', node, ip: node.ip } : `lab: no node "${spec.slice(5)}"`;
  }
  const c = cluster.preset.clients.find((x) => x.name === spec || `client/${x.name}` === spec);
  return c
    ? { kind: 'client', name: c.name, ip: c.ip }
    : `lab: unknown client "${spec}"; see 'lab clients'`;
}

/** A pod as a sender: it must be running, with an address, on a node. */
export function podOrigin(state: ShellState, pod: Pod): Origin | string {
  const node = state.cluster.preset.nodes.find((n) => n.name === pod.spec.nodeName);
  if (!node || pod.status.phase !== 'Running' || !pod.status.podIP)
    return `lab: pod ${pod.metadata.name} is not running`;
  if (pod.spec.hostNetwork === true) return { kind: 'node', node, ip: node.ip };
  return { kind: 'pod', pod, node, ip: pod.status.podIP };
}

function originKey(o: Origin): string {
  return o.kind === 'client'
    ? `client/${o.name}`
    : o.kind === 'pod'
      ? `pod/${o.pod.metadata.namespace}/${o.pod.metadata.name}`
      : `node/${o.node.name}`;
}

/** An address, or why there is none, plus the DNS queries asked on the way. */
interface Resolved {
  readonly ip: string | null;
  readonly dns: readonly Hop[];
  /** The resolver got no answer at all (no DNS server reachable), rather than NXDOMAIN. */
  readonly timedOut?: boolean;
  /** A balancer's DNS name (an ELB's), which the balancer answers for. */
  readonly hostname?: string;
  /** The name that answered, after the search list (what getaddrinfo calls the canonical name). */
  readonly canonical?: string;
}

/**
 * The public address an ELB's name resolves to. AWS hands out addresses from its own ranges; the
 * lab uses the documentation range 203.0.113.0/24, stable per name.
 */
function elbAddress(hostname: string): string {
  return `203.0.113.${10 + (fnv32a(hostname) % 240)}`;
}

function loadBalancerHostname(state: ShellState, host: string): boolean {
  return listObjects<Service>(state.cluster, 'Service').some((svc) =>
    (
      (svc.status?.loadBalancer as { ingress?: { hostname?: string }[] } | undefined)?.ingress ?? []
    ).some((i) => i.hostname === host),
  );
}

/** Turns a host name into an address the way the sender's resolver would. */
function resolveHost(state: ShellState, origin: Origin, host: string): Resolved {
  if (isIPv4(host)) return { ip: host, dns: [] };
  if (host === 'localhost') return { ip: '127.0.0.1', dns: [] };
  if (origin.kind === 'node') {
    // Nodes know each other by name (the books' /etc/hosts); they do not use the cluster's DNS.
    const node = state.cluster.preset.nodes.find((n) => n.name === host);
    return { ip: node?.ip ?? null, dns: [] };
  }
  // Public DNS knows the balancers' names.
  if (loadBalancerHostname(state, host)) return { ip: elbAddress(host), dns: [], hostname: host };
  if (origin.kind !== 'pod') return { ip: null, dns: [] };
  const lookup = resolve(state.cluster, origin.pod, host, 'A', state.ctx.random);
  const a = lookup.final?.answer.find((r) => r.type === 'A');
  return {
    ip: lookup.final?.rcode === 'NOERROR' && a ? a.data : null,
    dns: dnsHops(state, origin, lookup, state.ctx.random.int(28232) + 32768),
    timedOut: lookup.queries.some((q) => q.rcode === 'TIMEOUT'),
    ...(lookup.fqdn ? { canonical: lookup.fqdn.replace(/\.$/, '') } : {}),
  };
}

/** One `dns` hop per query the pod's resolver sent (UDP to the nameserver of its resolv.conf). */
function dnsHops(
  state: ShellState,
  origin: Origin & { kind: 'pod' },
  lookup: Lookup,
  sport: number,
): Hop[] {
  const at = `pod/${origin.pod.metadata.namespace}/${origin.pod.metadata.name}`;
  const server = lookup.server ?? state.cluster.preset.nodeNameserver;
  return lookup.queries.map((q, i) => {
    const answered = i === lookup.queries.length - 1 && lookup.final?.rcode === 'NOERROR';
    const records = answered
      ? lookup.final!.answer.map((r) => `${r.name} ${r.ttl} IN ${r.type} ${r.data}`)
      : [];
    const asked = { server, name: q.name, type: q.type };
    const msg =
      q.rcode === 'TIMEOUT'
        ? note('trace.dns.timeout', asked)
        : answered
          ? note('trace.dns.answer', {
              ...asked,
              answer:
                lookup
                  .final!.answer.filter((r) => r.type === 'A')
                  .map((r) => r.data)
                  .join(', ') || q.rcode,
            })
          : note('trace.dns.next', { ...asked, rcode: q.rcode });
    return {
      at,
      action: 'dns' as const,
      packet: {
        proto: 'UDP' as const,
        src: `${origin.ip}:${sport}`,
        dst: `${server}:53`,
        outer: null,
      },
      rule: records.length ? records.join('; ') : null,
      note: noteText(msg),
      msg,
    };
  });
}

/** The trace of a name that did not resolve: only the DNS queries. */
function unresolved(name: Resolved): { trace?: Trace } {
  if (!name.dns.length) return {};
  return {
    trace: {
      verdict: 'dns-error',
      response: null,
      servedBy: null,
      clientSeenByPod: null,
      nodes: [],
      hops: name.dns,
    },
  };
}

interface Sent {
  readonly trace: Trace;
  readonly status: number | null;
  readonly tls: TlsServer | null;
  readonly headers: readonly (readonly [string, string])[] | null;
}

/** One HTTP request from `origin`, on a new connection or the open keep-alive one. */
interface SendOptions {
  /** Reuse (or open and keep) the client's connection. */
  readonly keepAlive?: boolean;
  /** The DNS queries that found the address, shown before the connection. */
  readonly dns?: readonly Hop[];
  /** A Host header given with -H. */
  readonly hostHeader?: string;
  /** The balancer's name the address was resolved from. */
  readonly hostname?: string;
  readonly agent?: 'curl' | 'wget';
  readonly method?: string;
  /** Record no hops (FlowRequest.quiet). */
  readonly quiet?: boolean;
}

/** The User-Agent each client program sends: its version is the one the sender's system ships. */
function userAgent(state: ShellState, origin: Origin, agent: 'curl' | 'wget'): string {
  if (agent === 'wget') return 'Wget';
  if (origin.kind === 'pod') {
    const image = origin.pod.spec.containers[0]?.image ?? '';
    // curlimages/curl follows curl's releases; other images take their distribution's curl.
    return /(^|\/)curl(:|$)/.test(image.split('@')[0]!) ? 'curl/8.11.1' : 'curl/7.88.1';
  }
  if (origin.kind === 'node') {
    const os = state.cluster.preset.nodeInfo.osImage;
    if (os.startsWith('CentOS Linux 7')) return 'curl/7.29.0';
    if (os.startsWith('Ubuntu 22.04')) return 'curl/7.81.0';
    if (os.startsWith('Debian GNU/Linux 12')) return 'curl/7.88.1';
  }
  return 'curl/8.5.0';
}

function sendHttp(
  state: ShellState,
  origin: Origin,
  ip: string,
  t: Target,
  opts: SendOptions = {},
): Sent {
  const { keepAlive = false, dns = [], hostHeader, hostname, quiet = false } = opts;
  const defaultPort = t.port === (t.scheme === 'https' ? 443 : 80);
  const host = hostHeader ?? (defaultPort ? t.host : `${t.host}:${t.port}`);
  const key = `${originKey(origin)}>${ip}:${t.port}`;
  const open = keepAlive ? state.net.connections.get(key) : undefined;
  const req: FlowRequest = {
    origin,
    proto: 'TCP',
    dstIP: ip,
    dstPort: t.port,
    ...(open ? { sport: open.sport } : {}),
    keepOpen: keepAlive,
    scheme: t.scheme,
    ...(hostname ? { hostname } : {}),
    ...(quiet ? { quiet } : {}),
    http: {
      method: opts.method ?? 'GET',
      path: t.path,
      host: hostHeader?.split(':')[0] ?? t.host,
      ...(hostHeader?.includes(':')
        ? { hostPort: Number(hostHeader.split(':')[1]) }
        : t.port !== (t.scheme === 'https' ? 443 : 80) && !hostHeader
          ? { hostPort: t.port }
          : {}),
      headers: [
        ['Host', host],
        ['User-Agent', userAgent(state, origin, opts.agent ?? 'curl')],
        ['Accept', '*/*'],
      ],
    },
  };
  const result = traceFlow(state.cluster, state.ctx, state.net, req);
  if (keepAlive && result.trace.verdict === 'delivered')
    state.net.connections.set(key, { sport: result.sport, lastUsed: state.cluster.now });
  else state.net.connections.delete(key);
  const trace = dns.length
    ? { ...result.trace, hops: [...dns, ...result.trace.hops] }
    : result.trace;
  return { trace, status: result.status, tls: result.tls, headers: result.headers };
}

function curlOutcome(trace: Trace, t: Target, ip: string, maxTime: string | undefined): Output {
  switch (trace.verdict) {
    case 'delivered':
      return ok(trace.response ?? '');
    case 'refused':
      return fail(
        `curl: (7) Failed to connect to ${t.host} port ${t.port} after 0 ms: Couldn't connect to server`,
        7,
      );
    case 'timeout':
      return maxTime
        ? fail(
            `curl: (28) Connection timed out after ${Math.round(Number(maxTime) * 1000) + 1} milliseconds`,
            28,
          )
        : fail(
            `curl: (28) Failed to connect to ${t.host === ip ? ip : t.host} port ${t.port} after 134218 ms: Couldn't connect to server`,
            28,
          );
    default:
      return fail(`curl: (6) Could not resolve host: ${t.host}`, 6);
  }
}

/** curl from any machine: one new TCP connection per call. */
export function curlFrom(state: ShellState, origin: Origin, args: readonly string[]): Output {
  const flags = parseFlags(args, CURL_FLAGS);
  if (flags.unknown.length)
    return fail(
      `curl: option ${flags.unknown[0]}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information`,
      2,
    );
  const url = flags.positional[0];
  if (!url) return fail("curl: try 'curl --help' or 'curl --manual' for more information", 2);
  const t = parseUrl(url);
  if (!t) return fail(`curl: (3) URL rejected: Malformed input to a URL function`, 3);
  const name = resolveHost(state, origin, t.host);
  const ip = name.ip;
  if (!ip)
    return {
      stdout: '',
      stderr: flags.values.has('silent') ? '' : `curl: (6) Could not resolve host: ${t.host}\n`,
      exitCode: 6,
      ...unresolved(name),
    };
  const header = flags.values.get('header');
  const host = header && /^host:/i.test(header) ? header.slice(5).trim() : undefined;
  const head = flags.values.has('head');
  const sent = sendHttp(state, origin, ip, t, {
    dns: name.dns,
    ...(head ? { method: 'HEAD' } : {}),
    ...(host !== undefined ? { hostHeader: host } : {}),
    ...(name.hostname ? { hostname: name.hostname } : {}),
  });
  const { trace, status } = sent;
  const maxTime = flags.values.get('max-time') ?? flags.values.get('connect-timeout');
  const out =
    trace.verdict === 'delivered' && t.scheme === 'https'
      ? (tlsFailure(sent.tls, flags.values.has('insecure')) ?? curlOutcome(trace, t, ip, maxTime))
      : curlOutcome(trace, t, ip, maxTime);
  if (head && out.exitCode === 0) out.stdout = headLines(state, sent);
  if (flags.values.has('silent') && out.exitCode !== 0) out.stderr = '';
  if (flags.values.has('output') && out.exitCode === 0) {
    const size = new TextEncoder().encode(out.stdout).length;
    out.stdout = '';
    if (!flags.values.has('silent')) out.stderr = progressMeter(size);
  }
  const writeOut = flags.values.get('write-out');
  if (writeOut !== undefined) out.stdout += writeOutText(writeOut, status ?? 0, ip, t.port);
  return { ...out, trace };
}

/**
 * curl's TLS handshake (OpenSSL 3 wording): a plain-HTTP server answers the ClientHello with text
 * (35); a certificate nobody vouches for stops curl unless -k (60).
 */
function tlsFailure(tls: TlsServer | null, insecure: boolean): Output | null {
  if (tls === null) return fail('curl: (35) error:0A00010B:SSL routines::wrong version number', 35);
  if (insecure) return null;
  const problem =
    tls === 'self-signed' ? 'self-signed certificate' : 'unable to get local issuer certificate';
  return fail(
    `curl: (60) SSL certificate problem: ${problem}\n` +
      'More details here: https://curl.se/docs/sslcerts.html\n\n' +
      'curl failed to verify the legitimacy of the server and therefore could not\n' +
      'establish a secure connection to it. To learn more about this situation and\n' +
      'how to fix it, please visit the web page mentioned above.',
    60,
  );
}

/**
 * `curl -I`: the status line and the response headers as the server sent them (CRLF-ended, then a
 * blank line). Where a program's headers are not modelled, only Date and Content-Length are shown.
 */
function headLines(state: ShellState, sent: Sent): string {
  const status = sent.status ?? 200;
  const date = new Date(state.cluster.now).toUTCString();
  const body = sent.trace.response ?? '';
  const given = sent.headers ?? [['Content-Length', String(new TextEncoder().encode(body).length)]];
  // nginx writes Date right after Server.
  const headers = given.flatMap(([k, v]) =>
    k === 'Server' ? [[k, v] as const, ['Date', date] as const] : [[k, v] as const],
  );
  if (!headers.some(([k]) => k === 'Date')) headers.unshift(['Date', date]);
  return [
    `HTTP/1.1 ${status} ${reason(status)}`,
    ...headers.map(([k, v]) => `${k}: ${v}`),
    '',
    '',
  ].join('\r\n');
}

/** curl's progress meter, printed on stderr when the body goes to a file (a transfer that took no time). */
function progressMeter(size: number): string {
  const n = String(size).padStart(5);
  return (
    '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
    '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
    `100${n}  100${n}    0     0   ${speed(size)}      0 --:--:-- --:--:-- --:--:-- ${speed(size)}\n`
  );
}

/** curl's 4-column speed field for a transfer finished within a millisecond. */
function speed(size: number): string {
  const perSecond = size * 1000;
  return (perSecond < 100000 ? String(perSecond) : `${Math.round(perSecond / 1024)}k`).padStart(5);
}

/** `-w`: the variables scripts use, and curl's backslash escapes. */
function writeOutText(format: string, status: number, ip: string, port: number): string {
  return format
    .replace(/%\{http_code\}|%\{response_code\}/g, String(status).padStart(3, '0'))
    .replace(/%\{remote_ip\}/g, ip)
    .replace(/%\{remote_port\}/g, String(port))
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t');
}

/** `ping ...` on the learner's machine. */
export function ping(state: ShellState, args: readonly string[]): Output {
  return pingFrom(state, originFor(state, undefined) as Origin, args, 'iputils');
}

/** `curl ...` on the learner's machine. */
export function curl(state: ShellState, args: readonly string[]): Output {
  return curlFrom(state, originFor(state, undefined) as Origin, args);
}

/** busybox `wget -qO- URL` (and `wget -O- -q`, `wget -q -O -`), the usual client in small images. */
export function wgetFrom(state: ShellState, origin: Origin, args: readonly string[]): Output {
  const words = args.flatMap((a) => (/^-[qO]{2}-?$/.test(a) ? ['-q', '-O', '-'] : [a]));
  let quiet = false;
  let toStdout = false;
  let timeout = 0;
  const urls: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-q') quiet = true;
    else if (w === '-O') toStdout = words[++i] === '-';
    else if (w === '-O-') toStdout = true;
    else if (w === '-T') timeout = Number(words[++i]);
    else if (w.startsWith('-')) return fail(`wget: unrecognized option '${w}'`, 1);
    else urls.push(w);
  }
  const url = urls[0];
  if (!url) return fail('BusyBox wget: missing URL\nUsage: wget [-cqS] [-O FILE] URL', 1);
  const t = parseUrl(url);
  if (!t) return fail(`wget: bad address '${url}'`, 1);
  const name = resolveHost(state, origin, t.host);
  const ip = name.ip;
  if (!ip) return { ...fail(`wget: bad address '${t.host}'`, 1), ...unresolved(name) };
  const { trace, status } = sendHttp(state, origin, ip, t, {
    dns: name.dns,
    agent: 'wget',
    ...(name.hostname ? { hostname: name.hostname } : {}),
  });
  const connecting = quiet
    ? ''
    : `Connecting to ${t.host}${t.port !== 80 ? `:${t.port}` : ''} (${ip}:${t.port})\n`;
  if (trace.verdict === 'refused')
    return {
      ...fail(`${connecting}wget: can't connect to remote host (${ip}): Connection refused`, 1),
      trace,
    };
  if (trace.verdict !== 'delivered')
    return { ...fail(`${connecting}wget: download timed out`, 1), trace, ...(timeout ? {} : {}) };
  if (status !== null && status >= 400)
    return {
      ...fail(`${connecting}wget: server returned error: HTTP/1.1 ${status} ${reason(status)}`, 1),
      trace,
    };
  const body = trace.response ?? '';
  if (!toStdout) return { ...ok('', `${connecting}saving to 'index.html'\n`), trace };
  return {
    stdout: body,
    stderr: quiet ? '' : `${connecting}writing to stdout\n`,
    exitCode: 0,
    trace,
  };
}

function reason(status: number): string {
  return (
    (
      {
        200: 'OK',
        308: 'Permanent Redirect',
        403: 'Forbidden',
        404: 'Not Found',
        503: 'Service Temporarily Unavailable',
      } as Record<number, string>
    )[status] ?? ''
  );
}

/** Time in ms a simulated echo takes: short on the node network, a little longer through an overlay. */
function rtt(state: ShellState, trace: Trace): number {
  return 0.05 + trace.nodes.length * 0.2 + state.ctx.random.next() * 0.3;
}

/**
 * `ping [-c N] [-W S] HOST`. iputils' output on machines and nodes, busybox's in pods. Without -c
 * ping never stops; the lab sends four and stops as a Ctrl+C would.
 */
export function pingFrom(
  state: ShellState,
  origin: Origin,
  args: readonly string[],
  style: 'iputils' | 'busybox',
): Output {
  let count = 0;
  const hosts: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-c') count = Number(args[++i]);
    else if (/^-c\d+$/.test(a)) count = Number(a.slice(2));
    else if (a === '-W' || a === '-w' || a === '-i') i++;
    else if (a.startsWith('-')) return fail(`ping: invalid option -- '${a.replace(/^-+/, '')}'`, 2);
    else hosts.push(a);
  }
  const host = hosts[0];
  if (!host)
    return fail(
      style === 'busybox'
        ? 'BusyBox ping: missing host'
        : 'ping: usage error: Destination address required',
      style === 'busybox' ? 1 : 2,
    );
  if (!Number.isInteger(count) || count < 0) return fail(`ping: invalid argument: '${count}'`, 1);
  // A real ping sends one packet a second; the lab answers at once, so it keeps runs short.
  if (count > 1000) return fail('lab: ping here sends at most 1000 packets (-c 1000)', 2);
  const name = resolveHost(state, origin, host);
  const ip = name.ip;
  if (!ip)
    return fail(
      style === 'busybox'
        ? `ping: bad address '${host}'`
        : `ping: ${host}: Name or service not known`,
      style === 'busybox' ? 1 : 2,
    );
  const interrupted = count === 0;
  const n = interrupted ? 4 : count;
  const traces: Trace[] = [];
  const times: number[] = [];
  // One ping run uses one ICMP identifier: conntrack keys the echo flow on it.
  const id = 1 + state.ctx.random.int(65535);
  for (let i = 0; i < n; i++) {
    const { trace } = traceFlow(state.cluster, state.ctx, state.net, {
      origin,
      proto: 'ICMP',
      dstIP: ip,
      dstPort: 0,
      sport: id,
    });
    traces.push(trace);
    if (trace.verdict === 'delivered') times.push(rtt(state, trace));
  }
  const first = traces[0]!;
  // Each router (a node forwarding the packet) takes one off the sender's TTL of 64.
  const target = first.hops.find((h) => h.action === 'deliver' && !h.reply)?.at ?? '';
  const ttl = 64 - first.nodes.filter((nd) => `node/${nd}` !== target).length;
  const lines: string[] = [];
  const fmt = (x: number) => x.toFixed(3);
  if (style === 'busybox') lines.push(`PING ${host} (${ip}): 56 data bytes`);
  // iputils names the target by its canonical name (the search-list name that answered).
  const shown = style === 'iputils' ? (name.canonical ?? host) : host;
  if (style === 'iputils') lines.push(`PING ${shown} (${ip}) 56(84) bytes of data.`);
  let k = 0;
  traces.forEach((t, i) => {
    if (t.verdict !== 'delivered') return;
    const time = times[k++]!;
    lines.push(
      style === 'busybox'
        ? `64 bytes from ${ip}: seq=${i} ttl=${ttl} time=${fmt(time)} ms`
        : `64 bytes from ${ip}: icmp_seq=${i + 1} ttl=${ttl} time=${time < 1 ? fmt(time) : time.toFixed(2)} ms`,
    );
  });
  const received = times.length;
  const loss = Math.round(((n - received) / n) * 100);
  if (interrupted) lines.push('^C');
  else lines.push('');
  lines.push(`--- ${shown} ping statistics ---`);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const avg = times.reduce((a, b) => a + b, 0) / (received || 1);
  if (style === 'busybox') {
    lines.push(`${n} packets transmitted, ${received} packets received, ${loss}% packet loss`);
    if (received) lines.push(`round-trip min/avg/max = ${fmt(min)}/${fmt(avg)}/${fmt(max)} ms`);
  } else {
    const mdev = Math.sqrt(times.reduce((a, b) => a + (b - avg) ** 2, 0) / (received || 1));
    lines.push(
      `${n} packets transmitted, ${received} received, ${loss}% packet loss, time ${(n - 1) * 1000 + 3}ms`,
    );
    if (received)
      lines.push(`rtt min/avg/max/mdev = ${fmt(min)}/${fmt(avg)}/${fmt(max)}/${fmt(mdev)} ms`);
  }
  const text = `${lines.join('\n')}\n${received ? '' : '\n'}`;
  const out = received ? ok(text) : { stdout: text, stderr: '', exitCode: 1 };
  return { ...out, trace: first };
}

export function hopLines(trace: Trace): string {
  const rows = trace.hops.map((h, i) => [
    String(i + 1),
    h.at,
    h.action,
    `${h.packet.src} -> ${h.packet.dst}${h.packet.outer ? ` [${h.packet.outer.kind} ${h.packet.outer.src} -> ${h.packet.outer.dst}]` : ''}`,
  ]);
  const out: string[] = [];
  const table = renderTable(['#', 'AT', 'ACTION', 'PACKET'], rows).split('\n');
  out.push(table[0]!);
  trace.hops.forEach((h, i) => {
    out.push(table[i + 1]!);
    if (h.rule) out.push(`      rule: ${h.rule}`);
  });
  const summary = [`verdict: ${trace.verdict}`];
  if (trace.servedBy) summary.push(`served by ${trace.servedBy.pod} on ${trace.servedBy.node}`);
  if (trace.clientSeenByPod) summary.push(`the pod saw the client as ${trace.clientSeenByPod}`);
  return `${out.join('\n')}\n${summary.join('; ')}\n`;
}

const TRACE_USAGE =
  'usage: lab trace [--from CLIENT] curl|wget|ping ARGS..., lab trace kubectl exec POD -- curl|wget|ping ARGS..., lab trace ssh NODE curl|ping ARGS...';

/**
 * `lab trace [--from CLIENT] CMD...`: runs the command and prints every hop before its output.
 * `run` runs `kubectl ...` and `ssh ...` through the shell, so their own parsing applies.
 */
export function labTrace(
  state: ShellState,
  args: readonly string[],
  run: (words: readonly string[]) => Output,
): Output {
  let from: string | undefined;
  let rest = [...args];
  if (rest[0] === '--from') {
    from = rest[1];
    rest = rest.slice(2);
  }
  const [cmd, ...cmdArgs] = rest;
  let result: Output;
  if (cmd === 'curl' || cmd === 'wget' || cmd === 'ping') {
    const origin = originFor(state, from);
    if (typeof origin === 'string') return fail(origin, 2);
    const busybox = origin.kind === 'pod';
    result =
      cmd === 'curl'
        ? curlFrom(state, origin, cmdArgs)
        : cmd === 'wget'
          ? wgetFrom(state, origin, cmdArgs)
          : pingFrom(state, origin, cmdArgs, busybox ? 'busybox' : 'iputils');
  } else if ((cmd === 'kubectl' && cmdArgs[0] === 'exec') || cmd === 'ssh') {
    if (from)
      return fail(`lab trace: --from does not apply to ${cmd}; the command says where it runs`, 2);
    result = run(rest);
  } else return fail(TRACE_USAGE, 2);
  if (!result.trace)
    return result.exitCode === 0
      ? fail(`lab trace: '${rest.join(' ')}' sends no packet to trace`, 2)
      : result;
  return { ...result, stdout: hopLines(result.trace) + result.stdout };
}

/** `lab load -n N [--keepalive] [--from CLIENT] URL` */
/**
 * The requests of a load whose hops are recorded (the browser flies them as packets); the rest
 * are walked all the same, counted, and not recorded.
 */
export const LOAD_TRACES_KEPT = 500;

export function labLoad(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    '-n': { name: 'n', value: true },
    '--keepalive': { name: 'keepalive', value: false },
    '--from': { name: 'from', value: true },
  });
  const n = Number(flags.values.get('n') ?? 100);
  const url = flags.positional[0];
  if (!url || !Number.isInteger(n) || n < 1 || n > 10000)
    return fail('usage: lab load -n N [--keepalive] [--from CLIENT] URL (1 <= N <= 10000)', 2);
  const t = parseUrl(url);
  const origin = originFor(state, flags.values.get('from'));
  if (typeof origin === 'string') return fail(origin, 2);
  const name = t ? resolveHost(state, origin, t.host) : null;
  const ip = name?.ip ?? null;
  if (!t || !ip) return fail(`lab load: cannot reach ${url}`, 2);
  const keepAlive = flags.values.get('keepalive') === 'true';
  const byPod: Record<string, number> = {};
  const byNode: Record<string, number> = {};
  let okCount = 0;
  const traces: Trace[] = [];
  // With keep-alive every request rides one connection, pinned by conntrack to the endpoint chosen
  // for its first packet (reference §4); without it each request is a new connection and a new draw.
  for (let i = 0; i < n; i++) {
    const { trace } = sendHttp(state, origin, ip, t, {
      keepAlive,
      ...(name?.hostname ? { hostname: name.hostname } : {}),
      quiet: i >= LOAD_TRACES_KEPT,
    });
    if (i < LOAD_TRACES_KEPT) traces.push(trace);
    if (trace.verdict === 'delivered' && trace.servedBy) {
      okCount++;
      byPod[trace.servedBy.pod] = (byPod[trace.servedBy.pod] ?? 0) + 1;
      byNode[trace.servedBy.node] = (byNode[trace.servedBy.node] ?? 0) + 1;
    }
  }
  if (keepAlive) state.net.connections.delete(`${originKey(origin)}>${ip}:${t.port}`);
  const load = { total: n, ok: okCount, failed: n - okCount, byPod, byNode };
  const rows = Object.entries(byPod)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([pod, count]) => [
      pod,
      String((state.cluster.objects.get(`Pod/${pod}`) as Pod | undefined)?.spec.nodeName ?? ''),
      String(count),
    ]);
  const text = `${n} requests, ${okCount} answered, ${n - okCount} failed\n${rows.length ? renderTable(['POD', 'NODE', 'REQUESTS'], rows) : ''}`;
  return { ...ok(text), load, traces };
}

export function labClients(state: ShellState): Output {
  return ok(
    renderTable(
      ['NAME', 'ADDRESS'],
      state.cluster.preset.clients.map((c) => [c.name, c.ip]),
    ),
  );
}

/** conntrack-tools' version on each preset's node image (its summary line names it). */
function conntrackVersion(state: ShellState): string {
  return state.cluster.preset.minor <= 20
    ? '1.4.4'
    : state.cluster.preset.name === 'minikube'
      ? '1.4.6'
      : '1.4.7';
}

/** `conntrack -L [-p PROTO] [-s IP] [-d IP] [--dport N]` on a node. */
function conntrackList(state: ShellState, node: PresetNode, args: readonly string[]): Output {
  if (args[0] !== '-L' && args[0] !== '--dump')
    return fail(
      `conntrack v${conntrackVersion(state)} (conntrack-tools): this lab runs conntrack -L only`,
      2,
    );
  const filters: ((line: ReturnType<typeof entriesOf>[number]) => boolean)[] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    const v = args[++i];
    if (v === undefined)
      return fail(
        `conntrack v${conntrackVersion(state)} (conntrack-tools): option \`${a}' requires an argument`,
        2,
      );
    if (a === '-p' || a === '--proto') filters.push((e) => e.proto === v.toLowerCase());
    else if (a === '-s' || a === '--src' || a === '--orig-src')
      filters.push((e) => e.orig.src === v);
    else if (a === '-d' || a === '--dst' || a === '--orig-dst')
      filters.push((e) => e.orig.dst === v);
    else if (a === '--dport' || a === '--orig-port-dst')
      filters.push((e) => e.orig.dport === Number(v));
    else if (a === '--sport' || a === '--orig-port-src')
      filters.push((e) => e.orig.sport === Number(v));
    else
      return fail(
        `conntrack v${conntrackVersion(state)} (conntrack-tools): unknown option \`${a}'`,
        2,
      );
  }
  const entries = entriesOf(state, node).filter((e) => filters.every((f) => f(e)));
  const now = state.cluster.now;
  return ok(
    entries.map((e) => conntrackLine(e, now) + '\n').join(''),
    `conntrack v${conntrackVersion(state)} (conntrack-tools): ${entries.length} flow entries have been shown.\n`,
  );
}

function entriesOf(state: ShellState, node: PresetNode) {
  return state.net.entries(node.name, state.cluster.now);
}

/** `iptables [-t TABLE] -L [CHAIN] [-n] [-v] [--line-numbers]` (listing only). */
function iptables(state: ShellState, node: PresetNode, args: readonly string[]): Output {
  const version = state.cluster.preset.iptablesVersion;
  const help = "Try `iptables -h' or 'iptables --help' for more information.";
  let table = 'filter';
  let list = false;
  let chain: string | undefined;
  let numeric = false;
  let verbose = false;
  let lineNumbers = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-t' || a === '--table') table = args[++i] ?? '';
    else if (a === '-L' || a === '--list') {
      list = true;
      if (args[i + 1] !== undefined && !args[i + 1]!.startsWith('-')) chain = args[++i];
    } else if (a === '-n' || a === '--numeric') numeric = true;
    else if (a === '-v' || a === '--verbose') verbose = true;
    else if (a === '--line-numbers') lineNumbers = true;
    else if (/^-[Lnv]+$/.test(a)) {
      list ||= a.includes('L');
      numeric ||= a.includes('n');
      verbose ||= a.includes('v');
    } else if (!a.startsWith('-') && list && chain === undefined) chain = a;
    else return fail(`lab: this lab's iptables lists rules only (-L); "${a}" is not supported`, 2);
  }
  if (!list) return fail(`iptables ${version}: no command specified\n${help}`, 2);
  const rules = compileNodeRules(state.cluster, node.name);
  const t = table === 'nat' ? rules.nat : table === 'filter' ? rules.filter : null;
  if (!t)
    return fail(
      `iptables ${version} (legacy): can't initialize iptables table \`${table}': Table does not exist (do you need to insmod?)\nPerhaps iptables or your kernel needs to be upgraded.`,
      3,
    );
  return iptablesList(t, {
    ...(chain !== undefined ? { chain } : {}),
    numeric,
    verbose,
    lineNumbers,
    version,
  });
}

/** A node interface's MAC: VirtualBox's prefix for the book's Vagrant machines, KVM's otherwise. */
function macOf(state: ShellState, seed: string, virtual = false): string {
  const h = fnv32a(seed).toString(16).padStart(8, '0');
  const g = fnv32a(`${seed}/2`).toString(16).padStart(8, '0');
  // Software interfaces (flannel.1, cni0, vxlan.calico) get a random locally administered MAC.
  const prefix = virtual
    ? `${((parseInt(g.slice(0, 2), 16) & 0xfc) | 2).toString(16).padStart(2, '0')}:${g.slice(2, 4)}:${g.slice(4, 6)}`
    : state.cluster.preset.name === 'k8sinfra'
      ? '08:00:27'
      : '52:54:00';
  return `${prefix}:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
}

/** The IPv6 link-local address the kernel derives from a MAC (modified EUI-64). */
function linkLocal(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16));
  const words = [
    ((b[0]! ^ 2) << 8) | b[1]!,
    (b[2]! << 8) | 0xff,
    0xfe00 | b[3]!,
    (b[4]! << 8) | b[5]!,
  ];
  return `fe80::${words.map((w) => w.toString(16)).join(':')}/64`;
}

/** `ip route` and `ip addr` on a node (the node's own interfaces; pods' veths left out). */
function nodeIp(state: ShellState, node: PresetNode, args: readonly string[]): Output {
  const words = args.filter((a) => a !== '-4');
  const v4only = args.includes('-4');
  const { preset } = state.cluster;
  if (words[0] === 'route' || words[0] === 'r' || words[0] === 'ro') {
    const local = listObjects<Pod>(state.cluster, 'Pod')
      .filter((p) => p.spec.nodeName === node.name && p.spec.hostNetwork !== true && p.status.podIP)
      .map((p) => p.status.podIP!);
    return ok(nodeRoutes(preset, node, local).join('\n') + '\n');
  }
  if (!['addr', 'a', 'address'].includes(words[0] ?? ''))
    return fail(`Object "${words[0] ?? ''}" is unknown, try "ip help".`, 1);
  const ifaces: string[] = [];
  let n = 1;
  const add = (
    name: string,
    flags: string,
    mtu: number,
    state_: string,
    link: string,
    inet: string,
    v6: string | null,
  ) => {
    ifaces.push(
      `${n++}: ${name}: <${flags}> mtu ${mtu} qdisc ${name === 'lo' || name.includes('.') || name.startsWith('tunl') || name === 'cni0' || name === 'bridge' || name === 'docker0' ? 'noqueue' : 'fq_codel'} state ${state_} group default${name.startsWith('flannel') || name.startsWith('vxlan') ? '' : ' qlen 1000'}\n` +
        (v4only ? '' : `    ${link}\n`) +
        `    inet ${inet}\n       valid_lft forever preferred_lft forever\n` +
        (v6 && !v4only
          ? `    inet6 ${v6} scope ${v6 === '::1/128' ? 'host' : 'link'}\n       valid_lft forever preferred_lft forever\n`
          : ''),
    );
  };
  add(
    'lo',
    'LOOPBACK,UP,LOWER_UP',
    65536,
    'UNKNOWN',
    'link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    '127.0.0.1/8 scope host lo',
    '::1/128',
  );
  const ether = (name: string) => {
    const mac = macOf(state, `${node.name}/${name}`, name !== 'eth0' && name !== 'eth1');
    return { link: `link/ether ${mac} brd ff:ff:ff:ff:ff:ff`, v6: linkLocal(mac) };
  };
  const { device, prefix } = preset.nodeNetwork;
  if (device === 'eth1') {
    const e0 = ether('eth0');
    add(
      'eth0',
      'BROADCAST,MULTICAST,UP,LOWER_UP',
      1500,
      'UP',
      e0.link,
      '10.0.2.15/24 brd 10.0.2.255 scope global noprefixroute dynamic eth0',
      e0.v6,
    );
  }
  const main = ether(device);
  const cidr = parseCidr(`${node.ip}/${prefix}`);
  const brd = intToIp((cidr.base | (2 ** (32 - prefix) - 1)) >>> 0);
  add(
    device,
    'BROADCAST,MULTICAST,UP,LOWER_UP',
    preset.podNetwork === 'vpc-native' ? 1460 : 1500,
    'UP',
    main.link,
    prefix === 32
      ? `${node.ip}/32 scope global dynamic ${device}`
      : `${node.ip}/${prefix} brd ${brd} scope global ${device}`,
    main.v6,
  );
  if (preset.podNetwork === 'flannel-vxlan') {
    const f = ether('flannel.1');
    add(
      'flannel.1',
      'BROADCAST,MULTICAST,UP,LOWER_UP',
      1450,
      'UNKNOWN',
      f.link,
      `${node.tunnelIP}/32 scope global flannel.1`,
      f.v6,
    );
    const c = ether('cni0');
    add(
      'cni0',
      'BROADCAST,MULTICAST,UP,LOWER_UP',
      1450,
      'UP',
      c.link,
      `${node.bridgeIP}/24 brd ${node.podCIDR.replace(/0\/24$/, '255')} scope global cni0`,
      c.v6,
    );
  } else if (preset.podNetwork === 'calico-ipip') {
    add(
      'tunl0@NONE',
      'NOARP,UP,LOWER_UP',
      1440,
      'UNKNOWN',
      'link/ipip 0.0.0.0 brd 0.0.0.0',
      `${node.tunnelIP}/32 scope global tunl0`,
      null,
    );
  } else if (preset.podNetwork === 'calico-vxlan') {
    const v = ether('vxlan.calico');
    add(
      'vxlan.calico',
      'BROADCAST,MULTICAST,UP,LOWER_UP',
      1450,
      'UNKNOWN',
      v.link,
      `${node.tunnelIP}/32 scope global vxlan.calico`,
      v.v6,
    );
  }
  if (preset.nodeInfo.containerRuntimeVersion.startsWith('docker')) {
    // Docker's own bridge, unused by Kubernetes pods (no container of docker's network runs).
    const d = ether('docker0');
    add(
      'docker0',
      'NO-CARRIER,BROADCAST,MULTICAST,UP',
      1500,
      'DOWN',
      d.link,
      '172.17.0.1/16 brd 172.17.255.255 scope global docker0',
      null,
    );
  }
  if (preset.podNetwork === 'bridge') {
    const b = ether('bridge');
    add(
      'bridge',
      'BROADCAST,MULTICAST,UP,LOWER_UP',
      1500,
      'UP',
      b.link,
      `${node.bridgeIP}/16 brd 10.244.255.255 scope global bridge`,
      b.v6,
    );
  }
  return ok(ifaces.join(''));
}

/** `ssh NODE CMD...`: runs on the node as root (the books' machines log in as root). */
export function ssh(state: ShellState, args: readonly string[]): Output {
  const [nodeName, ...words] = args;
  const node = state.cluster.preset.nodes.find((n) => n.name === nodeName || n.ip === nodeName);
  if (!nodeName) return fail('usage: ssh NODE COMMAND...', 255);
  if (!node)
    return fail(`ssh: Could not resolve hostname ${nodeName}: Name or service not known`, 255);
  if (state.cluster.poweredOff.has(node.name))
    return fail(`ssh: connect to host ${nodeName} port 22: Connection timed out`, 255);
  const [cmd, ...rest] = words[0] === 'sudo' ? words.slice(1) : words;
  const origin: Origin = { kind: 'node', node, ip: node.ip };
  switch (cmd) {
    case 'hostname':
      return ok(`${node.name}\n`);
    case 'iptables-save': {
      const ti = rest.indexOf('-t');
      const only = ti >= 0 ? rest[ti + 1] : undefined;
      const rules = compileNodeRules(state.cluster, node.name);
      const tables = [rules.nat, rules.filter].filter((t) => !only || t.name === only);
      if (only && tables.length === 0)
        return fail(`iptables-save: Unable to initialize table '${only}'`, 1);
      return ok(
        iptablesSave(tables, state.cluster.preset.iptablesVersion, asctime(state.cluster.now)),
      );
    }
    case 'conntrack':
      return conntrackList(state, node, rest);
    case 'iptables':
      return iptables(state, node, rest);
    case 'ip':
      return nodeIp(state, node, rest);
    case 'curl':
      return curlFrom(state, origin, rest);
    case 'ping':
      return pingFrom(state, origin, rest, 'iputils');
    case undefined:
      return fail(
        'lab: an interactive ssh session is not available here; give a command, e.g. ssh w1-k8s iptables-save',
        255,
      );
    default:
      return fail(`bash: ${cmd}: command not found`, 127);
  }
}

/** `kubectl exec POD -- curl|wget|ping ...`: the pod sends; null for any other program. */
export function podNetworkCommand(
  state: ShellState,
  pod: Pod,
  container: Container,
  command: readonly string[],
): Output | null {
  const [cmd = '', ...args] = command;
  const program = cmd.split('/').pop()!;
  if (program === 'nslookup' || program === 'dig' || program === 'host')
    return dnsWithTrace(state, pod, container, command);
  if (program !== 'curl' && program !== 'wget' && program !== 'ping') return null;
  if (!hasTool(container, program)) return programNotFound(state.cluster, state.ctx, cmd);
  const origin = podOrigin(state, pod);
  if (typeof origin === 'string') return fail(origin);
  const busybox = behaviourOf(container).tools?.includes('nslookup') === true;
  const out =
    program === 'curl'
      ? curlFrom(state, origin, args)
      : program === 'wget'
        ? wgetFrom(state, origin, args)
        : pingFrom(state, origin, args, busybox ? 'busybox' : 'iputils');
  // kubectl reports the program's exit status after its output.
  return out.exitCode === 0
    ? out
    : { ...out, stderr: `${out.stderr}command terminated with exit code ${out.exitCode}\n` };
}

/** The DNS tools, with their queries as a trace (each query a `dns` hop from the pod). */
function dnsWithTrace(
  state: ShellState,
  pod: Pod,
  container: Container,
  command: readonly string[],
): Output {
  const { lookups, ...out } = dnsCommand(state.cluster, pod, container, command, state.ctx);
  const origin = podOrigin(state, pod);
  if (!lookups?.length || typeof origin === 'string' || origin.kind !== 'pod') return out;
  const hops = lookups.flatMap((l) =>
    dnsHops(state, origin, l, 32768 + state.ctx.random.int(28232)),
  );
  const answered = lookups.some((l) => l.final?.rcode === 'NOERROR');
  const trace: Trace = {
    verdict: answered ? 'delivered' : 'dns-error',
    response: null,
    servedBy: null,
    clientSeenByPod: null,
    nodes: [],
    hops,
  };
  return { ...out, trace };
}
