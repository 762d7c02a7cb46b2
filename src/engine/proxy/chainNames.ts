// kube-proxy's chain names (pkg/proxy/iptables/proxier.go). A hash keeps every name within
// iptables' 28-character limit, whatever the namespace and Service names (reference §3.3).
import { portProtoHash } from '../util/hash.ts';

/** The service-port identity: "ns/name:port-name", or "ns/name" for an unnamed port. */
export function servicePortName(
  namespace: string,
  name: string,
  portName: string | undefined,
): string {
  return portName ? `${namespace}/${name}:${portName}` : `${namespace}/${name}`;
}

const suffix = (servicePort: string, protocol: string) =>
  portProtoHash(servicePort + protocol.toLowerCase());

export const serviceChain = (sp: string, proto: string) => `KUBE-SVC-${suffix(sp, proto)}`;
export const localServiceChain = (sp: string, proto: string) => `KUBE-SVL-${suffix(sp, proto)}`;
export const externalChain = (sp: string, proto: string) => `KUBE-EXT-${suffix(sp, proto)}`;
export const firewallChain = (sp: string, proto: string) => `KUBE-FW-${suffix(sp, proto)}`;

export function endpointChain(sp: string, proto: string, endpoint: string): string {
  return `KUBE-SEP-${portProtoHash(sp + proto.toLowerCase() + endpoint)}`;
}
