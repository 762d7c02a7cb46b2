// JSON with every object's keys sorted, as Go prints a map: what kubectl's last-applied annotation
// stores and what the Deployment controller hashes a pod template from.

/**
 * The value as compact JSON, keys sorted at every level (by UTF-16 code units, as Array.sort),
 * sorting a key list only when it is out of order: manifests mostly list keys in order already
 * (apiVersion, kind, metadata, spec). An undefined array item prints as nothing (as Array.join
 * would), an undefined field as `undefined`. The pieces are joined once, so the string is one flat
 * run of characters: built by `+=`, it was a tree of hundreds of pieces, kept as such in every
 * last-applied annotation.
 */
export function sortedJson(v: unknown): string {
  if (typeof v !== 'object' || v === null) return JSON.stringify(v);
  const out: string[] = [];
  write(v, out);
  return out.join('');
}

function write(v: object, out: string[]): void {
  if (Array.isArray(v)) {
    out.push('[');
    for (let i = 0; i < v.length; i++) {
      if (i) out.push(',');
      const item: unknown = v[i];
      if (typeof item === 'object' && item !== null) write(item, out);
      else out.push(JSON.stringify(item) ?? '');
    }
    out.push(']');
    return;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (!isSorted(keys)) keys.sort();
  out.push('{');
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const value = o[k];
    out.push(i ? ',' : '', JSON.stringify(k), ':');
    if (typeof value === 'object' && value !== null) write(value, out);
    else out.push(String(JSON.stringify(value)));
  }
  out.push('}');
}

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}
