// A node's iptables as the inspector shows it: `iptables-save` output parsed into tables, chains
// and rules, with the chain walk of one hop marked (which rules it passed, in what order) and the
// rule that decided the hop singled out. Pure: text and a hop's walk in, plain data out.

export interface RuleRow {
  /** The iptables-save line, as printed ("-A CHAIN ..."). */
  readonly line: string;
  /** 1-based position in the hop's walk, or null when the packet did not pass this rule. */
  readonly step: number | null;
  readonly decisive: boolean;
}

export interface ChainNode {
  readonly name: string;
  /** "ACCEPT"/"DROP" for a built-in chain, "-" for a user chain (the `:CHAIN POLICY` line). */
  readonly policy: string;
  readonly rules: readonly RuleRow[];
  /** The walk passed through this chain (the tree opens it). */
  readonly walked: boolean;
  readonly decisive: boolean;
}

export interface TableNode {
  readonly name: string;
  readonly chains: readonly ChainNode[];
  readonly walked: boolean;
}

interface RawTable {
  name: string;
  chains: { name: string; policy: string; rules: string[] }[];
}

/** `iptables-save` text as tables (`*nat`), chains (`:NAME POLICY [p:b]`) and rules (`-A NAME`). */
export function parseIptablesSave(text: string): RawTable[] {
  const tables: RawTable[] = [];
  let table: RawTable | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('*')) {
      table = { name: line.slice(1), chains: [] };
      tables.push(table);
    } else if (table !== null && line.startsWith(':')) {
      const [name = '', policy = '-'] = line.slice(1).split(' ');
      table.chains.push({ name, policy, rules: [] });
    } else if (table !== null && line.startsWith('-A ')) {
      const name = line.split(' ')[1] ?? '';
      let chain = table.chains.find((c) => c.name === name);
      if (chain === undefined) {
        // iptables-save declares every chain first; be lenient with hand-written input.
        chain = { name, policy: '-', rules: [] };
        table.chains.push(chain);
      }
      chain.rules.push(line);
    }
  }
  return tables;
}

/**
 * The tree with a hop's walk marked. The walk's rules are found in the table that holds the
 * deciding rule (or, without one, the table holding most of the walk); a rule the walk passes
 * twice keeps its first step number.
 */
export function ruleTree(
  text: string,
  walk: readonly string[],
  decisive: string | null,
): TableNode[] {
  const tables = parseIptablesSave(text);
  const holds = (t: RawTable, line: string) => t.chains.some((c) => c.rules.includes(line));
  const score = (t: RawTable) => walk.filter((line) => holds(t, line)).length;
  const home =
    (decisive === null ? undefined : tables.find((t) => holds(t, decisive))) ??
    [...tables].sort((a, b) => score(b) - score(a)).find((t) => score(t) > 0);
  const steps = new Map<string, number>();
  walk.forEach((line, i) => {
    if (!steps.has(line)) steps.set(line, i + 1);
  });
  return tables.map((t): TableNode => {
    const mine = t === home;
    const chains = t.chains.map((c): ChainNode => {
      const rules = c.rules.map((line): RuleRow => ({
        line,
        step: mine ? (steps.get(line) ?? null) : null,
        decisive: mine && line === decisive,
      }));
      return {
        name: c.name,
        policy: c.policy,
        rules,
        walked: rules.some((r) => r.step !== null),
        decisive: rules.some((r) => r.decisive),
      };
    });
    return { name: t.name, chains, walked: chains.some((c) => c.walked) };
  });
}

/** Which node's rules a hop names: "node/NAME" hops only (pods and balancers have none here). */
export function ruleNode(at: string): string | null {
  return at.startsWith('node/') ? at.slice('node/'.length) : null;
}
