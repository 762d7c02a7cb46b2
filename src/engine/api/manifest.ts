// Multi-document YAML parsed with positions (the `yaml` package), so every error can name its line.
// No input escapes as an exception: syntax errors, alias bombs and oversized text become messages.
import {
  Composer,
  Document,
  LineCounter,
  Parser,
  isMap,
  isSeq,
  type CST,
  type Node as YamlNode,
  type ScalarTag,
  type Tags,
} from 'yaml';
import type { SourceError } from '../types.ts';
import { readBlockYaml } from './blockYaml.ts';

export interface ManifestDoc {
  /** The document as plain data (null for an empty document). */
  readonly value: unknown;
  /** 1-based line where the document starts. */
  readonly line: number;
  /** The line of a field path such as "spec.ports[0].nodePort", or of the nearest parent found. */
  lineOf(path: string): number;
}

/**
 * A parse error. `detail` is what kubectl prints after `error parsing FILE: ` when it is not the
 * usual `error converting YAML to JSON: yaml: line N: MESSAGE`; `lab` marks a limit of the lab
 * itself (no kubectl would print it), shown as `lab: MESSAGE`.
 */
export interface ManifestError extends SourceError {
  readonly detail?: string;
  readonly lab?: true;
}

export interface ParsedManifest {
  readonly docs: readonly ManifestDoc[];
  readonly errors: readonly ManifestError[];
}

/** The line kubectl prints for a parse error (without the trailing newline). */
export function parseErrorLine(source: string, e: ManifestError): string {
  if (e.lab) return `lab: ${e.message}`;
  const detail = e.detail ?? `error converting YAML to JSON: yaml: line ${e.line}: ${e.message}`;
  return `error: error parsing ${source}: ${detail}`;
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

/**
 * A document's lineOf: its text is parsed again, on the first call, from its range in the stream,
 * so the node trees of a long stream are not kept for the lines of errors most applies never have.
 * Positions in the slice are offsets from `start` in the whole text.
 */
function lineFinder(
  text: string,
  start: number,
  end: number,
  counter: () => LineCounter,
  fallback: number,
) {
  let doc: Document.Parsed | null = null;
  return (path: string): number => {
    doc ??= composeFirst(text.slice(start, end));
    if (doc === null) return fallback;
    let node: unknown = doc.contents;
    let line = fallback;
    for (const seg of pathSegments(path)) {
      if (isMap(node)) {
        // The last pair of a duplicated key is the one kept.
        const pair = node.items.findLast(
          (p) => (p.key as { value?: unknown } | null)?.value === seg,
        );
        if (!pair) break;
        const keyRange = (pair.key as YamlNode).range;
        if (keyRange) line = counter().linePos(start + keyRange[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
        const range = (node as YamlNode | undefined)?.range;
        if (range) line = counter().linePos(start + range[0]).line;
      } else break;
    }
    return line;
  };
}

/** go-yaml's max_flow_level and max_indents, and encoding/json's maxNestingDepth. */
const GO_MAX_DEPTH = 10000;

/**
 * How deep the lab reads: deeper documents would overflow the stack of the YAML composer and of the
 * engine's own walks over objects (real Kubernetes objects nest about a dozen levels; a CRD's schema
 * a few dozen).
 */
export const MAX_NESTING = 200;

/** Characters go-yaml's reader refuses (yaml_parser_update_buffer): C0 and C1 controls but tab, LF, CR and NEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

interface Depths {
  /** Deepest nesting of any collections, and where it is first reached. */
  total: number;
  totalAt: number;
  /** Where flow collections (`[`, `{`) first nest deeper than go-yaml allows, or -1. */
  flowOver: number;
  /** Where block collections first nest deeper than go-yaml allows, or -1. */
  blockOver: number;
}

/** Adds one token's nesting to `out`, walked without recursion (the CST itself is built iteratively). */
function measure(token: CST.Token, out: Depths): void {
  const stack: [CST.Token, number, number][] = [[token, 0, 0]];
  while (stack.length) {
    const [tok, flow, block] = stack.pop()!;
    if (tok.type === 'document') {
      if (tok.value) stack.push([tok.value, flow, block]);
      continue;
    }
    if (tok.type !== 'block-map' && tok.type !== 'block-seq' && tok.type !== 'flow-collection')
      continue;
    const f = tok.type === 'flow-collection' ? flow + 1 : flow;
    const b = tok.type === 'flow-collection' ? block : block + 1;
    const at = tok.type === 'flow-collection' ? tok.start.offset : tok.offset;
    if (f + b > out.total) {
      out.total = f + b;
      out.totalAt = at;
    }
    if (f > GO_MAX_DEPTH && (out.flowOver < 0 || at < out.flowOver)) out.flowOver = at;
    if (b > GO_MAX_DEPTH && (out.blockOver < 0 || at < out.blockOver)) out.blockOver = at;
    for (const item of tok.items) {
      if ('key' in item && item.key) stack.push([item.key, f, b]);
      if ('value' in item && item.value) stack.push([item.value, f, b]);
    }
  }
}

/** kubectl reads a stream whose first non-space character is `{` as JSON (YAMLOrJSONDecoder). */
const looksJson = (text: string) => /^\s*\{/.test(text);

/** go-yaml prints a scanner error's line only when it is not the first one. */
const goYamlAt = (line: number) => (line > 1 ? `line ${line}: ` : '');

function tooDeep(text: string, d: Depths, counter: LineCounter): ManifestError | undefined {
  if (d.total <= MAX_NESTING) return undefined;
  const over = [d.flowOver, d.blockOver].filter((o) => o >= 0);
  if (over.length) {
    const at = Math.min(...over);
    const pos = counter.linePos(at);
    if (looksJson(text)) {
      // encoding/json stops at the opening bracket that goes one level too deep; its offset counts
      // bytes up to and including it.
      const offset = new TextEncoder().encode(text.slice(0, at + 1)).length;
      return {
        line: pos.line,
        column: pos.col,
        message: 'exceeded max depth',
        detail: `json: offset ${offset}: invalid character '${text[at]}' exceeded max depth`,
      };
    }
    return {
      line: pos.line,
      column: pos.col,
      message: `exceeded max depth of ${GO_MAX_DEPTH}`,
      detail: `error converting YAML to JSON: yaml: ${goYamlAt(pos.line)}exceeded max depth of ${GO_MAX_DEPTH}`,
    };
  }
  const pos = counter.linePos(d.totalAt);
  return {
    line: pos.line,
    column: pos.col,
    lab: true,
    message: `the manifest nests ${d.total} levels deep (line ${pos.line}); the lab reads at most ${MAX_NESTING} levels`,
  };
}

/**
 * go-yaml v2's resolution of plain scalars (kubectl's YAML-to-JSON): YAML 1.1 booleans (yes, no,
 * on, off, y, n), 0x/0o/0b and underscored integers and merge keys, but no sexagesimal numbers and
 * no timestamps (go-yaml keeps `1:30` and `2024-01-01` as strings), and no !!binary, !!omap,
 * !!pairs or !!set values.
 */
const DROPPED_TAGS = new Set(
  ['binary', 'omap', 'pairs', 'set', 'timestamp'].map((t) => `tag:yaml.org,2002:${t}`),
);
function goYamlTags(tags: Tags): Tags {
  return [
    ...tags.filter(
      (t) => typeof t === 'string' || (!DROPPED_TAGS.has(t.tag) && t.format !== 'TIME'),
    ),
    BINARY_AS_TEXT,
  ];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `!!binary` as go-yaml decodes it into a string: the bytes the base64 stands for. */
const BINARY_AS_TEXT: ScalarTag = {
  tag: 'tag:yaml.org,2002:binary',
  default: false,
  resolve(src: string, onError: (message: string) => void) {
    const clean = src.replace(/[\s=]/g, '');
    const bytes: number[] = [];
    let bits = 0;
    let acc = 0;
    for (const ch of clean) {
      const v = B64.indexOf(ch);
      if (v < 0) {
        onError(`!!binary value contains invalid base64 data`);
        return src;
      }
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((acc >> bits) & 0xff);
      }
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  },
};

// Duplicate keys are not an error: kubectl converts YAML to JSON with go-yaml v2, whose maps
// keep the last value given for a key, and sends that (kubernetes/kubernetes#99286, #125885).
export const COMPOSE_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: false,
  schema: 'yaml-1.1',
  customTags: goYamlTags,
} as const;

/** The first document of a text, composed as parseManifest composes (for a line looked up later). */
function composeFirst(text: string): Document.Parsed | null {
  const composer = new Composer(COMPOSE_OPTIONS);
  const docs: Document.Parsed[] = [];
  for (const token of new Parser().parse(text)) docs.push(...composer.next(token));
  docs.push(...composer.end());
  return docs[0] ?? null;
}

/** A document with the options above, whose schema resolves the scalars readBlockYaml reads. */
let composing: Document | undefined;

/** The lines of `text` as the parser would have counted them, counted when first asked. */
function lazyLines(text: string): () => LineCounter {
  let counter: LineCounter | undefined;
  return () => {
    if (!counter) {
      counter = new LineCounter();
      counter.addNewLine(0);
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        counter.addNewLine(i + 1);
    }
    return counter;
  };
}

/**
 * The documents of a manifest and the errors that stop it, as kubectl's YAML-to-JSON reads them.
 * Text in the plain block style most manifests use is read in one pass (blockYaml.ts); anything
 * else goes through the `yaml` package's parser and composer.
 */
export function parseManifest(text: string): ParsedManifest {
  if (text.length > MAX_MANIFEST_BYTES) {
    return {
      docs: [],
      errors: [
        {
          line: 1,
          column: 1,
          lab: true,
          message: `the manifest is ${(text.length / 1048576).toFixed(1)} MB; the lab accepts at most 3 MB`,
        },
      ],
    };
  }
  const json = looksJson(text);
  const control = json ? null : CONTROL.exec(text);
  const block =
    json || control
      ? null
      : readBlockYaml(text, (composing ??= new Document(undefined, COMPOSE_OPTIONS)));
  if (block === null) return composeManifest(text, control);
  const counter = lazyLines(text);
  return {
    docs: block.map((d) => ({
      value: d.value,
      line: d.line,
      lineOf: lineFinder(text, d.start, d.end, counter, d.line),
    })),
    errors: [],
  };
}

/**
 * The `yaml` package's reading of a manifest of at most MAX_MANIFEST_BYTES (`control`: the first
 * control character go-yaml refuses, if any): what parseManifest answers for any text.
 */
export function composeManifest(text: string, control: RegExpExecArray | null): ParsedManifest {
  const counter = new LineCounter();
  const composer = new Composer(COMPOSE_OPTIONS);
  const errors: (ManifestError & { offset: number })[] = [];
  const docs: ManifestDoc[] = [];
  const take = (doc: Document.Parsed) => {
    for (const e of doc.errors) {
      const pos = counter.linePos(e.pos[0]);
      errors.push({
        offset: e.pos[0],
        line: pos.line,
        column: pos.col,
        message: e.message.split('\n')[0]!,
      });
    }
    if (doc.errors.length || control) return;
    let value: unknown;
    try {
      // maxAliasCount (nodes reached through aliases) stops "billion laughs" alias bombs early.
      value = doc.toJS({ maxAliasCount: 10000 });
    } catch (err) {
      const pos = counter.linePos(doc.range[0]);
      const aliasing = /alias count/i.test((err as Error).message);
      errors.push({
        offset: doc.range[0],
        line: pos.line,
        column: pos.col,
        ...(aliasing
          ? {
              // go-yaml's own refusal (decode.go allowedAliasRatio), printed without a line.
              message: 'document contains excessive aliasing',
              detail: 'error converting YAML to JSON: yaml: document contains excessive aliasing',
            }
          : { message: (err as Error).message }),
      });
      return;
    }
    if (value === null || value === undefined) return;
    const start = doc.contents?.range
      ? counter.linePos(doc.contents.range[0]).line
      : counter.linePos(doc.range[0]).line;
    docs.push({
      value,
      line: start,
      lineOf: lineFinder(text, doc.range[0], doc.range[2], () => counter, start),
    });
  };
  // One CST token (a document) at a time: its nesting measured before the recursive composer sees
  // it, then composed and converted while the next is read, so a long stream's syntax trees do not
  // all stay in memory. Past the first document nested too deep, the rest is only measured (the
  // answer is the depth error, placed as if the whole stream had been measured first).
  const d: Depths = { total: 0, totalAt: 0, flowOver: -1, blockOver: -1 };
  let deep = false;
  for (const token of new Parser(counter.addNewLine).parse(text)) {
    measure(token, d);
    if (!deep && d.total > MAX_NESTING) deep = true;
    if (!deep) for (const doc of composer.next(token)) take(doc);
  }
  if (deep) return { docs: [], errors: [tooDeep(text, d, counter)!] };
  for (const doc of composer.end()) take(doc);
  if (control) {
    // Placed once the parser has counted the lines.
    const pos = counter.linePos(control.index);
    errors.push({
      offset: control.index,
      line: pos.line,
      column: pos.col,
      message: 'control characters are not allowed',
      detail: 'error converting YAML to JSON: yaml: control characters are not allowed',
    });
  }
  // kubectl reads the stream in order and stops at the first problem.
  errors.sort((a, b) => a.offset - b.offset);
  return { docs, errors: errors.map(({ offset: _offset, ...e }) => e) };
}
