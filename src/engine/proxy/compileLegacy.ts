// One Service port's rules in the layout kube-proxy v1.20 wrote (pkg/proxy/iptables/proxier.go of
// that release; reference §0): masquerade rules beside the jumps in KUBE-SERVICES and
// KUBE-NODEPORTS, KUBE-XLB- for externalTrafficPolicy Local, KUBE-FW- ending in KUBE-MARK-DROP.
//
// Version notes, from the pull requests that changed this code:
// - externalIPs jump straight to KUBE-SVC (after a KUBE-MARK-MASQ rule) or to KUBE-XLB with Local
//   policy; kubernetes/kubernetes#96296 (merged 2020-11, after the v1.20 freeze) only changed who
//   is masqueraded, and the older physdev rules were already gone.
// - REJECT rules for load-balancer IPs sit in KUBE-EXTERNAL-SERVICES since #95252 (v1.20).
// - No filter KUBE-NODEPORTS / health-check ACCEPT rule: #97824 added it in v1.21.
// - Only ready endpoints are used; the serving/terminating fallback came with
//   ProxyTerminatingEndpoints (v1.22), and internalTrafficPolicy with v1.21.
import { endpointChain, firewallChain, serviceChain } from './chainNames.ts';
import type { Builder } from './builder.ts';
import { comment, endpointChains, host, portMatch, rcheck } from './builder.ts';
import type { ServiceRulesEnv } from './compileModern.ts';
import { inCidr } from '../net/ipv4.ts';
import { kernelProbability, type Match } from './rule.ts';
import type { ProxyEndpoint, ProxyServicePort } from './serviceEndpoints.ts';

function affinityChecks(
  nat: Builder,
  chain: string,
  p: ProxyServicePort,
  eps: readonly ProxyEndpoint[],
): void {
  if (p.affinitySeconds === null) return;
  for (const ep of eps) {
    const sep = endpointChain(p.servicePort, p.protocol, ep.address);
    nat.add({
      chain,
      matches: [comment(p.servicePort), rcheck(sep, p.affinitySeconds)],
      target: sep,
    });
  }
}

function balance(
  nat: Builder,
  chain: string,
  p: ProxyServicePort,
  eps: readonly ProxyEndpoint[],
  text: (i: number) => string,
): void {
  eps.forEach((ep, i) => {
    const matches: Match[] = [comment(text(i))];
    if (i < eps.length - 1)
      matches.push({ mod: 'statistic', probability: kernelProbability(eps.length - i) });
    nat.add({ chain, matches, target: endpointChain(p.servicePort, p.protocol, ep.address) });
  });
}

export function legacyServiceRules(env: ServiceRulesEnv, p: ProxyServicePort): void {
  const { nat, filter, node, clusterCIDR } = env;
  const eps = p.endpoints.filter((e) => e.ready);
  const hasEndpoints = eps.length > 0;
  // OnlyNodeLocalEndpoints: a NodePort or LoadBalancer Service with externalTrafficPolicy Local.
  const onlyLocal = p.nodePort !== null && p.externalTrafficPolicy === 'Local';
  const svc = serviceChain(p.servicePort, p.protocol);
  const xlb = `KUBE-XLB-${svc.slice('KUBE-SVC-'.length)}`;
  const fw = firewallChain(p.servicePort, p.protocol);
  const noEndpoints = comment(`${p.servicePort} has no endpoints`);

  // The XLB chain is declared whatever the endpoints; it stays empty without any.
  if (onlyLocal) nat.chain(xlb);

  const vip = (ip: string, text: string) => ({
    chain: 'KUBE-SERVICES',
    destination: host(ip),
    protocol: p.protocol,
    matches: [comment(`${p.servicePort} ${text}`), portMatch(p, p.port)],
  });
  const reject = (chain: string, ip: string) =>
    filter.add({
      chain,
      destination: host(ip),
      protocol: p.protocol,
      matches: [noEndpoints, portMatch(p, p.port)],
      target: 'REJECT',
    });

  if (hasEndpoints) {
    nat.add({
      ...vip(p.clusterIP, 'cluster IP'),
      source: { cidr: clusterCIDR, negate: true },
      target: 'KUBE-MARK-MASQ',
    });
    nat.add({ ...vip(p.clusterIP, 'cluster IP'), target: svc });
  } else reject('KUBE-SERVICES', p.clusterIP);

  for (const ip of p.externalIPs) {
    if (!hasEndpoints) {
      reject('KUBE-EXTERNAL-SERVICES', ip);
      continue;
    }
    if (!onlyLocal) nat.add({ ...vip(ip, 'external IP'), target: 'KUBE-MARK-MASQ' });
    nat.add({ ...vip(ip, 'external IP'), target: onlyLocal ? xlb : svc });
  }

  for (const ip of p.loadBalancerIPs) {
    if (!hasEndpoints) {
      reject('KUBE-EXTERNAL-SERVICES', ip);
      continue;
    }
    nat.add({ ...vip(ip, 'loadbalancer IP'), target: fw });
    const lb = [comment(`${p.servicePort} loadbalancer IP`)];
    if (!onlyLocal) nat.add({ chain: fw, matches: lb, target: 'KUBE-MARK-MASQ' });
    const chosen = onlyLocal ? xlb : svc;
    if (p.sourceRanges.length === 0) {
      nat.add({ chain: fw, matches: lb, target: chosen });
    } else {
      let allowFromNode = false;
      for (const cidr of p.sourceRanges) {
        nat.add({ chain: fw, source: { cidr, negate: false }, matches: lb, target: chosen });
        if (env.nodeIP !== null && inCidr(env.nodeIP, cidr)) allowFromNode = true;
      }
      if (allowFromNode) nat.add({ chain: fw, source: host(ip), matches: lb, target: chosen });
    }
    // Whatever reached the end was not DNATed: marked here, dropped by filter KUBE-FIREWALL.
    nat.add({ chain: fw, matches: lb, target: 'KUBE-MARK-DROP' });
  }

  if (p.nodePort !== null) {
    const matches = [comment(p.servicePort), portMatch(p, p.nodePort)];
    if (!hasEndpoints) {
      filter.add({
        chain: 'KUBE-EXTERNAL-SERVICES',
        protocol: p.protocol,
        matches: [noEndpoints, { mod: 'addrtype', dstType: 'LOCAL' }, portMatch(p, p.nodePort)],
        target: 'REJECT',
      });
    } else if (!onlyLocal) {
      nat.add({ chain: 'KUBE-NODEPORTS', protocol: p.protocol, matches, target: 'KUBE-MARK-MASQ' });
      nat.add({ chain: 'KUBE-NODEPORTS', protocol: p.protocol, matches, target: svc });
    } else {
      // "Fix localhost martian source error": 127.0.0.0/8 clients are masqueraded.
      nat.add({
        chain: 'KUBE-NODEPORTS',
        source: { cidr: '127.0.0.0/8', negate: false },
        protocol: p.protocol,
        matches,
        target: 'KUBE-MARK-MASQ',
      });
      nat.add({ chain: 'KUBE-NODEPORTS', protocol: p.protocol, matches, target: xlb });
    }
  }

  if (!hasEndpoints) return;
  affinityChecks(nat, svc, p, eps);
  balance(nat, svc, p, eps, () => p.servicePort);
  endpointChains(nat, p, eps);
  if (!onlyLocal) return;

  const local = eps.filter((e) => e.nodeName === node);
  const srcLocal: Match = { mod: 'addrtype', srcType: 'LOCAL' };
  nat.add({
    chain: xlb,
    source: { cidr: clusterCIDR, negate: false },
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
    matches: [comment(`route LOCAL traffic for ${p.servicePort} LB IP to service chain`), srcLocal],
    target: svc,
  });
  if (local.length === 0) {
    nat.add({
      chain: xlb,
      matches: [comment(`${p.servicePort} has no local endpoints`)],
      target: 'KUBE-MARK-DROP',
    });
    return;
  }
  affinityChecks(nat, xlb, p, local);
  balance(nat, xlb, p, local, (i) => `Balancing rule ${i} for ${p.servicePort}`);
}
