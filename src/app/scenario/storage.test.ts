import { describe, expect, it } from 'vitest';
import type { Scenario } from './model.ts';
import { MAX_STORED, loadScenario, saveScenario, type KeyValueStore } from './storage.ts';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const one: Scenario = { version: 1, preset: 'lab', seed: 1, actions: [], editorText: 'a' };
const two: Scenario = { ...one, actions: [{ kind: 'run', line: 'kubectl get pods' }] };

describe('the saved scenario', () => {
  it('comes back as it was saved', () => {
    const store = memory();
    expect(saveScenario(store, 'k', one)).toBeNull();
    expect(loadScenario(store, 'k')).toEqual({ scenario: one, message: null });
  });

  it('falls back to the copy before a damaged one, and says so', () => {
    const store = memory();
    saveScenario(store, 'k', one);
    saveScenario(store, 'k', two);
    store.data.set('k', store.data.get('k')!.slice(0, 20)); // truncated
    expect(loadScenario(store, 'k')).toEqual({
      scenario: one,
      message:
        'The saved scenario could not be read (the scenario is not valid JSON); the one saved before it was restored.',
    });
    store.data.set('k:backup', '{"version":1,"preset":"lab","seed":1,"actions":{}}');
    expect(loadScenario(store, 'k')).toEqual({
      scenario: null,
      message:
        'The saved scenario could not be read (the scenario is not valid JSON); the lab starts from the example.',
    });
  });

  it('refuses to save too much and keeps the last good state', () => {
    const store = memory();
    saveScenario(store, 'k', one);
    const huge = { ...one, editorText: 'x'.repeat(MAX_STORED) };
    expect(saveScenario(store, 'k', huge)).toMatch(
      /no longer saved in the browser; the last saved state is kept/,
    );
    expect(loadScenario(store, 'k').scenario).toEqual(one);
  });

  it('says so when the browser refuses to write, without throwing', () => {
    const store = memory();
    saveScenario(store, 'k', one);
    const full = {
      ...store,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(saveScenario(full, 'k', two)).toBe(
      'The browser refused to save the scenario (its storage may be full); the last saved state is kept.',
    );
    expect(loadScenario(store, 'k').scenario).toEqual(one);
  });
});
