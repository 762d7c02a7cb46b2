// The kernel state that packets leave behind on each node (reference §3.6, §4): the conntrack table,
// the `recent` module's source tables behind sessionAffinity, and the lab's open keep-alive
// connections. It changes on every packet, so unlike the Cluster value it is mutable and belongs to
// one session; entries expire lazily against the simulated clock (cluster.now).
import { recentTables, type RecentState } from '../proxy/recent.ts';
import type { RecentTables } from '../proxy/walk.ts';

/** One direction of a flow, as conntrack prints it. */
export interface Tuple {
  readonly src: string;
  readonly sport: number;
  readonly dst: string;
  readonly dport: number;
}

export type FlowProto = 'tcp' | 'udp' | 'icmp';

export interface ConntrackEntry {
  readonly proto: FlowProto;
  /** The packet as this node first saw it. */
  readonly orig: Tuple;
  /** The reply this node expects (the original after its NAT, turned around). */
  readonly reply: Tuple;
  state: 'ESTABLISHED' | 'TIME_WAIT' | 'SYN_SENT' | null;
  /** Simulated ms when the entry goes away. */
  expiresAt: number;
  assured: boolean;
  replied: boolean;
}

/**
 * Timeouts in seconds. TCP ESTABLISHED is kube-proxy's `conntrack.tcpEstablishedTimeout` (24 h,
 * written to nf_conntrack_tcp_timeout_established); the rest are the kernel's defaults.
 */
export const CT_TIMEOUT = {
  established: 86400,
  timeWait: 120,
  udp: 30,
  icmp: 30,
} as const;

const PROTO_NUMBER: Readonly<Record<FlowProto, number>> = { tcp: 6, udp: 17, icmp: 1 };

export const tupleKey = (proto: FlowProto, t: Tuple): string =>
  `${proto} ${t.src}:${t.sport}>${t.dst}:${t.dport}`;

export const swap = (t: Tuple): Tuple => ({
  src: t.dst,
  sport: t.dport,
  dst: t.src,
  dport: t.sport,
});

/** `conntrack -L`'s line for an entry (conntrack-tools' default output). */
export function conntrackLine(e: ConntrackEntry, now: number): string {
  const left = Math.max(0, Math.ceil((e.expiresAt - now) / 1000));
  const head = `${e.proto.padEnd(8)} ${PROTO_NUMBER[e.proto]} ${left}${e.state ? ` ${e.state}` : ''}`;
  const part = (t: Tuple) =>
    e.proto === 'icmp'
      ? `src=${t.src} dst=${t.dst}`
      : `src=${t.src} dst=${t.dst} sport=${t.sport} dport=${t.dport}`;
  const icmpOrig = e.proto === 'icmp' ? ` type=8 code=0 id=${e.orig.sport}` : '';
  const icmpReply = e.proto === 'icmp' ? ` type=0 code=0 id=${e.reply.dport}` : '';
  return (
    `${head} ${part(e.orig)}${icmpOrig}${e.replied ? '' : ' [UNREPLIED]'} ${part(e.reply)}${icmpReply}` +
    `${e.assured ? ' [ASSURED]' : ''} mark=0 use=1`
  );
}

export class NetState {
  /** node -> original-direction key -> entry; each entry is also indexed by its reply key. */
  private readonly tables = new Map<string, Map<string, ConntrackEntry>>();
  /** node -> recent list name (KUBE-SEP-...) -> source IP -> last seen (ms). */
  private readonly recentTables = new Map<string, RecentState>();
  /** Keep-alive connections the lab's clients hold open: key -> source port. */
  readonly connections = new Map<string, { sport: number; lastUsed: number }>();
  /** Values programs keep (the counter app's count, per Redis pod). */
  readonly counters = new Map<string, number>();
  /** ingress-nginx's round-robin position per upstream. */
  readonly roundRobin = new Map<string, number>();

  private table(node: string): Map<string, ConntrackEntry> {
    let t = this.tables.get(node);
    if (!t) this.tables.set(node, (t = new Map()));
    return t;
  }

  /** The live entry a packet belongs to on `node`, in either direction. */
  lookup(node: string, proto: FlowProto, t: Tuple, now: number): ConntrackEntry | null {
    const table = this.tables.get(node);
    const e = table?.get(tupleKey(proto, t));
    if (!e) return null;
    if (e.expiresAt <= now) {
      this.remove(node, e);
      return null;
    }
    return e;
  }

  add(node: string, entry: ConntrackEntry): void {
    const table = this.table(node);
    table.set(tupleKey(entry.proto, entry.orig), entry);
    table.set(tupleKey(entry.proto, entry.reply), entry);
  }

  remove(node: string, entry: ConntrackEntry): void {
    const table = this.tables.get(node);
    if (!table) return;
    table.delete(tupleKey(entry.proto, entry.orig));
    table.delete(tupleKey(entry.proto, entry.reply));
  }

  /** Live entries of a node, oldest first (the order conntrack -L walks the hash is arbitrary). */
  entries(node: string, now: number): ConntrackEntry[] {
    const table = this.tables.get(node);
    if (!table) return [];
    const out: ConntrackEntry[] = [];
    for (const [key, e] of table) {
      if (e.expiresAt <= now) {
        table.delete(key);
        continue;
      }
      if (key === tupleKey(e.proto, e.orig)) out.push(e);
    }
    return out;
  }

  /** The `recent` module's tables of one node, for the rule walker (reference §3.6). */
  recent(node: string, now: number): RecentTables {
    let lists = this.recentTables.get(node);
    if (!lists) this.recentTables.set(node, (lists = new Map()));
    return recentTables(lists, now);
  }

  /** Forgets everything a powered-off node's kernel held. */
  forgetNode(node: string): void {
    this.tables.delete(node);
    this.recentTables.delete(node);
  }
}
