// The matchers a lesson's checks write: text (exact, or /regex/flags) and numbers (exact, or a range).
import type { NumberMatch, TextMatch } from './types.ts';

const REGEX = /^\/(.*)\/([dgimsuy]*)$/s;

/** The regular expression of a `/.../` matcher, or null for an exact one. Throws on a bad regex. */
export function regexOf(m: TextMatch): RegExp | null {
  const r = REGEX.exec(m);
  return r ? new RegExp(r[1]!, r[2]) : null;
}

/** Why a `/.../` matcher is not a valid regular expression, or null when it is fine. */
export function regexProblem(m: TextMatch): string | null {
  try {
    regexOf(m);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

export function textMatches(m: TextMatch, value: string | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  const re = regexOf(m);
  return re ? re.test(value) : value === m;
}

export function numberMatches(m: NumberMatch, value: number): boolean {
  if (typeof m === 'number') return value === m;
  return (m.min === undefined || value >= m.min) && (m.max === undefined || value <= m.max);
}

/** How a report shows a number matcher: 3, 30000-32767, >= 2. */
export function showNumber(m: NumberMatch): string {
  if (typeof m === 'number') return String(m);
  if (m.min !== undefined && m.max !== undefined) return `${m.min}-${m.max}`;
  return m.min !== undefined ? `>= ${m.min}` : `<= ${m.max}`;
}

/** How a report shows a text matcher: a regex as written, an exact string quoted. */
export const showText = (m: TextMatch) => (regexOf(m) ? m : JSON.stringify(m));
