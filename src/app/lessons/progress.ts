// The learner's progress, kept in the browser: for each lesson, the steps whose checks have passed
// and the step last open. Plain functions over a Storage, so tests can hand in their own.
import { own } from '../../engine/util/own.ts';

export const PROGRESS_KEY = 'k8s-lab:lesson-progress';

export interface LessonProgress {
  /** Ids of the steps whose checks all passed. */
  readonly passed: readonly string[];
  /** The 1-based step last open. */
  readonly step: number;
}

export type Progress = Readonly<Record<string, LessonProgress>>;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): Store | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** Everything saved; a missing or damaged entry reads as no progress. */
export function readProgress(storage: Store | undefined = browserStorage()): Progress {
  try {
    const saved = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? '{}') as unknown;
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return {};
    const out: Record<string, LessonProgress> = {};
    for (const [id, value] of Object.entries(saved as Record<string, unknown>)) {
      // No lesson is called __proto__; as a key it would set the object's prototype.
      if (id === '__proto__') continue;
      const v = value as Partial<LessonProgress> | null;
      const passed = Array.isArray(v?.passed)
        ? v.passed.filter((s): s is string => typeof s === 'string')
        : [];
      const step = typeof v?.step === 'number' && v.step >= 1 ? Math.floor(v.step) : 1;
      out[id] = { passed, step };
    }
    return out;
  } catch {
    return {};
  }
}

function write(progress: Progress, storage: Store | undefined): void {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // A full or forbidden storage loses progress, not the lesson.
  }
}

export function lessonProgress(progress: Progress, id: string): LessonProgress {
  return own(progress, id) ?? { passed: [], step: 1 };
}

/** Records that a step's checks passed. */
export function markPassed(id: string, stepId: string, storage = browserStorage()): Progress {
  const all = readProgress(storage);
  const now = lessonProgress(all, id);
  if (now.passed.includes(stepId)) return all;
  const next = { ...all, [id]: { ...now, passed: [...now.passed, stepId] } };
  write(next, storage);
  return next;
}

/** Records the step open now. */
export function markStep(id: string, step: number, storage = browserStorage()): Progress {
  const all = readProgress(storage);
  const now = lessonProgress(all, id);
  if (now.step === step) return all;
  const next = { ...all, [id]: { ...now, step } };
  write(next, storage);
  return next;
}

/** How many of the lesson's steps have passed (steps since removed from the lesson do not count). */
export function passedCount(p: LessonProgress, stepIds: readonly string[]): number {
  return stepIds.filter((s) => p.passed.includes(s)).length;
}
