// The terminal's command history, kept in the browser (localStorage) so it survives a reload.

const KEY = 'k8s-lab.terminal.history';
const LIMIT = 500;

/** Where history is kept; tests pass a Map-backed one. */
export interface HistoryStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadHistory(store: HistoryStore | undefined): string[] {
  try {
    const parsed = JSON.parse(store?.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((e): e is string => typeof e === 'string') : [];
  } catch {
    return [];
  }
}

/** Adds a command (as bash with ignoredups: a repeat of the last entry is not added again). */
export function remember(history: readonly string[], line: string): string[] {
  if (line.trim() === '' || history[history.length - 1] === line) return [...history];
  return [...history, line].slice(-LIMIT);
}

export function saveHistory(store: HistoryStore | undefined, history: readonly string[]): void {
  try {
    store?.setItem(KEY, JSON.stringify(history));
  } catch {
    // Storage full or disabled: history lives for this page only.
  }
}
