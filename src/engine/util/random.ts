// The one seeded random generator behind every choice the simulator makes (pod names, ClusterIPs,
// nodePorts, endpoint picks). Same seed, same script: byte-identical output.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** The generator's state, so a session can be saved and resumed exactly. */
  state(): number;
}

/** mulberry32: small, fast, and good enough for a simulation (not for cryptography). */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    state: () => a,
  };
}

/** `count` characters drawn from `alphabet`. */
export function randomString(random: Random, alphabet: string, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += alphabet[random.int(alphabet.length)];
  return out;
}
