// Reads a YAML document node by node, keeping each node's line and column, so a lesson validator can
// say exactly where a wrong field or value is. Collects errors instead of throwing.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { LessonError } from './types.ts';

export class YamlReader {
  readonly errors: LessonError[] = [];
  private readonly lines = new LineCounter();
  readonly root: Node | null;

  constructor(
    readonly file: string,
    text: string,
  ) {
    const doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true });
    for (const e of doc.errors) {
      const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
      this.errors.push({
        file,
        line: pos.line,
        column: pos.col,
        message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      });
    }
    this.root = doc.errors.length ? null : (doc.contents as Node | null);
  }

  /** Line and column (1-based) where a node starts; the document start without one. */
  pos(node: Node | null | undefined): { line: number; column: number } {
    const offset = node?.range?.[0] ?? 0;
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }

  error(node: Node | null | undefined, message: string): void {
    this.errors.push({ file: this.file, ...this.pos(node), message });
  }

  /**
   * The entries of a mapping, checked against the allowed keys: unknown keys and missing required
   * keys are errors. Null when the node is not a mapping (an error is recorded).
   */
  map(
    node: Node | null | undefined,
    what: string,
    allowed: readonly string[],
    required: readonly string[] = [],
  ): Map<string, Node> | null {
    if (!isMap(node)) {
      this.error(node, `${what} must be a mapping`);
      return null;
    }
    const out = new Map<string, Node>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!allowed.includes(key)) {
        this.error(
          keyNode,
          `unknown field "${key}" in ${what}; expected one of: ${allowed.join(', ')}`,
        );
        continue;
      }
      out.set(key, (pair.value as Node | null) ?? (keyNode as Node));
      if (pair.value === null) this.error(keyNode, `${what}.${key} has no value`);
    }
    for (const key of required)
      if (!out.has(key)) this.error(node, `${what} is missing the required field "${key}"`);
    return out;
  }

  /** The items of a sequence; empty (with an error) when the node is not one. */
  seq(node: Node | null | undefined, what: string): Node[] {
    if (!isSeq(node)) {
      this.error(node, `${what} must be a list`);
      return [];
    }
    return node.items as Node[];
  }

  string(node: Node | null | undefined, what: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    this.error(node, `${what} must be a string`);
    return undefined;
  }

  int(node: Node | null | undefined, what: string): number | undefined {
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value))
      return node.value;
    this.error(node, `${what} must be a whole number`);
    return undefined;
  }

  bool(node: Node | null | undefined, what: string): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.error(node, `${what} must be true or false`);
    return undefined;
  }

  strings(node: Node | null | undefined, what: string): string[] {
    return this.seq(node, what).flatMap((item, i) => {
      const s = this.string(item, `${what}[${i}]`);
      return s === undefined ? [] : [s];
    });
  }
}
