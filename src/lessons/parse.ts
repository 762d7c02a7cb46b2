// Reads and strictly validates one lesson folder (lesson.yaml plus its manifests): every field is
// known, every value has its type, every `-f FILE` is a file of the folder, every regex compiles.
// Errors carry the file and line, so a typo in a lesson fails `lesson verify` where it is.
import type { Node } from 'yaml';
import { regexProblem } from './match.ts';
import type {
  Check,
  CheckKind,
  Highlight,
  Lesson,
  LessonError,
  Localized,
  NumberMatch,
  Step,
} from './types.ts';
import { YamlReader } from './yamlReader.ts';

export const LESSON_FILE = 'lesson.yaml';

type Field = 'string' | 'text' | 'int' | 'number' | 'bool' | 'actions' | readonly string[];

const HOP_ACTIONS = [
  'send',
  'route',
  'arp',
  'dnat',
  'snat',
  'encap',
  'decap',
  'forward',
  'proxy',
  'deliver',
  'reject',
  'drop',
  'reply',
  'un-dnat',
  'un-snat',
  'dns',
];

/** The check vocabulary: each kind's fields, their types, and which are required. */
export const CHECKS: Readonly<
  Record<CheckKind, { fields: Readonly<Record<string, Field>>; required: readonly string[] }>
> = {
  output: {
    fields: {
      command: 'string',
      stream: ['stdout', 'stderr'],
      equals: 'string',
      contains: 'string',
      notContains: 'string',
      matches: 'text',
      exitCode: 'int',
    },
    required: [],
  },
  trace: {
    fields: {
      command: 'string',
      verdict: ['delivered', 'refused', 'timeout', 'dns-error', 'unreachable'],
      servedBy: 'text',
      servedOn: 'text',
      clientSeenByPod: 'text',
      nodesCrossed: 'number',
      entryNode: 'text',
      decidedBy: 'text',
      hops: 'actions',
      noHops: 'actions',
      response: 'text',
    },
    required: [],
  },
  load: {
    fields: { command: 'string', ok: 'number', failed: 'number', pods: 'number', allFrom: 'text' },
    required: [],
  },
  svc: {
    fields: {
      name: 'string',
      namespace: 'string',
      exists: 'bool',
      type: 'string',
      externalIP: 'text',
      nodePort: 'number',
    },
    required: ['name'],
  },
  endpoints: {
    fields: { service: 'string', namespace: 'string', ready: 'number', notReady: 'number' },
    required: ['service'],
  },
  podsReady: {
    fields: { selector: 'string', namespace: 'string', count: 'number' },
    required: ['selector', 'count'],
  },
  deployment: {
    fields: {
      name: 'string',
      namespace: 'string',
      exists: 'bool',
      replicas: 'number',
      readyReplicas: 'number',
    },
    required: ['name'],
  },
};

const CHECK_KINDS = Object.keys(CHECKS) as CheckKind[];
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Reads a lesson folder given as its files (name -> text). `presets` are the preset names the
 * engine knows. Returns the lesson, or the errors that stop it from being one.
 */
export function parseLesson(
  folder: string,
  files: Readonly<Record<string, string>>,
  presets: readonly string[],
): { lesson: Lesson | null; errors: LessonError[] } {
  const file = `${folder}/${LESSON_FILE}`;
  const text = files[LESSON_FILE];
  if (text === undefined)
    return { lesson: null, errors: [{ file, line: 1, column: 1, message: 'no lesson.yaml' }] };
  const r = new YamlReader(file, text);
  if (!r.root) return { lesson: null, errors: r.errors };
  const others = Object.fromEntries(Object.entries(files).filter(([n]) => n !== LESSON_FILE));

  const top = r.map(
    r.root,
    'lesson',
    ['id', 'title', 'note', 'preset', 'seed', 'setup', 'steps'],
    ['id', 'title', 'note', 'preset', 'seed', 'steps'],
  );
  if (!top) return { lesson: null, errors: r.errors };
  const id = r.string(top.get('id'), 'id');
  const folderName = folder.split('/').at(-1);
  if (id !== undefined && id !== folderName)
    r.error(top.get('id'), `id "${id}" must be the folder's name "${folderName}"`);
  const title = localized(r, top.get('title'), 'title');
  const noteMap = top.has('note')
    ? r.map(top.get('note'), 'note', ['file', 'chapter'], ['file', 'chapter'])
    : null;
  const note = noteMap && {
    file: r.string(noteMap.get('file'), 'note.file') ?? '',
    chapter: r.string(noteMap.get('chapter'), 'note.chapter') ?? '',
  };
  const preset = r.string(top.get('preset'), 'preset');
  if (preset !== undefined && !presets.includes(preset))
    r.error(top.get('preset'), `unknown preset "${preset}"; choose one of: ${presets.join(', ')}`);
  const seed = top.has('seed') ? r.int(top.get('seed'), 'seed') : undefined;
  const setup = top.has('setup') ? commands(r, top.get('setup'), 'setup', others) : [];
  const stepNodes = top.has('steps') ? r.seq(top.get('steps'), 'steps') : [];
  if (top.has('steps') && stepNodes.length === 0) r.error(top.get('steps'), 'a lesson has steps');
  const steps = stepNodes.flatMap((n, i) => {
    const s = step(r, n, i + 1, others);
    return s ? [s] : [];
  });
  const seen = new Set<string>();
  for (const [i, s] of steps.entries()) {
    if (seen.has(s.id)) r.error(stepNodes[i], `step id "${s.id}" is used twice`);
    seen.add(s.id);
  }

  if (r.errors.length || !id || !title || !note || !preset || seed === undefined)
    return { lesson: null, errors: r.errors };
  return {
    lesson: { id, title, note, preset, seed, setup, steps, files: others },
    errors: [],
  };
}

function localized(r: YamlReader, node: Node | undefined, what: string): Localized | null {
  const m = r.map(node, what, ['en', 'ko'], ['en', 'ko']);
  if (!m) return null;
  const en = m.has('en') ? r.string(m.get('en'), `${what}.en`) : undefined;
  const ko = m.has('ko') ? r.string(m.get('ko'), `${what}.ko`) : undefined;
  if (en !== undefined && !en.trim()) r.error(m.get('en'), `${what}.en is empty`);
  if (ko !== undefined && !ko.trim()) r.error(m.get('ko'), `${what}.ko is empty`);
  return en !== undefined && ko !== undefined ? { en: en.trim(), ko: ko.trim() } : null;
}

/** Shell lines: one command each; `-f FILE` must name a file of the lesson folder (or `-`). */
function commands(
  r: YamlReader,
  node: Node | undefined,
  what: string,
  files: Readonly<Record<string, string>>,
): string[] {
  const items = r.seq(node, what);
  return items.flatMap((item, i) => {
    const line = r.string(item, `${what}[${i}]`);
    if (line === undefined) return [];
    if (line.includes('\n')) r.error(item, `${what}[${i}] must be one command on one line`);
    const words = line.split(/\s+/);
    for (const [j, w] of words.entries()) {
      const file =
        w === '-f' || w === '--filename' ? words[j + 1] : /^--filename=(.+)$/.exec(w)?.[1];
      if (file && file !== '-' && !(file.replace(/^\.\//, '') in files))
        r.error(item, `${what}[${i}] applies "${file}", which is not a file of this lesson`);
    }
    return [line];
  });
}

function step(
  r: YamlReader,
  node: Node,
  n: number,
  files: Readonly<Record<string, string>>,
): Step | null {
  const what = `step ${n}`;
  const m = r.map(
    node,
    what,
    ['id', 'title', 'text', 'run', 'highlight', 'check'],
    ['id', 'title', 'text', 'check'],
  );
  if (!m) return null;
  const id = m.has('id') ? r.string(m.get('id'), `${what}.id`) : undefined;
  if (id !== undefined && !ID.test(id))
    r.error(m.get('id'), `${what}.id "${id}" must be lower-case words joined by dashes`);
  const title = m.has('title') ? localized(r, m.get('title'), `${what}.title`) : null;
  const text = m.has('text') ? localized(r, m.get('text'), `${what}.text`) : null;
  const run = m.has('run') ? commands(r, m.get('run'), `${what}.run`, files) : [];
  const highlight = m.has('highlight')
    ? highlightOf(r, m.get('highlight'), `${what}.highlight`)
    : { nodes: [], pods: [], services: [], rules: [] };
  const checkNodes = m.has('check') ? r.seq(m.get('check'), `${what}.check`) : [];
  if (m.has('check') && checkNodes.length === 0)
    r.error(m.get('check'), `${what} needs at least one check`);
  const check = checkNodes.flatMap((c, i) => {
    const one = checkOf(r, c, `${what}.check[${i}]`);
    return one ? [one] : [];
  });
  if (!id || !title || !text) return null;
  return { id, title, text, run, highlight, check, line: r.pos(node).line };
}

function highlightOf(r: YamlReader, node: Node | undefined, what: string): Highlight {
  const m = r.map(node, what, ['nodes', 'pods', 'services', 'rules']);
  const list = (k: string) => (m?.has(k) ? r.strings(m.get(k), `${what}.${k}`) : []);
  return {
    nodes: list('nodes'),
    pods: list('pods'),
    services: list('services'),
    rules: list('rules'),
  };
}

function checkOf(r: YamlReader, node: Node, what: string): Check | null {
  const outer = r.map(node, what, CHECK_KINDS);
  if (!outer) return null;
  if (outer.size !== 1) {
    if (outer.size > 1)
      r.error(node, `${what} must have exactly one kind, not ${[...outer.keys()].join(' and ')}`);
    else r.error(node, `${what} is empty; a check is one of: ${CHECK_KINDS.join(', ')}`);
    return null;
  }
  const [kind, body] = [...outer][0]! as [CheckKind, Node];
  const spec = CHECKS[kind];
  const fields = r.map(body, `${what}.${kind}`, Object.keys(spec.fields), spec.required);
  if (!fields) return null;
  if (fields.size === 0 || [...fields.keys()].every((k) => k === 'command' || k === 'stream'))
    r.error(body, `${what}.${kind} checks nothing; give it a field to compare`);
  const before = r.errors.length;
  const value: Record<string, unknown> = {};
  for (const [key, v] of fields)
    value[key] = fieldValue(r, v, `${what}.${kind}.${key}`, spec.fields[key]!);
  if (r.errors.length > before) return null;
  return { [kind]: value } as unknown as Check;
}

function fieldValue(r: YamlReader, node: Node, what: string, field: Field): unknown {
  if (Array.isArray(field)) {
    const s = r.string(node, what);
    if (s !== undefined && !field.includes(s))
      r.error(node, `${what} must be one of: ${field.join(', ')}; got "${s}"`);
    return s;
  }
  switch (field) {
    case 'string':
      return r.string(node, what);
    case 'text': {
      const s = r.string(node, what);
      const problem = s === undefined ? null : regexProblem(s);
      if (problem) r.error(node, `${what}: ${problem}`);
      return s;
    }
    case 'int':
      return r.int(node, what);
    case 'bool':
      return r.bool(node, what);
    case 'number':
      return numberMatch(r, node, what);
    case 'actions': {
      const list = r.strings(node, what);
      for (const a of list)
        if (!HOP_ACTIONS.includes(a))
          r.error(
            node,
            `${what}: "${a}" is not a hop action; expected one of: ${HOP_ACTIONS.join(', ')}`,
          );
      return list;
    }
  }
  return undefined;
}

function numberMatch(r: YamlReader, node: Node, what: string): NumberMatch | undefined {
  if (node && 'items' in node) {
    const m = r.map(node, what, ['min', 'max']);
    if (!m || m.size === 0) {
      if (m) r.error(node, `${what} needs min, max or both`);
      return undefined;
    }
    const min = m.has('min') ? r.int(m.get('min'), `${what}.min`) : undefined;
    const max = m.has('max') ? r.int(m.get('max'), `${what}.max`) : undefined;
    return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  return r.int(node, what);
}
