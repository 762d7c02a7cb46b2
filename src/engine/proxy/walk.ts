// Evaluates a node's rules for one packet, the way netfilter does: chain by chain, first match wins,
// jumps and returns, until a terminal target. Returns the verdict and every rule that matched.
import { inCidr, ipToInt, parseCidr, type Cidr } from '../net/ipv4.ts';
import type { Random } from '../util/random.ts';
import { printRule, rulesByChain, type Match, type Rule, type Table } from './rule.ts';

export interface WalkPacket {
  readonly proto: 'tcp' | 'udp' | 'sctp' | 'icmp';
  readonly src: string;
  readonly dst: string;
  readonly dport: number;
  readonly mark: number;
  readonly ctstate: 'NEW' | 'ESTABLISHED';
}

/**
 * The node's xt_recent lists (sessionAffinity ClientIP, reference §3.6), one per list name, keyed by
 * the source address. The caller keeps them per node, with simulated time.
 */
export interface RecentTables {
  /** `--rcheck --seconds N`: was `src` set in list `name` within the last `seconds`? */
  check(name: string, src: string, seconds: number): boolean;
  /** `--set`: record `src` in list `name` as seen now. */
  set(name: string, src: string): void;
}

export interface WalkEnv {
  /** addrtype LOCAL: an address configured on this node. */
  readonly isLocal: (ip: string) => boolean;
  readonly random: Random;
  /** Without it no `--rcheck` matches and `--set` records nothing. */
  readonly recent?: RecentTables;
}

export interface WalkResult {
  /** ACCEPT (fell off a built-in chain or ACCEPT), DNAT, DROP, REJECT, MASQUERADE */
  readonly verdict: 'ACCEPT' | 'DNAT' | 'DROP' | 'REJECT' | 'MASQUERADE';
  readonly dnatTo: string | null;
  readonly mark: number;
  /** The rules that matched, in order, as iptables-save lines. */
  readonly walk: readonly string[];
  /** The rule that decided (the terminal one), as an iptables-save line. */
  readonly decidedBy: string | null;
}

const marks = new Map<string, readonly [number, number]>();

/** "0x4000/0x4000" as value and mask, parsed once per text. */
function markOf(text: string): readonly [number, number] {
  let m = marks.get(text);
  if (!m) {
    const [value, mask] = text.split('/').map((x) => parseInt(x, 16)) as [number, number];
    marks.set(text, (m = [value, mask]));
  }
  return m;
}

const states = new Map<string, readonly string[]>();

function statesOf(text: string): readonly string[] {
  let list = states.get(text);
  if (!list) states.set(text, (list = text.split(',')));
  return list;
}

function matchOne(m: Match, pkt: WalkPacket, mark: number, env: WalkEnv): boolean {
  switch (m.mod) {
    case 'comment':
      return true;
    case 'tcp':
    case 'udp':
    case 'sctp':
      return pkt.proto === m.mod && (m.dport === undefined || m.dport === pkt.dport);
    case 'addrtype':
      return (!m.dstType || env.isLocal(pkt.dst)) && (!m.srcType || env.isLocal(pkt.src));
    case 'statistic':
      // The kernel compares a random 31-bit number with the stored fraction.
      return env.random.next() < m.probability;
    case 'recent':
      // The source as the rule sees it: in nat PREROUTING/OUTPUT, the client's own address.
      if (m.op === 'set') {
        env.recent?.set(m.name, pkt.src);
        return true;
      }
      return env.recent?.check(m.name, pkt.src, m.seconds ?? 0) ?? false;
    case 'mark': {
      const [value, mask] = markOf(m.mark);
      return ((mark & mask) === value) !== m.negate;
    }
    case 'conntrack':
      return statesOf(m.ctstate).includes(pkt.ctstate) !== m.negate;
  }
}

/** A rule's -s and -d as parsed CIDRs, computed once per rule (rules are immutable values). */
interface Addresses {
  readonly source: { readonly cidr: Cidr; readonly negate: boolean } | null;
  readonly destination: { readonly cidr: Cidr; readonly negate: boolean } | null;
}

const addressCache = new WeakMap<Rule, Addresses>();

function addressesOf(r: Rule): Addresses {
  let a = addressCache.get(r);
  if (!a) {
    const parse = (x: Rule['source']) =>
      x
        ? { cidr: parseCidr(x.cidr.includes('/') ? x.cidr : `${x.cidr}/32`), negate: x.negate }
        : null;
    a = { source: parse(r.source), destination: parse(r.destination) };
    addressCache.set(r, a);
  }
  return a;
}

function matches(
  r: Rule,
  pkt: WalkPacket,
  src: number,
  dst: number,
  mark: number,
  env: WalkEnv,
): boolean {
  const { source, destination } = addressesOf(r);
  if (source && inCidr(src, source.cidr) === source.negate) return false;
  if (destination && inCidr(dst, destination.cidr) === destination.negate) return false;
  if (r.protocol && r.protocol !== pkt.proto) return false;
  return r.matches.every((m) => matchOne(m, pkt, mark, env));
}

/**
 * The rules of one chain a packet to `dst` port `dport` can match, in chain order: those with an
 * exact `-d host/32` for that address, those without one that name that destination port, and
 * every other rule. KUBE-SERVICES holds one rule per Service address and KUBE-NODEPORTS one per
 * node port; this keeps a walk from testing hundreds of other Services' rules (the order, and so
 * the first match and the random draws, is unchanged). The answer is kept per chain and packet
 * destination, since a load sends many packets the same way.
 */
interface ChainIndex {
  readonly byHost: ReadonlyMap<number, readonly number[]>;
  readonly byPort: ReadonlyMap<number, readonly number[]>;
  readonly general: readonly number[];
  readonly answers: Map<string, readonly Rule[]>;
}

const chainIndexes = new WeakMap<readonly Rule[], ChainIndex>();

/** The destination port a rule without `-d` requires, if it requires one. */
function portOf(r: Rule): number | undefined {
  for (const m of r.matches)
    if ((m.mod === 'tcp' || m.mod === 'udp' || m.mod === 'sctp') && m.dport !== undefined)
      return m.dport;
  return undefined;
}

function indexChain(rules: readonly Rule[]): ChainIndex {
  const byHost = new Map<number, number[]>();
  const byPort = new Map<number, number[]>();
  const general: number[] = [];
  const push = (map: Map<number, number[]>, key: number, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  rules.forEach((r, i) => {
    const d = addressesOf(r).destination;
    const port = portOf(r);
    if (d && !d.negate && d.cidr.bits === 32) push(byHost, d.cidr.base, i);
    else if (!d && port !== undefined) push(byPort, port, i);
    else general.push(i);
  });
  return { byHost, byPort, general, answers: new Map() };
}

/** Merges ascending index lists into the rules they name, in chain order. */
function inOrder(rules: readonly Rule[], lists: readonly (readonly number[])[]): Rule[] {
  const all = lists.flat().sort((a, b) => a - b);
  return all.map((i) => rules[i]!);
}

const NO_INDEXES: readonly number[] = [];
/** Answers kept per chain before the memo starts over (distinct destinations of one chain). */
const MAX_ANSWERS = 4096;

function candidates(rules: readonly Rule[], dst: number, dport: number): readonly Rule[] {
  if (rules.length < 16) return rules;
  let index = chainIndexes.get(rules);
  if (!index) chainIndexes.set(rules, (index = indexChain(rules)));
  const key = `${dst}:${dport}`;
  let answer = index.answers.get(key);
  if (!answer) {
    if (index.answers.size >= MAX_ANSWERS) index.answers.clear();
    answer = inOrder(rules, [
      index.byHost.get(dst) ?? NO_INDEXES,
      index.byPort.get(dport) ?? NO_INDEXES,
      index.general,
    ]);
    index.answers.set(key, answer);
  }
  return answer;
}

const NO_RULES: readonly Rule[] = [];

const BUILTIN = new Set(['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING']);

export function walkChain(table: Table, chain: string, pkt: WalkPacket, env: WalkEnv): WalkResult {
  const walk: string[] = [];
  let mark = pkt.mark;
  const byChain = rulesByChain(table);
  const src = ipToInt(pkt.src);
  const dst = ipToInt(pkt.dst);
  type Outcome = {
    verdict: WalkResult['verdict'] | 'RETURN';
    dnatTo: string | null;
    decidedBy: string | null;
  };
  const run = (name: string, depth: number): Outcome => {
    if (depth > 32) return { verdict: 'DROP', dnatTo: null, decidedBy: null };
    for (const r of candidates(byChain.get(name) ?? NO_RULES, dst, pkt.dport)) {
      if (!matches(r, pkt, src, dst, mark, env)) continue;
      const line = printRule(r);
      if (!r.target) {
        walk.push(line);
        continue;
      }
      walk.push(line);
      switch (r.target) {
        case 'MARK': {
          const [value, mask] = markOf(r.setXmark!);
          mark = ((mark & ~mask) ^ value) >>> 0;
          continue;
        }
        case 'RETURN':
          return { verdict: 'RETURN', dnatTo: null, decidedBy: line };
        case 'DNAT':
          return { verdict: 'DNAT', dnatTo: r.dnatTo!, decidedBy: line };
        case 'ACCEPT':
        case 'DROP':
        case 'REJECT':
        case 'MASQUERADE':
          return { verdict: r.target, dnatTo: null, decidedBy: line };
        default: {
          const inner = run(r.target, depth + 1);
          if (inner.verdict !== 'RETURN') return inner;
        }
      }
    }
    return { verdict: BUILTIN.has(name) ? 'ACCEPT' : 'RETURN', dnatTo: null, decidedBy: null };
  };
  const out = run(chain, 0);
  return {
    verdict: out.verdict === 'RETURN' ? 'ACCEPT' : out.verdict,
    dnatTo: out.dnatTo,
    mark,
    walk,
    decidedBy: out.decidedBy,
  };
}
