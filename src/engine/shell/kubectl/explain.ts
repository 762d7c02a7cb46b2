// `kubectl explain RESOURCE[.FIELD...] [--recursive]`: the schema of a kind or one of its fields.
// Two layouts: kubectl before v1.27 walks the OpenAPI v2 models (pkg/explain model_printer.go,
// fields_printer.go, formatter.go: KIND/VERSION, RESOURCE or FIELD, text wrapped at 80 columns);
// from v1.27 it renders OpenAPI v3 through pkg/explain/v2/templates/plaintext.tmpl (GROUP/KIND/
// VERSION, type names such as <ServiceSpec>, go-wordwrap at 76). The schema is explain/schemas.ts.
import { servedVersion } from '../../api/apiVersions.ts';
import { fail, ok, parseFlags, type Output, type ShellState } from '../context.ts';
import { findResource } from '../resources.ts';
import { preferredVersion } from './apiResources.ts';
import {
  DEFINITIONS,
  definitionOf,
  describedAt,
  type Definition,
  type FieldDef,
} from './explain/schemas.ts';

/** The first kubectl whose explain reads OpenAPI v3 by default. */
const OPENAPI_V3 = 27;
/** plaintext.tmpl gained extractEnum in v1.30; its FIELD header then ends in an extra newline. */
const ENUM_TEMPLATE = 30;

const PRIMITIVES = new Set(['string', 'integer', 'boolean', 'number', 'IntOrString', 'Quantity']);

/** OpenAPI v2 names (GetTypeName): a referenced kind is "Object", int-or-string a string. */
function v2Type(type: string): string {
  const m = /^(\[\]|map\[string\])(.*)$/.exec(type);
  if (m) return m[1]! + v2Type(m[2]!);
  if (type === 'IntOrString' || type === 'Quantity') return 'string';
  return PRIMITIVES.has(type) ? type : 'Object';
}

/** The definition an object-typed field leads to; undefined for a scalar. */
function refOf(f: FieldDef): Definition | undefined {
  return f.ref === undefined ? undefined : DEFINITIONS[f.ref];
}

function present(f: FieldDef, minor: number): boolean {
  return minor >= (f.since ?? 0) && (f.until === undefined || minor < f.until);
}

function fieldsOf(def: Definition, minor: number): [string, FieldDef][] {
  return Object.entries(def.fields)
    .filter(([, f]) => present(f, minor))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** kubectl <1.27's formatter: words joined until the line would pass `width` (newlines ignored). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = [...line, word].join(' ');
    if (line.length === 0 || candidate.length <= width) line.push(word);
    else {
      lines.push(line.join(' '));
      line = [word];
    }
  }
  if (line.length) lines.push(line.join(' '));
  return lines;
}

/** mitchellh/go-wordwrap WrapString, as kubectl ≥1.27's template `wrap` calls it. */
export function wordWrap(s: string, lim: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let space = '';
  const len = (x: string) => [...x].length;
  for (const ch of s) {
    if (ch === '\n') {
      if (word === '') {
        if (current + len(space) <= lim) out += space;
      } else out += space + word;
      space = '';
      word = '';
      out += ch;
      current = 0;
    } else if (/\s/.test(ch) && ch !== '\u00a0') {
      if (space === '' || word !== '') {
        current += len(space) + len(word);
        out += space + word;
        space = '';
        word = '';
      }
      space += ch;
    } else {
      word += ch;
      if (current + len(space) + len(word) > lim && len(word) < lim) {
        out += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (word === '') {
    if (current + len(space) <= lim) out += space;
  } else out += space + word;
  return out;
}

const indent = (n: number, s: string) => {
  const pad = ' '.repeat(n);
  return pad + s.replace(/\n/g, `\n${pad}`);
};

interface Target {
  readonly kind: string;
  readonly group: string;
  readonly version: string;
  /** The definition the path ends in (for a kind or an object field) or null for a leaf field. */
  readonly def: Definition | null;
  /** The last field on the path, with its name; undefined for the kind itself. */
  readonly field?: { readonly name: string; readonly def: FieldDef };
}

type Resolved = Target | { readonly error: string };

function resolve(
  apiVersion: string,
  kind: string,
  path: readonly string[],
  minor: number,
): Resolved {
  let def = definitionOf(apiVersion, kind);
  if (!def) return { error: `lab: kubectl explain has no schema for ${kind} yet` };
  let field: Target['field'];
  for (let i = 0; i < path.length; i++) {
    const name = path[i]!;
    const missing = () =>
      // kubectl ≥1.27's template names the last word of the path; older kubectl the missing one.
      `error: field "${minor >= OPENAPI_V3 ? path[path.length - 1] : name}" does not exist`;
    if (!def) return { error: missing() };
    const f = def.fields[name];
    if (!f || !present(f, minor)) return { error: missing() };
    field = { name, def: f };
    def = refOf(f);
  }
  return { kind, group: '', version: '', def: def ?? null, ...(field ? { field } : {}) };
}

/** Every field below `def`, one line each, for --recursive; null if a definition is unknown. */
function recursiveLines(
  def: Definition,
  minor: number,
  level: number,
  v3: boolean,
  seen: readonly Definition[],
): string[] | null {
  const out: string[] = [];
  for (const [name, f] of fieldsOf(def, minor)) {
    const pad = v3 ? ' '.repeat(level * 2) : ' '.repeat(3 + level * 3);
    const required = v3 && f.required ? ' -required-' : '';
    out.push(`${pad}${name}\t<${v3 ? f.type : v2Type(f.type)}>${required}`);
    const sub = refOf(f);
    if (!sub || seen.includes(sub)) continue;
    const inner = recursiveLines(sub, minor, level + 1, v3, [...seen, sub]);
    if (inner === null) return null;
    out.push(...inner);
  }
  return out;
}

function renderV2(t: Target, minor: number, recursive: boolean): string | null {
  const version = t.group ? `${t.group}/${t.version}` : t.version;
  let out = `KIND:     ${t.kind}\nVERSION:  ${version}\n\n`;
  const descriptions: string[] = [];
  if (t.field) {
    const type = v2Type(t.field.def.type);
    out += t.def
      ? `RESOURCE: ${t.field.name} <${type}>\n\n`
      : `FIELD:    ${t.field.name} <${type}>\n\n`;
    descriptions.push(describedAt(t.field.def, minor));
  }
  if (t.def) descriptions.push(describedAt(t.def, minor));
  out += 'DESCRIPTION:\n';
  out += descriptions
    .filter(Boolean)
    .map((d) =>
      wrapWords(d, 75)
        .map((l) => `     ${l}\n`)
        .join(''),
    )
    .join('\n');
  if (!t.def) return out;
  out += '\nFIELDS:\n';
  if (recursive) {
    const lines = recursiveLines(t.def, minor, 0, false, [t.def]);
    if (lines === null) return null;
    return out + lines.map((l) => `${l}\n`).join('');
  }
  for (const [name, f] of fieldsOf(t.def, minor)) {
    out += `   ${name}\t<${v2Type(f.type)}>${f.required ? ' -required-' : ''}\n`;
    out += wrapWords(describedAt(f, minor), 75)
      .map((l) => `     ${l}\n`)
      .join('');
    out += '\n';
  }
  return out;
}

function renderV3(t: Target, minor: number, recursive: boolean): string | null {
  let out = t.group ? `GROUP:      ${t.group}\n` : '';
  out += `KIND:       ${t.kind}\nVERSION:    ${t.version}\n\n`;
  let description = '';
  if (t.field) {
    out += `FIELD: ${t.field.name} <${t.field.def.type}>\n`;
    out += minor >= ENUM_TEMPLATE ? '\n\n' : '\n';
    const own = describedAt(t.field.def, minor);
    if (own) description += `${own}\n`;
  }
  if (t.def) description += `${describedAt(t.def, minor)}\n`;
  out += `DESCRIPTION:\n${indent(4, wordWrap(description || '<empty>', 76))}\n`;
  if (t.def) {
    const fields = fieldsOf(t.def, minor);
    if (fields.length) {
      out += 'FIELDS:\n';
      if (recursive) {
        const lines = recursiveLines(t.def, minor, 1, true, [t.def]);
        if (lines === null) return null;
        out += lines.map((l) => `${l}\n`).join('');
      } else {
        for (const [name, f] of fields) {
          out += `  ${name}\t<${f.type}>${f.required ? ' -required-' : ''}\n`;
          out += `${indent(4, wordWrap(describedAt(f, minor) || '<no description>', 76))}\n\n`;
        }
      }
    }
  }
  return `${out}\n`;
}

export function explain(state: ShellState, args: readonly string[]): Output {
  const flags = parseFlags(args, {
    '--recursive': { name: 'recursive', value: false },
    '--api-version': { name: 'api-version', value: true },
    '-o': { name: 'output', value: true },
    '--output': { name: 'output', value: true },
  });
  if (flags.unknown.length)
    return fail(
      `error: unknown flag: ${flags.unknown[0]}\nSee 'kubectl explain --help' for usage.`,
    );
  const minor = state.cluster.preset.minor;
  const [arg] = flags.positional;
  if (!arg)
    return fail(
      'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.',
    );
  const [name, ...path] = arg.split('.');
  const resource = findResource(name ?? '');
  const preferred = resource && preferredVersion(resource, minor);
  if (!resource || !preferred)
    return fail(`error: the server doesn't have a resource type "${name}"`);
  const requested = flags.values.get('api-version');
  const served = requested ?? preferred;
  if (!servedVersion(resource.kind, served, minor)) {
    // explain.go: the kind looked up at the requested group/version; v1.27+ names the GVR
    // (schema.GroupVersionResource.String), older kubectl the GVK. Unverified against a server.
    const slash = served.lastIndexOf('/');
    const [group, version] =
      slash < 0 ? ['', served] : [served.slice(0, slash), served.slice(slash + 1)];
    return fail(
      minor >= OPENAPI_V3
        ? `error: couldn't find resource for "${group}/${version}, Resource=${resource.plural}"`
        : `error: couldn't find resource for "${served}, Kind=${resource.kind}"`,
    );
  }
  const resolved = resolve(served, resource.kind, path, minor);
  if ('error' in resolved) return fail(resolved.error);
  const group = served.includes('/') ? served.slice(0, served.lastIndexOf('/')) : '';
  const version = served.slice(served.lastIndexOf('/') + 1);
  const target: Target = { ...resolved, group, version };
  const recursive = flags.values.get('recursive') === 'true';
  const text =
    minor >= OPENAPI_V3 ? renderV3(target, minor, recursive) : renderV2(target, minor, recursive);
  if (text === null) return fail(`lab: kubectl explain ${arg} --recursive is not simulated yet`);
  return ok(text);
}
