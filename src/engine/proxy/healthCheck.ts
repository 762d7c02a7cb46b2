// kube-proxy's per-Service health check server (pkg/proxy/healthcheck/service_health.go; reference
// §3.8, §7.1): on every node, each healthCheckNodePort answers any HTTP path with the number of
// this node's ready endpoints of that Service, 200 if there is one, 503 otherwise.
//
// By release (kube-proxy is always healthy in the simulator):
// - v1.20 (k8sinfra): the handler of that era sets only Content-Type and writes the body without
//   "serviceProxyHealthy" (klog.Errorf-era service_health.go).
// - X-Content-Type-Options: nosniff appears in the structured-logging handler (v1.21+). Unverified
//   release; absent from the v1.20 source read.
// - X-Load-Balancing-Endpoint-Weight: kubernetes/kubernetes#118999, released in v1.28.
// - "serviceProxyHealthy": KEP-3836 (kube-proxy health in LB health checks), v1.28. Unverified
//   release: the field and the weight header sit side by side in the current source.
import type { Cluster } from '../api/cluster.ts';
import { proxyServicePorts } from './serviceEndpoints.ts';

export interface HealthCheckAnswer {
  readonly status: 200 | 503;
  readonly headers: [string, string][];
  readonly body: string;
}

export function healthCheckAnswer(
  cluster: Cluster,
  node: string,
  port: number,
): HealthCheckAnswer | null {
  const ports = proxyServicePorts(cluster).filter((p) => p.healthCheckNodePort === port);
  const first = ports[0];
  if (!first) return null;
  // LocalReadyEndpoints (pkg/proxy/endpoints.go): distinct ready IPs on this node, all ports.
  const ips = new Set<string>();
  for (const p of ports)
    if (p.namespace === first.namespace && p.name === first.name)
      for (const e of p.endpoints) if (e.ready && e.nodeName === node) ips.add(e.ip);
  const count = ips.size;
  const minor = cluster.preset.minor;
  const headers: [string, string][] = [['Content-Type', 'application/json']];
  if (minor >= 21) headers.push(['X-Content-Type-Options', 'nosniff']);
  if (minor >= 28) headers.push(['X-Load-Balancing-Endpoint-Weight', String(count)]);
  const lines = [
    '{',
    '\t"service": {',
    `\t\t"namespace": ${JSON.stringify(first.namespace)},`,
    `\t\t"name": ${JSON.stringify(first.name)}`,
    '\t},',
    minor >= 28 ? `\t"localEndpoints": ${count},` : `\t"localEndpoints": ${count}`,
    ...(minor >= 28 ? ['\t"serviceProxyHealthy": true'] : []),
    '}',
  ];
  return { status: count > 0 ? 200 : 503, headers, body: lines.join('\n') };
}
