// One iptables rule as data. The same value is printed by iptables-save and evaluated by the packet
// walk, so what a trace shows and what `iptables-save` prints can never disagree.

export type Match =
  | { readonly mod: 'comment'; readonly text: string }
  | { readonly mod: 'tcp' | 'udp' | 'sctp'; readonly dport?: number }
  | { readonly mod: 'addrtype'; readonly dstType?: 'LOCAL'; readonly srcType?: 'LOCAL' }
  | { readonly mod: 'statistic'; readonly probability: number }
  /**
   * xt_recent as kube-proxy uses it for sessionAffinity ClientIP (reference §3.6): `rcheck` on the
   * SVC/SVL dispatch rules, `set` on the SEP's DNAT rule; always source-keyed with a /32 mask.
   */
  | {
      readonly mod: 'recent';
      readonly op: 'rcheck' | 'set';
      readonly name: string;
      readonly seconds?: number;
      readonly reap?: boolean;
    }
  | { readonly mod: 'mark'; readonly negate: boolean; readonly mark: string }
  | { readonly mod: 'conntrack'; readonly negate: boolean; readonly ctstate: string };

export interface Rule {
  readonly chain: string;
  readonly source?: { readonly cidr: string; readonly negate: boolean };
  readonly destination?: { readonly cidr: string; readonly negate: boolean };
  readonly protocol?: 'tcp' | 'udp' | 'sctp';
  readonly matches: readonly Match[];
  /** A chain to jump to, or a target: DNAT, MARK, MASQUERADE, RETURN, REJECT, DROP, ACCEPT. */
  readonly target?: string;
  readonly dnatTo?: string;
  readonly setXmark?: string;
  readonly randomFully?: boolean;
}

export interface Table {
  readonly name: 'nat' | 'filter';
  /** Built-in chains with their policy, in iptables' order. */
  readonly builtins: readonly string[];
  /** User chains (sorted when printed). */
  readonly chains: readonly string[];
  readonly rules: readonly Rule[];
}

/** What kube-proxy writes (`%0.10f` of 1/n) as the kernel stores it: a 31-bit fraction (§3.5). */
export function kernelProbability(n: number): number {
  const written = Number((1 / n).toFixed(10));
  return Math.round(written * 2 ** 31) / 2 ** 31;
}

/** libxtables' xtables_save_string: bare only for [A-Za-z0-9_-], else quoted with escapes. */
function saveString(text: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(text)) return text;
  return `"${text.replace(/["\\']/g, (c) => `\\${c}`)}"`;
}

export function hostCidr(cidr: string): string {
  return cidr.includes('/') ? cidr : `${cidr}/32`;
}

function printMatch(m: Match): string {
  switch (m.mod) {
    case 'comment':
      return `-m comment --comment ${saveString(m.text)}`;
    case 'tcp':
    case 'udp':
    case 'sctp':
      return m.dport === undefined ? `-m ${m.mod}` : `-m ${m.mod} --dport ${m.dport}`;
    case 'addrtype':
      return `-m addrtype${m.srcType ? ` --src-type ${m.srcType}` : ''}${m.dstType ? ` --dst-type ${m.dstType}` : ''}`;
    case 'statistic':
      return `-m statistic --mode random --probability ${m.probability.toFixed(11)}`;
    case 'recent':
      // libxt_recent's recent_save: op, --seconds, --reap, --name, --mask, --rsource.
      return (
        `-m recent --${m.op}` +
        (m.seconds !== undefined ? ` --seconds ${m.seconds}` : '') +
        (m.reap ? ' --reap' : '') +
        ` --name ${m.name} --mask 255.255.255.255 --rsource`
      );
    case 'mark':
      return `-m mark ${m.negate ? '! ' : ''}--mark ${m.mark}`;
    case 'conntrack':
      return `-m conntrack ${m.negate ? '! ' : ''}--ctstate ${m.ctstate}`;
  }
}

const printed = new WeakMap<Rule, string>();

/**
 * The rule in iptables-save form (reference §3.11 formatting rules), printed once per rule value
 * (a Service's rules are reused from one compile to the next while it does not change).
 */
export function printRule(r: Rule): string {
  let line = printed.get(r);
  if (line === undefined) printed.set(r, (line = printRuleFresh(r)));
  return line;
}

function printRuleFresh(r: Rule): string {
  const parts = [`-A ${r.chain}`];
  if (r.source) parts.push(`${r.source.negate ? '! ' : ''}-s ${hostCidr(r.source.cidr)}`);
  if (r.destination)
    parts.push(`${r.destination.negate ? '! ' : ''}-d ${hostCidr(r.destination.cidr)}`);
  if (r.protocol) parts.push(`-p ${r.protocol}`);
  for (const m of r.matches) parts.push(printMatch(m));
  if (r.target) {
    let target = `-j ${r.target}`;
    if (r.target === 'DNAT') target += ` --to-destination ${r.dnatTo}`;
    if (r.target === 'MARK') target += ` --set-xmark ${r.setXmark}`;
    if (r.target === 'MASQUERADE' && r.randomFully) target += ' --random-fully';
    if (r.target === 'REJECT') target += ' --reject-with icmp-port-unreachable';
    parts.push(target);
  }
  return parts.join(' ');
}

/** Each table's rules grouped by chain in table order, built once per table value. */
const chainIndex = new WeakMap<Table, Map<string, Rule[]>>();

export function rulesByChain(table: Table): ReadonlyMap<string, readonly Rule[]> {
  let index = chainIndex.get(table);
  if (index) return index;
  index = new Map();
  for (const r of table.rules) {
    const list = index.get(r.chain);
    if (list) list.push(r);
    else index.set(r.chain, [r]);
  }
  chainIndex.set(table, index);
  return index;
}

/** `iptables-save` output for the given tables. */
export function iptablesSave(tables: readonly Table[], version: string, date: string): string {
  const out: string[] = [];
  for (const t of tables) {
    out.push(`# Generated by iptables-save ${version} on ${date}`, `*${t.name}`);
    for (const b of t.builtins) out.push(`:${b} ACCEPT [0:0]`);
    const chains = [...t.chains].sort();
    for (const c of chains) out.push(`:${c} - [0:0]`);
    const order = [...t.builtins, ...chains];
    const byChain = rulesByChain(t);
    for (const chain of order) for (const r of byChain.get(chain) ?? []) out.push(printRule(r));
    out.push('COMMIT', `# Completed on ${date}`);
  }
  return out.join('\n') + '\n';
}
