// `-o json` and `-o yaml`: kubectl prints objects with their keys sorted (it handles them as
// unstructured maps), JSON indented by 4, YAML in go-yaml's style (sequences not indented,
// timestamps and ambiguous strings quoted).
import { Document, isScalar, visit } from 'yaml';
import type { KubeObject } from '../api/objects.ts';

/** Keys sorted at every level, as kubectl prints unstructured objects. */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v as object)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

/** A single object, or a `List` when several (or none) were asked for by kind. */
function shape(objects: readonly KubeObject[], single: boolean): unknown {
  if (single && objects.length === 1) return objects[0];
  return { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } };
}

export function toJson(objects: readonly KubeObject[], single: boolean): string {
  return JSON.stringify(sortKeys(shape(objects, single)), null, 4) + '\n';
}

export function toYaml(objects: readonly KubeObject[], single: boolean): string {
  const doc = new Document(sortKeys(shape(objects, single)), { version: '1.1' });
  visit(doc, {
    Scalar(_key, node) {
      if (
        isScalar(node) &&
        typeof node.value === 'string' &&
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(node.value)
      ) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return doc.toString({
    indentSeq: false,
    lineWidth: 0,
    minContentWidth: 0,
    doubleQuotedMinMultiLineLength: 1e9,
  });
}
