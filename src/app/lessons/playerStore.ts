// The lesson player's state: the open lesson, its current step, what was run during that step, and
// how its checks came out. The checks are those of src/lessons, evaluated on the learner's own
// cluster (read without letting simulated time pass) whenever a command runs or the cluster changes.
import { create } from 'zustand';
import type { CommandResult } from '../../engine/index.ts';
import type { CheckOutcome } from '../../lessons/checks.ts';
import type { Check, Lesson } from '../../lessons/types.ts';
import { useLabStore } from '../store/labStore.ts';
import { lessonProgress, markPassed, markStep, readProgress, type Progress } from './progress.ts';

export interface CheckState {
  readonly check: Check;
  readonly outcome: CheckOutcome;
}

export interface PlayerState {
  readonly lesson: Lesson | null;
  /** 1-based. */
  readonly step: number;
  /** Every command run since the step opened, oldest first. */
  readonly results: readonly CommandResult[];
  /** null until something has been run in this step: a check is not judged on a step not tried. */
  readonly checks: readonly CheckState[] | null;
  readonly running: boolean;
  readonly progress: Progress;

  open(lesson: Lesson, step: number): void;
  goTo(step: number): void;
  record(result: CommandResult): void;
  /** Judges the step's checks (in the engine's worker) on what was run and the cluster now. */
  evaluate(): Promise<void>;
  setRunning(running: boolean): void;
}

export function clampStep(lesson: Lesson, step: number): number {
  return Math.min(lesson.steps.length, Math.max(1, Number.isFinite(step) ? Math.floor(step) : 1));
}

export const usePlayer = create<PlayerState>()((set, get) => ({
  lesson: null,
  step: 1,
  results: [],
  checks: null,
  running: false,
  progress: readProgress(),

  open(lesson, step) {
    const at = clampStep(lesson, step);
    set({ lesson, step: at, results: [], checks: null, progress: markStep(lesson.id, at) });
  },

  goTo(step) {
    const { lesson } = get();
    if (lesson === null) return;
    const at = clampStep(lesson, step);
    if (at === get().step) return;
    set({ step: at, results: [], checks: null, progress: markStep(lesson.id, at) });
  },

  record(result) {
    set((s) => ({ results: [...s.results, result] }));
    void get().evaluate();
  },

  async evaluate() {
    const { lesson, step, results } = get();
    const current = lesson?.steps[step - 1];
    const session = useLabStore.getState().session;
    if (lesson === null || current === undefined || results.length === 0) return;
    if (session === null || session.checks === undefined) return;
    let outcomes: readonly CheckOutcome[];
    try {
      outcomes = await session.checks(current.check, results);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcomes = current.check.map(() => ({ pass: false, reason }));
    }
    // Judged in the engine's worker: an answer for a step or results since left behind is not shown.
    if (get().lesson !== lesson || get().step !== step || get().results !== results) return;
    const checks = current.check.map((check, i) => ({
      check,
      outcome: outcomes[i] ?? { pass: false, reason: '' },
    }));
    const before = get().checks;
    const progress = checks.every((c) => c.outcome.pass)
      ? markPassed(lesson.id, current.id)
      : get().progress;
    if (JSON.stringify(before) !== JSON.stringify(checks) || progress !== get().progress)
      set({ checks, progress });
  },

  setRunning(running) {
    set({ running });
  },
}));

/** Whether the step's checks all passed, now or before (kept in the browser). */
export function stepPassed(state: PlayerState, stepId: string): boolean {
  return (
    state.lesson !== null && lessonProgress(state.progress, state.lesson.id).passed.includes(stepId)
  );
}
