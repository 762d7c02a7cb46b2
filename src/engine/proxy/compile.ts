// kube-proxy's syncProxyRules for one node, iptables mode (reference §3.1-§3.5): Services and
// EndpointSlices in, the node's nat and filter tables out. Clusters older than v1.25 get the rule
// layout of their kube-proxy (KUBE-XLB-, masquerade rules in KUBE-SERVICES; §0).
import type { Cluster } from '../api/cluster.ts';
import { endpointChain, externalChain, localServiceChain, serviceChain } from './chainNames.ts';
import { kernelProbability, type Match, type Rule, type Table } from './rule.ts';
import {
  proxyServicePorts,
  usableEndpoints,
  type ProxyEndpoint,
  type ProxyServicePort,
} from './serviceEndpoints.ts';

const MASQ_MARK = '0x4000/0x4000';
const comment = (text: string): Match => ({ mod: 'comment', text });
const portMatch = (p: ProxyServicePort, dport?: number): Match =>
  dport === undefined ? { mod: p.protocol } : { mod: p.protocol, dport };

export interface NodeRules {
  readonly node: string;
  readonly nat: Table;
  readonly filter: Table;
}

class Builder {
  readonly rules: Rule[] = [];
  readonly chains = new Set<string>();
  add(rule: Rule): void {
    this.rules.push(rule);
    if (!rule.chain.match(/^(PREROUTING|INPUT|OUTPUT|POSTROUTING|FORWARD)$/))
      this.chains.add(rule.chain);
  }
  chain(name: string): void {
    this.chains.add(name);
  }
}

/** Rules that spread new connections over `eps` (1/(n-i) for rule i; the last always matches). */
function dispatch(
  nat: Builder,
  chain: string,
  p: ProxyServicePort,
  eps: readonly ProxyEndpoint[],
  modern: boolean,
): void {
  eps.forEach((ep, i) => {
    const matches: Match[] = [
      comment(modern ? `${p.servicePort} -> ${ep.address}` : p.servicePort),
    ];
    if (i < eps.length - 1)
      matches.push({ mod: 'statistic', probability: kernelProbability(eps.length - i) });
    nat.add({ chain, matches, target: endpointChain(p.servicePort, p.protocol, ep.address) });
  });
}

function endpointChains(nat: Builder, p: ProxyServicePort, eps: readonly ProxyEndpoint[]): void {
  for (const ep of eps) {
    const sep = endpointChain(p.servicePort, p.protocol, ep.address);
    const ip = ep.address.slice(0, ep.address.lastIndexOf(':'));
    nat.add({
      chain: sep,
      source: { cidr: ip, negate: false },
      matches: [comment(p.servicePort)],
      target: 'KUBE-MARK-MASQ',
    });
    nat.add({
      chain: sep,
      protocol: p.protocol,
      matches: [comment(p.servicePort), portMatch(p)],
      target: 'DNAT',
      dnatTo: ep.address,
    });
  }
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

function compileNodeRulesFresh(cluster: Cluster, node: string): NodeRules {
  const { clusterCIDR, minor } = cluster.preset;
  const modern = minor >= 25;
  const nat = new Builder();
  const filter = new Builder();
  natBase(nat, modern);
  filterBase(filter, clusterCIDR, modern);
  const services: Rule[] = [];
  const nodePorts: Rule[] = [];

  for (const p of proxyServicePorts(cluster)) {
    const all = usableEndpoints(p.endpoints);
    const local = usableEndpoints(p.endpoints.filter((e) => e.nodeName === node));
    const svc = serviceChain(p.servicePort, p.protocol);
    const vip = { cidr: p.clusterIP, negate: false };
    const clusterIPComment = comment(`${p.servicePort} cluster IP`);
    const masqOffCluster: Omit<Rule, 'chain'> = {
      source: { cidr: clusterCIDR, negate: true },
      destination: vip,
      protocol: p.protocol,
      matches: [clusterIPComment, portMatch(p, p.port)],
      target: 'KUBE-MARK-MASQ',
    };
    if (all.length === 0) {
      const none = comment(`${p.servicePort} has no endpoints`);
      filter.add({
        chain: 'KUBE-SERVICES',
        destination: vip,
        protocol: p.protocol,
        matches: [none, portMatch(p, p.port)],
        target: 'REJECT',
      });
      if (p.nodePort !== null) {
        filter.add({
          chain: 'KUBE-EXTERNAL-SERVICES',
          protocol: p.protocol,
          matches: [none, { mod: 'addrtype', dstType: 'LOCAL' }, portMatch(p, p.nodePort)],
          target: 'REJECT',
        });
      }
      continue;
    }
    if (modern) {
      services.push({
        chain: 'KUBE-SERVICES',
        destination: vip,
        protocol: p.protocol,
        matches: [clusterIPComment, portMatch(p, p.port)],
        target: svc,
      });
      nat.add({ chain: svc, ...masqOffCluster });
    } else {
      services.push({ chain: 'KUBE-SERVICES', ...masqOffCluster });
      services.push({
        chain: 'KUBE-SERVICES',
        destination: vip,
        protocol: p.protocol,
        matches: [clusterIPComment, portMatch(p, p.port)],
        target: svc,
      });
    }
    dispatch(nat, svc, p, all, modern);
    endpointChains(nat, p, all);

    if (p.nodePort === null) continue;
    const nodePortMatches = [comment(p.servicePort), portMatch(p, p.nodePort)];
    if (p.externalTrafficPolicy === 'Cluster') {
      if (modern) {
        const ext = externalChain(p.servicePort, p.protocol);
        nodePorts.push({
          chain: 'KUBE-NODEPORTS',
          protocol: p.protocol,
          matches: nodePortMatches,
          target: ext,
        });
        nat.add({
          chain: ext,
          matches: [comment(`masquerade traffic for ${p.servicePort} external destinations`)],
          target: 'KUBE-MARK-MASQ',
        });
        nat.add({ chain: ext, matches: [], target: svc });
      } else {
        nodePorts.push({
          chain: 'KUBE-NODEPORTS',
          protocol: p.protocol,
          matches: nodePortMatches,
          target: 'KUBE-MARK-MASQ',
        });
        nodePorts.push({
          chain: 'KUBE-NODEPORTS',
          protocol: p.protocol,
          matches: nodePortMatches,
          target: svc,
        });
      }
      continue;
    }
    // externalTrafficPolicy: Local
    const srcLocal: Match = { mod: 'addrtype', srcType: 'LOCAL' };
    const podSource = { cidr: clusterCIDR, negate: false };
    if (modern) {
      const ext = externalChain(p.servicePort, p.protocol);
      nodePorts.push({
        chain: 'KUBE-NODEPORTS',
        protocol: p.protocol,
        matches: nodePortMatches,
        target: ext,
      });
      nat.add({
        chain: ext,
        source: podSource,
        matches: [comment(`pod traffic for ${p.servicePort} external destinations`)],
        target: svc,
      });
      nat.add({
        chain: ext,
        matches: [
          comment(`masquerade LOCAL traffic for ${p.servicePort} external destinations`),
          srcLocal,
        ],
        target: 'KUBE-MARK-MASQ',
      });
      nat.add({
        chain: ext,
        matches: [
          comment(`route LOCAL traffic for ${p.servicePort} external destinations`),
          srcLocal,
        ],
        target: svc,
      });
      if (local.length) {
        const svl = localServiceChain(p.servicePort, p.protocol);
        nat.add({ chain: ext, matches: [], target: svl });
        dispatch(nat, svl, p, local, modern);
      } else {
        filter.add({
          chain: 'KUBE-EXTERNAL-SERVICES',
          protocol: p.protocol,
          matches: [
            comment(`${p.servicePort} has no local endpoints`),
            { mod: 'addrtype', dstType: 'LOCAL' },
            portMatch(p, p.nodePort),
          ],
          target: 'DROP',
        });
      }
    } else {
      const xlb = `KUBE-XLB-${svc.slice('KUBE-SVC-'.length)}`;
      nodePorts.push({
        chain: 'KUBE-NODEPORTS',
        protocol: p.protocol,
        matches: nodePortMatches,
        target: xlb,
      });
      nat.add({
        chain: xlb,
        source: podSource,
        matches: [comment('Redirect pods trying to reach external loadbalancer VIP to clusterIP')],
        target: svc,
      });
      nat.add({
        chain: xlb,
        matches: [comment(`masquerade LOCAL traffic for ${p.servicePort} LB IP`), srcLocal],
        target: 'KUBE-MARK-MASQ',
      });
      nat.add({
        chain: xlb,
        matches: [
          comment(`route LOCAL traffic for ${p.servicePort} LB IP to service chain`),
          srcLocal,
        ],
        target: svc,
      });
      if (local.length === 0) {
        nat.add({
          chain: xlb,
          matches: [comment(`${p.servicePort} has no local endpoints`)],
          target: 'KUBE-MARK-DROP',
        });
      } else {
        local.forEach((ep, i) => {
          const matches: Match[] = [comment(`Balancing rule ${i} for ${p.servicePort}`)];
          if (i < local.length - 1)
            matches.push({ mod: 'statistic', probability: kernelProbability(local.length - i) });
          nat.add({
            chain: xlb,
            matches,
            target: endpointChain(p.servicePort, p.protocol, ep.address),
          });
        });
      }
    }
  }
  for (const r of services) nat.add(r);
  nat.add({
    chain: 'KUBE-SERVICES',
    matches: [
      comment('kubernetes service nodeports; NOTE: this must be the last rule in this chain'),
      { mod: 'addrtype', dstType: 'LOCAL' },
    ],
    target: 'KUBE-NODEPORTS',
  });
  for (const r of nodePorts) nat.add(r);
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
