// The engine's side of the worker boundary: one Session, and the answer to every request the page
// sends (protocol.ts). It runs inside the worker (engine.worker.ts) in the browser and in-process in
// unit tests (inProcess.ts); it knows nothing of either. Requests are answered one at a time, in the
// order they came, so the page's calls act on the cluster in the order it made them.
import { createSession, type Session } from '../../engine/index.ts';
import { scalePreset } from '../../engine/presets/presets.ts';
import { evaluateCheck, type CheckOutcome } from '../../lessons/checks.ts';
import { lessonSession } from '../../lessons/runner.ts';
import { complete } from '../terminal/complete.ts';
import { fromListYaml, isClusterDumpText, toListYaml } from '../scenario/exportYaml.ts';
import { replay } from '../scenario/replay.ts';
import { viewSender } from './viewDelta.ts';
import type { Args, Method, Reply, Request, Result, SessionSpec } from './protocol.ts';

const EMPTY_APPLY = {
  command: 'kubectl apply -f -',
  exitCode: 0,
  stdout: '',
  stderr: '',
  errors: [],
} as const;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function open(spec: SessionSpec): Session {
  switch (spec.kind) {
    case 'preset':
      return createSession({ preset: spec.preset, seed: spec.seed });
    case 'dump':
      return createSession({ seed: spec.seed, clusterDump: spec.clusterDump });
    case 'scaled':
      return createSession({ custom: scalePreset(spec.workers), seed: spec.seed });
    case 'lesson': {
      const { lesson, firstStep } = spec;
      const session = lessonSession(lesson);
      for (const line of lesson.setup) {
        const r = session.run(line);
        if (r.exitCode !== 0)
          throw new Error(`the lesson's setup "${line}" exited ${r.exitCode}: ${r.stderr.trim()}`);
      }
      for (const step of lesson.steps.slice(0, Math.max(0, firstStep - 1)))
        for (const line of step.run) session.run(line);
      return {
        ...session,
        // The lab screen applies its editor's text when it starts; a lesson's editor starts empty,
        // and applying nothing must not cost the lesson two simulated seconds and an error.
        apply: (text) => (text.trim() === '' ? EMPTY_APPLY : session.apply(text)),
      };
    }
  }
}

type Handlers = { [M in Method]: (...args: Args<M>) => Result<M> };

/** Answers requests; `reply` posts an answer (or progress) back to the page. */
export function createEngineHost(reply: (message: Reply) => void): (request: Request) => void {
  let session: Session | null = null;
  // The cluster value is immutable: the same value is the same view, answered "no change" without
  // making it. A new view goes as what changed since the last one (viewDelta.ts).
  let shownCluster: unknown = null;
  let sendView = viewSender();

  const opened = (): Session => {
    if (session === null) throw new Error('no cluster is open in the engine');
    return session;
  };

  const handlers = (id: number): Handlers => ({
    open(spec) {
      session = open(spec);
      shownCluster = null;
      sendView = viewSender();
      return null;
    },
    run: (line, stdin) => opened().run(line, stdin),
    read: (line, stdin) => opened().read(line, stdin),
    apply: (text) => opened().apply(text),
    view() {
      const current = opened();
      const cluster = current.cluster();
      if (cluster === shownCluster) return null;
      shownCluster = cluster;
      return sendView(current.view());
    },
    advance(seconds) {
      opened().advance(seconds);
      return null;
    },
    replay(actions) {
      const current = opened();
      let done = 0;
      // Progress after every action: a long scenario says how far its rebuild has come.
      const step = <T>(work: () => T): T => {
        try {
          return work();
        } finally {
          done++;
          reply({ id, kind: 'progress', done, total: actions.length });
        }
      };
      return replay(
        {
          run: (line, stdin) => step(() => current.run(line, stdin)),
          apply: (text) => step(() => current.apply(text)),
          advance: (seconds) => step(() => current.advance(seconds)),
        },
        actions,
      );
    },
    checks(checks, results) {
      const target = opened();
      return checks.map((check): CheckOutcome => {
        try {
          return evaluateCheck(check, target, results);
        } catch (error) {
          return { pass: false, reason: messageOf(error) };
        }
      });
    },
    complete(before, prefix) {
      const current = opened();
      return complete(before, prefix, {
        names(resource, namespace) {
          const ns = namespace === undefined ? '' : ` -n ${namespace}`;
          const out = current.read(`kubectl get ${resource} -o name${ns}`);
          if (out.exitCode !== 0) return [];
          return out.stdout
            .split('\n')
            .filter((l) => l.includes('/'))
            .map((l) => l.slice(l.indexOf('/') + 1));
        },
        nodes: () => current.view().nodes.map((n) => n.name),
      });
    },
    importScenario: (text, current, language) => fromListYaml(text, current, language),
    pastedDump(text, current, language) {
      if (!isClusterDumpText(text)) return { kind: 'not-a-dump' };
      const parsed = fromListYaml(text, current, language);
      if (!parsed.ok) return { kind: 'unreadable', message: parsed.message };
      return parsed.value.clusterDump === undefined
        ? { kind: 'not-a-dump' }
        : { kind: 'dump', scenario: parsed.value };
    },
    exportScenario: (scenario) => toListYaml(scenario),
  });

  return (request) => {
    const { id, method, args } = request;
    try {
      const handler = handlers(id)[method] as (...a: readonly unknown[]) => unknown;
      reply({ id, kind: 'done', value: handler(...args) });
    } catch (error) {
      reply({ id, kind: 'failed', message: messageOf(error) });
    }
  };
}
