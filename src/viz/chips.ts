// Label colour chips: the same `key=value` always gets the same colour, so pods that a selector
// would pick share a chip colour across nodes.

/** Calm colours that stay apart for the common colour-vision deficiencies (Okabe-Ito based). */
export const CHIP_COLOURS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#7a6fbe',
  '#8c8c3a',
] as const;

/** FNV-1a: tiny, stable across runs and machines. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function chipColour(key: string, value: string): string {
  return CHIP_COLOURS[hash(`${key}=${value}`) % CHIP_COLOURS.length] ?? CHIP_COLOURS[0];
}

/** Cuts the middle out of a long name, keeping its distinctive end (pod name suffixes). */
export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const keepEnd = Math.ceil((maxChars - 1) * 0.45);
  const keepStart = maxChars - 1 - keepEnd;
  return `${text.slice(0, keepStart)}…${text.slice(text.length - keepEnd)}`;
}
