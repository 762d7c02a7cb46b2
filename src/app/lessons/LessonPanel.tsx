// The lesson player's panel on the lab screen: the steps with their progress, the current step's
// title and text in the chosen language, "Run" (the step's commands through the lab store, so a
// trace flies in the topology), what was run and printed, the checks turning green with what they
// saw, and previous/next. The URL follows the step; in projector mode Right runs the step, or goes
// on once it has run, and Left goes back.
import { useEffect } from 'react';
import { echoInTerminal, runInLab } from '../terminal/labHost.ts';
import { useLabStore } from '../store/labStore.ts';
import { describeCheck } from './describe.ts';
import { useLessonHighlight } from './highlight.ts';
import type { Highlight } from '../../lessons/types.ts';
import { useLanguage } from './language.ts';
import { stepPassed, usePlayer } from './playerStore.ts';
import { useT } from '../i18n/i18n.ts';

/** A lesson text with its `code` spans set as code. */
function Prose({ text }: { readonly text: string }) {
  return (
    <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>
  );
}

/** What the step points at on the picture (marked there too), and the rules to read. */
function StepHighlights({
  highlight,
  label,
}: {
  readonly highlight: Highlight;
  readonly label: string;
}) {
  const items = [
    ...highlight.nodes.map((n) => ({ kind: 'node', text: n })),
    ...highlight.pods.map((p) => ({ kind: 'pod', text: `${p}…` })),
    ...highlight.services.map((s) => ({ kind: 'service', text: s })),
    ...highlight.rules.map((r) => ({ kind: 'rule', text: r })),
  ];
  if (items.length === 0) return null;
  return (
    <p className="step-highlights" data-testid="step-highlights">
      <span className="step-highlights-label">{label}</span>
      {items.map((item) => (
        <span
          key={`${item.kind}:${item.text}`}
          className={`highlight-chip is-${item.kind}`}
          data-kind={item.kind}
        >
          {item.kind === 'rule' ? <code>{item.text}</code> : item.text}
        </span>
      ))}
    </p>
  );
}

export function stepHash(id: string, step: number): string {
  return `#/lessons/${id}?step=${step}`;
}

function go(step: number): void {
  const { lesson } = usePlayer.getState();
  if (lesson === null || step < 1 || step > lesson.steps.length) return;
  window.location.hash = stepHash(lesson.id, step);
}

/** Runs the current step's commands, one by one, as if typed in the terminal. */
async function runCurrent(): Promise<void> {
  const player = usePlayer.getState();
  const step = player.lesson?.steps[player.step - 1];
  if (step === undefined || useLabStore.getState().session === null) return;
  player.setRunning(true);
  try {
    for (const line of step.run) {
      const result = await runInLab(line, undefined);
      // The terminal shows it too, as if typed there.
      if (result !== null) echoInTerminal(result);
    }
  } finally {
    player.setRunning(false);
  }
  await usePlayer.getState().evaluate();
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement)
  );
}

/**
 * Projector mode's arrows walk the lesson instead of the packet's hops: listened to before the
 * lab's projector keys (capture phase) and kept from them.
 */
function usePresenterKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (!useLabStore.getState().projector) return;
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const { step, results } = usePlayer.getState();
      if (event.key === 'ArrowLeft') go(step - 1);
      else if (results.length === 0) void runCurrent();
      else go(step + 1);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

/** Re-judges the step's checks when the cluster changes (time passing, a control, the editor). */
function useCheckFollowsCluster(): void {
  const view = useLabStore((s) => s.view);
  const evaluate = usePlayer((s) => s.evaluate);
  useEffect(() => {
    evaluate();
  }, [view, evaluate]);
}

export function LessonPanel() {
  const language = useLanguage((s) => s.language);
  const t = useT();
  const player = usePlayer();
  const ready = useLabStore((s) => s.status.kind === 'ready');
  const projector = useLabStore((s) => s.projector);
  usePresenterKeys();
  useLessonHighlight();
  useCheckFollowsCluster();

  const { lesson, step: at, checks, results, running } = player;
  if (lesson === null) return null;
  const step = lesson.steps[at - 1];
  if (step === undefined) return null;
  const passed = checks !== null && checks.every((c) => c.outcome.pass);

  return (
    <section
      className="pane lesson-panel"
      aria-label={t('lesson.label')}
      data-testid="lesson-panel"
    >
      <div className="lesson-head">
        <a href="#/" className="lesson-home" data-testid="lesson-home">
          {t('lesson.back')}
        </a>
      </div>
      <h2 className="lesson-name" lang={language} data-testid="lesson-title">
        {lesson.title[language]}
      </h2>
      <ol className="lesson-steps" aria-label={t('lesson.steps')}>
        {lesson.steps.map((s, i) => {
          const done = stepPassed(player, s.id);
          const current = i + 1 === at;
          return (
            <li key={s.id}>
              <a
                href={stepHash(lesson.id, i + 1)}
                className={`step-dot${current ? ' is-current' : ''}${done ? ' is-done' : ''}`}
                aria-current={current ? 'step' : undefined}
                title={`${i + 1}. ${s.title[language]}${done ? t('lesson.shownMark') : ''}`}
                data-testid="lesson-step-link"
              >
                {done ? '✓' : i + 1}
              </a>
            </li>
          );
        })}
      </ol>
      <div className="lesson-step" data-testid="lesson-step" data-step={at}>
        <h3 lang={language}>
          <span className="step-number">
            {at}/{lesson.steps.length}
          </span>{' '}
          {step.title[language]}
        </h3>
        <p className="step-text" lang={language} data-testid="step-text">
          <Prose text={step.text[language]} />
        </p>
        <StepHighlights highlight={step.highlight} label={t('lesson.lookAt')} />
        <pre className="step-commands" aria-label={t('lesson.commands')}>
          {step.run.map((line) => `$ ${line}`).join('\n')}
        </pre>
        {results.length > 0 && (
          <details className="step-output" open={!projector}>
            <summary>{t('lesson.output', { n: results.length })}</summary>
            {/* Focusable: its text scrolls, and a keyboard user must be able to scroll it. */}
            <pre data-testid="step-output" tabIndex={0}>
              {results
                .map((r) => `$ ${r.command}\n${r.stdout}${r.stderr}`.replace(/\n$/, ''))
                .join('\n')}
            </pre>
          </details>
        )}
        <ul className="step-checks" aria-label={t('lesson.checks')} data-testid="step-checks">
          {step.check.map((c, i) => {
            const outcome = checks?.[i]?.outcome ?? null;
            const state = outcome === null ? 'waiting' : outcome.pass ? 'pass' : 'fail';
            return (
              <li
                key={i}
                className={`step-check is-${state}`}
                data-testid="step-check"
                data-state={state}
              >
                <span className="check-mark" aria-hidden="true">
                  {state === 'pass' ? '✓' : state === 'fail' ? '✗' : '○'}
                </span>
                <span className="check-what">{describeCheck(c)}</span>
                {outcome !== null && (
                  <span className="check-reason">
                    {outcome.says ? t.message(outcome.says) : outcome.reason}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {passed && (
          <p className="step-passed" role="status" data-testid="step-passed">
            {t('lesson.passed')}
          </p>
        )}
      </div>
      <div className="lesson-nav">
        <button
          type="button"
          className="button"
          disabled={at <= 1}
          onClick={() => go(at - 1)}
          aria-label={t('lesson.previous')}
          data-testid="lesson-prev"
        >
          ←
        </button>
        <button
          type="button"
          className={passed ? 'button' : 'button button-primary'}
          disabled={!ready || running || step.run.length === 0}
          onClick={() => void runCurrent()}
          title={t('lesson.runTitle')}
          data-testid="lesson-run"
        >
          {t('lesson.run')}
        </button>
        <span className="step-hint">{passed ? t('lesson.shown') : t('lesson.orType')}</span>
        <button
          type="button"
          className={passed ? 'button button-primary' : 'button'}
          disabled={at >= lesson.steps.length}
          onClick={() => go(at + 1)}
          data-testid="lesson-next"
        >
          {t('lesson.next')}
        </button>
      </div>
    </section>
  );
}
