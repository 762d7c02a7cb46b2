// ClusterIP and nodePort allocation as the API server does it (reference §1.4, §1.5): a static band
// at the bottom of each range for users who pick their own, random picks from the rest.
import type { Random } from '../util/random.ts';
import { cidrSize, intToIp, ipToInt, isIPv4, parseCidr } from '../net/ipv4.ts';

export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

/** Random start inside [lo, hi], then scan forward (wrapping inside the band) to the first free value. */
function scanBand(
  lo: number,
  hi: number,
  used: (n: number) => boolean,
  random: Random,
): number | null {
  const size = hi - lo + 1;
  if (size <= 0) return null;
  const start = random.int(size);
  for (let i = 0; i < size; i++) {
    const n = lo + ((start + i) % size);
    if (!used(n)) return n;
  }
  return null;
}

/** Offset of the nodePort static band: min(max(16, size/32), 128); 86 for the default range. */
export function nodePortBandOffset(min = NODE_PORT_MIN, max = NODE_PORT_MAX): number {
  const size = max - min + 1;
  return Math.min(Math.max(16, Math.floor(size / 32)), 128);
}

export function allocateNodePort(used: InUse<number>, random: Random): number | null {
  const offset = nodePortBandOffset();
  const isUsed = (n: number) => used.has(n);
  return (
    scanBand(NODE_PORT_MIN + offset, NODE_PORT_MAX, isUsed, random) ??
    scanBand(NODE_PORT_MIN, NODE_PORT_MIN + offset - 1, isUsed, random)
  );
}

/** What allocation asks of the values in use: whether one is taken. */
export interface InUse<T> {
  has(value: T): boolean;
}

export type NodePortRequestError = 'allocated' | 'range';

export function checkNodePortRequest(
  port: number,
  used: InUse<number>,
): NodePortRequestError | null {
  if (port < NODE_PORT_MIN || port > NODE_PORT_MAX) return 'range';
  return used.has(port) ? 'allocated' : null;
}

/** Offset of the ClusterIP static band: min(max(16, size/16), 256); 256 for a /12. */
export function clusterIPBandOffset(serviceCIDR: string): number {
  return Math.min(Math.max(16, cidrSize(parseCidr(serviceCIDR)) / 16), 256);
}

export function allocateClusterIP(
  serviceCIDR: string,
  used: InUse<string>,
  random: Random,
): string | null {
  const cidr = parseCidr(serviceCIDR);
  const first = cidr.base + 1; // the network address is never handed out
  const last = cidr.base + cidrSize(cidr) - 2; // nor the broadcast address
  const offset = clusterIPBandOffset(serviceCIDR);
  const isUsed = (n: number) => used.has(intToIp(n));
  const n =
    scanBand(first + offset, last, isUsed, random) ??
    scanBand(first, first + offset - 1, isUsed, random);
  return n === null ? null : intToIp(n);
}

export type ClusterIPRequestError = 'allocated' | 'range';

export function checkClusterIPRequest(
  ip: string,
  serviceCIDR: string,
  used: InUse<string>,
): ClusterIPRequestError | null {
  const cidr = parseCidr(serviceCIDR);
  if (!isIPv4(ip)) return 'range';
  const n = ipToInt(ip);
  if (n <= cidr.base || n >= cidr.base + cidrSize(cidr) - 1) return 'range';
  return used.has(ip) ? 'allocated' : null;
}
