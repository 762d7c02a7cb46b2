// The DNS tools inside a pod (`kubectl exec POD -- nslookup|dig|host ...`), printing what the
// program in the container's image prints: busybox's nslookup applet (the libc one up to 1.28, the
// OpenWrt-derived one from 1.29: networking/nslookup.c), or BIND's dig/nslookup/host. Answers come
// from net/dns.ts; the lookups are returned so a trace can draw the UDP packets to 10.96.0.10:53.
import type { Cluster, Ctx } from '../api/cluster.ts';
import type { Container, Pod } from '../api/objects.ts';
import { imageRepository } from '../workloads/images.ts';
import {
  answerQuery,
  dnsServerAnswers,
  podResolvConf,
  replySize,
  resolve,
  type DnsAnswer,
  type Lookup,
  type RR,
  type RRType,
} from '../net/dns.ts';
import { isIPv4 } from '../net/ipv4.ts';
import type { Output } from './context.ts';

type Nslookup = 'busybox-libc' | 'busybox' | 'bind' | null;

interface Tools {
  nslookup: Nslookup;
  /** BIND's version string as dig prints it, when the image has BIND's tools. */
  bind: string | null;
}

/**
 * Which DNS tools an image ships. busybox:1.28 and older run the libc-based applet (the version
 * the Kubernetes DNS debugging docs long pinned); 1.29+ (busybox:latest is 1.37) and Alpine's
 * busybox the self-contained one. The BIND version strings are the distributions' packages as
 * remembered (jessie: 9.9.5, Alpine 3.2x: 9.18), not read from the images.
 */
export function dnsToolsOf(image: string): Tools {
  const repo = imageRepository(image);
  const tag = /:([^/:@]+)$/.exec(image.split('@')[0]!)?.[1] ?? 'latest';
  if (/(^|\/)busybox$/.test(repo)) {
    const m = /^1\.(\d+)/.exec(tag);
    return { nslookup: m && Number(m[1]) <= 28 ? 'busybox-libc' : 'busybox', bind: null };
  }
  if (/(^|\/)(alpine|curl)$/.test(repo)) return { nslookup: 'busybox', bind: null };
  if (/jessie-dnsutils$|(^|\/)dnsutils$/.test(repo))
    return { nslookup: 'bind', bind: '9.9.5-9+deb8u19-Debian' };
  if (/(^|\/)(netshoot|dnstools|tools)$/.test(repo)) return { nslookup: 'bind', bind: '9.18.27' };
  return { nslookup: null, bind: null };
}

const bindAtLeast = (version: string, minor: number) => Number(version.split('.')[1]) >= minor;

/** How the container runtime reports a program missing from the image (exec through the CRI). */
export function programNotFound(cluster: Cluster, ctx: Ctx, program: string): Output {
  const runtime = cluster.preset.nodeInfo.containerRuntimeVersion;
  if (runtime.startsWith('containerd://')) {
    const id = Array.from({ length: 64 }, () => ctx.random.int(16).toString(16)).join('');
    return {
      stdout: '',
      stderr: `error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${id}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown\n`,
      exitCode: 1,
    };
  }
  // dockershim streams runc's error and the exec's exit code 126. Docker 19.03's runc (1.0.0-rc9x)
  // still worded it with container_linux.go; newer runc as below. Line number not verified.
  const text =
    cluster.preset.minor < 24
      ? `OCI runtime exec failed: exec failed: container_linux.go:370: starting container process caused: exec: "${program}": executable file not found in $PATH: unknown`
      : `OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown`;
  return { stdout: `${text}\n`, stderr: 'command terminated with exit code 126\n', exitCode: 126 };
}

/** kubectl's line after a command that exited non-zero. */
function withExit<T extends Output>(out: T): T {
  return out.exitCode === 0
    ? out
    : { ...out, stderr: `${out.stderr}command terminated with exit code ${out.exitCode}\n` };
}

const bare = (name: string) => (name.endsWith('.') ? name.slice(0, -1) : name);
const reverseName = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa.`;

// ---------------------------------------------------------------------------------------------
// busybox ≤ 1.28: getaddrinfo and getnameinfo through libc, printf("%-10s %s\n", header, name).

function busyboxLibc(
  cluster: Cluster,
  pod: Pod,
  ctx: Ctx,
  args: readonly string[],
): Output & { lookups: Lookup[] } {
  if (!args[0] || args[0].startsWith('-') || args.length > 2) {
    // bb_show_usage. The build stamp of the busybox:1.28 image's binary is not verified.
    return {
      stdout: '',
      stderr:
        'BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]\n\nQuery the nameserver for the IP address of the given HOST\noptionally using a specified DNS server\n',
      exitCode: 1,
      lookups: [],
    };
  }
  const server = args[1] ?? podResolvConf(pod).nameservers[0] ?? null;
  const lookups: Lookup[] = [];
  const hostLine = (ip: string, n: number) => {
    const rev = resolve(cluster, pod, reverseName(ip), 'PTR', ctx.random, server ?? undefined);
    lookups.push(rev);
    const ptr = rev.final?.answer.find((r) => r.type === 'PTR');
    return `Address ${n}: ${ip}${ptr ? ` ${bare(ptr.data)}` : ''}\n`;
  };
  const pad = (h: string) => h.padEnd(10);
  let stdout = `${pad('Server:')} ${server ?? ''}\n${hostLine(server ?? '', 1)}\n`;
  const name = args[0];
  let ips: string[];
  if (isIPv4(name)) ips = [name];
  else {
    const l = resolve(cluster, pod, name, 'A', ctx.random, server ?? undefined);
    lookups.push(l);
    ips = (l.final?.answer ?? []).filter((r) => r.type === 'A').map((r) => r.data);
  }
  if (ips.length === 0)
    return withExit({
      stdout,
      stderr: `nslookup: can't resolve '${name}'\n`,
      exitCode: 1,
      lookups,
    });
  stdout += `${pad('Name:')} ${name}\n`;
  ips.forEach((ip, i) => (stdout += hostLine(ip, i + 1)));
  return { stdout, stderr: '', exitCode: 0, lookups };
}

// ---------------------------------------------------------------------------------------------
// busybox ≥ 1.29: its own resolver. A and AAAA queries sent at once, the search list applied only
// to a name without a dot, each reply printed as it arrives (here in the order sent).

const BUSYBOX_TYPES: Record<string, RRType> = {
  a: 'A',
  aaaa: 'AAAA',
  srv: 'SRV',
  ptr: 'PTR',
  txt: 'TXT',
  cname: 'CNAME',
  any: 'ANY',
};

function busyboxRecordLines(a: DnsAnswer): string {
  let out = a.authoritative ? '' : 'Non-authoritative answer:\n';
  for (const rr of a.answer) {
    if (rr.type === 'A') out += `Name:\t${bare(rr.name)}\nAddress: ${rr.data}\n`;
    else if (rr.type === 'CNAME') out += `${bare(rr.name)}\tcanonical name = ${bare(rr.data)}\n`;
    else if (rr.type === 'PTR') out += `${bare(rr.name)}\tname = ${bare(rr.data)}\n`;
    else if (rr.type === 'TXT') out += `${bare(rr.name)}\ttext = ${rr.data}\n`;
    else if (rr.type === 'SRV') {
      const [p, w, port, target] = rr.data.split(' ');
      out += `${bare(rr.name)}\tservice = ${p} ${w} ${port} ${bare(target!)}\n`;
    }
  }
  return out;
}

function busyboxNew(
  cluster: Cluster,
  pod: Pod,
  ctx: Ctx,
  args: readonly string[],
): Output & { lookups: Lookup[] } {
  const types: RRType[] = [];
  let i = 0;
  for (; i < args.length && args[i]!.startsWith('-'); i++) {
    const [opt, val = ''] = args[i]!.slice(1).split('=');
    if (opt === 'type' || opt === 'querytype') {
      const t = BUSYBOX_TYPES[val.toLowerCase()];
      if (!t)
        return withExit({
          stdout: '',
          stderr: `nslookup: invalid query type "${val}"\n`,
          exitCode: 1,
          lookups: [],
        });
      if (!types.includes(t)) types.push(t);
    }
  }
  const name = args[i];
  if (!name)
    return withExit({
      stdout: '',
      stderr:
        'Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n',
      exitCode: 1,
      lookups: [],
    });
  const conf = podResolvConf(pod);
  const server = args[i + 1] ?? conf.nameservers[0] ?? null;
  const withSearch = (t: RRType) =>
    t === 'PTR' || name.includes('.') || conf.search.length === 0
      ? [name]
      : conf.search.map((d) => `${name}.${d}`);
  const queries: { name: string; type: RRType }[] = [];
  if (types.length === 0) {
    if (isIPv4(name)) queries.push({ name: bare(reverseName(name)), type: 'PTR' });
    else
      for (const t of ['A', 'AAAA'] as const)
        for (const n of withSearch(t)) queries.push({ name: n, type: t });
  } else for (const t of types) for (const n of withSearch(t)) queries.push({ name: n, type: t });

  if (!dnsServerAnswers(cluster, server)) {
    const lookups: Lookup[] = [
      {
        queries: queries.map((q) => ({ ...q, rcode: 'TIMEOUT' })),
        final: null,
        fqdn: null,
        server,
      },
    ];
    return withExit({
      stdout: ';; connection timed out; no servers could be reached\n\n',
      stderr: '',
      exitCode: 1,
      lookups,
    });
  }
  let stdout = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  let exitCode = 0;
  const lookups: Lookup[] = [];
  for (const q of queries) {
    const a = answerQuery(cluster, q.name, q.type, ctx.random);
    lookups.push({
      queries: [{ name: `${q.name}.`, type: q.type, rcode: a.rcode }],
      final: a,
      fqdn: a.answer.length ? `${q.name}.` : null,
      server,
    });
    if (a.rcode !== 'NOERROR') {
      stdout += `** server can't find ${q.name}: ${a.rcode}\n`;
      exitCode = 1;
    } else stdout += busyboxRecordLines(a);
    stdout += '\n';
  }
  return withExit({ stdout, stderr: '', exitCode, lookups });
}

// ---------------------------------------------------------------------------------------------
// BIND's dig, host and nslookup.

/**
 * A record as BIND's master-file style lays it out (dig): name, TTL, class, type and data at
 * columns 24, 32, 40 and 48, reached with 8-column tabs, or a single space once a field is past
 * its column.
 */
function tabbed(fields: string[], columns: number[]): string {
  let out = '';
  let col = 0;
  fields.forEach((f, i) => {
    if (i > 0) {
      const target = columns[i - 1]!;
      if (col >= target) {
        out += ' ';
        col += 1;
      } else
        while (col < target) {
          out += '\t';
          col = (Math.floor(col / 8) + 1) * 8;
        }
    }
    out += f;
    col += f.length;
  });
  return out;
}
const rrLine = (rr: RR) =>
  tabbed([rr.name, String(rr.ttl), 'IN', rr.type, rr.data], [24, 32, 40, 48]);

interface DigArgs {
  name: string | null;
  type: RRType;
  server: string | null;
  short: boolean;
  search: boolean;
}

const TYPE_WORDS = new Set(['A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT', 'ANY']);

function parseDig(args: readonly string[]): DigArgs {
  const d: DigArgs = { name: null, type: 'A', server: null, short: false, search: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('@')) d.server = a.slice(1);
    else if (a === '+short') d.short = true;
    else if (a === '+search') d.search = true;
    else if (a.startsWith('+')) continue;
    else if (a === '-t') d.type = (args[++i] ?? 'A').toUpperCase() as RRType;
    else if (a === '-x') {
      d.name = reverseName(args[++i] ?? '');
      d.type = 'PTR';
    } else if (TYPE_WORDS.has(a.toUpperCase()) && d.name !== null)
      d.type = a.toUpperCase() as RRType;
    else if (TYPE_WORDS.has(a.toUpperCase()) && d.name === null && i < args.length - 1)
      d.type = a.toUpperCase() as RRType;
    else d.name = a;
  }
  return d;
}

function dig(
  cluster: Cluster,
  pod: Pod,
  ctx: Ctx,
  version: string,
  args: readonly string[],
): Output & { lookups: Lookup[] } {
  const d = parseDig(args);
  const conf = podResolvConf(pod);
  const server = d.server ?? conf.nameservers[0] ?? null;
  const name = d.name ?? '.';
  const modern = bindAtLeast(version, 18);
  const banner = `\n; <<>> DiG ${version} <<>> ${args.join(' ')}\n${d.server ? '; (1 server found)\n' : ''};; global options: +cmd\n`;
  if (!dnsServerAnswers(cluster, server)) {
    const lookups: Lookup[] = [
      {
        queries: [{ name: name.endsWith('.') ? name : `${name}.`, type: d.type, rcode: 'TIMEOUT' }],
        final: null,
        fqdn: null,
        server,
      },
    ];
    // dig tries three times (+tries=3); BIND 9.18 reports each try.
    if (modern) {
      const tries = `;; communications error to ${server}#53: timed out\n`.repeat(3);
      return {
        stdout: tries + (d.short ? '' : banner) + ';; no servers could be reached\n',
        stderr: '',
        exitCode: 9,
        lookups,
      };
    }
    return {
      stdout: (d.short ? '' : banner) + ';; connection timed out; no servers could be reached\n',
      stderr: '',
      exitCode: 9,
      lookups,
    };
  }
  // dig does not use the search list unless told to (+search): the name is taken as absolute.
  let qname = name.endsWith('.') ? name : `${name}.`;
  let answer: DnsAnswer;
  let lookup: Lookup;
  if (d.search && !name.endsWith('.')) {
    lookup = resolve(cluster, pod, name, d.type, ctx.random, server ?? undefined);
    qname = lookup.fqdn ?? lookup.queries[lookup.queries.length - 1]!.name;
    answer = lookup.final ?? answerQuery(cluster, qname, d.type, ctx.random);
  } else {
    answer = answerQuery(cluster, qname, d.type, ctx.random);
    lookup = {
      queries: [{ name: qname, type: d.type, rcode: answer.rcode }],
      final: answer,
      fqdn: answer.answer.length ? qname : null,
      server,
    };
  }
  if (d.short) {
    return {
      stdout: answer.answer.map((r) => `${r.data}\n`).join(''),
      stderr: '',
      exitCode: 0,
      lookups: [lookup],
    };
  }
  const id = ctx.random.int(65536);
  const cookie = Array.from({ length: 16 }, () => ctx.random.int(16).toString(16)).join('');
  const cookies = bindAtLeast(version, 11);
  const opt = 11 + (cookies ? 12 : 0);
  const flags = answer.authoritative ? 'qr aa rd' : 'qr rd ra';
  let out = banner + ';; Got answer:\n';
  if (/\.local\.$/.test(qname) && bindAtLeast(version, 11))
    out +=
      ';; WARNING: .local is reserved for Multicast DNS\n;; You are currently testing what happens when an mDNS query is leaked to DNS\n';
  out += `;; ->>HEADER<<- opcode: QUERY, status: ${answer.rcode}, id: ${id}\n`;
  out += `;; flags: ${flags}; QUERY: 1, ANSWER: ${answer.answer.length}, AUTHORITY: ${answer.authority.length}, ADDITIONAL: ${answer.additional.length + 1}\n`;
  if (answer.authoritative) out += ';; WARNING: recursion requested but not available\n';
  out += `\n;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: ${modern || bindAtLeast(version, 16) ? 1232 : 4096}\n`;
  if (cookies) out += `; COOKIE: ${cookie} (echoed)\n`;
  out += `;; QUESTION SECTION:\n${tabbed([`;${qname}`, 'IN', d.type], [32, 40])}\n\n`;
  const section = (title: string, rrs: RR[]) =>
    rrs.length ? `;; ${title} SECTION:\n${rrs.map((r) => rrLine(r) + '\n').join('')}\n` : '';
  out += section('ANSWER', answer.answer);
  out += section('AUTHORITY', answer.authority);
  out += section('ADDITIONAL', answer.additional);
  out += `;; Query time: ${ctx.random.int(3)} msec\n`;
  out += `;; SERVER: ${server}#53(${server})${modern ? ' (UDP)' : ''}\n`;
  out += `;; WHEN: ${digDate(cluster.now)}\n`;
  out += `;; MSG SIZE  rcvd: ${replySize(qname, answer, opt)}\n\n`;
  return { stdout: out, stderr: '', exitCode: 0, lookups: [lookup] };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** dig's WHEN line: strftime "%a %b %d %H:%M:%S %Z %Y" in the pod's zone (UTC). */
function digDate(ms: number): string {
  const t = new Date(ms);
  return `${DAYS[t.getUTCDay()]} ${MONTHS[t.getUTCMonth()]} ${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())} UTC ${t.getUTCFullYear()}`;
}

/** BIND's nslookup: the search list applied, the first name with an answer printed. */
function bindNslookup(
  cluster: Cluster,
  pod: Pod,
  ctx: Ctx,
  args: readonly string[],
): Output & { lookups: Lookup[] } {
  let type: RRType = 'A';
  const pos: string[] = [];
  for (const a of args) {
    const m = /^-(?:type|querytype|q|query|ty)=(.+)$/i.exec(a);
    if (m) type = m[1]!.toUpperCase() as RRType;
    else if (!a.startsWith('-')) pos.push(a);
  }
  const name = pos[0] ?? '';
  const server = pos[1] ?? podResolvConf(pod).nameservers[0] ?? null;
  if (!dnsServerAnswers(cluster, server))
    return withExit({
      stdout: ';; connection timed out; no servers could be reached\n\n',
      stderr: '',
      exitCode: 1,
      lookups: [{ queries: [{ name, type, rcode: 'TIMEOUT' }], final: null, fqdn: null, server }],
    });
  const ptr = isIPv4(name);
  const lookup = ptr
    ? resolve(cluster, pod, reverseName(name), 'PTR', ctx.random, server ?? undefined)
    : resolve(cluster, pod, name, type, ctx.random, server ?? undefined);
  let stdout = `Server:\t\t${server}\nAddress:\t${server}#53\n\n`;
  const a = lookup.final;
  if (!a || a.rcode !== 'NOERROR' || !a.answer.length) {
    const rcode = a && a.rcode === 'NOERROR' ? 'NXDOMAIN' : (a?.rcode ?? 'NXDOMAIN');
    stdout += `** server can't find ${ptr ? bare(reverseName(name)) : name}: ${rcode}\n\n`;
    return withExit({ stdout, stderr: '', exitCode: 1, lookups: [lookup] });
  }
  if (!a.authoritative) stdout += 'Non-authoritative answer:\n';
  for (const rr of a.answer) {
    if (rr.type === 'A') stdout += `Name:\t${bare(rr.name)}\nAddress: ${rr.data}\n`;
    else if (rr.type === 'CNAME') stdout += `${bare(rr.name)}\tcanonical name = ${rr.data}\n`;
    else if (rr.type === 'PTR') stdout += `${bare(rr.name)}\tname = ${rr.data}\n`;
    else if (rr.type === 'SRV') stdout += `${bare(rr.name)}\tservice = ${rr.data}\n`;
    else if (rr.type === 'TXT') stdout += `${bare(rr.name)}\ttext = ${rr.data}\n`;
  }
  return { stdout: stdout + '\n', stderr: '', exitCode: 0, lookups: [lookup] };
}

/** BIND's host: the search list applied; one line per record. */
function host(
  cluster: Cluster,
  pod: Pod,
  ctx: Ctx,
  args: readonly string[],
): Output & { lookups: Lookup[] } {
  let type: RRType = 'A';
  const pos: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-t') type = (args[++i] ?? 'A').toUpperCase() as RRType;
    else if (!args[i]!.startsWith('-')) pos.push(args[i]!);
  }
  const name = pos[0] ?? '';
  const server = pos[1] ?? podResolvConf(pod).nameservers[0] ?? null;
  if (!dnsServerAnswers(cluster, server))
    return withExit({
      stdout: ';; connection timed out; no servers could be reached\n',
      stderr: '',
      exitCode: 1,
      lookups: [{ queries: [{ name, type, rcode: 'TIMEOUT' }], final: null, fqdn: null, server }],
    });
  const ptr = isIPv4(name);
  const lookup = resolve(
    cluster,
    pod,
    ptr ? reverseName(name) : name,
    ptr ? 'PTR' : type,
    ctx.random,
    server ?? undefined,
  );
  const a = lookup.final;
  const header = pos[1]
    ? `Using domain server:\nName: ${server}\nAddress: ${server}#53\nAliases: \n\n`
    : '';
  if (!a || a.rcode !== 'NOERROR' || !a.answer.length) {
    const code = a?.rcode === 'SERVFAIL' ? '2(SERVFAIL)' : '3(NXDOMAIN)';
    return withExit({
      stdout: `${header}Host ${ptr ? bare(reverseName(name)) : name} not found: ${code}\n`,
      stderr: '',
      exitCode: 1,
      lookups: [lookup],
    });
  }
  let stdout = header;
  for (const rr of a.answer) {
    const owner = bare(rr.name);
    if (rr.type === 'A') stdout += `${owner} has address ${rr.data}\n`;
    else if (rr.type === 'CNAME') stdout += `${owner} is an alias for ${rr.data}\n`;
    else if (rr.type === 'PTR') stdout += `${owner} domain name pointer ${rr.data}\n`;
    else if (rr.type === 'SRV') stdout += `${owner} has SRV record ${rr.data}\n`;
    else if (rr.type === 'TXT') stdout += `${owner} descriptive text ${rr.data}\n`;
  }
  return { stdout, stderr: '', exitCode: 0, lookups: [lookup] };
}

/** The programs this module runs. */
export const DNS_COMMANDS: ReadonlySet<string> = new Set(['nslookup', 'dig', 'host']);

/**
 * Runs nslookup, dig or host in `container`: what the terminal shows (the tool's output, and
 * kubectl's "command terminated with exit code N" when it fails), with the lookups made.
 */
export function dnsCommand(
  cluster: Cluster,
  pod: Pod,
  container: Container,
  argv: readonly string[],
  ctx: Ctx,
): Output & { lookups?: Lookup[] } {
  const [cmd = '', ...args] = argv;
  const program = cmd.split('/').pop()!;
  const tools = dnsToolsOf(container.image);
  if (program === 'nslookup') {
    if (tools.nslookup === 'busybox-libc') return busyboxLibc(cluster, pod, ctx, args);
    if (tools.nslookup === 'busybox') return busyboxNew(cluster, pod, ctx, args);
    if (tools.nslookup === 'bind') return bindNslookup(cluster, pod, ctx, args);
  }
  if (program === 'dig' && tools.bind) return withExit(dig(cluster, pod, ctx, tools.bind, args));
  if (program === 'host' && tools.bind) return host(cluster, pod, ctx, args);
  return programNotFound(cluster, ctx, cmd);
}
