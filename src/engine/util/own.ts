// Lookups of tables by a name a manifest gave: a field, a kind, a label key. A plain object answers
// `constructor`, `toString` or `__proto__` from Object.prototype, which a table must never do.

/** `table[key]` when the table holds `key` itself; undefined for names only its prototype has. */
export function own<V>(table: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
