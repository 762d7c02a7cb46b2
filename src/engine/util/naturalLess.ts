// github.com/fvbommel/sortorder NaturalLess, which kubectl compares strings with when it sorts
// (`get --sort-by`): runs of digits compare by value ("web-2" < "web-10"), digits sort before other
// characters, and everything else compares byte by byte (UTF-8).

const encoder = new TextEncoder();

const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

/** The string's UTF-8 bytes (ASCII strings, most of Kubernetes, as their char codes). */
function bytes(s: string): ArrayLike<number> {
  // eslint-disable-next-line no-control-regex -- ASCII is the range checked
  return /^[\x00-\x7f]*$/.test(s) ? Array.from(s, (c) => c.charCodeAt(0)) : encoder.encode(s);
}

export function naturalLess(a: string, b: string): boolean {
  const s1 = bytes(a);
  const s2 = bytes(b);
  let i1 = 0;
  let i2 = 0;
  while (i1 < s1.length && i2 < s2.length) {
    const c1 = s1[i1]!;
    const c2 = s2[i2]!;
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i1++;
      i2++;
      continue;
    }
    // Zeros first, then the digits: the shorter number is less, then the smaller, then the one
    // with fewer leading zeros.
    while (i1 < s1.length && s1[i1] === 0x30) i1++;
    while (i2 < s2.length && s2[i2] === 0x30) i2++;
    const nonZero1 = i1;
    const nonZero2 = i2;
    while (i1 < s1.length && isDigit(s1[i1]!)) i1++;
    while (i2 < s2.length && isDigit(s2[i2]!)) i2++;
    const len1 = i1 - nonZero1;
    const len2 = i2 - nonZero2;
    if (len1 !== len2) return len1 < len2;
    for (let k = 0; k < len1; k++) {
      const x = s1[nonZero1 + k]!;
      const y = s2[nonZero2 + k]!;
      if (x !== y) return x < y;
    }
    if (nonZero1 !== nonZero2) return nonZero1 < nonZero2;
  }
  return s1.length < s2.length;
}
