// kube-proxy's syncProxyRules for one node, iptables mode (reference §3.1-§3.10): Services and
// EndpointSlices in, the node's nat and filter tables out. Clusters older than v1.25 get the rule
// layout of their kube-proxy (KUBE-XLB-, masquerade rules in KUBE-SERVICES; §0), written by
// compileLegacy.ts; compileModern.ts writes the current one.
import type { Cluster } from '../api/cluster.ts';
import { Builder, comment, MASQ_MARK } from './builder.ts';
import { legacyServiceRules } from './compileLegacy.ts';
import { modernServiceRules, type ServiceRulesEnv } from './compileModern.ts';
import type { Match, Rule, Table } from './rule.ts';
import { proxyServicePorts, type ProxyServicePort } from './serviceEndpoints.ts';

export interface NodeRules {
  readonly node: string;
  readonly nat: Table;
  readonly filter: Table;
}

function natBase(nat: Builder, modern: boolean): void {
  const portals = comment('kubernetes service portals');
  nat.add({ chain: 'PREROUTING', matches: [portals], target: 'KUBE-SERVICES' });
  nat.add({ chain: 'OUTPUT', matches: [portals], target: 'KUBE-SERVICES' });
  nat.add({
    chain: 'POSTROUTING',
    matches: [comment('kubernetes postrouting rules')],
    target: 'KUBE-POSTROUTING',
  });
  nat.add({ chain: 'KUBE-MARK-MASQ', matches: [], target: 'MARK', setXmark: MASQ_MARK });
  if (!modern)
    nat.add({ chain: 'KUBE-MARK-DROP', matches: [], target: 'MARK', setXmark: '0x8000/0x8000' });
  nat.add({
    chain: 'KUBE-POSTROUTING',
    matches: [{ mod: 'mark', negate: true, mark: MASQ_MARK }],
    target: 'RETURN',
  });
  nat.add({ chain: 'KUBE-POSTROUTING', matches: [], target: 'MARK', setXmark: '0x4000/0x0' });
  nat.add({
    chain: 'KUBE-POSTROUTING',
    matches: [comment('kubernetes service traffic requiring SNAT')],
    target: 'MASQUERADE',
    randomFully: true,
  });
  nat.chain('KUBE-NODEPORTS');
  nat.chain('KUBE-SERVICES');
  nat.chain('KUBE-PROXY-CANARY');
  if (!modern) nat.chain('KUBE-KUBELET-CANARY');
}

function filterBase(filter: Builder, clusterCIDR: string, modern: boolean): void {
  const ctNew: Match = { mod: 'conntrack', negate: false, ctstate: 'NEW' };
  const fw = comment('kubernetes load balancer firewall');
  const portals = comment('kubernetes service portals');
  const external = comment('kubernetes externally-visible service portals');
  if (modern) filter.add({ chain: 'INPUT', matches: [ctNew, fw], target: 'KUBE-PROXY-FIREWALL' });
  if (modern)
    filter.add({
      chain: 'INPUT',
      matches: [comment('kubernetes health check service ports')],
      target: 'KUBE-NODEPORTS',
    });
  filter.add({ chain: 'INPUT', matches: [ctNew, external], target: 'KUBE-EXTERNAL-SERVICES' });
  filter.add({ chain: 'INPUT', matches: [], target: 'KUBE-FIREWALL' });
  if (modern) filter.add({ chain: 'FORWARD', matches: [ctNew, fw], target: 'KUBE-PROXY-FIREWALL' });
  filter.add({
    chain: 'FORWARD',
    matches: [comment('kubernetes forwarding rules')],
    target: 'KUBE-FORWARD',
  });
  filter.add({ chain: 'FORWARD', matches: [ctNew, portals], target: 'KUBE-SERVICES' });
  filter.add({ chain: 'FORWARD', matches: [ctNew, external], target: 'KUBE-EXTERNAL-SERVICES' });
  if (modern) filter.add({ chain: 'OUTPUT', matches: [ctNew, fw], target: 'KUBE-PROXY-FIREWALL' });
  filter.add({ chain: 'OUTPUT', matches: [ctNew, portals], target: 'KUBE-SERVICES' });
  filter.add({ chain: 'OUTPUT', matches: [], target: 'KUBE-FIREWALL' });
  if (!modern) {
    filter.add({
      chain: 'KUBE-FIREWALL',
      matches: [
        comment('kubernetes firewall for dropping marked packets'),
        { mod: 'mark', negate: false, mark: '0x8000/0x8000' },
      ],
      target: 'DROP',
    });
  }
  filter.add({
    chain: 'KUBE-FIREWALL',
    source: { cidr: '127.0.0.0/8', negate: true },
    destination: { cidr: '127.0.0.0/8', negate: false },
    matches: [
      comment('block incoming localnet connections'),
      { mod: 'conntrack', negate: true, ctstate: 'RELATED,ESTABLISHED,DNAT' },
    ],
    target: 'DROP',
  });
  filter.add({
    chain: 'KUBE-FORWARD',
    matches: [{ mod: 'conntrack', negate: false, ctstate: 'INVALID' }],
    target: 'DROP',
  });
  filter.add({
    chain: 'KUBE-FORWARD',
    matches: [
      comment('kubernetes forwarding rules'),
      { mod: 'mark', negate: false, mark: MASQ_MARK },
    ],
    target: 'ACCEPT',
  });
  const established: Match = { mod: 'conntrack', negate: false, ctstate: 'RELATED,ESTABLISHED' };
  if (modern) {
    filter.add({
      chain: 'KUBE-FORWARD',
      matches: [comment('kubernetes forwarding conntrack rule'), established],
      target: 'ACCEPT',
    });
  } else {
    filter.add({
      chain: 'KUBE-FORWARD',
      source: { cidr: clusterCIDR, negate: false },
      matches: [comment('kubernetes forwarding conntrack pod source rule'), established],
      target: 'ACCEPT',
    });
    filter.add({
      chain: 'KUBE-FORWARD',
      destination: { cidr: clusterCIDR, negate: false },
      matches: [comment('kubernetes forwarding conntrack pod destination rule'), established],
      target: 'ACCEPT',
    });
  }
  for (const c of [
    'KUBE-EXTERNAL-SERVICES',
    'KUBE-FIREWALL',
    'KUBE-FORWARD',
    'KUBE-PROXY-CANARY',
    'KUBE-SERVICES',
  ])
    filter.chain(c);
  if (modern) {
    filter.chain('KUBE-NODEPORTS');
    filter.chain('KUBE-PROXY-FIREWALL');
  } else filter.chain('KUBE-KUBELET-CANARY');
}

/**
 * Rules depend only on the stored objects and the preset, so they are kept per `cluster.objects`
 * value (a new Map after any change): a burst of requests compiles each node's rules once.
 */
const compiled = new WeakMap<Cluster['objects'], Map<string, NodeRules>>();

export function compileNodeRules(cluster: Cluster, node: string): NodeRules {
  let perNode = compiled.get(cluster.objects);
  if (!perNode) compiled.set(cluster.objects, (perNode = new Map()));
  const hit = perNode.get(node);
  if (hit) return hit;
  const rules = compileNodeRulesFresh(cluster, node);
  perNode.set(node, rules);
  return rules;
}

/** What writing one Service port did to a table: rules added and chains declared, in order. */
type Op = Rule | string;

interface Fragment {
  readonly nat: readonly Op[];
  readonly filter: readonly Op[];
}

/** A Builder that records what is written into it. */
class Recorder extends Builder {
  readonly ops: Op[] = [];
  override add(rule: Rule): void {
    this.ops.push(rule);
  }
  override chain(name: string): void {
    this.ops.push(name);
  }
}

function replay(into: Builder, ops: readonly Op[]): void {
  for (const op of ops) {
    if (typeof op === 'string') into.chain(op);
    else into.add(op);
  }
}

/**
 * A Service port's rules on one node, kept while its ProxyServicePort is the same value (it is,
 * until the Service or its EndpointSlices change): a change to one Service recompiles that
 * Service's rules and reuses every other's, as kube-proxy's change tracker does.
 */
const fragments = new WeakMap<ProxyServicePort, Map<string, Fragment>>();

function fragmentOf(
  p: ProxyServicePort,
  env: ServiceRulesEnv,
  write: (env: ServiceRulesEnv, p: ProxyServicePort) => void,
): Fragment {
  let perNode = fragments.get(p);
  if (!perNode) fragments.set(p, (perNode = new Map()));
  const layout = write === modernServiceRules ? 'modern' : 'legacy';
  const key = `${env.node}|${env.nodeIP}|${env.clusterCIDR}|${layout}`;
  let fragment = perNode.get(key);
  if (!fragment) {
    const nat = new Recorder();
    const filter = new Recorder();
    write({ ...env, nat, filter }, p);
    perNode.set(key, (fragment = { nat: nat.ops, filter: filter.ops }));
  }
  return fragment;
}

function compileNodeRulesFresh(cluster: Cluster, node: string): NodeRules {
  const { clusterCIDR, minor } = cluster.preset;
  const modern = minor >= 25;
  const nat = new Builder();
  const filter = new Builder();
  natBase(nat, modern);
  filterBase(filter, clusterCIDR, modern);
  const env: ServiceRulesEnv = {
    node,
    nodeIP: cluster.preset.nodes.find((n) => n.name === node)?.ip ?? null,
    clusterCIDR,
    nat,
    filter,
  };
  const write = modern ? modernServiceRules : legacyServiceRules;
  for (const p of proxyServicePorts(cluster)) {
    const fragment = fragmentOf(p, env, write);
    replay(nat, fragment.nat);
    replay(filter, fragment.filter);
  }
  // Rules print chain by chain in write order, so this stays the last rule of KUBE-SERVICES.
  nat.add({
    chain: 'KUBE-SERVICES',
    matches: [
      comment('kubernetes service nodeports; NOTE: this must be the last rule in this chain'),
      { mod: 'addrtype', dstType: 'LOCAL' },
    ],
    target: 'KUBE-NODEPORTS',
  });
  return {
    node,
    nat: {
      name: 'nat',
      builtins: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
      chains: [...nat.chains],
      rules: nat.rules,
    },
    filter: {
      name: 'filter',
      builtins: ['INPUT', 'FORWARD', 'OUTPUT'],
      chains: [...filter.chains],
      rules: filter.rules,
    },
  };
}
