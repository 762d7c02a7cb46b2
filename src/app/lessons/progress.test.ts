import { describe, expect, it } from 'vitest';
import {
  lessonProgress,
  markPassed,
  markStep,
  passedCount,
  PROGRESS_KEY,
  readProgress,
} from './progress.ts';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('lesson progress', () => {
  it('remembers passed steps and the open step', () => {
    const s = memory();
    markPassed('000-1-nodeport', 'typo-images', s);
    markPassed('000-1-nodeport', 'typo-images', s);
    markStep('000-1-nodeport', 3, s);
    const p = lessonProgress(readProgress(s), '000-1-nodeport');
    expect(p).toEqual({ passed: ['typo-images'], step: 3 });
    expect(passedCount(p, ['typo-images', 'create-deployment'])).toBe(1);
    expect(lessonProgress(readProgress(s), '001-1-why-services')).toEqual({ passed: [], step: 1 });
  });

  it('reads damaged storage as no progress', () => {
    expect(readProgress(memory({ [PROGRESS_KEY]: '{not json' }))).toEqual({});
    expect(readProgress(memory({ [PROGRESS_KEY]: '[1]' }))).toEqual({});
    expect(readProgress(memory({ [PROGRESS_KEY]: '{"x":{"passed":[1,"a"],"step":-2}}' }))).toEqual({
      x: { passed: ['a'], step: 1 },
    });
  });

  it('counts only steps the lesson still has', () => {
    expect(passedCount({ passed: ['gone', 'a'], step: 1 }, ['a', 'b'])).toBe(1);
  });

  it('reads a lesson id Object.prototype answers to as a lesson without progress', () => {
    const s = memory({ [PROGRESS_KEY]: '{"__proto__":{"passed":["x"],"step":4},"a":{"step":2}}' });
    const all = readProgress(s);
    expect(Object.getPrototypeOf(all)).toBe(Object.prototype);
    for (const id of ['constructor', 'toString', '__proto__'])
      expect(lessonProgress(all, id)).toEqual({ passed: [], step: 1 });
    expect(lessonProgress(all, 'a')).toEqual({ passed: [], step: 2 });
  });
});
