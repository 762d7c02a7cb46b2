// A list the page shows grows with the cluster (senders, reachable addresses, Deployments to
// scale); past a few dozen entries nobody reads it, and the browser pays for every entry whenever
// the cluster changes (a <select> measures all its options to size itself: 3,000 of them held
// the page for 150 ms). Lists show their first entries, the chosen one always, and say how many
// more there are; the terminal reaches all of them.

/** Entries a list shows, at most. */
export const MAX_LISTED = 40;

export interface FirstOf<T> {
  readonly shown: readonly T[];
  /** How many were left out. */
  readonly more: number;
}

/** The first `max` items, plus the chosen one (kept in its place) when it comes later. */
export function firstOf<T>(
  items: readonly T[],
  chosen: (item: T) => boolean = () => false,
  max: number = MAX_LISTED,
): FirstOf<T> {
  if (items.length <= max) return { shown: items, more: 0 };
  const shown = items.filter((item, i) => i < max || chosen(item));
  return { shown, more: items.length - shown.length };
}
