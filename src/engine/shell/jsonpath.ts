// A subset of client-go's util/jsonpath as `kubectl get -o jsonpath=TEMPLATE` uses it: text with
// {expressions}: fields (.a.b, ['a.b'], escaped dots), [n], [*], [?(@.x=="v")] filters, {range}…
// {end}, and "string" literals. Missing keys print nothing (kubectl allows them). Several results of
// one expression are joined by a space; maps and lists print as JSON; no newline is added.

type Value = unknown;
type Step =
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'all' }
  | {
      readonly kind: 'filter';
      readonly path: Step[];
      readonly op?: string;
      readonly literal?: string;
    };

export class JsonPathError extends Error {}

function parsePath(text: string): Step[] {
  const steps: Step[] = [];
  let i = text.startsWith('@') || text.startsWith('$') ? 1 : 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '.') {
      let name = '';
      i++;
      while (i < text.length && text[i] !== '.' && text[i] !== '[') {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        name += text[i++];
      }
      if (name) steps.push({ kind: 'field', name });
    } else if (c === '[') {
      const end = text.indexOf(']', i);
      if (end < 0) throw new JsonPathError(`unterminated array`);
      const inner = text.slice(i + 1, end).trim();
      i = end + 1;
      if (inner === '*') steps.push({ kind: 'all' });
      else if (/^-?\d+$/.test(inner)) steps.push({ kind: 'index', index: Number(inner) });
      else if (/^['"].*['"]$/.test(inner)) steps.push({ kind: 'field', name: inner.slice(1, -1) });
      else if (inner.startsWith('?(') && inner.endsWith(')')) {
        const m = /^@([^=!<>]*)\s*(==|!=)\s*["']?(.*?)["']?$/.exec(inner.slice(2, -1).trim());
        if (m)
          steps.push({ kind: 'filter', path: parsePath(m[1]!.trim()), op: m[2]!, literal: m[3]! });
        else steps.push({ kind: 'filter', path: parsePath(inner.slice(3, -1).trim()) });
      } else throw new JsonPathError(`unrecognized array index ${inner}`);
    } else
      throw new JsonPathError(
        `unrecognized character in action: U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} '${c}'`,
      );
  }
  return steps;
}

function evaluate(values: readonly Value[], steps: readonly Step[]): Value[] {
  let current = [...values];
  for (const step of steps) {
    const next: Value[] = [];
    for (const v of current) {
      if (step.kind === 'field') {
        if (v && typeof v === 'object' && !Array.isArray(v) && step.name in v)
          next.push((v as Record<string, Value>)[step.name]);
      } else if (!Array.isArray(v)) {
        continue;
      } else if (step.kind === 'index') {
        const item = v[step.index < 0 ? v.length + step.index : step.index];
        if (item !== undefined) next.push(item);
      } else if (step.kind === 'all') next.push(...v);
      else {
        for (const item of v) {
          const found = evaluate([item], step.path);
          if (
            step.op === undefined
              ? found.length > 0
              : found.some((f) => (String(f) === step.literal) === (step.op === '=='))
          )
            next.push(item);
        }
      }
    }
    current = next;
  }
  return current;
}

/** Go's json.Marshal orders map keys. */
function sorted(v: Value): Value {
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sorted((v as Record<string, Value>)[k])]),
    );
  return v;
}

const text = (v: Value) => (typeof v === 'string' ? v : JSON.stringify(sorted(v)));

/** Splits "a{.b}c{range .d[*]}{.e}{end}" into literal text and {actions}. */
function tokens(template: string): { literal: boolean; text: string }[] {
  const out: { literal: boolean; text: string }[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out.push({ literal: true, text: template.slice(i) });
      break;
    }
    if (open > i) out.push({ literal: true, text: template.slice(i, open) });
    let depth = 0;
    let close = open;
    let quoted = false;
    for (; close < template.length; close++) {
      const ch = template[close];
      if (ch === '"' && template[close - 1] !== '\\') quoted = !quoted;
      if (quoted) continue;
      if (ch === '{') depth++;
      if (ch === '}' && --depth === 0) break;
    }
    if (close >= template.length) throw new JsonPathError('unclosed action');
    out.push({ literal: false, text: template.slice(open + 1, close).trim() });
    i = close + 1;
  }
  return out;
}

function unquote(s: string): string {
  return JSON.parse(s.startsWith("'") ? `"${s.slice(1, -1).replace(/"/g, '\\"')}"` : s) as string;
}

function run(parts: readonly { literal: boolean; text: string }[], data: Value): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.literal) out += p.text;
    else if (p.text.startsWith('"') || p.text.startsWith("'")) out += unquote(p.text);
    else if (p.text.startsWith('range ')) {
      let depth = 1;
      let j = i + 1;
      for (; j < parts.length; j++) {
        const t = parts[j]!;
        if (!t.literal && t.text.startsWith('range ')) depth++;
        if (!t.literal && t.text === 'end' && --depth === 0) break;
      }
      if (j >= parts.length) throw new JsonPathError('not in range, nothing to end');
      const body = parts.slice(i + 1, j);
      for (const item of evaluate([data], parsePath(p.text.slice('range '.length).trim())))
        out += run(body, item);
      i = j;
    } else if (p.text === 'end') throw new JsonPathError('not in range, nothing to end');
    else out += evaluate([data], parsePath(p.text)).map(text).join(' ');
  }
  return out;
}

/** Evaluates the template against an object (or a List); throws JsonPathError on a bad template. */
export function jsonpath(template: string, data: Value): string {
  return run(tokens(template), data);
}

/**
 * What the template's first {expression} finds, as client-go's FindResults(...)[0] with missing keys
 * allowed (kubectl get --sort-by): none when a key on the way is missing; a JSON null is found.
 */
export function jsonpathValues(template: string, data: Value): Value[] {
  const action = tokens(template).find((t) => !t.literal);
  if (action === undefined) return [];
  const path = action.text.startsWith('range ') ? action.text.slice('range '.length) : action.text;
  return evaluate([data], parsePath(path.trim()));
}
