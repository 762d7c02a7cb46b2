// IPv4 addresses as unsigned 32-bit integers: what allocators, routes and rule matches compare.
import ipaddr from 'ipaddr.js';

export interface Cidr {
  readonly base: number;
  readonly bits: number;
}

export function isIPv4(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text);
}

/** Parsed addresses: a trace converts the same few addresses thousands of times. */
const ints = new Map<string, number>();

export function ipToInt(ip: string): number {
  let n = ints.get(ip);
  if (n === undefined) {
    const parts = ipaddr.IPv4.parse(ip).octets;
    n = ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
    if (ints.size > 100_000) ints.clear();
    ints.set(ip, n);
  }
  return n;
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

const cidrs = new Map<string, Cidr>();

export function parseCidr(text: string): Cidr {
  let c = cidrs.get(text);
  if (!c) {
    c = parseCidrFresh(text);
    if (cidrs.size > 100_000) cidrs.clear();
    cidrs.set(text, c);
  }
  return c;
}

function parseCidrFresh(text: string): Cidr {
  const [ip, bits] = text.split('/');
  const prefix = Number(bits ?? 32);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { base: (ipToInt(ip!) & mask) >>> 0, bits: prefix };
}

export function cidrSize(cidr: Cidr): number {
  return 2 ** (32 - cidr.bits);
}

export function inCidr(ip: string | number, cidr: Cidr | string): boolean {
  const c = typeof cidr === 'string' ? parseCidr(cidr) : cidr;
  const n = typeof ip === 'string' ? ipToInt(ip) : ip;
  const mask = c.bits === 0 ? 0 : (0xffffffff << (32 - c.bits)) >>> 0;
  return (n & mask) >>> 0 === c.base;
}

/** "10.0.0.1:80" -> { ip, port } */
export function splitHostPort(address: string): { ip: string; port: number } {
  const i = address.lastIndexOf(':');
  return { ip: address.slice(0, i), port: Number(address.slice(i + 1)) };
}
