// `iptables [-t TABLE] -L [CHAIN] [-n] [-v] [--line-numbers]` for a compiled table: the listing
// iptables prints (iptables/iptables.c print_header/print_firewall, xshared.c print_rule_details,
// and each extension's print function in extensions/libxt_*.c).
//
// Column layout (table format): [num ] [pkts bytes ] target(%-9s ) [!| ]prot(%-5s) "-- "
// [ in(%-6s) out(%-6s) ] [!| ]source(%-19s ) [!| ]destination(%-19s ) then each match's and the
// target's own text, each starting with a space. Chains are separated by one blank line.
import { inCidr } from '../net/ipv4.ts';
import { rulesByChain, type Match, type Rule, type Table } from './rule.ts';

export interface IptablesListOptions {
  readonly chain?: string;
  /** -n: no name lookups (addresses, ports; protocols too on iptables v1.8.9). */
  readonly numeric: boolean;
  /** -v: counters, interfaces, and policy counters in built-in chain headers. */
  readonly verbose: boolean;
  readonly lineNumbers: boolean;
  /** The node's iptables version ("v1.8.9"); decides how -n prints protocols. */
  readonly version?: string;
  /** Reverse lookup for addresses without -n (the node's /etc/hosts or DNS); null if none. */
  readonly hostname?: (ip: string) => string | null;
}

export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

const PROTO_NUMBERS: Readonly<Record<string, number>> = { all: 0, tcp: 6, udp: 17, sctp: 132 };

/**
 * getservbyport() from a stock /etc/services (netbase), for the ports Services commonly use.
 * Approximation: the node's real file has many more names.
 */
const SERVICES: Readonly<Record<number, string>> = {
  22: 'ssh',
  25: 'smtp',
  53: 'domain',
  80: 'http',
  443: 'https',
  3306: 'mysql',
  5432: 'postgresql',
  8080: 'http-alt',
};

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function padLeft(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

function port(n: number, numeric: boolean, proto: string): string {
  if (numeric || proto === 'sctp') return String(n);
  return SERVICES[n] ?? String(n);
}

/** print_mark / MARK target: "0x4000/0x4000" as the listing words it. */
function markTarget(setXmark: string): string {
  const [v, m] = setXmark.split('/').map((x) => parseInt(x, 16) >>> 0) as [number, number];
  const hex = (n: number) => `0x${n.toString(16)}`;
  if (v === 0) return ` MARK and ${hex(~m >>> 0)}`;
  if (v === m) return ` MARK or ${hex(v)}`;
  if (m === 0) return ` MARK xor ${hex(v)}`;
  if (m === 0xffffffff) return ` MARK set ${hex(v)}`;
  return ` MARK xset ${hex(v)}/${hex(m)}`;
}

function printMatch(m: Match, numeric: boolean): string {
  switch (m.mod) {
    case 'comment':
      return ` /* ${m.text} */`;
    case 'tcp':
    case 'udp':
    case 'sctp':
      return m.dport === undefined ? ` ${m.mod}` : ` ${m.mod} dpt:${port(m.dport, numeric, m.mod)}`;
    case 'addrtype':
      return (
        ' ADDRTYPE match' +
        (m.srcType ? ` src-type ${m.srcType}` : '') +
        (m.dstType ? ` dst-type ${m.dstType}` : '')
      );
    case 'statistic':
      return ` statistic mode random probability ${m.probability.toFixed(11)}`;
    case 'recent':
      return (
        ` recent: ${m.op === 'set' ? 'SET' : 'CHECK'}` +
        (m.seconds !== undefined ? ` seconds: ${m.seconds}` : '') +
        (m.reap ? ' reap' : '') +
        ` name: ${m.name} side: source mask: 255.255.255.255`
      );
    case 'mark': {
      const [v, mask] = m.mark.split('/') as [string, string | undefined];
      const text = mask === undefined || mask === '0xffffffff' ? v : `${v}/${mask}`;
      return ` mark match${m.negate ? ' !' : ''} ${text}`;
    }
    case 'conntrack':
      return `${m.negate ? ' !' : ''} ctstate ${m.ctstate}`;
  }
}

function printTarget(r: Rule): string {
  switch (r.target) {
    case 'MARK':
      return markTarget(r.setXmark ?? '0x0/0x0');
    case 'DNAT':
      return ` to:${r.dnatTo}`;
    case 'MASQUERADE':
      return r.randomFully ? ' random-fully' : '';
    case 'REJECT':
      return ' reject-with icmp-port-unreachable';
    default:
      return '';
  }
}

export function iptablesList(table: Table, opts: IptablesListOptions): CommandResult {
  const known = new Set([...table.builtins, ...table.chains]);
  if (opts.chain !== undefined && !known.has(opts.chain))
    return { stdout: '', stderr: 'iptables: No chain/target/match by that name.\n', exitCode: 1 };
  const chains =
    opts.chain !== undefined ? [opts.chain] : [...table.builtins, ...[...table.chains].sort()];
  const byChain = rulesByChain(table);
  const references = new Map<string, number>();
  for (const r of table.rules)
    if (r.target !== undefined) references.set(r.target, (references.get(r.target) ?? 0) + 1);
  // iptables v1.8.9 printed protocol numbers under -n (netfilter bugzilla #1729, fixed in 1.8.10).
  const numericProto = opts.numeric && opts.version === 'v1.8.9';

  const address = (spec: Rule['source']): string => {
    const cidr = spec?.cidr ?? '0.0.0.0/0';
    const [ip, bitsText] = cidr.split('/') as [string, string | undefined];
    const bits = Number(bitsText ?? 32);
    if (!opts.numeric && bits === 0) return 'anywhere';
    let name = ip;
    if (!opts.numeric) {
      const looked = opts.hostname?.(ip) ?? (inCidr(ip, '127.0.0.0/8') ? 'localhost' : null);
      if (looked) name = looked;
    }
    return bits === 32 ? name : `${name}/${bits}`;
  };

  const out: string[] = [];
  chains.forEach((chain, i) => {
    if (i > 0) out.push('');
    if (table.builtins.includes(chain)) {
      out.push(`Chain ${chain} (policy ACCEPT${opts.verbose ? ' 0 packets, 0 bytes' : ''})`);
    } else {
      out.push(`Chain ${chain} (${references.get(chain) ?? 0} references)`);
    }
    let header = '';
    if (opts.lineNumbers) header += pad('num', 4) + ' ';
    if (opts.verbose) header += padLeft('pkts', 5) + ' ' + padLeft('bytes', 5) + ' ';
    header += pad('target', 9) + ' ' + ' prot ' + 'opt';
    if (opts.verbose) header += ' ' + pad('in', 6) + ' ' + pad('out', 6) + ' ';
    header += ' ' + pad('source', 19) + ' ' + ' ' + pad('destination', 19) + ' ';
    out.push(header);
    (byChain.get(chain) ?? []).forEach((r, n) => {
      let line = '';
      if (opts.lineNumbers) line += pad(String(n + 1), 4) + ' ';
      if (opts.verbose) line += padLeft('0', 5) + ' ' + padLeft('0', 5) + ' ';
      line += pad(r.target ?? '', 9) + ' ';
      const proto = r.protocol ?? 'all';
      line += ' ' + pad(numericProto ? String(PROTO_NUMBERS[proto] ?? proto) : proto, 5);
      line += '-- ';
      if (opts.verbose) {
        const any = opts.numeric ? '*' : 'any';
        line += ' ' + pad(any, 6) + ' ' + pad(any, 6) + ' ';
      }
      line += (r.source?.negate ? '!' : ' ') + pad(address(r.source), 19) + ' ';
      line += (r.destination?.negate ? '!' : ' ') + pad(address(r.destination), 19) + ' ';
      for (const m of r.matches) line += printMatch(m, opts.numeric);
      line += printTarget(r);
      out.push(line);
    });
  });
  return { stdout: out.join('\n') + '\n', stderr: '', exitCode: 0 };
}
