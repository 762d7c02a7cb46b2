import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { laterSave } from './laterSave.ts';

describe('laterSave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once for every change asked before it, at the soonest time asked', () => {
    const save = vi.fn();
    const saving = laterSave(save);
    saving.within(3000);
    saving.within(3000);
    vi.advanceTimersByTime(1000);
    saving.within(0);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(save).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves what is due at once when flushed, and nothing when nothing is due', () => {
    const save = vi.fn();
    const saving = laterSave(save);
    saving.flush();
    expect(save).not.toHaveBeenCalled();
    saving.within(3000);
    saving.flush();
    expect(save).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
