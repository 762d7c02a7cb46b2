// The lab screen's one store: the session, what it last said, and what the user is looking at.
// Engine values are kept exactly as the engine returned them; components only select and render.
import { create } from 'zustand';
import type {
  ApplyOutcome,
  ClusterView,
  CommandResult,
  Session,
  Trace,
} from '../../engine/index.ts';

/** The part of the engine's Session this screen uses (a stand-in need offer no more). */
export type LabSession = Pick<Session, 'run' | 'apply' | 'view'> &
  Partial<Pick<Session, 'advance'>>;

/** An engine call either answered or threw (the engine is young: a throw must not blank the page). */
export type Answer<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export type SessionStatus =
  | { readonly kind: 'starting' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly message: string };

export interface LabState {
  readonly sessionKey: string | null;
  readonly status: SessionStatus;
  readonly session: LabSession | null;
  readonly view: ClusterView | null;
  readonly editorText: string;
  readonly target: string;
  readonly applyAnswer: Answer<ApplyOutcome> | null;
  readonly requestAnswer: Answer<CommandResult> | null;
  readonly trace: Trace | null;
  /** Bumped on every send and replay: the topology plays the trace again when it changes. */
  readonly playId: number;
  readonly selectedHop: number | null;
  /** 'user' when picked in the inspector (the topology jumps there), 'animation' when followed. */
  readonly hopSource: 'user' | 'animation';

  /** Opens a session (once per `key`: a new key, say fixture vs engine, starts over). */
  start(
    key: string,
    open: () => Promise<LabSession>,
    first: { manifest: string; target: string },
  ): Promise<void>;
  setEditorText(text: string): void;
  setTarget(target: string): void;
  apply(): void;
  sendRequest(): void;
  replay(): void;
  selectHop(index: number): void;
  followHop(index: number): void;
  selectPlace(place: string): void;
  /** Lets simulated time follow real time: pods pull, start and terminate as the learner watches. */
  tick(seconds: number): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function ask<T>(call: () => T): Answer<T> {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

/** The view after a change; keeps the previous one if the engine cannot draw the cluster now. */
function freshView(session: LabSession, previous: ClusterView | null): ClusterView | null {
  const answer = ask(() => session.view());
  return answer.ok ? answer.value : previous;
}

type Data = Omit<LabState, ActionName>;
type ActionName =
  | 'start'
  | 'setEditorText'
  | 'setTarget'
  | 'apply'
  | 'sendRequest'
  | 'replay'
  | 'selectHop'
  | 'followHop'
  | 'selectPlace'
  | 'tick';

const initial: Data = {
  sessionKey: null,
  status: { kind: 'starting' },
  session: null,
  view: null,
  editorText: '',
  target: '',
  applyAnswer: null,
  requestAnswer: null,
  trace: null,
  playId: 0,
  selectedHop: null,
  hopSource: 'animation',
};

export const useLabStore = create<LabState>()((set, get) => ({
  ...initial,

  async start(key, open, first) {
    // React's StrictMode runs effects twice in development: one session per key.
    if (get().sessionKey === key) return;
    set({ ...initial, sessionKey: key, editorText: first.manifest, target: first.target });
    let session: LabSession;
    let view: ClusterView;
    try {
      session = await open();
      view = session.view();
    } catch (error) {
      if (get().sessionKey === key) set({ status: { kind: 'failed', message: messageOf(error) } });
      return;
    }
    if (get().sessionKey !== key) return;
    set({ session, view, status: { kind: 'ready' } });
    get().apply();
  },

  setEditorText(editorText) {
    set({ editorText });
  },

  setTarget(target) {
    set({ target });
  },

  apply() {
    const { session, editorText, view } = get();
    if (session === null) return;
    const applyAnswer = ask(() => session.apply(editorText));
    set({ applyAnswer, view: freshView(session, view) });
  },

  sendRequest() {
    const { session, target, view } = get();
    if (session === null) return;
    const requestAnswer = ask(() => session.run(`lab trace curl ${target.trim()}`));
    const trace = requestAnswer.ok ? (requestAnswer.value.trace ?? null) : null;
    set((s) => ({
      requestAnswer,
      trace,
      selectedHop: null,
      hopSource: 'animation',
      playId: trace === null ? s.playId : s.playId + 1,
      view: freshView(session, view),
    }));
  },

  replay() {
    if (get().trace === null) return;
    set((s) => ({ playId: s.playId + 1, selectedHop: null, hopSource: 'animation' }));
  },

  selectHop(index) {
    set({ selectedHop: index, hopSource: 'user' });
  },

  followHop(index) {
    set({ selectedHop: index, hopSource: 'animation' });
  },

  tick(seconds) {
    const { session, view } = get();
    if (session?.advance === undefined) return;
    const answer = ask(() => session.advance!(seconds));
    if (!answer.ok) return;
    const next = freshView(session, view);
    // The view is rebuilt every second; the topology redraws only when the cluster looks different.
    if (JSON.stringify(next) !== JSON.stringify(view)) set({ view: next });
  },

  selectPlace(place) {
    // Clicking a node or pod picks the first hop of the current trace that happened there.
    const index = get().trace?.hops.findIndex((hop) => hop.at === place) ?? -1;
    if (index >= 0) get().selectHop(index);
  },
}));
