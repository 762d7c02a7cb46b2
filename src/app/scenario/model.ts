// A scenario as plain data: the preset, the seed and what the user did (applied texts, shell lines,
// time let pass), plus the editor's text. The engine is deterministic per preset, seed and actions,
// so replaying the actions rebuilds the same cluster. Anything read from outside (storage, a share
// link, an imported file) goes through parseScenario: data only, every field checked, nothing else.

export const SCENARIO_VERSION = 1;

/** The presets of spec/presets.md (kept here so the first screen need not load the engine). */
export const PRESETS = ['lab', 'k8sinfra', 'minikube', 'gke', 'aws'] as const;

/** More actions than this and a scenario is refused (a link or a file is not a program). */
export const MAX_ACTIONS = 500;
/** One applied text, one stdin or the editor's text (an imported file may be 1 MB). */
export const MAX_TEXT = 1_000_000;
/** An imported file, at most (read by the header before the file goes to the engine's worker). */
export const MAX_IMPORT = 1_000_000;
/** One shell line. */
export const MAX_LINE = 10_000;
/** One wait: a day of simulated time. */
export const MAX_WAIT_SECONDS = 86_400;

export type Action =
  | { readonly kind: 'apply'; readonly text: string }
  | { readonly kind: 'run'; readonly line: string; readonly stdin?: string }
  | { readonly kind: 'wait'; readonly seconds: number };

export interface Scenario {
  readonly version: number;
  /** One of PRESETS, or IMPORTED when the cluster comes from clusterDump. */
  readonly preset: string;
  readonly seed: number;
  readonly actions: readonly Action[];
  readonly editorText: string;
  /**
   * A real cluster's state (`kubectl get nodes,pods,services,endpointslices,ingresses -A -o yaml`)
   * the cluster is built from instead of a preset; the actions replay on top of it.
   */
  readonly clusterDump?: string;
}

/** The preset name of a scenario whose cluster is an imported dump. */
export const IMPORTED = 'imported';

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** The preset's starting scenario: the example's manifest, applied once. */
export function startingScenario(first: {
  readonly preset: string;
  readonly seed: number;
  readonly manifest: string;
}): Scenario {
  return {
    version: SCENARIO_VERSION,
    preset: first.preset,
    seed: first.seed,
    actions: [{ kind: 'apply', text: first.manifest }],
    editorText: first.manifest,
  };
}

/**
 * Adds an action. Time let pass joins a wait just before it (the page ticks every second), so a
 * long afternoon is one action, not thousands.
 */
export function record(scenario: Scenario, action: Action): Scenario {
  const last = scenario.actions[scenario.actions.length - 1];
  if (action.kind === 'wait' && last?.kind === 'wait') {
    const seconds = last.seconds + action.seconds;
    return { ...scenario, actions: [...scenario.actions.slice(0, -1), { kind: 'wait', seconds }] };
  }
  return { ...scenario, actions: [...scenario.actions, action] };
}

/** The scenario without its last apply or shell line (and the time that passed after it). */
export function withoutLast(scenario: Scenario): Scenario {
  const actions = [...scenario.actions];
  while (actions.length > 0 && actions[actions.length - 1]?.kind === 'wait') actions.pop();
  actions.pop();
  return { ...scenario, actions };
}

/** Whether there is an apply or a shell line to undo. */
export function canUndo(scenario: Scenario | null): boolean {
  return scenario !== null && scenario.actions.some((a) => a.kind !== 'wait');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], where: string) {
  const extra = Object.keys(value).find((k) => !allowed.includes(k));
  return extra === undefined ? null : `${where} has an unknown field "${clip(extra)}"`;
}

/** A bit of a hostile string, safe to show in a message. */
function clip(text: string): string {
  const flat = [...text].map((c) => (c < ' ' || c === '\u007f' ? ' ' : c)).join('');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

function text(value: unknown, max: number, where: string): string | null {
  if (typeof value !== 'string') return `${where} is not text`;
  if (value.length > max) return `${where} is longer than ${max} characters`;
  return null;
}

function actionProblem(value: unknown, where: string): string | null {
  if (!isRecord(value)) return `${where} is not an object`;
  switch (value.kind) {
    case 'apply':
      return (
        onlyKeys(value, ['kind', 'text'], where) ?? text(value.text, MAX_TEXT, `${where}.text`)
      );
    case 'run': {
      const problem =
        onlyKeys(value, ['kind', 'line', 'stdin'], where) ??
        text(value.line, MAX_LINE, `${where}.line`) ??
        (value.stdin === undefined ? null : text(value.stdin, MAX_TEXT, `${where}.stdin`));
      if (problem !== null) return problem;
      return /[\n\r]/.test(value.line as string) ? `${where}.line holds more than one line` : null;
    }
    case 'wait': {
      const extra = onlyKeys(value, ['kind', 'seconds'], where);
      if (extra !== null) return extra;
      const s = value.seconds;
      return typeof s === 'number' && Number.isInteger(s) && s > 0 && s <= MAX_WAIT_SECONDS
        ? null
        : `${where}.seconds is not a whole number from 1 to ${MAX_WAIT_SECONDS}`;
    }
    default:
      return `${where} is not an apply, a shell line or a wait`;
  }
}

/** Checks untrusted data (already JSON-parsed) field by field; refuses anything it does not know. */
export function parseScenario(value: unknown): Parsed<Scenario> {
  const bad = (message: string): Parsed<Scenario> => ({ ok: false, message });
  if (!isRecord(value)) return bad('the scenario is not an object');
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return bad('the scenario has no version');
  }
  if (version > SCENARIO_VERSION) {
    return bad(
      `the scenario was made by a newer lab (scenario version ${version}); this lab reads version ${SCENARIO_VERSION}. Open it in the newer lab`,
    );
  }
  const extra = onlyKeys(
    value,
    ['version', 'preset', 'seed', 'actions', 'editorText', 'clusterDump'],
    'the scenario',
  );
  if (extra !== null) return bad(extra);
  const preset = value.preset;
  const dump = value.clusterDump;
  if (dump !== undefined) {
    const problem = text(dump, MAX_TEXT, "the scenario's cluster dump");
    if (problem !== null) return bad(problem);
    if (preset !== IMPORTED)
      return bad(`a scenario with a cluster dump has the preset "${IMPORTED}"`);
  } else if (typeof preset !== 'string' || !(PRESETS as readonly string[]).includes(preset)) {
    return bad(
      `the scenario's preset ${typeof preset === 'string' ? `"${clip(preset)}" ` : ''}is not one of ${PRESETS.join(', ')}`,
    );
  }
  const seed = value.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    return bad("the scenario's seed is not a whole number from 0 to 4294967295");
  }
  const actions = value.actions;
  if (!Array.isArray(actions)) return bad("the scenario's actions are not a list");
  if (actions.length > MAX_ACTIONS) {
    return bad(
      `the scenario has ${actions.length} actions; the lab replays at most ${MAX_ACTIONS}`,
    );
  }
  for (const [i, action] of actions.entries()) {
    const problem = actionProblem(action, `action ${i + 1}`);
    if (problem !== null) return bad(problem);
  }
  const editorProblem = text(value.editorText, MAX_TEXT, "the scenario's editor text");
  if (editorProblem !== null) return bad(editorProblem);
  return {
    ok: true,
    value: {
      version,
      preset,
      seed,
      // Rebuilt field by field: nothing but the checked fields travels on.
      actions: (actions as Record<string, unknown>[]).map((a): Action => {
        if (a.kind === 'apply') return { kind: 'apply', text: a.text as string };
        if (a.kind === 'wait') return { kind: 'wait', seconds: a.seconds as number };
        return a.stdin === undefined
          ? { kind: 'run', line: a.line as string }
          : { kind: 'run', line: a.line as string, stdin: a.stdin as string };
      }),
      editorText: value.editorText as string,
      ...(typeof dump === 'string' ? { clusterDump: dump } : {}),
    },
  };
}

/** JSON text to a checked scenario. */
export function parseScenarioJson(json: string): Parsed<Scenario> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: 'the scenario is not valid JSON' };
  }
  return parseScenario(value);
}
