// Multi-document YAML parsed with positions (the `yaml` package), so every error can name its line.
// No input escapes as an exception: syntax errors, alias bombs and oversized text become messages.
import {
  LineCounter,
  parseAllDocuments,
  isMap,
  isSeq,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { SourceError } from '../types.ts';

export interface ManifestDoc {
  /** The document as plain data (null for an empty document). */
  readonly value: unknown;
  /** 1-based line where the document starts. */
  readonly line: number;
  /** The line of a field path such as "spec.ports[0].nodePort", or of the nearest parent found. */
  lineOf(path: string): number;
}

export interface ParsedManifest {
  readonly docs: readonly ManifestDoc[];
  readonly errors: readonly SourceError[];
}

/** Text larger than this is refused before parsing (a kubectl apply of 3 MB is already rare). */
export const MAX_MANIFEST_BYTES = 3 * 1024 * 1024;

function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]*)((\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

function lineFinder(doc: Document, counter: LineCounter, fallback: number) {
  return (path: string): number => {
    let node: unknown = doc.contents;
    let line = fallback;
    for (const seg of pathSegments(path)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg);
        if (!pair) break;
        const keyRange = (pair.key as YamlNode).range;
        if (keyRange) line = counter.linePos(keyRange[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
        const range = (node as YamlNode | undefined)?.range;
        if (range) line = counter.linePos(range[0]).line;
      } else break;
    }
    return line;
  };
}

export function parseManifest(text: string): ParsedManifest {
  if (text.length > MAX_MANIFEST_BYTES) {
    return {
      docs: [],
      errors: [
        {
          line: 1,
          column: 1,
          message: `the manifest is ${(text.length / 1048576).toFixed(1)} MB; the lab accepts at most 3 MB`,
        },
      ],
    };
  }
  const counter = new LineCounter();
  const parsed = parseAllDocuments(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const documents = Array.isArray(parsed) ? parsed : [];
  const errors: SourceError[] = [];
  const docs: ManifestDoc[] = [];
  for (const doc of documents) {
    for (const e of doc.errors) {
      const pos = counter.linePos(e.pos[0]);
      errors.push({ line: pos.line, column: pos.col, message: e.message.split('\n')[0]! });
    }
    if (doc.errors.length) continue;
    let value: unknown;
    try {
      // maxAliasCount guards against "billion laughs" alias bombs.
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      const pos = counter.linePos(doc.range[0]);
      errors.push({ line: pos.line, column: pos.col, message: (err as Error).message });
      continue;
    }
    if (value === null || value === undefined) continue;
    const start = doc.contents?.range
      ? counter.linePos(doc.contents.range[0]).line
      : counter.linePos(doc.range[0]).line;
    docs.push({ value, line: start, lineOf: lineFinder(doc, counter, start) });
  }
  return { docs, errors };
}
