// One Service port's rules in the layout of kube-proxy v1.25 and later (pkg/proxy/iptables/
// proxier.go syncProxyRules, writeServiceToEndpointRules; reference §3.2-§3.10): KUBE-SVC/SVL
// policy chains, KUBE-EXT for external destinations, KUBE-FW for source ranges, and the filter
// table's REJECT/DROP rules.
import {
  endpointChain,
  externalChain,
  firewallChain,
  localServiceChain,
  serviceChain,
} from './chainNames.ts';
import type { Builder } from './builder.ts';
import { comment, endpointChains, host, portMatch, rcheck, union } from './builder.ts';
import { inCidr } from '../net/ipv4.ts';
import { kernelProbability, type Match } from './rule.ts';
import { usableEndpoints, type ProxyEndpoint, type ProxyServicePort } from './serviceEndpoints.ts';

export interface ServiceRulesEnv {
  readonly node: string;
  readonly nodeIP: string | null;
  readonly clusterCIDR: string;
  readonly nat: Builder;
  readonly filter: Builder;
}

/** Affinity checks, then the random spread: 1/(n-i) for rule i, the last always taken (§3.5-§3.6). */
function writeDispatch(
  nat: Builder,
  chain: string,
  p: ProxyServicePort,
  eps: readonly ProxyEndpoint[],
): void {
  const seps = eps.map((ep) => endpointChain(p.servicePort, p.protocol, ep.address));
  if (p.affinitySeconds !== null) {
    eps.forEach((ep, i) =>
      nat.add({
        chain,
        matches: [
          comment(`${p.servicePort} -> ${ep.address}`),
          rcheck(seps[i]!, p.affinitySeconds!),
        ],
        target: seps[i]!,
      }),
    );
  }
  eps.forEach((ep, i) => {
    const matches: Match[] = [comment(`${p.servicePort} -> ${ep.address}`)];
    if (i < eps.length - 1)
      matches.push({ mod: 'statistic', probability: kernelProbability(eps.length - i) });
    nat.add({ chain, matches, target: seps[i]! });
  });
}

export function modernServiceRules(env: ServiceRulesEnv, p: ProxyServicePort): void {
  const { nat, filter, node, clusterCIDR } = env;
  const clusterEps = usableEndpoints(p.endpoints);
  const localEps = usableEndpoints(p.endpoints.filter((e) => e.nodeName === node));
  const hasEndpoints = clusterEps.length > 0 || localEps.length > 0;
  const itpLocal = p.internalTrafficPolicy === 'Local';
  const etpLocal = p.external && p.externalTrafficPolicy === 'Local';

  const svc = serviceChain(p.servicePort, p.protocol);
  const svl = localServiceChain(p.servicePort, p.protocol);
  const ext = externalChain(p.servicePort, p.protocol);
  const fw = firewallChain(p.servicePort, p.protocol);

  // ServicePort.UsesClusterEndpoints / UsesLocalEndpoints (pkg/proxy/serviceport.go).
  const usesClusterChain = clusterEps.length > 0 && (!itpLocal || p.external);
  const usesLocalChain = localEps.length > 0 && (itpLocal || etpLocal);
  const internalChain = itpLocal ? svl : svc;
  const hasInternal = itpLocal ? localEps.length > 0 : hasEndpoints;
  const externalPolicyChain = etpLocal ? svl : svc;
  const hasExternal = etpLocal ? localEps.length > 0 : hasEndpoints;
  const usesExtChain = hasEndpoints && p.external;
  const usesFwChain = hasEndpoints && p.loadBalancerIPs.length > 0 && p.sourceRanges.length > 0;

  const noEndpoints = comment(`${p.servicePort} has no endpoints`);
  const noLocal = comment(`${p.servicePort} has no local endpoints`);
  // With endpoints elsewhere but none here a Local policy drops (timeout); with none at all the
  // port is rejected (connection refused).
  const filterRule = hasEndpoints
    ? { c: noLocal, target: 'DROP' }
    : { c: noEndpoints, target: 'REJECT' };
  const internalFilter = filterRule;
  const externalFilter = filterRule;
  const vipRule = (ip: string, text: string, target: string) => ({
    chain: 'KUBE-SERVICES',
    destination: host(ip),
    protocol: p.protocol,
    matches: [comment(`${p.servicePort} ${text}`), portMatch(p, p.port)],
    target,
  });

  // Internal traffic: the ClusterIP.
  if (hasInternal) {
    nat.add(vipRule(p.clusterIP, 'cluster IP', internalChain));
    // Off-cluster sources reaching the ClusterIP are masqueraded in whichever chain the ClusterIP
    // jumps to: SVC, or SVL with internalTrafficPolicy Local (§3.4).
    nat.add({
      chain: internalChain,
      source: { cidr: clusterCIDR, negate: true },
      destination: host(p.clusterIP),
      protocol: p.protocol,
      matches: [comment(`${p.servicePort} cluster IP`), portMatch(p, p.port)],
      target: 'KUBE-MARK-MASQ',
    });
  } else {
    filter.add({
      chain: 'KUBE-SERVICES',
      destination: host(p.clusterIP),
      protocol: p.protocol,
      matches: [internalFilter.c, portMatch(p, p.port)],
      target: internalFilter.target,
    });
  }

  // External destinations: externalIPs, load-balancer IPs, the nodePort.
  for (const ip of p.externalIPs) {
    if (hasEndpoints) nat.add(vipRule(ip, 'external IP', ext));
    if (!hasExternal)
      filter.add({
        chain: 'KUBE-EXTERNAL-SERVICES',
        destination: host(ip),
        protocol: p.protocol,
        matches: [externalFilter.c, portMatch(p, p.port)],
        target: externalFilter.target,
      });
  }
  for (const ip of p.loadBalancerIPs) {
    if (hasEndpoints) nat.add(vipRule(ip, 'loadbalancer IP', usesFwChain ? fw : ext));
    if (usesFwChain)
      filter.add({
        chain: 'KUBE-PROXY-FIREWALL',
        destination: host(ip),
        protocol: p.protocol,
        matches: [comment(`${p.servicePort} traffic not accepted by ${fw}`), portMatch(p, p.port)],
        target: 'DROP',
      });
  }
  if (!hasExternal)
    for (const ip of p.loadBalancerIPs)
      filter.add({
        chain: 'KUBE-EXTERNAL-SERVICES',
        destination: host(ip),
        protocol: p.protocol,
        matches: [externalFilter.c, portMatch(p, p.port)],
        target: externalFilter.target,
      });
  if (p.nodePort !== null) {
    if (hasEndpoints)
      nat.add({
        chain: 'KUBE-NODEPORTS',
        protocol: p.protocol,
        matches: [comment(p.servicePort), portMatch(p, p.nodePort)],
        target: ext,
      });
    if (!hasExternal)
      filter.add({
        chain: 'KUBE-EXTERNAL-SERVICES',
        protocol: p.protocol,
        matches: [
          externalFilter.c,
          { mod: 'addrtype', dstType: 'LOCAL' },
          portMatch(p, p.nodePort),
        ],
        target: externalFilter.target,
      });
  }
  if (p.healthCheckNodePort !== null)
    filter.add({
      chain: 'KUBE-NODEPORTS',
      protocol: 'tcp',
      matches: [
        comment(`${p.servicePort} health check node port`),
        { mod: 'tcp', dport: p.healthCheckNodePort },
      ],
      target: 'ACCEPT',
    });

  if (!hasEndpoints) return;

  if (usesExtChain) {
    nat.chain(ext);
    if (!etpLocal) {
      nat.add({
        chain: ext,
        matches: [comment(`masquerade traffic for ${p.servicePort} external destinations`)],
        target: 'KUBE-MARK-MASQ',
      });
    } else {
      const srcLocal: Match = { mod: 'addrtype', srcType: 'LOCAL' };
      nat.add({
        chain: ext,
        source: { cidr: clusterCIDR, negate: false },
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
    }
    if (hasExternal) nat.add({ chain: ext, matches: [], target: externalPolicyChain });
  }

  if (usesFwChain) {
    const lb = comment(`${p.servicePort} loadbalancer IP`);
    let allowFromNode = false;
    for (const cidr of p.sourceRanges) {
      nat.add({ chain: fw, source: { cidr, negate: false }, matches: [lb], target: ext });
      if (env.nodeIP !== null && inCidr(env.nodeIP, cidr)) allowFromNode = true;
    }
    // A VIP the node holds loops back with the VIP as source: let the node's own requests in.
    if (allowFromNode)
      for (const ip of p.loadBalancerIPs)
        nat.add({ chain: fw, source: host(ip), matches: [lb], target: ext });
    nat.add({
      chain: fw,
      matches: [
        comment(`other traffic to ${p.servicePort} will be dropped by KUBE-PROXY-FIREWALL`),
      ],
    });
  }

  if (usesClusterChain) writeDispatch(nat, svc, p, clusterEps);
  if (usesLocalChain) writeDispatch(nat, svl, p, localEps);
  endpointChains(nat, p, union(usesClusterChain ? clusterEps : [], usesLocalChain ? localEps : []));
}
