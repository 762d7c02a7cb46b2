// What the engine is busy with, for the page to say so: every call in flight, and once the oldest
// has run longer than SHOW_AFTER_MS (a quick call never flickers a message), that call as `working`,
// with its progress when it reports one. `stopped` says why the engine's worker died.
import { create } from 'zustand';
import type { Message } from '../../engine/index.ts';

/** A call shown as running: what it is (a UI message), since when, how far it has come. */
export interface Work {
  readonly what: Message;
  /** performance.now() when it was sent. */
  readonly since: number;
  readonly progress: { readonly done: number; readonly total: number } | null;
}

export interface EngineActivity {
  readonly working: Work | null;
  readonly stopped: string | null;
}

export const SHOW_AFTER_MS = 150;

export const useEngineActivity = create<EngineActivity>()(() => ({ working: null, stopped: null }));

/** Calls in flight by token, oldest first (the worker answers them in that order). */
const active = new Map<number, Work>();
let nextToken = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

function refresh(): void {
  const head = active.values().next().value;
  const shown = useEngineActivity.getState().working;
  if (head === undefined) {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (shown !== null) useEngineActivity.setState({ working: null });
    return;
  }
  if (shown !== null) {
    if (shown !== head) useEngineActivity.setState({ working: head });
    return;
  }
  const wait = SHOW_AFTER_MS - (performance.now() - head.since);
  if (wait <= 0) {
    useEngineActivity.setState({ working: head });
    return;
  }
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    refresh();
  }, wait);
}

/** A call was sent; returns its token. */
export function began(what: Message): number {
  const token = nextToken++;
  active.set(token, { what, since: performance.now(), progress: null });
  refresh();
  return token;
}

export function progressed(token: number, done: number, total: number): void {
  const work = active.get(token);
  if (work === undefined) return;
  active.set(token, { ...work, progress: { done, total } });
  refresh();
}

/** A call was answered (or failed, or its worker went away). */
export function ended(token: number): void {
  if (active.delete(token)) refresh();
}

/** The engine's worker died: the page says so until a new one starts (or the page reloads). */
export function engineStopped(message: string): void {
  useEngineActivity.setState({ stopped: message });
}

/** A new engine opened its cluster: an earlier one's death is no longer news. */
export function engineStarted(): void {
  if (useEngineActivity.getState().stopped !== null) useEngineActivity.setState({ stopped: null });
}
