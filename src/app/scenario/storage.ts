// The scenario kept in the browser (localStorage) across reloads. Only checked scenarios are
// written; the one written before is kept as a backup, so a damaged or truncated copy falls back
// to the last good state. Failures come back as messages, never as throws.
import { parseScenarioJson, type Parsed, type Scenario } from './model.ts';
import { tNow } from '../i18n/i18n.ts';

/** What the lab keeps in storage for one playground, at most. */
export const MAX_STORED = 1_000_000;

/** The part of the Web Storage API used here (tests pass a Map-backed one). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'k8s-lab:scenario:';

export function storageKey(playground: string): string {
  return `${PREFIX}${playground}`;
}

/** The page's localStorage, or null where there is none (tests, a locked-down browser). */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export interface Loaded {
  /** The saved scenario, or null when none could be read. */
  readonly scenario: Scenario | null;
  /** What the user is told (a damaged copy, the backup used), or null. */
  readonly message: string | null;
}

function read(store: KeyValueStore, key: string): Parsed<Scenario> | null {
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { ok: false, message: tNow('storage.denied') };
  }
  if (text === null) return null;
  if (text.length > MAX_STORED) return { ok: false, message: tNow('storage.tooLarge') };
  return parseScenarioJson(text);
}

export function loadScenario(store: KeyValueStore | null, key: string): Loaded {
  if (store === null) return { scenario: null, message: null };
  const main = read(store, key);
  if (main === null) return { scenario: null, message: null };
  if (main.ok) return { scenario: main.value, message: null };
  const backup = read(store, `${key}:backup`);
  if (backup?.ok === true) {
    return {
      scenario: backup.value,
      message: tNow('storage.restored', { why: main.message }),
    };
  }
  return {
    scenario: null,
    message: tNow('storage.fresh', { why: main.message }),
  };
}

/** Saves the scenario; on failure the stored copy is left as it was and a message comes back. */
export function saveScenario(
  store: KeyValueStore | null,
  key: string,
  scenario: Scenario,
): string | null {
  if (store === null) return null;
  const text = JSON.stringify(scenario);
  if (text.length > MAX_STORED) {
    return tNow('storage.noLongerSaved', { max: MAX_STORED / 1_000_000 });
  }
  try {
    const previous = store.getItem(key);
    // The copy before this one: what a damaged main copy falls back to.
    if (previous !== null && previous !== text) {
      store.setItem(`${key}:backup`, previous);
    }
    store.setItem(key, text);
    return null;
  } catch {
    return 'The browser refused to save the scenario (its storage may be full); the last saved state is kept.';
  }
}

/** Forgets the saved scenario (Reset). */
export function clearScenario(store: KeyValueStore | null, key: string): void {
  try {
    store?.removeItem(key);
    store?.removeItem(`${key}:backup`);
  } catch {
    // Nothing saved is nothing to forget.
  }
}
