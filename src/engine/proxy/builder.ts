// Small pieces shared by the rule compilers of both kube-proxy layouts: a table being written, the
// match helpers, and the per-endpoint (KUBE-SEP) chains, which did not change between them.
import { endpointChain } from './chainNames.ts';
import type { Match, Rule } from './rule.ts';
import type { ProxyEndpoint, ProxyServicePort } from './serviceEndpoints.ts';

export const MASQ_MARK = '0x4000/0x4000';
export const comment = (text: string): Match => ({ mod: 'comment', text });
export const portMatch = (p: ProxyServicePort, dport?: number): Match =>
  dport === undefined ? { mod: p.protocol } : { mod: p.protocol, dport };
export const host = (ip: string) => ({ cidr: ip, negate: false });

const BUILTIN = new Set(['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING']);

/** A table being written: rules in kube-proxy's write order, and the user chains it declares. */
export class Builder {
  readonly rules: Rule[] = [];
  readonly chains = new Set<string>();
  add(rule: Rule): void {
    this.rules.push(rule);
    if (!BUILTIN.has(rule.chain)) this.chains.add(rule.chain);
  }
  chain(name: string): void {
    this.chains.add(name);
  }
}

/** `-m recent --rcheck --seconds N --reap --name SEP` (reference §3.6). */
export function rcheck(sep: string, seconds: number): Match {
  return { mod: 'recent', op: 'rcheck', name: sep, seconds, reap: true };
}

/** KUBE-SEP chains: the hairpin masquerade rule, then the DNAT (with `recent --set` for affinity). */
export function endpointChains(
  nat: Builder,
  p: ProxyServicePort,
  eps: readonly ProxyEndpoint[],
): void {
  for (const ep of eps) {
    const sep = endpointChain(p.servicePort, p.protocol, ep.address);
    nat.add({
      chain: sep,
      source: host(ep.ip),
      matches: [comment(p.servicePort)],
      target: 'KUBE-MARK-MASQ',
    });
    const dnat: Match[] = [comment(p.servicePort)];
    if (p.affinitySeconds !== null) dnat.push({ mod: 'recent', op: 'set', name: sep });
    dnat.push(portMatch(p));
    nat.add({
      chain: sep,
      protocol: p.protocol,
      matches: dnat,
      target: 'DNAT',
      dnatTo: ep.address,
    });
  }
}

/** Endpoints used by either policy chain, once each, in "ip:port" order. */
export function union(a: readonly ProxyEndpoint[], b: readonly ProxyEndpoint[]): ProxyEndpoint[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return [...b];
  const seen = new Map<string, ProxyEndpoint>();
  for (const e of a) seen.set(e.address, e);
  for (const e of b) seen.set(e.address, e);
  return [...seen.values()].sort((x, y) =>
    x.address < y.address ? -1 : x.address > y.address ? 1 : 0,
  );
}
