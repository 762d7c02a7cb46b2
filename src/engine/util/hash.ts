// Hashes Kubernetes uses to make names, reproduced byte for byte.
import { sha256 } from '@noble/hashes/sha2.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 (standard alphabet, upper case, with padding). */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

/**
 * kube-proxy's chain-name hash: the first 16 characters of base32(SHA-256(text)). iptables chain
 * names are at most 28 characters, hence the cut (pkg/proxy/iptables/proxier.go).
 */
export function portProtoHash(text: string): string {
  return base32(sha256(new TextEncoder().encode(text))).slice(0, 16);
}

/** 32-bit FNV-1a, as hash/fnv's New32a, over the UTF-8 bytes of `text`. */
export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** apimachinery's rand.SafeEncodeString: each character c maps to alphanums[c % 27]. */
export function safeEncode(text: string): string {
  const alphanums = 'bcdfghjklmnpqrstvwxz2456789';
  let out = '';
  for (let i = 0; i < text.length; i++) out += alphanums[text.charCodeAt(i) % alphanums.length];
  return out;
}

/** The 5-character suffix alphabet of generateName (no vowels, no 0/1/3). */
export const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
