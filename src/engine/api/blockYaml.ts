// The block-style YAML that kubectl prints and most manifests are written in, read in one pass.
//
// A 1,000-object apply spent a third of its time in the `yaml` package's lexer, parser and composer
// (and most of the garbage it made), which build a syntax tree with positions for every token. Most
// manifests use only block mappings and sequences of one-line scalars, so this reader turns such
// text into values line by line, and answers null for anything else (flow collections, anchors,
// tags, block scalars, multi-line scalars, escapes, tabs, directives, odd indentation...), for the
// `yaml` package to read as before. Plain scalars are resolved by the `yaml` package's own schema
// (the one parseManifest composes with), so `yes`, `0x1F` and `1_000` mean what they meant; a
// property test checks that every text this reader accepts gives what the `yaml` package gives.
import { isScalar, type Document, type Schema } from 'yaml';

export interface BlockDoc {
  readonly value: Record<string, unknown> | unknown[];
  /** 1-based line of the document's first content (its first key or `-`). */
  readonly line: number;
  /** Offsets of the document's text ([start, end)), its `---` line included. */
  readonly start: number;
  readonly end: number;
}

/** Characters this reader leaves to the full parser wherever they are. */
const UNHANDLED = /[\t\r\x85\u2028\u2029\uFEFF]/;

/** Nesting past this is left to the full parser, which measures and reports depth. */
const MAX_DEPTH = 100;

/** The `yaml` package refuses implicit keys longer than 1024 characters. */
const MAX_KEY = 1000;

/** Characters that start something other than a plain scalar (YAML's c-indicator). */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);

class Unhandled {}
const UNHANDLED_TEXT = new Unhandled();

/**
 * The documents of `text`, or null if it uses YAML beyond block mappings, block sequences and
 * one-line plain or quoted scalars (then the full parser must read it). Empty documents are left out.
 */
export function readBlockYaml(text: string, composing: Document): BlockDoc[] | null {
  if (UNHANDLED.test(text)) return null;
  try {
    return new Reader(text, composing).documents();
  } catch (e) {
    if (e === UNHANDLED_TEXT) return null;
    throw e;
  }
}

function unhandled(): never {
  throw UNHANDLED_TEXT;
}

class Reader {
  /** The current line: where it starts, its first non-space character, where it ends (its \n). */
  private lineStart = 0;
  private content = 0;
  private lineEnd = 0;
  private lineNo = 1;
  /** The current line is a content line (not past the end of the document). */
  private atContent = false;
  private depth = 0;
  private readonly resolved = new Map<string, unknown>();

  constructor(
    private readonly text: string,
    /** A document made with the options parseManifest composes with: its schema and options. */
    private readonly composing: Document,
  ) {}

  documents(): BlockDoc[] {
    const docs: BlockDoc[] = [];
    const { text } = this;
    let start = 0;
    this.setLine(0, 1);
    for (;;) {
      this.skipToContent();
      if (this.atContent) {
        const line = this.lineNo;
        const indent = this.content - this.lineStart;
        const value = this.isSeqItem() ? this.sequence(indent) : this.mapping(indent);
        // Anything left in the document sits at an indentation no collection above it has.
        if (this.atContent) unhandled();
        docs.push({ value, line, start, end: this.lineStart });
      }
      if (this.lineStart >= text.length) return docs;
      // At a `---` line: the next document starts here.
      start = this.lineStart;
      this.nextLine();
    }
  }

  private setLine(start: number, lineNo: number): void {
    const { text } = this;
    this.lineStart = start;
    this.lineNo = lineNo;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    this.lineEnd = end;
    let c = start;
    while (c < end && text.charCodeAt(c) === 32) c++;
    this.content = c;
  }

  private nextLine(): void {
    if (this.lineEnd >= this.text.length) this.setLine(this.text.length, this.lineNo + 1);
    else this.setLine(this.lineEnd + 1, this.lineNo + 1);
  }

  /**
   * Moves to the next line with content, or stops at a `---` line or the end of the text
   * (`atContent` false). Blank and comment lines are skipped; markers and directives this reader
   * does not take are refused.
   */
  private skipToContent(): void {
    const { text } = this;
    for (;;) {
      if (this.lineStart >= text.length) {
        this.atContent = false;
        return;
      }
      const c = this.content;
      if (c === this.lineEnd || text.charCodeAt(c) === 35 /* # */) {
        this.nextLine();
        continue;
      }
      if (c === this.lineStart) {
        if (text.startsWith('---', c)) {
          const rest = this.skipSpaces(c + 3);
          if (rest !== this.lineEnd && (rest === c + 3 || text.charCodeAt(rest) !== 35))
            unhandled();
          this.atContent = false;
          return;
        }
        if (text.startsWith('...', c) || text.charCodeAt(c) === 37 /* % */) unhandled();
      }
      this.atContent = true;
      return;
    }
  }

  private skipSpaces(at: number): number {
    while (at < this.lineEnd && this.text.charCodeAt(at) === 32) at++;
    return at;
  }

  private indent(): number {
    return this.content - this.lineStart;
  }

  /** The current line is `-` followed by a space or nothing. */
  private isSeqItem(): boolean {
    return this.isDash(this.content);
  }

  /** `-` followed by a space or the end of the line is at `at`. */
  private isDash(at: number): boolean {
    if (this.text.charCodeAt(at) !== 45 /* - */) return false;
    return at + 1 === this.lineEnd || this.text.charCodeAt(at + 1) === 32;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) unhandled();
  }

  /**
   * A block sequence whose `-` sit at column `indent`; `first` is where its first `-` is when that
   * one shares its line with an outer `- `.
   */
  private sequence(indent: number, first = this.content): unknown[] {
    this.enter();
    const out: unknown[] = [];
    let at = first;
    for (;;) {
      const after = this.skipSpaces(at + 1);
      if (after === this.lineEnd || this.text.charCodeAt(after) === 35) {
        this.nextLine();
        this.skipToContent();
        out.push(this.blockValue(indent, false));
      } else {
        out.push(this.inlineNode(after));
      }
      if (!this.atContent || this.indent() !== indent || !this.isSeqItem()) break;
      at = this.content;
    }
    if (this.atContent && this.indent() > indent) unhandled();
    this.depth--;
    return out;
  }

  /**
   * What follows `- ` on a line, at column `at`: a collection whose first key or `-` is there (the
   * rest of it on the lines below at the same column) or a scalar.
   */
  private inlineNode(at: number): unknown {
    if (this.isDash(at)) return this.sequence(at - this.lineStart, at);
    const colon = this.keyEnd(at);
    if (colon < 0) {
      const value = this.scalar(at);
      this.nextLine();
      this.skipToContent();
      return value;
    }
    return this.mapping(at - this.lineStart, at);
  }

  /**
   * A block mapping whose keys sit at column `indent`; `first` is where its first key starts when
   * that key shares its line with a `- `.
   */
  private mapping(indent: number, first = this.content): Record<string, unknown> {
    this.enter();
    const out: Record<string, unknown> = {};
    let at = first;
    for (;;) {
      const colon = this.keyEnd(at);
      if (colon < 0) unhandled();
      const key = this.key(at, colon);
      const valueAt = this.skipSpaces(colon + 1);
      let value: unknown;
      if (valueAt === this.lineEnd || this.text.charCodeAt(valueAt) === 35) {
        this.nextLine();
        this.skipToContent();
        value = this.blockValue(indent, true);
      } else {
        if (this.isDash(valueAt)) unhandled();
        value = this.scalar(valueAt);
        this.nextLine();
        this.skipToContent();
      }
      // As the `yaml` package adds a pair to a JS object: a key seen before keeps its place and
      // takes the last value; a key the object already has (__proto__...) is defined on it.
      if (key === '__proto__') unhandled();
      if (key in out)
        Object.defineProperty(out, key, {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      else out[key] = value;
      if (!this.atContent) break;
      const next = this.indent();
      if (next < indent) break;
      if (next > indent || this.isSeqItem()) unhandled();
      at = this.content;
    }
    this.depth--;
    return out;
  }

  /**
   * The value of a key or `-` at column `indent` with nothing after it on its line: a collection on
   * the lines below (a sequence may sit at the key's own column), or null.
   */
  private blockValue(indent: number, sequenceAtIndent: boolean): unknown {
    if (!this.atContent) return null;
    const next = this.indent();
    if (next > indent) return this.isSeqItem() ? this.sequence(next) : this.mapping(next);
    if (next === indent && sequenceAtIndent && this.isSeqItem()) return this.sequence(next);
    return null;
  }

  /** Where the `:` ending a key that starts at `at` is, or -1 if the line holds no key there. */
  private keyEnd(at: number): number {
    const { text } = this;
    const end = this.lineEnd;
    const ch = text.charCodeAt(at);
    if (ch === 34 /* " */ || ch === 39 /* ' */) {
      const close = this.quoteEnd(at);
      const colon = this.skipSpaces(close + 1);
      return colon < end && text.charCodeAt(colon) === 58 && this.endsIndicator(colon + 1)
        ? colon
        : -1;
    }
    for (let i = at; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 58 /* : */ && this.endsIndicator(i + 1)) return i;
      if (c === 35 /* # */ && text.charCodeAt(i - 1) === 32) return -1;
    }
    return -1;
  }

  /** `:` at `at - 1` is a mapping indicator: a space or the end of the line follows. */
  private endsIndicator(at: number): boolean {
    return at === this.lineEnd || this.text.charCodeAt(at) === 32;
  }

  /** Where the quote opened at `at` closes on this line; refused if it does not. */
  private quoteEnd(at: number): number {
    const { text } = this;
    const q = text.charCodeAt(at);
    for (let i = at + 1; i < this.lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */ && q === 34) unhandled();
      if (c === q) {
        if (q === 39 && text.charCodeAt(i + 1) === 39) {
          i++;
          continue;
        }
        return i;
      }
    }
    return unhandled();
  }

  private key(at: number, colon: number): string {
    if (colon - at > MAX_KEY) unhandled();
    const ch = this.text.charCodeAt(at);
    if (ch === 34 || ch === 39) return this.quoted(at);
    let end = colon;
    while (this.text.charCodeAt(end - 1) === 32) end--;
    const raw = this.text.slice(at, end);
    if (raw === '<<') unhandled();
    const value = this.plain(raw);
    return value === null ? '' : String(value);
  }

  /** A scalar from `at` to the end of the line (or a comment), nothing else after it. */
  private scalar(at: number): unknown {
    const { text } = this;
    const ch = text.charCodeAt(at);
    if (ch === 34 || ch === 39) {
      const value = this.quoted(at);
      const rest = this.skipSpaces(this.quoteEnd(at) + 1);
      if (
        rest !== this.lineEnd &&
        (text.charCodeAt(rest) !== 35 || text.charCodeAt(rest - 1) !== 32)
      )
        unhandled();
      return value;
    }
    let end = this.lineEnd;
    for (let i = at; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 35 && text.charCodeAt(i - 1) === 32) {
        end = i;
        break;
      }
      // A `: ` (or a final `:`) inside a value would start a mapping the line cannot hold.
      if (c === 58 && this.endsIndicator(i + 1)) unhandled();
    }
    while (text.charCodeAt(end - 1) === 32) end--;
    return this.plain(text.slice(at, end));
  }

  /** A one-line quoted scalar opened at `at` (double-quoted ones hold no escape). */
  private quoted(at: number): string {
    const inner = this.text.slice(at + 1, this.quoteEnd(at));
    return this.text.charCodeAt(at) === 39 ? inner.replaceAll("''", "'") : inner;
  }

  /** A plain scalar's value, as the `yaml` package resolves it with the schema it composes with. */
  private plain(raw: string): unknown {
    if (raw.length === 0) return null;
    const first = raw.charCodeAt(0);
    if (
      INDICATORS.has(raw[0]!) &&
      !(first === 45 && raw.length > 1 && raw.charCodeAt(1) !== 32) // -1, --flag
    )
      unhandled();
    if (/[[\]{}]/.test(raw)) unhandled();
    const known = this.resolved.get(raw);
    if (known !== undefined || this.resolved.has(raw)) return known;
    const value = resolvePlain(this.composing.schema, this.composing.options, raw);
    this.resolved.set(raw, value);
    return value;
  }
}

/** compose-scalar's findScalarTagByTest then toJS, for a plain scalar that is not a key `<<`. */
function resolvePlain(schema: Schema, options: object, raw: string): unknown {
  const tag = schema.tags.find((t) => t.default === true && t.test?.test(raw));
  if (!tag || !('resolve' in tag) || typeof tag.resolve !== 'function') return raw;
  let failed = false;
  const res: unknown = (tag.resolve as (v: string, onError: () => void, o: object) => unknown)(
    raw,
    () => (failed = true),
    options,
  );
  if (failed) unhandled();
  const value = isScalar(res) ? res.value : res;
  return typeof value === 'bigint' ? Number(value) : value;
}
