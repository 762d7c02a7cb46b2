// Export and import as a YAML file: a v1 `List` of the objects the user applied, which
// `kubectl apply -f` on a real cluster accepts, under a comment block for the lab (the preset, the
// seed and the shell actions in order). Importing reads the file as data: the header is checked
// like a share link, the objects become one apply, the commented shell lines are replayed after it.
import { Document, parseAllDocuments } from 'yaml';
import {
  dumpSummary,
  looksLikeClusterDump,
  parseClusterDump,
} from '../../engine/import/clusterDump.ts';
import type { Language } from '../../engine/messages/format.ts';
import { importNote, importNoteText } from '../../engine/import/importNotes.ts';
import {
  IMPORTED,
  MAX_IMPORT,
  SCENARIO_VERSION,
  parseScenario,
  type Action,
  type Parsed,
  type Scenario,
} from './model.ts';

export { MAX_IMPORT };

const HEADER = '# k8s-lab: ';
const RUN = '# $ ';
const STDIN = '# | ';
const WAIT = '# wait ';

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of a YAML text (Lists flattened); documents that do not parse are left out. */
function objectsOf(text: string): Obj[] {
  const out: Obj[] = [];
  for (const doc of parseAllDocuments(text, { uniqueKeys: true })) {
    if (doc.errors.length > 0) continue;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch {
      continue;
    }
    if (!isObj(value)) continue;
    if (
      typeof value.kind === 'string' &&
      value.kind.endsWith('List') &&
      Array.isArray(value.items)
    ) {
      out.push(...value.items.filter(isObj));
    } else if (typeof value.kind === 'string') {
      out.push(value);
    }
  }
  return out;
}

function identity(o: Obj): string {
  const meta = isObj(o.metadata) ? o.metadata : {};
  return `${String(o.apiVersion)}/${String(o.kind)}/${String(meta.namespace ?? '')}/${String(meta.name ?? meta.generateName ?? '')}`;
}

/** What the user applied, each object once (a later apply of the same object replaces it). */
export function appliedObjects(actions: readonly Action[]): Obj[] {
  const byId = new Map<string, Obj>();
  for (const action of actions) {
    if (action.kind !== 'apply') continue;
    for (const o of objectsOf(action.text)) {
      const id = identity(o);
      byId.delete(id);
      byId.set(id, o);
    }
  }
  return [...byId.values()];
}

/** A sentence as YAML comment lines of at most 90 characters, continuation lines indented. */
function wrapComment(sentence: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of sentence.split(' ')) {
    if (line.length + 1 + word.length > 90 && line.trim() !== '#') {
      lines.push(line);
      line = '#  ';
    }
    line = `${line} ${word}`;
  }
  return [...lines, line];
}

/**
 * Whether a text is a real cluster's dump (its first document a List holding a Node), whatever
 * else is wrong with it; a text that is not YAML is not one.
 */
export function isClusterDumpText(text: string): boolean {
  try {
    const [first] = parseAllDocuments(text, { uniqueKeys: false });
    return first !== undefined && looksLikeClusterDump(first.toJS({ maxAliasCount: 100 }));
  } catch {
    return false;
  }
}

/** Single-line comment text (a line or stdin cannot end the comment and start YAML). */
function commentLines(prefix: string, text: string): string[] {
  return text.split(/\r?\n/).map((l) => `${prefix}${l}`.trimEnd());
}

export function toListYaml(scenario: Scenario): string {
  const header = {
    preset: scenario.preset,
    seed: scenario.seed,
    version: scenario.version,
  };
  const lines = [
    `${HEADER}${JSON.stringify(header)}`,
    '# Exported from Kubernetes Service Lab: `kubectl apply -f` this file on a cluster to create',
    '# the objects applied in the lab. The lab replays the shell actions below after them.',
  ];
  for (const action of scenario.actions) {
    if (action.kind === 'run') {
      lines.push(`${RUN}${action.line}`);
      if (action.stdin !== undefined)
        lines.push(...commentLines(STDIN, action.stdin.replace(/\n$/, '')));
    } else if (action.kind === 'wait') {
      lines.push(`${WAIT}${action.seconds}s`);
    }
  }
  const list = {
    apiVersion: 'v1',
    kind: 'List',
    metadata: { resourceVersion: '' },
    items: appliedObjects(scenario.actions),
  };
  // YAML 1.1 output quotes strings such as "yes" and "0755", which kubectl (go-yaml) reads as 1.1.
  const body = new Document(list, { version: '1.1' }).toString({ lineWidth: 0 });
  if (scenario.clusterDump !== undefined) {
    // An imported cluster: its dump as it was read, then what was applied on it.
    lines[1] =
      "# Exported from Kubernetes Service Lab: a real cluster's state (the first document),";
    lines[2] =
      '# then the objects applied in the lab; the lab replays the shell actions below after them.';
    const dump = scenario.clusterDump.replace(/\n?$/, '\n');
    return `${lines.join('\n')}\n${dump}---\n${body}`;
  }
  return `${lines.join('\n')}\n${body}`;
}

/** The commented shell actions of an exported file, in order. */
function headerActions(text: string): Action[] {
  const actions: Action[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('#')) {
      if (line.trim() === '') continue;
      break; // the comment block ends where the YAML begins
    }
    const last = actions[actions.length - 1];
    if (line.startsWith(RUN)) {
      actions.push({ kind: 'run', line: line.slice(RUN.length) });
    } else if ((line.startsWith(STDIN) || line === STDIN.trimEnd()) && last?.kind === 'run') {
      const piece = line.slice(STDIN.length);
      actions[actions.length - 1] = { ...last, stdin: `${last.stdin ?? ''}${piece}\n` };
    } else if (line.startsWith(WAIT)) {
      const seconds = Number(/^(\d+)s$/.exec(line.slice(WAIT.length))?.[1] ?? NaN);
      actions.push({ kind: 'wait', seconds });
    }
  }
  return actions;
}

/**
 * An exported (or any Kubernetes) YAML file to a scenario. Without a lab header, the preset and
 * seed are the current ones. Nothing in the file runs but the simulator's replay of its actions.
 */
export function fromListYaml(
  text: string,
  current: { readonly preset: string; readonly seed: number },
  /** The language of the notes an imported cluster dump opens the editor with. */
  language: Language = 'en',
): Parsed<Scenario> {
  const bad = (message: string): Parsed<Scenario> => ({ ok: false, message });
  if (text.length > MAX_IMPORT) {
    return bad(
      `the file is ${(text.length / 1_000_000).toFixed(1)} MB; the lab imports files up to ${MAX_IMPORT / 1_000_000} MB`,
    );
  }
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  let header: Obj = { preset: current.preset, seed: current.seed, version: SCENARIO_VERSION };
  if (headerLine.startsWith(HEADER)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(headerLine.slice(HEADER.length));
    } catch {
      return bad('the lab header (the first line) is not valid');
    }
    if (!isObj(parsed)) return bad('the lab header (the first line) is not valid');
    header = parsed;
  }
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  const broken = docs.find((d) => d.errors.length > 0);
  if (broken !== undefined) {
    return bad(`the file is not valid YAML: ${broken.errors[0]?.message.split('\n')[0] ?? ''}`);
  }
  // A real cluster's state (a List with Nodes): the cluster is built from it, not applied.
  const firstValue = docs[0]?.toJS({ maxAliasCount: 100 }) as unknown;
  if (
    header.preset === IMPORTED ||
    (!headerLine.startsWith(HEADER) && looksLikeClusterDump(firstValue))
  ) {
    const first = docs[0];
    // The dump without the lab's comment block (kubectl prints none above its List).
    const dumpText = (
      docs.length > 1 && first?.range ? text.slice(0, first.range[2]) : text
    ).replace(/^(?:#[^\n]*\n|[ \t]*\n)+/, '');
    const dump = parseClusterDump(dumpText);
    if (!dump.ok)
      return bad(
        importNoteText(importNote('import.err.cannotRead', { why: dump.problem }), language),
      );
    const applied = docs.length > 1 && first?.range ? objectsOf(text.slice(first.range[2])) : [];
    const manifest = applied
      .map((o) => new Document(o, { version: '1.1' }).toString({ lineWidth: 0 }))
      .join('---\n');
    // The editor opens on what the lab inferred, as comments (applying them changes nothing).
    const about = dumpSummary(dump.value, language)
      .flatMap((line) => wrapComment(line))
      .join('\n');
    const parsed = parseScenario({
      version: header.version,
      preset: IMPORTED,
      seed: header.seed,
      actions: [...(manifest ? [{ kind: 'apply', text: manifest }] : []), ...headerActions(text)],
      editorText: manifest ? `${about}\n---\n${manifest}` : `${about}\n`,
      clusterDump: dumpText,
    });
    return parsed.ok ? parsed : bad(parsed.message);
  }
  const objects = objectsOf(text);
  if (objects.length === 0) return bad('the file holds no Kubernetes objects');
  const manifest = objects
    .map((o) => new Document(o, { version: '1.1' }).toString({ lineWidth: 0 }))
    .join('---\n');
  const shell = headerActions(text);
  const parsed = parseScenario({
    version: header.version,
    preset: header.preset,
    seed: header.seed,
    actions: [{ kind: 'apply', text: manifest }, ...shell],
    editorText: manifest,
  });
  return parsed.ok ? parsed : bad(parsed.message);
}
