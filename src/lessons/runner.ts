// Runs a lesson headlessly on a fresh session of its preset and seed: the setup, then each step's
// commands, then its checks, and confirms that what the step highlights exists in the cluster.
import {
  createSession,
  type CommandResult,
  type Session,
  type SessionOptions,
} from '../engine/index.ts';
import { evaluateCheck, type CheckOutcome } from './checks.ts';
import type { Check, Highlight, Lesson, Step } from './types.ts';

export interface StepReport {
  readonly step: Step;
  /** 1-based position in the lesson. */
  readonly number: number;
  readonly results: readonly CommandResult[];
  readonly checks: readonly { readonly check: Check; readonly outcome: CheckOutcome }[];
  /** Highlighted things the cluster does not have. */
  readonly missingHighlights: readonly string[];
  readonly pass: boolean;
}

export interface LessonReport {
  readonly lesson: Lesson;
  /** Why the setup failed (a command that did not exit 0), or null. */
  readonly setupFailure: string | null;
  readonly steps: readonly StepReport[];
  readonly pass: boolean;
}

/** A session reading `-f FILE` from the lesson's own files. */
export function lessonSession(
  lesson: Lesson,
  open: (options: SessionOptions) => Session = createSession,
): Session {
  return open({
    preset: lesson.preset,
    seed: lesson.seed,
    readFile: (path) => {
      const text = lesson.files[path.replace(/^\.\//, '')];
      if (text === undefined)
        throw Object.assign(new Error(`no such file: ${path}`), { code: 'ENOENT' });
      return text;
    },
  });
}

/** Highlighted names the cluster does not show: nodes, pods (name prefixes), services, rules. */
export function missingHighlights(highlight: Highlight, session: Session): string[] {
  const view = session.view();
  const missing: string[] = [];
  const inNs = (ref: string, ns: string, name: string, prefix: boolean) => {
    const [want, wantNs] = ref.includes('/')
      ? [ref.slice(ref.indexOf('/') + 1), ref.slice(0, ref.indexOf('/'))]
      : [ref, null];
    return (wantNs === null || wantNs === ns) && (prefix ? name.startsWith(want) : name === want);
  };
  for (const n of highlight.nodes)
    if (!view.nodes.some((x) => x.name === n)) missing.push(`node ${n}`);
  for (const p of highlight.pods)
    if (!view.pods.some((x) => inNs(p, x.namespace, x.name, true))) missing.push(`pod ${p}`);
  for (const s of highlight.services)
    if (!view.services.some((x) => inNs(s, x.namespace, x.name, false)))
      missing.push(`service ${s}`);
  if (highlight.rules.length) {
    const dumps = view.nodes.map((n) => session.read(`ssh ${n.name} iptables-save`).stdout);
    for (const rule of highlight.rules)
      if (!dumps.some((d) => d.includes(rule))) missing.push(`rule ${rule}`);
  }
  return missing;
}

/** Runs one step on the session: its commands, then its checks. */
export function runStep(session: Session, step: Step, number: number): StepReport {
  const results = step.run.map((line) => session.run(line));
  const checks = step.check.map((check) => ({
    check,
    outcome: evaluateCheck(check, session, results),
  }));
  const missing = missingHighlights(step.highlight, session);
  return {
    step,
    number,
    results,
    checks,
    missingHighlights: missing,
    pass: missing.length === 0 && checks.every((c) => c.outcome.pass),
  };
}

export function runLesson(
  lesson: Lesson,
  open: (options: SessionOptions) => Session = createSession,
): LessonReport {
  const session = lessonSession(lesson, open);
  for (const line of lesson.setup) {
    const r = session.run(line);
    if (r.exitCode !== 0) {
      const why = `setup "${line}" exited ${r.exitCode}: ${(r.stderr || r.stdout).trim().split('\n')[0] ?? ''}`;
      return { lesson, setupFailure: why, steps: [], pass: false };
    }
  }
  const steps = lesson.steps.map((step, i) => runStep(session, step, i + 1));
  return { lesson, setupFailure: null, steps, pass: steps.every((s) => s.pass) };
}
