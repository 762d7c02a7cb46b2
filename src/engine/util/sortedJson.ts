// JSON with every object's keys sorted, as Go prints a map: what kubectl's last-applied annotation
// stores and what the Deployment controller hashes a pod template from.

/**
 * The value as compact JSON, keys sorted at every level (by UTF-16 code units, as Array.sort).
 * Built by concatenation, sorting a key list only when it is out of order: manifests mostly list
 * keys in order already (apiVersion, kind, metadata, spec). An undefined array item prints as
 * nothing (as Array.join would), an undefined field as `undefined`.
 */
export function sortedJson(v: unknown): string {
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + (sortedJson(v[i]) ?? '');
    return out + ']';
  }
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (!isSorted(keys)) keys.sort();
    let out = '{';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      out += `${i ? ',' : ''}${JSON.stringify(k)}:${sortedJson(o[k])}`;
    }
    return out + '}';
  }
  return JSON.stringify(v);
}

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}
